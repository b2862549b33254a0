package infer

import "github.com/py2go/py2go/ast"

// A function's default values are evaluated where it is made, and
// `lambda i=i: i` (or `def cb(name=name)` in a loop) is how Python programs
// keep a loop variable's current value in a closure. A Go func has no
// defaults, and a call that leaves i out cannot know which closure's
// value to pass, so such a lambda is rewritten, before anything else
// looks at the program, into the call that makes the closure:
//
//	lambda x, i=i, n=1: x + i + n   becomes   (lambda i, n: lambda x: x + i + n)(i, 1)
//
// and such a def, when it is nested in a function or written in a loop,
// into a def that makes it, called where the def statement runs:
//
//	def cb(name=name): ...          becomes   def cb_bind(name):
//	                                              def cb(): ...
//	                                              return cb
//	                                          cb = cb_bind(name)
//
// The parameters from the first whose default is not a literal on become
// those of the outer function, called at once with the default values;
// the ones before stay on the inner one. A call that passes one of them
// has no parameter to bind it to and is reported, not miscompiled.
// Keyword-only parameters with such defaults, and decorated defs, are
// left alone (and reported, or kept as they were).

// desugarLambdaDefaults rewrites the lambdas and defs of mod in place.
func (in *Info) desugarLambdaDefaults(mod *ast.Module) {
	in.BoundDefaults = map[ast.Node]bool{}
	mod.Body = in.bindDefDefaults(mod.Body, false, false)
	for i, st := range mod.Body {
		mod.Body[i] = rewriteExprs(st, func(x ast.Expr) ast.Expr {
			y := bindLambdaDefaults(x)
			if call, ok := y.(*ast.Call); ok && y != x {
				in.BoundDefaults[call.Func.(*ast.Lambda).Body.(*ast.Lambda)] = true
			}
			return y
		}).(ast.Stmt)
	}
}

// bindLambdaDefaults rewrites one lambda whose positional defaults are
// not all literals; it returns any other expression as it is.
func bindLambdaDefaults(x ast.Expr) ast.Expr {
	l, ok := x.(*ast.Lambda)
	if !ok || l.Args == nil {
		return x
	}
	hidden, values, kept := splitDefaults(l.Args)
	if hidden == nil {
		return x
	}
	at := ast.ExprBase{Base: ast.Base{P: l.Start()}}
	inner := &ast.Lambda{ExprBase: at, Body: l.Body, Args: kept}
	outer := &ast.Lambda{ExprBase: at, Args: &ast.Arguments{Args: hidden}, Body: inner}
	return &ast.Call{ExprBase: at, Func: outer, Args: values}
}

// bindDefDefaults rewrites, in body and the blocks and functions it
// holds, the defs whose positional defaults are not all literals and that
// may run more than once: nested in a function (nested) or in a loop
// (inLoop). The defs of a class body are methods and stay.
func (in *Info) bindDefDefaults(body []ast.Stmt, nested, inLoop bool) []ast.Stmt {
	var out []ast.Stmt
	for _, st := range body {
		switch n := st.(type) {
		case *ast.FunctionDef:
			n.Body = in.bindDefDefaults(n.Body, true, false)
			if nested || inLoop {
				out = append(out, in.bindDef(n)...)
				continue
			}
		case *ast.ClassDef:
			for _, m := range n.Body {
				if def, ok := m.(*ast.FunctionDef); ok {
					def.Body = in.bindDefDefaults(def.Body, true, false)
				}
			}
		case *ast.For:
			n.Body = in.bindDefDefaults(n.Body, nested, true)
			n.Orelse = in.bindDefDefaults(n.Orelse, nested, inLoop)
		case *ast.While:
			n.Body = in.bindDefDefaults(n.Body, nested, true)
			n.Orelse = in.bindDefDefaults(n.Orelse, nested, inLoop)
		case *ast.If:
			n.Body = in.bindDefDefaults(n.Body, nested, inLoop)
			n.Orelse = in.bindDefDefaults(n.Orelse, nested, inLoop)
		case *ast.With:
			n.Body = in.bindDefDefaults(n.Body, nested, inLoop)
		case *ast.Try:
			n.Body = in.bindDefDefaults(n.Body, nested, inLoop)
			n.Orelse = in.bindDefDefaults(n.Orelse, nested, inLoop)
			n.Finalbody = in.bindDefDefaults(n.Finalbody, nested, inLoop)
			for _, h := range n.Handlers {
				h.Body = in.bindDefDefaults(h.Body, nested, inLoop)
			}
		}
		out = append(out, st)
	}
	return out
}

// bindDef returns the statements that stand for def: itself when its
// defaults are all literals (or it is decorated or async), otherwise the
// def of its maker and the assignment that calls it.
func (in *Info) bindDef(def *ast.FunctionDef) []ast.Stmt {
	if len(def.Decorators) > 0 || def.Async {
		return []ast.Stmt{def}
	}
	hidden, values, kept := splitDefaults(def.Args)
	if hidden == nil {
		return []ast.Stmt{def}
	}
	at := ast.StmtBase{Base: ast.Base{P: def.Start()}}
	name := func(ctx ast.Context) *ast.Name {
		return &ast.Name{ExprBase: ast.ExprBase{Base: ast.Base{P: def.Start()}}, ID: def.Name, Ctx: ctx}
	}
	inner := &ast.FunctionDef{StmtBase: at, Name: def.Name, Args: kept, Body: def.Body, Returns: def.Returns}
	maker := &ast.FunctionDef{StmtBase: at, Name: def.Name + "_bind", Args: &ast.Arguments{Args: hidden},
		Body: []ast.Stmt{inner, &ast.Return{StmtBase: at, Value: name(ast.Load)}}}
	call := &ast.Call{ExprBase: ast.ExprBase{Base: ast.Base{P: def.Start()}},
		Func: &ast.Name{ExprBase: ast.ExprBase{Base: ast.Base{P: def.Start()}}, ID: maker.Name}, Args: values}
	in.BoundDefaults[inner] = true
	return []ast.Stmt{maker, &ast.Assign{StmtBase: at, Targets: []ast.Expr{name(ast.Store)}, Value: call}}
}

// splitDefaults splits the parameters a, from the first positional one
// whose default is not a literal on, into hidden (with their default
// values) and the parameters kept; hidden is nil when every default is a
// literal.
func splitDefaults(a *ast.Arguments) (hidden []*ast.Arg, values []ast.Expr, kept *ast.Arguments) {
	first := len(a.PosOnly) + len(a.Args) - len(a.Defaults)
	hide := -1
	for i, d := range a.Defaults {
		if _, isConst := d.(*ast.Constant); !isConst {
			hide = first + i
			break
		}
	}
	if hide < 0 {
		return nil, nil, a
	}
	kept = &ast.Arguments{Vararg: a.Vararg, KwOnly: a.KwOnly, KwDefaults: a.KwDefaults, Kwarg: a.Kwarg}
	for i, p := range append(append([]*ast.Arg{}, a.PosOnly...), a.Args...) {
		switch {
		case i >= hide:
			hidden = append(hidden, p)
			values = append(values, a.Defaults[i-first])
		case i < len(a.PosOnly):
			kept.PosOnly = append(kept.PosOnly, p)
		default:
			kept.Args = append(kept.Args, p)
		}
		if i >= first && i < hide {
			kept.Defaults = append(kept.Defaults, a.Defaults[i-first])
		}
	}
	return hidden, values, kept
}
