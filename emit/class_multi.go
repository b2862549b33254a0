package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// A class with several bases (class C(A, B)) cannot embed them: Go's
// embedding would give a diamond's shared base two copies of its fields,
// and its promotion rules are not Python's MRO. So such a class is a
// struct of its own holding the fields of its whole MRO, and each method
// its objects reach (by Python's C3 MRO) is a method of that struct, with
// the body of the class that defines it. Inside those bodies self is the
// class's own object, so self.method() and self.field mean what they mean
// for it, and super().name() goes to the next class of its MRO, which is
// how cooperative super() chains and diamonds behave in Python. A method
// that super() reaches but that the MRO shadows gets a name of its own
// (initOfBase, GreetOfB).

// mroMethod is a method of a multiple-inheritance class's struct: the
// Python method whose body it has and its Go name.
type mroMethod struct {
	m    *infer.Method
	name string
}

// mroMethods lists the methods of c's struct: each method its MRO gives
// its objects, then those super() calls reach, each once.
func (e *emitter) mroMethods(c *infer.Class) []mroMethod {
	if got, ok := e.classes.mro[c]; ok {
		return got
	}
	var out []mroMethod
	seen := map[*infer.Method]bool{}
	add := func(m *infer.Method, name string) {
		if m != nil && !seen[m] && m.Kind != infer.StaticMethod && m.Kind != infer.ClassMethod {
			seen[m] = true
			out = append(out, mroMethod{m, name})
		}
	}
	for _, k := range c.MRO() {
		for _, m := range k.Order {
			if m.Kind == infer.PropertySetter {
				if c.Setter(m.Def.Name) == m {
					add(m, methodGoName(m))
				}
			} else if c.Method(m.Def.Name) == m {
				add(m, methodGoName(m))
			}
		}
	}
	for i := 0; i < len(out); i++ {
		for _, name := range superCalls(out[i].m.Def.Body) {
			if next := c.Next(out[i].m.Owner, name); next != nil && !seen[next] {
				add(next, lowerFirst(methodGoName(next))+"Of"+e.classes.typ[next.Owner])
			}
		}
	}
	e.classes.mro[c] = out
	return out
}

// superCalls lists the method names a body calls through super().
func superCalls(body []ast.Stmt) []string {
	var out []string
	ast.InspectStmts(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef, *ast.ClassDef, *ast.Lambda:
			return false
		case *ast.Attribute:
			if call, ok := n.Value.(*ast.Call); ok && isNamed(call.Func, "super") && len(call.Args) == 0 {
				out = append(out, n.Attr)
			}
		}
		return true
	})
	return out
}

func isNamed(x ast.Expr, id string) bool {
	n, ok := x.(*ast.Name)
	return ok && n.ID == id
}

// mroName is the Go name of method m in the struct of c.
func (e *emitter) mroName(c *infer.Class, m *infer.Method) string {
	for _, mm := range e.mroMethods(c) {
		if mm.m == m {
			return mm.name
		}
	}
	return methodGoName(m)
}

// multiClassDecl emits a class with several bases.
func (e *emitter) multiClassDecl(c *infer.Class) []jen.Code {
	if !e.checkMulti(c) {
		return nil
	}
	save := e.classes.copyFor
	e.classes.copyFor = c // the constructor's body is a method body too
	defer func() { e.classes.copyFor = save }()
	name := e.classes.typ[c]
	var fields []jen.Code
	for _, f := range c.AllFields() {
		fields = append(fields, jen.Id(e.classes.members[c][f.Name]).Add(e.fieldType(f)))
	}
	fields = append(fields, e.captureFields(c)...)
	out := []jen.Code{jen.Add(e.classDoc(c.Def, name)...).Type().Id(name).Struct(distinct(fields)...)}
	out = append(out, e.classAttrs(c)...)
	out = append(out, e.constructor(c)...)
	for _, s := range c.Order {
		if s.Kind == infer.StaticMethod || s.Kind == infer.ClassMethod {
			out = append(out, e.method(c, s))
		}
	}
	for _, mm := range e.mroMethods(c) {
		if mm.m.Owner == c && mm.m.Def.Name == "__init__" && !e.initMethod(c) {
			continue // the constructor's body
		}
		out = append(out, e.mroMethodDecl(c, mm))
	}
	out = append(out, e.attrMethods(c)...)
	out = append(out, e.adapters(c)...)
	return append(out, e.dynamicMethods(c)...)
}

// checkMulti refuses what a class with several bases cannot be yet.
func (e *emitter) checkMulti(c *infer.Class) bool {
	ok := true
	refuse := func(pos ast.Pos, what string) {
		e.log.Unsupported(pos, what)
		ok = false
	}
	if c.Dataclass {
		refuse(c.Def.Start(), "a dataclass with several bases")
	}
	for _, s := range c.Subclasses {
		refuse(s.Def.Start(), "a subclass of a class with several bases")
	}
	for _, k := range c.MRO() {
		if k.LibBase != "" || k.IsException() {
			refuse(c.Def.Start(), "several bases that derive from a library or exception class")
			break
		}
	}
	for _, mm := range e.mroMethods(c) {
		if mm.m.Owner != c {
			if pos, esc := selfEscapes(e.info, mm.m); esc {
				refuse(pos, "self used as a value in a method of a base of a class with several bases ("+c.Name+")")
			}
		}
	}
	return ok
}

