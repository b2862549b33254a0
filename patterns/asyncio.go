package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// asyncio: coroutines, tasks and the event loop (runtime/asyncio*.go).
// Awaitables are typed by their result: Coro[T], Task[T], Future[T].
const (
	coroClass  = "asyncio.Coro"
	taskClass  = "asyncio.Task"
	afutClass  = "asyncio.Future"
	aqueue     = "asyncio.Queue"
	acondition = "asyncio.Condition"
	alockClass = "asyncio.Lock"
	aevent     = "asyncio.Event"
	asemaphore = "asyncio.Semaphore"
	ataskGroup = "asyncio.TaskGroup"
	atimeout   = "asyncio.Timeout"
	aloopClass = "asyncio.AbstractEventLoop"
	// timerHandle is what call_soon, call_later and call_at return.
	timerHandle = "asyncio.TimerHandle"
)

func init() {
	RegisterType(coroClass, GoType{Name: "Coro", View: "AnyCoro"})
	RegisterType(taskClass, GoType{Name: "Task", View: "AnyTask"})
	RegisterType(afutClass, GoType{Name: "AFuture", View: "AnyAFuture"})
	RegisterType(aloopClass, GoType{Name: "EventLoop"})
	RegisterType(timerHandle, GoType{Name: "TimerHandle"})
	r := &Recognizer{
		Name: "asyncio",
		Doc: "asyncio.run, create_task, sleep, gather (return_exceptions), wait_for, as_completed, " +
			"to_thread, Task and Future (cancel, cancelled, done, result, exception, add_done_callback, get_name), " +
			"Queue, Lock, Event, Semaphore, TaskGroup, timeout (async with), CancelledError, TimeoutError: one task runs at a time, " +
			"in the event loop's order.",
		Modules: []string{"asyncio"},
	}
	r.Entries = append(r.Entries, asyncioFunctions()...)
	r.Entries = append(r.Entries, futureMethods(taskClass)...)
	r.Entries = append(r.Entries, futureMethods(afutClass)...)
	r.Entries = append(r.Entries,
		fn(taskClass+".get_name", "", returns(types.Str), method("GetName")),
		proc(taskClass+".set_name", "value", method("SetName", "value")),
		exceptionClass("asyncio.CancelledError", "AsyncioCancelledError"),
		exceptionClass("asyncio.TimeoutError", "TimeoutError"),
		exceptionClass("asyncio.InvalidStateError", "AsyncioInvalidStateError"),
		exceptionClass("asyncio.QueueEmpty", "QueueEmptyAsync"),
		exceptionClass("asyncio.QueueFull", "QueueFullAsync"),
	)
	r.Entries = append(r.Entries, asyncSyncEntries()...)
	for _, c := range []struct{ py, rt string }{
		{"FIRST_COMPLETED", "FirstCompleted"}, {"FIRST_EXCEPTION", "FirstException"}, {"ALL_COMPLETED", "AllCompleted"},
	} {
		rt := c.rt
		r.Entries = append(r.Entries, value("asyncio."+c.py, types.Str, func(*EmitCall) jen.Code { return Rt(rt) }))
	}
	Register(r)
}

// awaitResult is the result type of awaiting a value of type t.
func awaitResult(t types.Type) types.Type {
	if n, ok := t.(*types.Named); ok && len(n.Args) == 1 {
		switch n.Class {
		case coroClass, taskClass, afutClass:
			return n.Args[0]
		}
	}
	return types.Object
}

// awaitable reports whether a value of type t may be a coroutine, task or
// future: one of those, or a value whose type is not known statically.
func awaitable(t types.Type) bool {
	if n, ok := t.(*types.Named); ok {
		return n.Class == coroClass || n.Class == taskClass || n.Class == afutClass
	}
	return t == types.Object
}

