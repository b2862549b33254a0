package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// The Pool's map family. Every one takes the whole iterable up front (as
// CPython's does, which turns it into a list before cutting chunks) and
// calls func on each item in a worker: map and starmap wait for the
// results in input order, the _async forms return an AsyncResult of the
// list, imap yields in input order, imap_unordered in completion order.

// mapKind says how one map method calls func and what it returns.
type mapKind struct {
	name  string
	star  bool   // starmap: each item is an argument tuple
	async bool   // returns an AsyncResult of the list
	iter  bool   // returns an iterator
	rt    string // the runtime function
	sig   string
}

var mapKinds = []mapKind{
	{name: "map", rt: "PoolMap", sig: "func, iterable, chunksize=None"},
	{name: "starmap", star: true, rt: "PoolMap", sig: "func, iterable, chunksize=None"},
	{name: "map_async", async: true, rt: "MapAsync",
		sig: "func, iterable, chunksize=None, callback=None, error_callback=None"},
	{name: "starmap_async", star: true, async: true, rt: "MapAsync",
		sig: "func, iterable, chunksize=None, callback=None, error_callback=None"},
	{name: "imap", iter: true, rt: "Imap", sig: "func, iterable, chunksize=1"},
	{name: "imap_unordered", iter: true, rt: "ImapUnordered", sig: "func, iterable, chunksize=1"},
}

func poolMapEntries() []*Entry {
	var out []*Entry
	for _, k := range mapKinds {
		out = append(out, fn(mpPool+"."+k.name, k.sig, k.typeOf, k.emit))
	}
	return out
}

// itemType is the type of the iterable's items as the runtime gets them:
// a list's or iterator's element type, a dynamic value for anything else.
func itemType(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.List, *types.Iter:
		return types.Elem(t)
	case *types.Named:
		if t.Class == rangeClass {
			return types.Int
		}
	}
	return types.Object
}

// argTypes is what func is called with for one item.
func (k mapKind) argTypes(item types.Type) ([]types.Type, bool) {
	if !k.star {
		return []types.Type{item}, true
	}
	tup, ok := item.(*types.Tuple)
	if !ok {
		return nil, false
	}
	return tup.Elems, true
}

func (k mapKind) typeOf(c *TypeCall) types.Type {
	args, ok := k.argTypes(itemType(c.Type("iterable")))
	if !ok {
		return types.Object
	}
	res := c.Env.CallResult(c.Args.Get("func"), args)
	list := &types.List{Elem: res}
	switch {
	case k.async:
		typeCallbacks(c, list)
		return named(mpAsyncResult, list)
	case k.iter:
		return &types.Iter{Elem: res}
	}
	return list
}

func (k mapKind) emit(c *EmitCall) jen.Code {
	it := c.Args.Get("iterable")
	item := itemType(c.Env.TypeOf(it))
	args, ok := k.argTypes(item)
	if !ok {
		c.Env.Errorf(it.Start(), "not supported yet: Pool.%s over items that are not tuples of known length", k.name)
		return jen.Nil()
	}
	var f jen.Code
	if k.star {
		f = starFunc(c, item, args)
	} else {
		f = c.Env.Callback(c.Args.Get("func"), args)
	}
	rt, items := k.rt, jen.Code(nil)
	switch rargs, ok := rangeArgs(c.Env, it); {
	case ok && !k.star && !k.iter:
		// The workers compute a range's items; no list is built.
		rt, items = rt+"Range", Rt("NewIntRange").Call(rargs...)
	case ok:
		items = Rt("RangeList").Call(rargs...)
	default:
		items = itemsOf(c, it)
	}
	if _, display := it.(*ast.List); k.star && !display {
		// Argument tuples travel as py.Tuple, whichever slice holds them
		// (a list display's []py.Object, zip's []py.Tuple).
		items = Rt("ListAs").Types(Rt("Tuple")).Call(items)
	}
	call := []jen.Code{recv(c), f, items, c.ArgAs("chunksize", types.Int, jen.Lit(0))}
	if k.async {
		cb, ecb := emitCallbacks(c, argOf(c.Result))
		call = append(call, cb, ecb)
	}
	return Rt(rt).Call(call...)
}

// starFunc is func as a Go func of one argument tuple, which it spreads
// into func's parameters.
func starFunc(c *EmitCall, item types.Type, args []types.Type) jen.Code {
	dyn := make([]types.Type, len(args))
	idx := make([]jen.Code, len(args))
	for i := range args {
		dyn[i] = types.Object
		idx[i] = jen.Id("t").Index(jen.Lit(i))
	}
	res := types.Elem(resultList(c.Result))
	sig := jen.Func().Params(jen.Id("t").Add(Rt("Tuple"))).Add(c.Env.GoType(res))
	var unpack []jen.Code
	if _, display := c.Args.Get("iterable").(*ast.List); display {
		// A list display's items are Objects holding tuples.
		sig = jen.Func().Params(jen.Id("item").Add(c.Env.GoType(item))).Add(c.Env.GoType(res))
		unpack = append(unpack, jen.Id("t").Op(":=").Add(jen.Id("item").Assert(Rt("Tuple"))))
	}
	if res == types.None {
		cb := c.Env.Handler(c.Args.Get("func"), dyn)
		return sig.Block(append(unpack, jen.Add(cb).Call(idx...), jen.Return(jen.Nil()))...)
	}
	cb := c.Env.Callback(c.Args.Get("func"), dyn)
	return sig.Block(append(unpack, jen.Return(jen.Add(cb).Call(idx...)))...)
}

// resultList is the list type a map call produces, from its own type.
func resultList(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.Named:
		return argOf(t)
	case *types.Iter:
		return &types.List{Elem: t.Elem}
	}
	return t
}

// itemsOf emits the iterable argument as a Go slice.
func itemsOf(c *EmitCall, it ast.Expr) jen.Code {
	switch c.Env.TypeOf(it).(type) {
	case *types.List:
		return c.Env.Expr(it)
	case *types.Iter:
		return jen.Qual("slices", "Collect").Call(c.Env.Expr(it))
	}
	if isRange(c.Env, it) {
		return sliceOf(c.Env, it)
	}
	return Rt("ItemsOf").Types(Rt("Object")).Call(c.Env.ExprAs(it, types.Object))
}

// rangeArgs returns the Go of the arguments of x when x is a call of the
// builtin range with int arguments.
func rangeArgs(env EmitEnv, x ast.Expr) ([]jen.Code, bool) {
	call, ok := x.(*ast.Call)
	if !ok || len(call.Keywords) != 0 || len(call.Args) == 0 || len(call.Args) > 3 {
		return nil, false
	}
	if m, ok := env.TypeOf(call.Func).(*types.Module); !ok || m.Path != "builtins.range" {
		return nil, false
	}
	args := make([]jen.Code, len(call.Args))
	for i, a := range call.Args {
		if env.TypeOf(a) != types.Int {
			return nil, false
		}
		args[i] = env.Expr(a)
	}
	return args, true
}
