package infer

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// Coroutines. Calling an async def returns a coroutine object,
// types.Named{"asyncio.Coro", [R]} where R joins the function's returns
// (Func.Returns); `await x` has the result type of the awaitable x.

// CoroClass is the library class of coroutine objects.
const CoroClass = "asyncio.Coro"

// awaitables are the library classes `await` accepts, each with its result
// type as its first type argument.
var awaitables = map[string]bool{CoroClass: true, "asyncio.Task": true, "asyncio.Future": true}

// AwaitResult is the type of `await x` for an x of type t, Object when t
// is not a known awaitable.
func AwaitResult(t types.Type) types.Type {
	if n, ok := t.(*types.Named); ok && awaitables[n.Class] && len(n.Args) == 1 {
		return n.Args[0]
	}
	return types.Object
}

// asyncDef finishes typing an async def after its body: falling off the
// end returns None, and calling it gives a coroutine of its returns.
func (t *typer) asyncDef(f *Func, n *ast.FunctionDef) {
	if !Terminates(n.Body) {
		t.update(&f.Returns, types.None, false)
	}
	t.update(&f.Result, &types.Named{Class: CoroClass, Args: []types.Type{f.Returns}}, false)
}

// asyncReturn joins a return value of an async def into its Returns and
// reports whether the function was one.
func (t *typer) asyncReturn(vt types.Type) bool {
	if t.fn == nil || !t.fn.Async {
		return false
	}
	t.update(&t.fn.Returns, vt, false)
	return true
}

// asyncElem is the type of the items `async for` takes from an object of
// type it: an async generator's items, or what awaiting the __anext__ of
// the object a user class's __aiter__ returns gives.
func (t *typer) asyncElem(it types.Type) types.Type {
	if _, ok := it.(*types.Iter); ok {
		return types.Elem(it)
	}
	if next := t.info.AsyncNext(it); next != nil {
		return AwaitResult(t.info.Funcs[next.Def].Result)
	}
	return types.Object
}

// AsyncNext is the __anext__ method of the async iterator that `async
// for` over an object of type it uses: that of what its class's __aiter__
// returns; nil when it is no such object.
func (in *Info) AsyncNext(it types.Type) *Method {
	c := in.ClassOf(it)
	if _, isInst := it.(*types.Instance); !isInst || c == nil {
		return nil
	}
	aiter := c.Method("__aiter__")
	if aiter == nil {
		return nil
	}
	res := in.Funcs[aiter.Def].Result
	rc := in.ClassOf(res)
	if _, isInst := res.(*types.Instance); !isInst || rc == nil {
		return nil
	}
	return rc.Method("__anext__")
}
