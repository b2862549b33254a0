package patterns

import (
	"math/big"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

const (
	futureClass = "concurrent.futures.Future"
	threadPool  = "concurrent.futures.ThreadPoolExecutor"
	processPool = "concurrent.futures.ProcessPoolExecutor"
)

func init() {
	RegisterType(threadPool, GoType{Name: "Executor"})
	RegisterType(processPool, GoType{Name: "Executor"})
	RegisterType(futureClass, GoType{Name: "Future", View: "AnyFuture"})
	r := &Recognizer{
		Name: "concurrent.futures",
		Doc: "ThreadPoolExecutor and ProcessPoolExecutor (max_workers, thread_name_prefix, initializer; " +
			"submit, map, shutdown(wait, cancel_futures), with), Future (result, exception, done, running, " +
			"cancel, cancelled, add_done_callback), as_completed and wait with their timeouts, " +
			"CancelledError, TimeoutError.",
		Modules: []string{"concurrent", "concurrent.futures"},
	}
	r.Entries = append(r.Entries, executorEntries(threadPool, "NewThreadPoolExecutor")...)
	r.Entries = append(r.Entries, executorEntries(processPool, "NewProcessPoolExecutor")...)
	r.Entries = append(r.Entries, futureEntries()...)
	r.Entries = append(r.Entries, futuresFunctions()...)
	Register(r)
}

// executorEntries are the constructor and methods of one executor class;
// both classes are the runtime's Executor, a process pool's workers having
// process identities and copying results.
func executorEntries(class, ctor string) []*Entry {
	sig := "max_workers=None, thread_name_prefix='', initializer=None, initargs=()"
	if class == processPool {
		sig = "max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None"
	}
	return []*Entry{
		fn(class, sig, func(c *TypeCall) types.Type {
			if c.Args.Has("initializer") && !IsNone(c.Args.Get("initializer")) {
				c.callResultOf("initializer", "initargs")
			}
			return named(class)
		}, func(c *EmitCall) jen.Code { return emitExecutor(c, ctor) }),
		spreadKw(fn(class+".submit", "fn, /, *args, **kwargs", func(c *TypeCall) types.Type {
			return named(futureClass, c.callResultOf("fn", ""))
		}, emitSubmit)),
		fn(class+".map", "fn, *iterables, timeout=None, chunksize=1", typeOfMap, emitExecutorMap),
		proc(class+".shutdown", "wait=True, *, cancel_futures=False", func(c *EmitCall) jen.Code {
			wait := c.ArgAs("wait", types.Bool, jen.True())
			if c.Args.Has("cancel_futures") {
				return recv(c).Dot("ShutdownCancel").Call(wait, c.ArgAs("cancel_futures", types.Bool, nil))
			}
			return recv(c).Dot("Shutdown").Call(wait)
		}),
		proc(class+".__exit__", "", func(c *EmitCall) jen.Code {
			return recv(c).Dot("Shutdown").Call(jen.True())
		}),
	}
}

// emitExecutor is an executor's constructor: max_workers alone is a plain
// call, the other options go in an ExecutorOptions literal.
func emitExecutor(c *EmitCall, ctor string) jen.Code {
	workers := maxWorkers(c)
	hasInit := c.Args.Has("initializer") && !IsNone(c.Args.Get("initializer"))
	prefix := c.Args.Get("thread_name_prefix")
	if !hasInit && prefix == nil {
		return Rt(ctor).Call(workers)
	}
	opts := jen.Dict{jen.Id("MaxWorkers"): workers}
	if prefix != nil {
		opts[jen.Id("NamePrefix")] = c.ArgAs("thread_name_prefix", types.Str, nil)
	}
	if hasInit {
		opts[jen.Id("Initializer")] = c.procOf("initializer", "initargs")
	}
	return Rt(ctor + "Opts").Call(Rt("ExecutorOptions").Values(opts))
}

// typeOfMap types executor.map(fn, iterable): fn is called with the
// iterable's items, and the result is an iterator of its results.
func typeOfMap(c *TypeCall) types.Type {
	if len(c.Args.VarArgs) != 1 || hasStarred(c.Args.VarArgs) {
		return typeOfMapN(c)
	}
	elem := types.Elem(c.Env.TypeOf(c.Args.VarArgs[0]))
	return &types.Iter{Elem: c.Env.CallResult(c.Args.Get("fn"), []types.Type{elem})}
}

// emitExecutorMap is executor.map over one iterable: every item is submitted at
// once and the results come back in input order.
func emitExecutorMap(c *EmitCall) jen.Code {
	if len(c.Args.VarArgs) != 1 || hasStarred(c.Args.VarArgs) {
		return emitExecutorMapN(c)
	}
	it := c.Args.VarArgs[0]
	elem := types.Elem(c.Env.TypeOf(it))
	var items jen.Code
	switch c.Env.TypeOf(it).(type) {
	case *types.List:
		items = c.Env.Expr(it)
	case *types.Iter:
		items = jen.Qual("slices", "Collect").Call(c.Env.Expr(it))
	case *types.Named:
		if !isRange(c.Env, it) {
			items = jen.Qual("slices", "Collect").Call(Rt("Iter").Call(c.Env.ExprAs(it, types.Object)))
			elem = types.Object
			break
		}
		items = sliceOf(c.Env, it)
	default:
		items = jen.Qual("slices", "Collect").Call(Rt("Iter").Call(c.Env.ExprAs(it, types.Object)))
		elem = types.Object
	}
	fn := c.Env.Callback(c.Args.Get("fn"), []types.Type{elem})
	return Rt("ExecutorMap").Call(recv(c), fn, items, c.timeout("timeout"))
}

// typeOfMapN types executor.map(fn, *iterables) over several iterables
// or a starred list of them: fn is called with an item of each (of types
// not known for a starred list, which the runtime binds), and the
// results are Objects.
func typeOfMapN(c *TypeCall) types.Type {
	var args []types.Type
	if !hasStarred(c.Args.VarArgs) {
		for _, it := range c.Args.VarArgs {
			args = append(args, types.Elem(c.Env.TypeOf(it)))
		}
	}
	c.Env.CallResult(c.Args.Get("fn"), args)
	return &types.Iter{Elem: types.Object}
}

// emitExecutorMapN is executor.map over several iterables, or a starred
// list of them: the runtime zips them and calls fn with each row.
func emitExecutorMapN(c *EmitCall) jen.Code {
	args := []jen.Code{recv(c), c.Env.ExprAs(c.Args.Get("fn"), types.Object), c.timeout("timeout")}
	for _, it := range c.Args.VarArgs {
		if s, star := it.(*ast.Starred); star {
			args = append(args, Rt("ListAs").Types(Rt("Object")).Call(c.Env.ExprAs(s.Value, types.Object)).Op("..."))
			continue
		}
		args = append(args, c.Env.ExprAs(it, types.Object))
	}
	return Rt("ExecutorMapN").Call(args...)
}

func futureEntries() []*Entry {
	f := futureClass
	return []*Entry{
		fn(f+".result", "timeout=None", func(c *TypeCall) types.Type { return argOf(c.Recv) },
			func(c *EmitCall) jen.Code {
				if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
					return recv(c).Dot("ResultTimeout").Call(c.timeout("timeout"))
				}
				return recv(c).Dot("Result").Call()
			}),
		fn(f+".exception", "timeout=None", returns(named("BaseException")), func(c *EmitCall) jen.Code {
			if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
				return recv(c).Dot("ExceptionTimeout").Call(c.timeout("timeout"))
			}
			return recv(c).Dot("Exception").Call()
		}),
		fn(f+".done", "", returns(types.Bool), method("Done")),
		fn(f+".running", "", returns(types.Bool), method("Running")),
		fn(f+".cancelled", "", returns(types.Bool), method("Cancelled")),
		fn(f+".cancel", "", returns(types.Bool), method("Cancel")),
		{
			// The callback is called with the future itself.
			Name: f + ".add_done_callback", Sig: Sig("add_done_callback", "fn, /"), NoValue: true,
			Type: func(c *TypeCall) types.Type {
				c.Env.CallResult(c.Args.Get("fn"), []types.Type{c.Recv})
				return types.None
			},
			Emit: func(c *EmitCall) jen.Code {
				return recv(c).Dot("AddDoneCallback").Call(c.Env.Handler(c.Args.Get("fn"), []types.Type{c.Env.TypeOf(c.Recv)}))
			},
		},
	}
}