func asyncioFunctions() []*Entry {
	return []*Entry{
		fn("asyncio.run", "main, *, debug=None", func(c *TypeCall) types.Type {
			return awaitResult(c.Type("main"))
		}, func(c *EmitCall) jen.Code {
			if main := c.Args.Get("main"); main != nil && !awaitable(c.Env.TypeOf(main)) {
				// CPython: ValueError: a coroutine was expected, got ...
				c.Env.Errorf(main.Start(), "asyncio.run() needs a coroutine, the call of an async def function")
				return jen.Null()
			}
			return Rt("AsyncioRun").Call(c.Arg("main"))
		}),
		fn("asyncio.sleep", "delay, result=None", func(c *TypeCall) types.Type {
			if c.Args.Has("result") {
				return named(coroClass, c.Type("result"))
			}
			return named(coroClass, types.Object)
		}, func(c *EmitCall) jen.Code {
			delay := c.ArgAs("delay", types.Float, nil)
			if c.Args.Has("result") {
				return Rt("AsyncSleepResult").Call(delay, c.Arg("result"))
			}
			return Rt("AsyncSleep").Call(delay)
		}),
		fn("asyncio.create_task", "coro, *, name=None", func(c *TypeCall) types.Type {
			return named(taskClass, awaitResult(c.Type("coro")))
		}, func(c *EmitCall) jen.Code {
			return Rt("CreateTask").Call(c.Arg("coro"), c.ArgAs("name", types.Str, jen.Lit("")))
		}),
		fn("asyncio.ensure_future", "coro_or_future", func(c *TypeCall) types.Type {
			return named(taskClass, awaitResult(c.Type("coro_or_future")))
		}, func(c *EmitCall) jen.Code {
			return Rt("CreateTask").Call(c.Arg("coro_or_future"), jen.Lit(""))
		}),
		fn("asyncio.gather", "*aws, return_exceptions=False", typeOfGather, emitGather),
		fn("asyncio.wait_for", "fut, timeout", func(c *TypeCall) types.Type {
			return named(coroClass, awaitResult(c.Type("fut")))
		}, func(c *EmitCall) jen.Code {
			return Rt("AsyncWaitFor").Call(c.Arg("fut"), c.timeout("timeout"))
		}),
		fn("asyncio.as_completed", "fs, *, timeout=None", func(c *TypeCall) types.Type {
			return &types.List{Elem: named(coroClass, awaitResult(types.Elem(c.Type("fs"))))}
		}, func(c *EmitCall) jen.Code {
			elem := types.Elem(c.Env.TypeOf(c.Args.Get("fs")))
			if !isAwaitableType(elem) {
				c.Env.Errorf(c.Call.Start(), "not supported yet: as_completed of values whose type is not known")
			}
			return Rt("AsyncAsCompleted").Types(c.Env.GoType(awaitResult(elem)), c.Env.GoType(elem)).Call(c.Arg("fs"), c.timeout("timeout"))
		}),
		fn("asyncio.wait", "fs, *, timeout=None, return_when='ALL_COMPLETED'", typeOfAsyncWait, emitAsyncWait),
		fn("asyncio.shield", "arg", func(c *TypeCall) types.Type {
			return named(afutClass, awaitResult(c.Type("arg")))
		}, func(c *EmitCall) jen.Code {
			if !isAwaitableType(c.Env.TypeOf(c.Args.Get("arg"))) {
				c.Env.Errorf(c.Call.Start(), "not supported yet: shield of a value that is not a known coroutine, task or future")
				return jen.Nil()
			}
			return Rt("Shield").Call(c.Arg("arg"))
		}),
		fn("asyncio.current_task", "loop=None", returns(named(taskClass, types.Object)), func(c *EmitCall) jen.Code {
			if c.Args.Has("loop") && !IsNone(c.Args.Get("loop")) {
				c.Env.Errorf(c.Call.Start(), "not supported yet: current_task(loop)")
			}
			return Rt("CurrentTask").Call()
		}),
		fn("asyncio.all_tasks", "loop=None", returns(types.Object), func(c *EmitCall) jen.Code {
			if c.Args.Has("loop") && !IsNone(c.Args.Get("loop")) {
				c.Env.Errorf(c.Call.Start(), "not supported yet: all_tasks(loop)")
			}
			return Rt("AllTasks").Call()
		}),
		fn("asyncio.get_running_loop", "", returns(named(aloopClass)), call("GetRunningLoop")),
		// Async generators are Go iterators that async for runs; stepping
		// one by hand is not translated.
		fn("builtins.anext", "aiterator, default=None, /", returns(types.Object), notYet("anext() (iterate the async generator with async for)")),
		fn("builtins.aiter", "async_iterable, /", returns(types.Object), notYet("aiter() (iterate with async for)")),
		fn("asyncio.get_event_loop", "", returns(named(aloopClass)), call("GetEventLoop")),
		fn("asyncio.new_event_loop", "", returns(named(aloopClass)), call("NewEventLoop")),
		proc("asyncio.set_event_loop", "loop", call("SetEventLoop", "loop")),
		fn(aloopClass+".run_until_complete", "future", func(c *TypeCall) types.Type {
			return awaitResult(c.Type("future"))
		}, func(c *EmitCall) jen.Code {
			if !isAwaitableType(c.Env.TypeOf(c.Args.Get("future"))) {
				c.Env.Errorf(c.Call.Start(), "not supported yet: run_until_complete of a value that is not a known coroutine, task or future")
				return jen.Nil()
			}
			return Rt("RunUntilComplete").Call(recv(c), c.Arg("future"))
		}),
		proc(aloopClass+".run_forever", "", method("RunForever")),
		proc(aloopClass+".stop", "", method("Stop")),
		proc(aloopClass+".close", "", method("Close")),
		fn(aloopClass+".is_closed", "", returns(types.Bool), method("IsClosed")),
		fn(aloopClass+".is_running", "", returns(types.Bool), method("IsRunning")),
		fn(aloopClass+".create_task", "coro, *, name=None, context=None", func(c *TypeCall) types.Type {
			return named(taskClass, awaitResult(c.Type("coro")))
		}, func(c *EmitCall) jen.Code {
			if c.Args.Has("context") && !IsNone(c.Args.Get("context")) {
				c.Env.Errorf(c.Call.Start(), "not supported yet: create_task with a context")
			}
			return Rt("LoopCreateTask").Call(recv(c), c.Arg("coro"), c.ArgAs("name", types.Str, jen.Lit("")))
		}),
		fn(aloopClass+".run_in_executor", "executor, func, *args", func(c *TypeCall) types.Type {
			return named(afutClass, c.callResultKw("func", "", ""))
		}, func(c *EmitCall) jen.Code {
			thunk := c.Env.Thunk(c.Args.Get("func"), c.Args.VarArgs)
			ex := c.Args.Get("executor")
			if IsNone(ex) {
				return Rt("RunInExecutor").Call(recv(c), thunk)
			}
			if n, ok := c.Env.TypeOf(ex).(*types.Named); !ok || n.Class != threadPool {
				c.Env.Errorf(ex.Start(), "not supported yet: run_in_executor with an executor other than None or a ThreadPoolExecutor")
				return jen.Nil()
			}
			return Rt("RunInExecutorPool").Call(recv(c), c.Env.Expr(ex), thunk)
		}),
		fn(aloopClass+".time", "", returns(types.Float), method("Time")),
		// A future the program completes itself holds any value: its
		// result type is only known from set_result calls made later.
		fn(aloopClass+".create_future", "", returns(named(afutClass, types.Object)), func(c *EmitCall) jen.Code {
			return Rt("CreateFuture").Types(Rt("Object")).Call(recv(c))
		}),
		fn(afutClass, "*, loop=None", returns(named(afutClass, types.Object)), func(c *EmitCall) jen.Code {
			if c.Args.Has("loop") {
				c.Env.Errorf(c.Call.Start(), "not supported yet: asyncio.Future(loop=...)")
			}
			return Rt("NewAFuture").Types(Rt("Object")).Call()
		}),
		proc(afutClass+".set_result", "result, /", method("SetResult", "result")),
		proc(afutClass+".set_exception", "exception, /", method("SetException", "exception")),
		fn(aloopClass+".call_soon", "callback, *args, context=None", typeOfCallback, func(c *EmitCall) jen.Code {
			return recv(c).Dot("CallSoon").Call(callbackProc(c))
		}),
		fn(aloopClass+".call_soon_threadsafe", "callback, *args, context=None", typeOfCallback, func(c *EmitCall) jen.Code {
			return recv(c).Dot("CallSoonThreadsafe").Call(callbackProc(c))
		}),
		fn("asyncio.run_coroutine_threadsafe", "coro, loop", func(c *TypeCall) types.Type {
			return named("concurrent.futures.Future", awaitResult(c.Type("coro")))
		}, func(c *EmitCall) jen.Code {
			if n, ok := c.Env.TypeOf(c.Args.Get("coro")).(*types.Named); !ok || n.Class != coroClass {
				c.Env.Errorf(c.Call.Start(), "not supported yet: run_coroutine_threadsafe of a value that is not a known coroutine")
				return jen.Nil()
			}
			return Rt("RunCoroutineThreadsafe").Call(c.Arg("coro"), c.Arg("loop"))
		}),
		fn(aloopClass+".call_later", "delay, callback, *args, context=None", typeOfCallback, func(c *EmitCall) jen.Code {
			return recv(c).Dot("CallLater").Call(c.ArgAs("delay", types.Float, nil), callbackProc(c))
		}),
		fn(aloopClass+".call_at", "when, callback, *args, context=None", typeOfCallback, func(c *EmitCall) jen.Code {
			return recv(c).Dot("CallAt").Call(c.ArgAs("when", types.Float, nil), callbackProc(c))
		}),
		proc(timerHandle+".cancel", "", method("Cancel")),
		fn(timerHandle+".cancelled", "", returns(types.Bool), method("Cancelled")),
		fn(timerHandle+".when", "", returns(types.Float), method("When")),
		spreadKw(fn("asyncio.to_thread", "func, /, *args, **kwargs", func(c *TypeCall) types.Type {
			return named(coroClass, c.callResultKw("func", "", ""))
		}, func(c *EmitCall) jen.Code {
			return Rt("ToThread").Call(c.Env.Thunk(c.Args.Get("func"), c.Args.VarArgs, c.Args.VarKw...))
		})),
	}
}

