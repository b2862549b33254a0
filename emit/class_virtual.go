package emit

import (
	"sort"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
)

// Go's embedding promotes methods but does not make them virtual: a method
// of the embedded base that calls another method on its receiver calls the
// base's version even when the object is a subclass that overrides it.
// Python's self.method() always reaches the override. So a class whose
// methods call, on self, a method that some subclass overrides gets an
// interface of those methods and a field self holding the whole object,
// set by every constructor; those calls go through it.

// virtuals lists the methods that c's own methods call on self and that
// some subclass of c overrides, by Python name, sorted.
func (e *emitter) virtuals(c *infer.Class) []string {
	if len(c.Subclasses) == 0 {
		return nil
	}
	seen := map[string]bool{}
	for _, m := range c.Order {
		if m.Kind == infer.StaticMethod || m.Kind == infer.ClassMethod {
			continue
		}
		f := e.info.Funcs[m.Def]
		if len(f.Params) == 0 {
			continue
		}
		self := f.Params[0]
		ast.InspectStmts(m.Def.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.Call)
			if !ok {
				return true
			}
			attr, ok := call.Func.(*ast.Attribute)
			if !ok {
				return true
			}
			if name, ok := attr.Value.(*ast.Name); ok && e.info.Refs[name] == self && overridden(c, attr.Attr) {
				seen[attr.Attr] = true
			}
			return true
		})
	}
	out := make([]string, 0, len(seen))
	for name := range seen {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// overridden reports whether some subclass of c defines method name again.
func overridden(c *infer.Class, name string) bool {
	for _, s := range c.Subclasses {
		if m := s.Methods[name]; m != nil || overridden(s, name) {
			return true
		}
	}
	return false
}

// isVirtual reports whether a call of method name on self inside a method
// of c goes through c's self field.
func (e *emitter) isVirtual(c *infer.Class, name string) bool {
	for _, v := range e.virtuals(c) {
		if v == name {
			return true
		}
	}
	return false
}

// ifaceName is the name of c's interface of overridable methods.
func (e *emitter) ifaceName(c *infer.Class) string {
	return e.classes.iface[c]
}

// virtualDecl emits c's interface of overridable methods, nil when c
// needs none.
func (e *emitter) virtualDecl(c *infer.Class) jen.Code {
	names := e.virtuals(c)
	if len(names) == 0 {
		return nil
	}
	var methods []jen.Code
	for _, n := range names {
		m := c.Method(n)
		f := e.info.Funcs[m.Def]
		var params []jen.Code
		for _, p := range f.Params[1:] {
			params = append(params, e.GoType(p.Type))
		}
		if m.Def.Name == "__str__" || m.Def.Name == "__repr__" {
			methods = append(methods, jen.Id(methodGoName(m)).Params().String())
			continue
		}
		methods = append(methods, jen.Id(methodGoName(m)).Params(params...).Add(e.resultType(f)))
	}
	return jen.Commentf("%s holds the methods of %s that subclasses override, so calls on self reach the override.",
		e.ifaceName(c), e.classes.typ[c]).Line().Type().Id(e.ifaceName(c)).Interface(methods...)
}

// selfLinks sets the self field of c and of each of its bases that has
// one to the new object recv.
func (e *emitter) selfLinks(c *infer.Class, recv string) []jen.Code {
	var out []jen.Code
	path := jen.Id(recv)
	for k := c; k != nil; k = k.Base {
		if k != c {
			path = jen.Add(path).Dot(e.classes.typ[k])
		}
		if len(e.virtuals(k)) > 0 {
			out = append(out, jen.Add(path).Dot("self").Op("=").Id(recv))
		}
	}
	return out
}
