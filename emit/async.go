package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Coroutines.
//
// An async def becomes a Go function returning the runtime's coroutine
// object, whose body runs only when it is awaited or wrapped in a task:
//
//	func fetch(name string, delay float64) *py.Coro[string] {
//		return py.NewCoro("fetch", func() string {
//			py.AsyncSleep(delay).Await()
//			return name
//		})
//	}
//
// `await x` is x.Await(), which runs a coroutine inline in the awaiting
// task or parks the task until a task or future is done (runtime/doc.go).

// asyncInner is the function whose body is emitted inside the coroutine
// literal: f with its result being what the async def returns.
func asyncInner(f *infer.Func) *infer.Func {
	inner := *f
	inner.Result = f.Returns
	inner.Async = false
	return &inner
}

// coroBody wraps the emitted body of async def name in the coroutine
// literal; a def that returns nothing gives a coroutine of None.
func (e *emitter) coroBody(name string, inner *infer.Func, body []jen.Code) []jen.Code {
	if inner.Result == types.None {
		return []jen.Code{jen.Return(patterns.Rt("NewCoroProc").Call(jen.Lit(name), jen.Func().Params().Block(body...)))}
	}
	lit := jen.Func().Params().Add(e.GoType(inner.Result)).Block(body...)
	return []jen.Code{jen.Return(patterns.Rt("NewCoro").Call(jen.Lit(name), lit))}
}

// awaitExpr emits `await x`. Only awaitables whose type inference knows
// can be awaited, since the result's Go type comes from them.
func (e *emitter) awaitExpr(n *ast.Await) jen.Code {
	t := e.info.TypeOf(n.Value)
	if nt, ok := t.(*types.Named); !ok || infer.AwaitResult(nt) == types.Object && !isAwaitable(nt) {
		e.log.Unsupported(n.Start(), "await of a value whose type is not known")
		return jen.Nil()
	}
	return jen.Add(e.Expr(n.Value)).Dot("Await").Call()
}

// isAwaitable reports whether t is a coroutine, task or future type.
func isAwaitable(t *types.Named) bool {
	switch t.Class {
	case infer.CoroClass, "asyncio.Task", "asyncio.Future":
		return true
	}
	return false
}

// asyncName is the name an async def's coroutine reports.
func asyncName(f *infer.Func) string {
	if def, ok := f.Node.(*ast.FunctionDef); ok {
		return def.Name
	}
	return "<coroutine>"
}