// futureList reports whether t is a list of futures of one known
// result type, which the typed AsCompleted and Wait take; a list of
// dynamic values (futures of an executor of unproven class) goes the
// dynamic way.
func futureList(t types.Type) bool {
	l, ok := t.(*types.List)
	if !ok {
		return false
	}
	n, ok := l.Elem.(*types.Named)
	return ok && n.Class == futureClass
}

func futuresFunctions() []*Entry {
	const cf = "concurrent.futures."
	out := []*Entry{
		fn(cf+"as_completed", "fs, timeout=None", func(c *TypeCall) types.Type {
			return &types.Iter{Elem: types.Elem(c.Type("fs"))}
		}, func(c *EmitCall) jen.Code {
			if !futureList(c.Env.TypeOf(c.Args.Get("fs"))) {
				return Rt("AsCompletedObj").Call(c.ArgAs("fs", types.Object, nil), c.timeout("timeout"))
			}
			return Rt("AsCompleted").Call(c.Arg("fs"), c.timeout("timeout"))
		}),
		fn(cf+"wait", "fs, timeout=None, return_when='ALL_COMPLETED'", func(c *TypeCall) types.Type {
			l := &types.List{Elem: types.Elem(c.Type("fs"))}
			return &types.Tuple{Elems: []types.Type{l, l}}
		}, func(c *EmitCall) jen.Code {
			when := c.ArgAs("return_when", types.Str, Rt("AllCompleted"))
			if _, isConst := c.Env.TypeOf(c.Args.Get("return_when")).(*types.Module); isConst {
				when = c.Arg("return_when") // FIRST_COMPLETED and the others are Go strings
			}
			if !futureList(c.Env.TypeOf(c.Args.Get("fs"))) {
				return Rt("WaitObj").Call(c.ArgAs("fs", types.Object, nil), c.timeout("timeout"), when)
			}
			return Rt("WaitTuple").Call(c.Arg("fs"), c.timeout("timeout"), when)
		}),
		exceptionClass(cf+"CancelledError", "CancelledError"),
		exceptionClass(cf+"TimeoutError", "TimeoutError"),
		exceptionClass(cf+"BrokenExecutor", "BrokenExecutor"),
		exceptionClass(cf+"InvalidStateError", "InvalidStateError"),
		exceptionClass(cf+"process.BrokenProcessPool", "BrokenProcessPool"),
	}
	for _, c := range []struct{ py, rt string }{
		{"FIRST_COMPLETED", "FirstCompleted"}, {"FIRST_EXCEPTION", "FirstException"}, {"ALL_COMPLETED", "AllCompleted"},
	} {
		rt := c.rt
		out = append(out, value(cf+c.py, types.Str, func(*EmitCall) jen.Code { return Rt(rt) }))
	}
	return out
}

