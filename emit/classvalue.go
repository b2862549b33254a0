package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// A class used as a plain value (print(Point), type(p) is Point,
// type(n) == int) is the runtime's Class, which type(x) also gives: its
// name, and __main__ as its module for a class of the program, so that
// it prints as <class '__main__.Point'> and compares equal to type(x)
// of an instance. Exception classes keep their runtime ExceptionType.

// builtinTypeNames are the builtin classes type(x) can be compared with.
var builtinTypeNames = map[string]bool{
	"int": true, "float": true, "str": true, "bool": true, "list": true, "dict": true,
	"tuple": true, "set": true, "frozenset": true, "bytes": true, "complex": true,
}

// classValue emits x as a runtime Class when it names a class of the
// program that is not an exception, or, with builtins, a builtin class;
// it reports false otherwise.
func (e *emitter) classValue(x ast.Expr, builtins bool) (jen.Code, bool) {
	if ct, ok := e.info.TypeOf(x).(*types.Class); ok {
		c := e.info.ClassOf(ct)
		if c == nil || c.IsException() {
			return nil, false
		}
		if name, isName := x.(*ast.Name); !isName || e.info.Refs[name] != c.Sym {
			return nil, false // cls in a classmethod, an attribute: not a fixed class
		}
		// Parenthesized: the literal may stand in an if condition.
		return jen.Parens(patterns.Rt("Class").Values(jen.Dict{
			jen.Id("Name"): jen.Lit(c.Name), jen.Id("Module"): jen.Lit("__main__")})), true
	}
	if name, ok := x.(*ast.Name); ok && builtins && e.info.Refs[name] == nil && builtinTypeNames[name.ID] {
		return jen.Parens(patterns.Rt("Class").Values(jen.Dict{jen.Id("Name"): jen.Lit(name.ID)})), true
	}
	return nil, false
}

// isTypeCall reports whether x is type(v), whose value is a Class.
func (e *emitter) isTypeCall(x ast.Expr) bool {
	call, ok := x.(*ast.Call)
	return ok && len(call.Args) == 1 && len(call.Keywords) == 0 && e.isBuiltin(call.Func, "type")
}

// classCompareValue emits type(a) is C, type(a) == int and the like as a
// comparison of runtime Classes; it reports false for other comparisons.
func (e *emitter) classCompareValue(op ast.CmpOp, l, r ast.Expr) (jen.Code, bool) {
	goOp := map[ast.CmpOp]string{ast.Is: "==", ast.Eq: "==", ast.IsNot: "!=", ast.NotEq: "!="}[op]
	if goOp == "" {
		return nil, false
	}
	side := func(x ast.Expr) (jen.Code, bool) {
		if e.isTypeCall(x) {
			return patterns.Rt("TypeOf").Call(e.ExprAs(x.(*ast.Call).Args[0], types.Object)), true
		}
		return e.classValue(x, true)
	}
	if !e.isTypeCall(l) && !e.isTypeCall(r) {
		return nil, false
	}
	lc, lok := side(l)
	rc, rok := side(r)
	if !lok || !rok {
		return nil, false
	}
	return jen.Add(lc).Op(goOp).Add(rc), true
}