// typeOfCallback types loop.call_soon, call_later and call_at: the
// callback is called with the call's extra arguments.
func typeOfCallback(c *TypeCall) types.Type {
	c.callResultKw("callback", "", "")
	return named(timerHandle)
}

// callbackProc is the callback of call_soon and its kin, with its
// arguments bound now.
func callbackProc(c *EmitCall) jen.Code {
	if c.Args.Has("context") && !IsNone(c.Args.Get("context")) {
		c.Env.Errorf(c.Call.Start(), "not supported yet: a loop callback with a context")
	}
	return c.Env.Proc(c.Args.Get("callback"), c.Args.VarArgs)
}

// gatherElem is the common result type of gather's awaitables, Object
// when they differ. A starred argument contributes its items' type.
func gatherElem(env interface{ TypeOf(ast.Expr) types.Type }, aws []ast.Expr) types.Type {
	var elem types.Type = types.Unknown
	for _, a := range aws {
		elem = types.Join(elem, awaitResult(gatherItemType(env, a)))
	}
	if elem == types.Unknown {
		return types.Object
	}
	return elem
}

// gatherItemType is the type of the awaitables argument a of gather
// stands for: its own, or its items' when it is starred.
func gatherItemType(env interface{ TypeOf(ast.Expr) types.Type }, a ast.Expr) types.Type {
	if s, ok := a.(*ast.Starred); ok {
		return types.Elem(env.TypeOf(s.Value))
	}
	return env.TypeOf(a)
}