// maxWorkers is the max_workers argument: 0 for None (the default), a
// positive literal as it is, anything else checked at run time.
func maxWorkers(c *EmitCall) jen.Code {
	a := c.Args.Get("max_workers")
	switch {
	case a == nil || IsNone(a):
		return jen.Lit(0)
	case isPositiveInt(a):
		return c.Env.ExprAs(a, types.Int)
	}
	return Rt("MaxWorkers").Call(c.Env.ExprAs(a, types.Int))
}

// isPositiveInt reports whether e is an int literal above zero.
func isPositiveInt(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	if !ok || k.Kind != ast.ConstInt {
		return false
	}
	v, ok := k.Value.(*big.Int)
	return ok && v.Sign() > 0
}

// emitSubmit is executor.submit(fn, *args, **kwargs): a function of one
// argument is passed with it to Submit1, which needs no closure; anything
// else becomes a thunk.
// crossesAsCopy reports whether a submit to a process pool passes or
// returns a value that must cross the process boundary as a copy; the
// thunk path copies it, Submit1 does not.
func crossesAsCopy(c *EmitCall) bool {
	if c.Recv == nil {
		return false
	}
	if n, ok := c.Env.TypeOf(c.Recv).(*types.Named); !ok || n.Class != processPool {
		return false
	}
	if r, ok := c.Result.(*types.Named); ok && len(r.Args) > 0 && MayBeMutable(r.Args[0]) {
		return true
	}
	return MayBeMutable(c.Env.TypeOf(c.Args.VarArgs[0]))
}

func emitSubmit(c *EmitCall) jen.Code {
	if len(c.Args.VarArgs) == 1 && len(c.Args.VarKw) == 0 && !hasStarred(c.Args.VarArgs) && !crossesAsCopy(c) {
		if fn, args, ok := c.Env.Direct(c.Args.Get("fn"), c.Args.VarArgs); ok {
			return Rt("Submit1").Call(recv(c), fn, args[0])
		}
	}
	return Rt("Submit").Call(recv(c), c.thunkOf("fn", ""))
}
