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
			if call, ok := n.(*ast.Call); ok && e.isBuiltin(call.Func, "type") && len(call.Args) == 1 {
				if name, ok := call.Args[0].(*ast.Name); ok && e.info.Refs[name] == self {
					seen[classNameKey] = true
				}
			}
			attr, ok := n.(*ast.Attribute)
			if !ok {
				return true
			}
			if name, ok := attr.Value.(*ast.Name); ok && e.info.Refs[name] == self && overridden(c, attr.Attr) {
				if cm := c.Method(attr.Attr); cm != nil && cm.Kind == infer.PlainMethod || isClassAttr(c, attr.Attr) {
					seen[attr.Attr] = true
				}
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

// classNameKey stands for type(self) among the virtuals: the object's
// class name comes from its PyTypeName.
const classNameKey = "__class__"

// isClassAttr reports whether name is a class attribute of c rather than a
// method or an instance attribute.
func isClassAttr(c *infer.Class, name string) bool {
	return c.Field(name) == nil && c.Method(name) == nil && c.Attr(name) != nil
}

// attrMethod is the name of the method that reads class attribute name
// through the self interface.
func attrMethod(name string) string { return GoName(name) + "Attr" }

// overridden reports whether some subclass of c defines method (or class
// attribute) name again.
func overridden(c *infer.Class, name string) bool {
	for _, s := range c.Subclasses {
		if m := s.Methods[name]; m != nil || s.Scope.Symbols[name] != nil || overridden(s, name) {
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
		if n == classNameKey {
			methods = append(methods, jen.Id("PyTypeName").Params().String())
			continue
		}
		if isClassAttr(c, n) {
			methods = append(methods, jen.Id(attrMethod(n)).Params().Add(e.GoType(c.Attr(n).Type)))
			continue
		}
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

// attrMethods emits, for each class attribute of c that some class reads
// through its self interface, the method that returns c's value.
func (e *emitter) attrMethods(c *infer.Class) []jen.Code {
	var out []jen.Code
	for _, sym := range c.Scope.Order {
		_, ok := e.classes.attrs[sym]
		if !ok || !e.virtualAttr(sym.Name) {
			continue
		}
		out = append(out, jen.Func().Params(jen.Id(recvName(c)).Op("*").Id(e.classes.typ[c])).Id(attrMethod(sym.Name)).
			Params().Add(e.GoType(sym.Type)).Block(jen.Return(e.classAttrValue(sym))))
	}
	return out
}

// virtualAttr reports whether some class reads class attribute name
// through its self interface.
func (e *emitter) virtualAttr(name string) bool {
	for _, c := range e.info.Classes {
		if isClassAttr(c, name) && e.isVirtual(c, name) {
			return true
		}
	}
	return false
}
