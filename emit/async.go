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
	if f.Generator {
		// An async generator is a Go iterator run by `async for` in the
		// consuming task, where its awaits park that task.
		inner.Async = false
		return &inner
	}
	inner.Result = f.Returns
	inner.Async = false
	return &inner
}

// coroBody wraps the emitted body of async def name in the coroutine
// literal; a def that returns nothing gives a coroutine of None.
// The literal is put at the def's line, which a task's repr names
// ("coro=<job() done, defined at prog.py:4>") and by which traceback
// frames in it take the def's name.
func (e *emitter) coroBody(name string, inner *infer.Func, body []jen.Code) []jen.Code {
	dir := e.literalAtDef(inner.Node)
	if inner.Result == types.None {
		return append(dir, jen.Return(patterns.Rt("NewCoroProc").Call(jen.Lit(name), jen.Func().Params().Block(body...))))
	}
	lit := jen.Func().Params().Add(e.GoType(inner.Result)).Block(body...)
	return append(dir, jen.Return(patterns.Rt("NewCoro").Call(jen.Lit(name), lit)))
}

// awaitExpr emits `await x`. Only awaitables whose type inference knows
// can be awaited, since the result's Go type comes from them.
func (e *emitter) awaitExpr(n *ast.Await) jen.Code {
	t := e.info.TypeOf(n.Value)
	if t == types.Object {
		// A coroutine from a function value of a list of async defs
		// (for fn in stages: await fn(x)): its result is dynamic.
		return patterns.Rt("AwaitAny").Call(e.Expr(n.Value))
	}
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

// asyncName is the name an async def's coroutine reports: its
// __qualname__, Class.name for a method.
func (e *emitter) asyncName(f *infer.Func) string {
	def, ok := f.Node.(*ast.FunctionDef)
	if !ok {
		return "<coroutine>"
	}
	if m := e.info.MethodDefs[def]; m != nil && m.Owner != nil {
		return m.Owner.Name + "." + def.Name
	}
	return def.Name
}

// withMethods are the library entries a with statement calls on entry
// and exit: __aenter__ and __aexit__ for `async with`.
func withMethods(n *ast.With) (enter, exit string) {
	if n.Async {
		return "__aenter__", "__aexit__"
	}
	return "__enter__", "__exit__"
}

// asyncWithOK refuses `async with` on anything but the library's
// asynchronous context managers and objects of classes with __aenter__
// and __aexit__.
func (e *emitter) asyncWithOK(n *ast.With) bool {
	if !n.Async {
		return true
	}
	for _, it := range n.Items {
		t := e.info.TypeOf(it.ContextExpr)
		if _, ok := t.(*types.Named); ok {
			continue
		}
		if e.instanceMethod(t, "__aenter__") == nil || e.instanceMethod(t, "__aexit__") == nil {
			e.log.Unsupported(it.ContextExpr.Start(), "async with on a value that is not an asyncio lock, semaphore, TaskGroup, timeout or an object with __aenter__ and __aexit__")
			return false
		}
	}
	return true
}

// asyncIterable is the Go iterator that `async for` runs over x: an async
// generator is one already; an object of a class with __aiter__ becomes
// py.AsyncIter over its iterator's __anext__, which awaits each
// coroutine and ends at StopAsyncIteration:
//
//	for v := range py.AsyncIter(countdown.AIter().ANext) {
//
// It returns nil, after reporting it, for anything else.
func (e *emitter) asyncIterable(x ast.Expr) ast.Expr {
	t := e.info.TypeOf(x)
	if _, ok := t.(*types.Iter); ok {
		if e.held != "" && e.heldLocal(x) {
			return e.typedGo(patterns.Rt("HeldAsyncGen").Call(e.heldBy(x), e.Expr(x)), t)
		}
		return x
	}
	next := e.info.AsyncNext(t)
	if next == nil {
		e.log.Unsupported(x.Start(), "async for over a value that is not an async generator or an object with __aiter__ and __anext__")
		return nil
	}
	aiter := e.info.ClassOf(t).Method("__aiter__")
	it := jen.Add(e.Expr(x)).Dot(methodGoName(aiter)).Call().Dot(methodGoName(next))
	elem := infer.AwaitResult(e.info.Funcs[next.Def].Result)
	return e.typedGo(patterns.Rt("AsyncIter").Call(it), &types.Iter{Elem: elem})
}