// spread returns the list xs of a call gather(*xs), when that is its only
// positional argument.
func spread(aws []ast.Expr) (ast.Expr, bool) {
	if len(aws) == 1 {
		if s, ok := aws[0].(*ast.Starred); ok {
			return s.Value, true
		}
	}
	return nil, false
}

func typeOfGather(c *TypeCall) types.Type {
	if k, ok := c.Args.Get("return_exceptions").(*ast.Constant); ok && k.Value == true {
		return named(afutClass, &types.List{Elem: types.Object})
	}
	return named(afutClass, &types.List{Elem: gatherElem(c.Env, c.Args.VarArgs)})
}

func emitGather(c *EmitCall) jen.Code {
	if xs, ok := spread(c.Args.VarArgs); ok {
		if c.Env.TypeOf(xs) == types.Object {
			// A set of tasks: the runtime reaches each through its
			// dynamic view.
			return Rt(gatherName(c) + "Objects").Call(c.Env.Expr(xs))
		}
		elem, ok := spreadElem(c, xs)
		if !ok {
			return jen.Nil()
		}
		return Rt(gatherName(c)+"List").Types(c.Env.GoType(awaitResult(elem)), c.Env.GoType(elem)).Call(spreadItems(c, xs))
	}
	elem := gatherElem(c.Env, c.Args.VarArgs)
	for _, a := range c.Args.VarArgs {
		if _, ok := a.(*ast.Starred); ok {
			return emitGatherMixed(c, elem)
		}
	}
	args := make([]jen.Code, len(c.Args.VarArgs))
	for i, a := range c.Args.VarArgs {
		args[i] = gatherArg(c, a, elem)
	}
	name := gatherName(c)
	if len(args) == 0 {
		return Rt(name).Types(Rt("Object")).Call()
	}
	return Rt(name).Call(args...)
}

