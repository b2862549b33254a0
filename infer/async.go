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
