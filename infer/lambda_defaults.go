package infer

import "github.com/py2go/py2go/ast"

// A lambda's default values are evaluated where the lambda is made, and
// `lambda i=i: i` is how Python programs keep a loop variable's current
// value in a closure. A Go func has no defaults, and a call of the lambda
// that leaves i out cannot know which lambda's value to pass, so such a
// lambda is rewritten, before anything else looks at the program, into
// the call that makes the closure:
//
//	lambda x, i=i, n=1: x + i + n   becomes   (lambda i, n: lambda x: x + i + n)(i, 1)
//
// The parameters from the first whose default is not a literal on become
// those of the outer lambda, called at once with the default values; the
// ones before stay on the inner one. A call of the lambda that passes one
// of them has no parameter to bind it to and is reported, not
// miscompiled. Keyword-only
// parameters with such defaults are left alone (and reported).

// desugarLambdaDefaults rewrites the lambdas of mod in place.
func (in *Info) desugarLambdaDefaults(mod *ast.Module) {
	in.BoundDefaults = map[*ast.Lambda]bool{}
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
	if !ok || l.Args == nil || len(l.Args.Defaults) == 0 {
		return x
	}
	a := l.Args
	first := len(a.PosOnly) + len(a.Args) - len(a.Defaults)
	hide := -1 // the first parameter whose default is not a literal
	for i, d := range a.Defaults {
		if _, isConst := d.(*ast.Constant); !isConst {
			hide = first + i
			break
		}
	}
	if hide < 0 {
		return x
	}
	at := ast.ExprBase{Base: ast.Base{P: l.Start()}}
	outer := &ast.Lambda{ExprBase: at, Args: &ast.Arguments{}}
	call := &ast.Call{ExprBase: at, Func: outer}
	inner := &ast.Lambda{ExprBase: at, Body: l.Body, Args: &ast.Arguments{
		Vararg: a.Vararg, KwOnly: a.KwOnly, KwDefaults: a.KwDefaults, Kwarg: a.Kwarg}}
	for i, p := range append(append([]*ast.Arg{}, a.PosOnly...), a.Args...) {
		switch {
		case i >= hide:
			outer.Args.Args = append(outer.Args.Args, p)
			call.Args = append(call.Args, a.Defaults[i-first])
		case i < len(a.PosOnly):
			inner.Args.PosOnly = append(inner.Args.PosOnly, p)
		default:
			inner.Args.Args = append(inner.Args.Args, p)
		}
		if i >= first && i < hide {
			inner.Args.Defaults = append(inner.Args.Defaults, a.Defaults[i-first])
		}
	}
	outer.Body = inner
	return call
}

// paramAt is the i-th positional parameter of a.
func paramAt(a *ast.Arguments, i int) *ast.Arg {
	if i < len(a.PosOnly) {
		return a.PosOnly[i]
	}
	return a.Args[i-len(a.PosOnly)]
}