// gatherArg is one plain awaitable of gather, seen as an awaitable of
// Objects when the others' results have other types.
func gatherArg(c *EmitCall, a ast.Expr, elem types.Type) jen.Code {
	if elem == types.Object && awaitResult(c.Env.TypeOf(a)) != types.Object {
		return Rt("AnyAwaitable").Call(c.Env.Expr(a))
	}
	return c.Env.Expr(a)
}

// emitGatherMixed is gather(*xs, y, *zs): the starred lists and the plain
// awaitables are concatenated, in order, into one slice of awaitables.
func emitGatherMixed(c *EmitCall, elem types.Type) jen.Code {
	awaitable := jen.Index().Add(Rt("Awaitable").Types(c.Env.GoType(elem)))
	var parts []jen.Code
	var plain []jen.Code
	flush := func() {
		if len(plain) > 0 {
			parts = append(parts, jen.Add(awaitable).Values(plain...))
			plain = nil
		}
	}
	for _, a := range c.Args.VarArgs {
		s, ok := a.(*ast.Starred)
		if !ok {
			plain = append(plain, gatherArg(c, a, elem))
			continue
		}
		flush()
		item, ok := spreadElem(c, s.Value)
		if !ok {
			return jen.Nil()
		}
		conv := "AsAwaitables"
		if elem == types.Object && awaitResult(item) != types.Object {
			conv = "AnyAwaitables"
		}
		parts = append(parts, Rt(conv).Types(c.Env.GoType(awaitResult(item)), c.Env.GoType(item)).Call(spreadItems(c, s.Value)))
	}
	flush()
	return Rt(gatherName(c)).Call(jen.Qual("slices", "Concat").Call(parts...).Op("..."))
}

// spreadElem is the type of the awaitables a starred argument xs of
// gather spreads; it reports false, with an error, when they are not
// known awaitables of a list or an iterator.
func spreadElem(c *EmitCall, xs ast.Expr) (types.Type, bool) {
	lt := c.Env.TypeOf(xs)
	switch lt.(type) {
	case *types.List, *types.Iter:
		if elem := types.Elem(lt); isAwaitableType(elem) || awaitResult(elem) != types.Object {
			return elem, true
		}
	}
	c.Env.Errorf(xs.Start(), "not supported yet: gather(*xs) of values whose type is not known")
	return nil, false
}

// spreadItems is the Go slice of the awaitables xs spreads: the list, or
// the items of a generator, all created before gather starts them, as
// Python unpacks the star first.
func spreadItems(c *EmitCall, xs ast.Expr) jen.Code {
	if _, ok := c.Env.TypeOf(xs).(*types.Iter); ok {
		return jen.Qual("slices", "Collect").Call(c.Env.Expr(xs))
	}
	return c.Env.Expr(xs)
}