// selfEscapes reports whether a method uses its self parameter other than
// to reach an attribute, and where: in a multiple-inheritance class's copy
// of it, self has another Go type.
func selfEscapes(info *infer.Info, m *infer.Method) (ast.Pos, bool) {
	f := info.Funcs[m.Def]
	if len(f.Params) == 0 {
		return 0, false
	}
	self := f.Params[0]
	inAttr := map[*ast.Name]bool{}
	var pos ast.Pos
	found := false
	ast.InspectStmts(m.Def.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Attribute:
			if name, ok := n.Value.(*ast.Name); ok {
				inAttr[name] = true
			}
		case *ast.Call:
			if isNamed(n.Func, "type") && len(n.Args) == 1 {
				if name, ok := n.Args[0].(*ast.Name); ok {
					inAttr[name] = true
				}
			}
		case *ast.Name:
			if info.Refs[n] == self && !inAttr[n] && !found {
				pos, found = n.Start(), true
			}
		}
		return true
	})
	return pos, found
}

// mroMethodDecl emits one method of a multiple-inheritance class's
// struct, with the body of the class that defines it.
func (e *emitter) mroMethodDecl(c *infer.Class, mm mroMethod) jen.Code {
	save := e.classes.copyFor
	e.classes.copyFor = c
	defer func() { e.classes.copyFor = save }()
	f := e.info.Funcs[mm.m.Def]
	params, body := e.methodBody(c, mm.m)
	name := e.classes.typ[c]
	e.funcNames["main.(*"+name+")."+mm.name] = mm.m.Def.Name
	return jen.Func().Params(jen.Id(recvName(c)).Op("*").Id(name)).Id(mm.name).Params(params...).Add(e.resultType(f)).Block(body...)
}

// recvClass is the class whose members an attribute of x reaches: the
// multiple-inheritance class whose method is being emitted when x is self,
// else the class of x's type.
func (e *emitter) recvClass(x ast.Expr) *infer.Class {
	if e.classes != nil && e.classes.copyFor != nil && e.isSelf(x) {
		return e.classes.copyFor
	}
	return e.info.ClassOf(e.info.TypeOf(x))
}

// multiSuperCall emits super().name(...) in a method of a class with
// several bases: the next method of its MRO, called on the object.
func (e *emitter) multiSuperCall(owner *infer.Class, n *ast.Call, attr *ast.Attribute) jen.Code {
	c := e.classes.copyFor
	next := c.Next(owner, attr.Attr)
	if next == nil {
		if attr.Attr == "__init__" {
			return e.objectInit(n)
		}
		e.log.Errorf(n.Start(), "'super' object has no attribute '%s'", attr.Attr)
		return jen.Nil()
	}
	args, ok := e.bindArgs(e.info.Funcs[next.Def], n, 1)
	if !ok {
		return jen.Nil()
	}
	return jen.Id(recvName(c)).Dot(e.mroName(c, next)).Call(args...)
}

// multiExplicitCall emits Base.method(obj, ...) for obj of a class k with
// several bases: the method of k's struct that has Base.method's body.
func (e *emitter) multiExplicitCall(k *infer.Class, m *infer.Method, obj ast.Expr, args []jen.Code) jen.Code {
	for _, mm := range e.mroMethods(k) {
		if mm.m == m {
			return jen.Add(e.Expr(obj)).Dot(mm.name).Call(args...)
		}
	}
	e.log.Unsupported(obj.Start(), m.Owner.Name+"."+m.Def.Name+"() called on a "+k.Name+", whose MRO does not reach it otherwise")
	return jen.Nil()
}

// mroDerived lists the classes with several bases whose MRO holds c.
func (e *emitter) mroDerived(c *infer.Class) []*infer.Class {
	var out []*infer.Class
	for _, d := range e.info.Classes {
		if d != c && d.MultiBase() && derives(d, c) {
			out = append(out, d)
		}
	}
	return out
}

// inDerived reports whether some class with several bases deriving from c
// has attribute or method name, which c's own methods may then use on self
// although c lacks it (a mixin).
func (e *emitter) inDerived(c *infer.Class, name string) bool {
	for _, d := range e.mroDerived(c) {
		if d.Field(name) != nil || d.Method(name) != nil || d.Attr(name) != nil {
			return true
		}
	}
	return false
}

// mixinAttr emits an attribute that self lacks in a mixin's own method but
// that a class deriving from it has: looked up by name at run time, which
// raises AttributeError for an object of the mixin itself, as in Python.
func (e *emitter) mixinAttr(n *ast.Attribute, t types.Type) jen.Code {
	return e.fromObject(patterns.Rt("GetAttr").Call(e.ExprAs(n.Value, types.Object), jen.Lit(n.Attr)), t)
}
