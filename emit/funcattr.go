package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// A function's __name__ and __doc__ are known statically when inference
// proves which def or lambda a value is: they become string literals. A
// function that @functools.wraps another takes that one's name when the
// decorator runs, so the runtime keeps it (py.Wraps, and py.Named for
// the functions decorators receive), and reading it asks the runtime.

// funcAttribute emits f.__name__ and f.__doc__ of a function value; it
// reports false for other attributes.
func (e *emitter) funcAttribute(n *ast.Attribute) (jen.Code, bool) {
	ft, ok := e.info.TypeOf(n.Value).(*types.Func)
	if !ok {
		return nil, false
	}
	if l, isLambda := ft.Def.(*ast.Lambda); isLambda && e.info.Partials[l] != nil {
		e.log.Unsupported(n.Start(), "attribute '"+n.Attr+"' of a functools.partial object")
		return jen.Nil(), true
	}
	if n.Attr != "__name__" && n.Attr != "__doc__" {
		return nil, false
	}
	e.keepUsed(n.Value)
	switch def := ft.Def.(type) {
	case *ast.Lambda:
		if n.Attr == "__name__" {
			return jen.Lit("<lambda>"), true
		}
		return jen.Nil(), true
	case *ast.FunctionDef:
		if e.wrapsDecorator(def) != nil {
			rt := map[string]string{"__name__": "FuncName", "__doc__": "FuncDoc"}[n.Attr]
			return patterns.Rt(rt).Call(e.ExprAs(n.Value, types.Object)), true
		}
		if n.Attr == "__name__" {
			return jen.Lit(def.Name), true
		}
		return docOf(def), true
	}
	return nil, false
}

// boxFunc emits a def with defaults held as a dynamic value together with
// its parameters and defaults (py.Named), so that a call the runtime
// binds (py.Call) can leave them out as Python allows; it reports false
// for other conversions.
func (e *emitter) boxFunc(x ast.Expr, from, to types.Type) (jen.Code, bool) {
	ft, ok := from.(*types.Func)
	if !ok || to != types.Object {
		return nil, false
	}
	def, ok := ft.Def.(*ast.FunctionDef)
	if !ok || e.info.MethodDefs[def] != nil || len(def.Args.Defaults) == 0 && !e.readsNamesDynamically() || e.wrapsDecorator(def) != nil {
		return nil, false
	}
	return patterns.Rt("Named").Call(e.Expr(x), e.funcInfo(def)), true
}

// readsNamesDynamically reports whether the program reads __name__,
// __qualname__ or __doc__ of a value whose type is not known (fn.__name__
// for fn taken from a list of functions): then every def that becomes a
// dynamic value carries its name for the runtime (py.Named).
func (e *emitter) readsNamesDynamically() bool {
	if e.dynNames == nil {
		found := false
		ast.InspectStmts(e.mod.Body, func(n ast.Node) bool {
			if a, ok := n.(*ast.Attribute); ok && (a.Attr == "__name__" || a.Attr == "__qualname__" || a.Attr == "__doc__") &&
				e.info.TypeOf(a.Value) == types.Object {
				found = true
			}
			return !found
		})
		e.dynNames = &found
	}
	return *e.dynNames
}

// keepUsed marks a variable whose only read is one whose value
// became a literal (f.__name__) as used, as Go requires.
func (e *emitter) keepUsed(x ast.Expr) {
	name, ok := x.(*ast.Name)
	if !ok {
		return
	}
	if sym := e.info.Refs[name]; sym != nil && sym.Loads <= 1 && sym.Def == nil {
		e.pre = append(e.pre, jen.Id("_").Op("=").Add(e.Expr(x)))
	}
}

// docOf is the docstring of def, or nil for None.
func docOf(def *ast.FunctionDef) jen.Code {
	if len(def.Body) > 0 && isDocstring(def.Body[0]) {
		return jen.Lit(def.Body[0].(*ast.ExprStmt).Value.(*ast.Constant).Value.(string))
	}
	return jen.Nil()
}

// funcInfo is the py.FuncInfo of def: its name, docstring, and the
// parameters and defaults that calls binding arguments at run time need.
func (e *emitter) funcInfo(def *ast.FunctionDef) jen.Code {
	info := jen.Dict{jen.Id("Name"): jen.Lit(def.Name)}
	if doc := docOf(def); len(def.Body) > 0 && isDocstring(def.Body[0]) {
		info[jen.Id("Doc")] = doc
	}
	f := e.info.Funcs[def]
	if f.Vararg == nil && f.Kwarg == nil && len(f.Params) > 0 {
		var names, defaults []jen.Code
		for _, p := range f.Params {
			names = append(names, jen.Lit(p.Name))
			if code, ok := e.defaultArg(f, p); ok {
				defaults = append(defaults, code)
			} else {
				defaults = nil
			}
		}
		info[jen.Id("Params")] = jen.Index().String().Values(names...)
		if len(defaults) > 0 {
			info[jen.Id("Defaults")] = jen.Index().Add(patterns.Rt("Object")).Values(defaults...)
		}
	}
	return patterns.Rt("FuncInfo").Values(info)
}

// wrapsDecorator returns the call functools.wraps(f) among def's
// decorators, or nil.
func (e *emitter) wrapsDecorator(def *ast.FunctionDef) *ast.Call {
	for _, d := range def.Decorators {
		if call, ok := d.(*ast.Call); ok && isWraps(e.info.TypeOf(d)) && len(call.Args) == 1 {
			return call
		}
	}
	return nil
}

func isWraps(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && n.Class == patterns.WrapsClass
}

// needFuncNames reports whether the program reads names of functions at
// run time (through functools.wraps, or __name__ of a value whose def is
// not proven) or passes *args or **kwargs on, so the functions its
// decorators receive are registered with their names and parameters.
func (e *emitter) needFuncNames() bool {
	for x, t := range e.info.Types {
		switch x := x.(type) {
		case *ast.Call:
			if isWraps(t) || hasSpreadKw(x) || hasStarArg(x) {
				return true
			}
		case *ast.Attribute:
			if x.Attr == "__name__" || x.Attr == "__doc__" || x.Attr == "__wrapped__" {
				if _, isCall := x.Value.(*ast.Call); !isCall && e.info.TypeOf(x.Value) == types.Object {
					return true
				}
			}
		}
	}
	return false
}

// hasSpreadKw reports whether the call passes **mapping.
func hasSpreadKw(n *ast.Call) bool {
	for _, k := range n.Keywords {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// hasStarArg reports whether the call passes *iterable.
func hasStarArg(n *ast.Call) bool {
	for _, a := range n.Args {
		if _, star := a.(*ast.Starred); star {
			return true
		}
	}
	return false
}

// needsDynamicBinding reports whether a call of the user function f
// passes *args or **kwargs that Go cannot bind to f's parameters, so the
// runtime binds them (py.Call, py.CallKw).
func needsDynamicBinding(f *infer.Func, n *ast.Call) bool {
	if hasSpreadKw(n) && f.Kwarg == nil {
		return true
	}
	nPos := len(infer.PositionalParams(f))
	for i, a := range n.Args {
		if _, star := a.(*ast.Starred); star && (i != len(n.Args)-1 || f.Vararg == nil || i < nPos) {
			return true
		}
	}
	return false
}