// gatherName is the runtime function for gather's return_exceptions.
func gatherName(c *EmitCall) string {
	ret := c.Args.Get("return_exceptions")
	if ret == nil {
		return "Gather"
	}
	if k, ok := ret.(*ast.Constant); !ok || k.Kind != ast.ConstBool {
		c.Env.Errorf(ret.Start(), "not supported yet: gather(return_exceptions=...) that is not a constant")
	} else if k.Value == true {
		return "GatherExceptions"
	}
	return "Gather"
}

// isAwaitableType reports whether t is a coroutine, task or future.
func isAwaitableType(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && (n.Class == coroClass || n.Class == taskClass || n.Class == afutClass)
}

// futureMethods are the methods Task and Future share.
func futureMethods(class string) []*Entry {
	return []*Entry{
		fn(class+".cancel", "msg=None", returns(types.Bool), method("Cancel", "msg")),
		fn(class+".cancelled", "", returns(types.Bool), method("Cancelled")),
		fn(class+".done", "", returns(types.Bool), method("Done")),
		fn(class+".result", "", func(c *TypeCall) types.Type { return argOf(c.Recv) }, method("Result")),
		fn(class+".exception", "", returns(named("BaseException")), method("Exception")),
		{
			// The callback is called with the future (or task) itself.
			Name: class + ".add_done_callback", Sig: Sig("add_done_callback", "fn, /, *, context=None"), NoValue: true,
			Type: func(c *TypeCall) types.Type {
				c.Env.CallResult(c.Args.Get("fn"), []types.Type{c.Recv})
				return types.None
			},
			Emit: func(c *EmitCall) jen.Code {
				if c.Args.Has("context") {
					c.Env.Errorf(c.Call.Start(), "not supported yet: add_done_callback(context=...)")
				}
				return recv(c).Dot("AddDoneCallback").Call(c.Env.Handler(c.Args.Get("fn"), []types.Type{c.Env.TypeOf(c.Recv)}))
			},
		},
	}
}

// typeOfAsyncWait types asyncio.wait(fs): a list of known tasks gives
// lists of them, in the order of fs; anything else (a set of tasks) is
// waited for through the runtime's dynamic view and gives two sets.
// typeOfAsyncWait types asyncio.wait: (done, pending) are sets, whatever
// fs is, so they are Objects.
func typeOfAsyncWait(c *TypeCall) types.Type {
	return named(coroClass, &types.Tuple{Elems: []types.Type{types.Object, types.Object}})
}

// isWaitable reports whether asyncio.wait accepts values of type t as
// they are: tasks and futures, not coroutines.
func isWaitable(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && n.Class != coroClass && isAwaitableType(n)
}

func emitAsyncWait(c *EmitCall) jen.Code {
	when := c.ArgAs("return_when", types.Str, Rt("AllCompleted"))
	if _, isConst := c.Env.TypeOf(c.Args.Get("return_when")).(*types.Module); isConst {
		when = c.Arg("return_when")
	}
	fs := c.Args.Get("fs")
	if l, ok := c.Env.TypeOf(fs).(*types.List); ok && isWaitable(l.Elem) {
		return Rt("AsyncWait").Types(c.Env.GoType(awaitResult(l.Elem)), c.Env.GoType(l.Elem)).Call(c.Arg("fs"), c.timeout("timeout"), when)
	}
	if l, ok := c.Env.TypeOf(fs).(*types.List); ok && l.Elem != types.Object {
		c.Env.Errorf(c.Call.Start(), "not supported yet: asyncio.wait of values that are not tasks or futures")
	}
	return Rt("AsyncWaitObjects").Call(c.Env.ExprAs(fs, types.Object), c.timeout("timeout"), when)
}

// notYet is the Emit of a call py2go refuses: what names the construct.
func notYet(what string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		c.Env.Errorf(c.Call.Start(), "not supported yet: %s", what)
		return jen.Nil()
	}
}
