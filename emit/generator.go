package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Generators.
//
// A generator function becomes a Go function returning an iter.Seq, the
// sequence Go's range-over-func iterates:
//
//	func countdown(n int) iter.Seq[int] {
//		return func(yield func(int) bool) {
//			for n > 0 {
//				if !yield(n) {
//					return
//				}
//				n -= 1
//			}
//		}
//	}
//
// The body runs only when the sequence is ranged over, and stops at the
// yield where the consumer breaks, so generators stay lazy as in Python;
// `return` ends the sequence. Where a generator is advanced with next()
// it is wrapped in the runtime's Iterator, which keeps its position.

// generatorBody wraps an emitted generator body in the iter.Seq literal.
func (e *emitter) generatorBody(f *infer.Func, body []jen.Code) []jen.Code {
	elem := types.Elem(f.Result)
	yield := jen.Id("yield").Func().Params(e.GoType(elem)).Bool()
	if e.agen != "" {
		seq := jen.Func().Params(yield, jen.Id(e.agen).Op("*").Add(patterns.Rt("AGen"))).Block(body...)
		return []jen.Code{jen.Return(patterns.Rt("AsyncGen").Call(seq))}
	}
	seq := jen.Func().Params(yield).Block(body...)
	return []jen.Code{jen.Return(seq)}
}

// hasFinally reports whether body has a try statement with a finally
// clause outside nested functions.
func hasFinally(body []ast.Stmt) bool {
	found := false
	ast.InspectStmts(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		case *ast.Try:
			found = found || len(n.Finalbody) > 0
		}
		return !found
	})
	return found
}

// yieldElem is the Go type of the items the current generator yields.
func (e *emitter) yieldElem() types.Type {
	return types.Elem(e.fn.Result)
}

// yieldStmt emits a yield statement: hand the value to the consumer, and
// end the generator when it stops asking.
func (e *emitter) yieldStmt(n *ast.Yield) []jen.Code {
	var value jen.Code = jen.Nil()
	if n.Value != nil {
		value = e.ExprAs(n.Value, e.yieldElem())
	}
	return []jen.Code{jen.If(jen.Op("!").Id("yield").Call(value)).Block(e.jumpReturn(nil)...)}
}

// yieldFromStmt emits `yield from xs`: yield each item of xs in turn.
func (e *emitter) yieldFromStmt(n *ast.YieldFrom) []jen.Code {
	item := e.names.Fresh("v")
	elem := e.yieldElem()
	from := types.Elem(e.info.TypeOf(n.Value))
	var value jen.Code = jen.Id(item)
	if !types.Equal(from, elem) {
		tmp := &goExpr{code: value}
		e.info.Types[tmp] = from
		value = e.ExprAs(tmp, elem)
	}
	body := []jen.Code{jen.If(jen.Op("!").Id("yield").Call(value)).Block(e.jumpReturn(nil)...)}
	return []jen.Code{e.forHead(n.Value, jen.Id(item), ":=", body, &rangeVar{})}
}

// holdsAsyncGen reports whether the coroutine f has an `async for` over
// an async generator held in one of its variables, whose close, when the
// loop is left early, waits until f returns.
func (e *emitter) holdsAsyncGen(f *infer.Func, body []ast.Stmt) bool {
	found := false
	ast.InspectStmts(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		case *ast.For:
			_, isIter := e.info.TypeOf(n.Iter).(*types.Iter)
			found = found || n.Async && isIter && e.localOf(f, n.Iter)
		case *ast.Call:
			found = found || e.acloseOf(f, n) != nil
		}
		return !found
	})
	return found
}

// acloseOf is the variable of f whose async generator the call n closes
// (agen.aclose()), or nil.
func (e *emitter) acloseOf(f *infer.Func, n *ast.Call) *infer.Symbol {
	attr, ok := n.Func.(*ast.Attribute)
	if !ok || attr.Attr != "aclose" || len(n.Args) != 0 || !e.localOf(f, attr.Value) {
		return nil
	}
	if _, isIter := e.info.TypeOf(attr.Value).(*types.Iter); !isIter {
		return nil
	}
	return e.info.Refs[attr.Value.(*ast.Name)]
}

// aclosed reports whether the coroutine being emitted closes the async
// generator in its variable sym itself.
func (e *emitter) aclosed(sym *infer.Symbol) bool {
	def, ok := e.fn.Node.(*ast.FunctionDef)
	if !ok {
		return false
	}
	found := false
	ast.InspectStmts(def.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		case *ast.Call:
			found = found || e.acloseOf(e.fn, n) == sym
		}
		return !found
	})
	return found
}

// heldBy is the holder of the generator in the variable x: the
// coroutine's, or the one of x itself when the coroutine closes it
// with aclose().
func (e *emitter) heldBy(x ast.Expr) *jen.Statement {
	sym := e.info.Refs[x.(*ast.Name)]
	if e.aclosed(sym) {
		return jen.Id(e.held).Dot("Var").Call(jen.Lit(sym.Name))
	}
	return jen.Id(e.held)
}

// aclose emits agen.aclose() of an async generator the coroutine holds
// in a variable: the coroutine that runs the finally bodies the
// generator's consumer left pending.
func (e *emitter) aclose(n *ast.Call, attr *ast.Attribute) jen.Code {
	if e.held == "" || e.acloseOf(e.fn, n) == nil {
		e.log.Unsupported(n.Start(), "aclose() of an async generator that is not held in a variable of the coroutine closing it")
		return jen.Nil()
	}
	if sym := e.info.Refs[attr.Value.(*ast.Name)]; sym.Loads <= 1 && e.hoistOK {
		// A generator closed before it ever ran is read only here, and
		// Go rejects a variable nobody reads.
		e.pre = append(e.pre, jen.Id("_").Op("=").Add(e.Expr(attr.Value)))
	}
	return e.heldBy(attr.Value).Dot("AClose").Call()
}

// heldLocal reports whether x is a variable of the function being
// emitted.
func (e *emitter) heldLocal(x ast.Expr) bool {
	return e.localOf(e.fn, x)
}

// localOf reports whether x names a variable of f's own scope.
func (e *emitter) localOf(f *infer.Func, x ast.Expr) bool {
	n, ok := x.(*ast.Name)
	if !ok || f == nil {
		return false
	}
	sym := e.info.Refs[n]
	return sym != nil && sym.Scope == f.Scope
}

// holdClosedAsyncGen makes `g = agen()`, in a coroutine that closes g
// itself with aclose(), store the generator held by g's holder, so that
// the finally bodies a consumer leaves pending wait for that aclose()
// even when another coroutine, handed g, iterates it and stops early
// (CPython keeps g alive while the variable refers to it).
func (e *emitter) holdClosedAsyncGen(target, value ast.Expr) {
	name, ok := target.(*ast.Name)
	if !ok || e.held == "" || e.fn == nil {
		return
	}
	if _, isIter := e.info.TypeOf(value).(*types.Iter); !isIter {
		return
	}
	if _, isCall := value.(*ast.Call); !isCall {
		return
	}
	sym := e.info.Refs[name]
	if sym == nil || sym.Scope != e.fn.Scope || !e.aclosed(sym) {
		return
	}
	if e.subst == nil {
		e.subst = map[ast.Expr]jen.Code{}
	}
	code := e.Expr(value)
	e.subst[value] = patterns.Rt("HeldAsyncGen").Call(e.heldBy(name), code)
}
