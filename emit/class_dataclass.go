package emit

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// A @dataclass class gets what the decorator generates in Python: a
// constructor taking the fields in order (newItem), a repr listing them
// (Item(name='apple', price=0.5)) and == comparing them, unless the class
// defines its own.

// dataclassMethods emits the generated PyRepr and Equal of a dataclass.
func (e *emitter) dataclassMethods(c *infer.Class) []jen.Code {
	if !c.Dataclass {
		return nil
	}
	name := e.classes.typ[c]
	recv := recvName(c)
	self := func() *jen.Statement { return jen.Func().Params(jen.Id(recv).Op("*").Id(name)) }
	var out []jen.Code
	fields := c.AllFields()
	if c.Method("__repr__") == nil {
		var format []string
		var args []jen.Code
		for _, f := range fields {
			if !f.InRepr() {
				continue
			}
			format = append(format, f.Name+"=%s")
			args = append(args, patterns.Rt("Repr").Call(e.fieldValue(jen.Id(recv), f, e.member(c, f.Name))))
		}
		sprintf := jen.Qual("fmt", "Sprintf").Call(append([]jen.Code{jen.Lit(c.Name + "(" + strings.Join(format, ", ") + ")")}, args...)...)
		out = append(out, self().Id("PyRepr").Params().String().Block(jen.Return(sprintf)))
	}
	if e.convertsDataclasses() {
		var names, values []jen.Code
		for _, f := range fields {
			names = append(names, jen.Lit(f.Name))
			values = append(values, e.fieldValue(jen.Id(recv), f, e.member(c, f.Name)))
		}
		out = append(out,
			jen.Comment("PyDataclassFields lists the fields for dataclasses.asdict and astuple.").Line().
				Add(self()).Id("PyDataclassFields").Params().Params(jen.Index().String(), jen.Index().Add(patterns.Rt("Object"))).Block(
				jen.Return(jen.Index().String().Values(names...), jen.Index().Add(patterns.Rt("Object")).Values(values...))))
	}
	if c.Method("__eq__") == nil && !c.DataclassNoEq {
		var test jen.Code = jen.True()
		var parts []jen.Code
		for _, f := range fields {
			if !f.Compares() {
				continue
			}
			a, b := e.fieldValue(jen.Id(recv), f, e.member(c, f.Name)), e.fieldValue(jen.Id("other"), f, e.member(c, f.Name))
			if isValueGoType(f.Type) {
				parts = append(parts, jen.Add(a).Op("==").Add(b))
			} else {
				parts = append(parts, patterns.Rt("Eq").Call(a, b))
			}
		}
		if len(parts) > 0 {
			test = joinAnd(parts)
		}
		out = append(out,
			jen.Comment("Equal is the == that @dataclass generates: the fields are equal.").Line().
				Add(self()).Id("Equal").Params(jen.Id("other").Op("*").Id(name)).Bool().Block(jen.Return(test)),
			self().Id("PyEq").Params(jen.Id("other").Add(patterns.Rt("Object"))).Bool().Block(
				jen.List(jen.Id("that"), jen.Id("ok")).Op(":=").Id("other").Assert(jen.Op("*").Id(name)),
				jen.Return(jen.Id("ok").Op("&&").Id(recv).Dot("Equal").Call(jen.Id("that")))))
	}
	return out
}

func joinAnd(parts []jen.Code) jen.Code {
	out := jen.Add(parts[0])
	for _, p := range parts[1:] {
		out = out.Op("&&").Line().Add(p)
	}
	return out
}

// dataclassEq emits == and != between two objects of one dataclass that
// does not define __eq__.
func (e *emitter) dataclassEq(op ast.CmpOp, l, r ast.Expr) (jen.Code, bool) {
	if op != ast.Eq && op != ast.NotEq {
		return nil, false
	}
	lt := e.info.TypeOf(l)
	c := e.info.ClassOf(lt)
	if _, isInst := lt.(*types.Instance); !isInst || c == nil || !c.Dataclass || c.DataclassNoEq || c.Method("__eq__") != nil || !types.Equal(lt, e.info.TypeOf(r)) {
		return nil, false
	}
	code := jen.Add(e.Expr(l)).Dot("Equal").Call(e.Expr(r))
	if op == ast.NotEq {
		return jen.Op("!").Add(code), true
	}
	return code, true
}

// fieldDefault is the default value of a dataclass field: the value of
// `= v` or of field(default=v), or an empty list or dict for
// field(default_factory=list) or dict; nil when it has none.
func (e *emitter) fieldDefault(f *infer.Field) ast.Expr {
	call, ok := f.Default.(*ast.Call)
	if !ok || !e.isDataclassesName(call.Func, "field") {
		return f.Default
	}
	for _, k := range call.Keywords {
		switch k.Arg {
		case "default":
			return k.Value
		case "default_factory":
			if n, ok := k.Value.(*ast.Name); ok && e.info.Refs[n] == nil && (n.ID == "list" || n.ID == "dict") {
				var x ast.Expr = &ast.List{ExprBase: k.Value.(*ast.Name).ExprBase}
				if n.ID == "dict" {
					x = &ast.Dict{ExprBase: n.ExprBase}
				}
				e.info.Types[x] = f.Type
				return x
			}
			e.log.Unsupported(k.Value.Start(), "a default_factory other than list or dict")
			return nil
		}
	}
	return nil
}

// isDataclassesName reports whether x names dataclasses.name, imported
// either way.
func (e *emitter) isDataclassesName(x ast.Expr, name string) bool {
	switch x := x.(type) {
	case *ast.Name:
		sym := e.info.Refs[x]
		return sym != nil && sym.Import == "dataclasses."+name
	case *ast.Attribute:
		n, ok := x.Value.(*ast.Name)
		return ok && x.Attr == name && e.info.Refs[n] != nil && e.info.Refs[n].Import == "dataclasses"
	}
	return false
}

// convertsDataclasses reports whether the program uses dataclasses.asdict
// or astuple, which need each dataclass to list its fields at run time,
// or pprint, which lays a dataclass out field by field.
func (e *emitter) convertsDataclasses() bool {
	if e.dataclassConv == nil {
		uses := importsModule(e.mod, "pprint")
		ast.InspectStmts(e.mod.Body, func(n ast.Node) bool {
			if x, ok := n.(ast.Expr); ok && (e.isDataclassesName(x, "asdict") || e.isDataclassesName(x, "astuple")) {
				uses = true
			}
			return !uses
		})
		e.dataclassConv = &uses
	}
	return *e.dataclassConv
}
