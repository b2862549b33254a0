package emit

import (
	"sort"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
)

// A class defined in a function is a package-level struct like any other
// (infer/class_local.go says why that is exact). The variables of the
// function its methods read are fields of the struct, filled by the
// constructor, which takes them first: newLocal(prefix, x). Inside the
// methods those variables read the fields.

// localClasses lists the classes defined in functions, in source order.
func (e *emitter) localClasses() []*infer.Class {
	var out []*infer.Class
	for _, c := range e.info.Classes {
		if c.Func != nil {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Def.Start() < out[j].Def.Start() })
	return out
}

// reserveLocalClasses names the classes defined in functions and their
// captured variables' fields.
func (e *emitter) reserveLocalClasses() {
	for _, c := range e.localClasses() {
		e.reserveClass(c)
		taken := map[string]bool{}
		for _, n := range e.classes.members[c] {
			taken[n] = true
		}
		for _, sym := range c.Captures {
			name := unique(avoid(GoName(sym.Name)), func(s string) bool { return taken[s] })
			taken[name] = true
			e.classes.captures[sym] = name
		}
	}
}

// localClassDecls declares the classes defined in functions.
func (e *emitter) localClassDecls() []jen.Code {
	var out []jen.Code
	for _, c := range e.localClasses() {
		out = append(out, e.classDecl(c.Def)...)
		recv := recvName(c)
		out = append(out, jen.Comment("PyQualName is the class's qualified name, which its default repr shows.").Line().
			Func().Params(jen.Id(recv).Op("*").Id(e.classes.typ[c])).Id("PyQualName").Params().String().
			Block(jen.Return(jen.Lit(qualName(c)))))
	}
	return out
}

// qualName is Python's __qualname__ of a class defined in a function:
// make.<locals>.Local.
func qualName(c *infer.Class) string {
	name := c.Name
	for s := c.Scope.Parent; s != nil && s.Kind != infer.ModuleScope; s = s.Parent {
		if def, ok := s.Node.(*ast.FunctionDef); ok {
			name = def.Name + ".<locals>." + name
		}
	}
	return name
}

// captureFields are the struct fields holding c's captured variables.
func (e *emitter) captureFields(c *infer.Class) []jen.Code {
	var out []jen.Code
	for _, sym := range c.Captures {
		out = append(out, jen.Id(e.classes.captures[sym]).Add(e.GoType(sym.Type)))
	}
	return out
}

// captureParams are the constructor's leading parameters, one per
// captured variable, and the statements storing them in the new object.
func (e *emitter) captureParams(c *infer.Class, recv string) ([]jen.Code, []jen.Code) {
	var params, stores []jen.Code
	for _, sym := range c.Captures {
		field := e.classes.captures[sym]
		param := unique(field, e.names.taken) // not an imported package's name
		params = append(params, jen.Id(param).Add(e.GoType(sym.Type)))
		stores = append(stores, jen.Id(recv).Dot(field).Op("=").Id(param))
	}
	return params, stores
}

// captureArgs are the captured variables a call of c's constructor
// passes, refusing a call outside the function that defines c.
func (e *emitter) captureArgs(c *infer.Class, pos ast.Pos) []jen.Code {
	if c.Func == nil {
		return nil
	}
	if !e.insideOf(c) {
		e.log.Unsupported(pos, "making an object of class "+c.Name+" outside the function that defines it")
		return nil
	}
	var out []jen.Code
	for _, sym := range c.Captures {
		out = append(out, jen.Id(e.symName(sym)))
	}
	return out
}

// insideOf reports whether the code being emitted is in the function that
// defines c (or in a function nested in it, or a method of c).
func (e *emitter) insideOf(c *infer.Class) bool {
	if e.currentClass() == c {
		return true
	}
	for s := e.scope; s != nil; s = s.Parent {
		if s == c.Scope.Parent {
			return true
		}
	}
	return false
}

// withCaptures runs emit with c's captured variables naming the fields of
// the receiver recv.
func (e *emitter) withCaptures(c *infer.Class, recv string, emit func()) {
	if len(c.Captures) == 0 {
		emit()
		return
	}
	saved := map[*infer.Symbol]string{}
	had := map[*infer.Symbol]bool{}
	for _, sym := range c.Captures {
		saved[sym], had[sym] = e.names.syms[sym]
		e.names.syms[sym] = recv + "." + e.classes.captures[sym]
	}
	defer func() {
		for _, sym := range c.Captures {
			if had[sym] {
				e.names.syms[sym] = saved[sym]
			} else {
				delete(e.names.syms, sym)
			}
		}
	}()
	emit()
}
