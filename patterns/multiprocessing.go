package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

const (
	mpPool        = "multiprocessing.Pool"
	mpAsyncResult = "multiprocessing.pool.AsyncResult"
)

func init() {
	RegisterType(mpPool, GoType{Name: "Pool"})
	RegisterType(mpAsyncResult, GoType{Name: "AsyncResult", View: "AnyAsyncResult"})
	r := &Recognizer{
		Name: "multiprocessing",
		Doc: "multiprocessing.Pool (processes; apply, apply_async with kwds, callback and error_callback, " +
			"AsyncResult get/wait/ready/successful, map, map_async, starmap, starmap_async, imap, " +
			"imap_unordered, chunksize, close, join, terminate, with), Process (target, args, kwargs, name, " +
			"daemon; start, join, is_alive, exitcode, terminate), Queue, JoinableQueue, Lock, RLock, " +
			"Event, Manager (list, dict), Value, Array, Pipe, cpu_count, current_process, TimeoutError. Workers run in parallel on all cores.",
		Modules: []string{"multiprocessing", "multiprocessing.pool"},
	}
	r.Entries = append(r.Entries, poolEntries()...)
	r.Entries = append(r.Entries, poolMapEntries()...)
	r.Entries = append(r.Entries, asyncResultEntries()...)
	r.Entries = append(r.Entries, processEntries()...)
	r.Entries = append(r.Entries, mpSyncEntries()...)
	r.Entries = append(r.Entries, managerEntries()...)
	r.Entries = append(r.Entries, sharedEntries()...)
	Register(r)
}

func poolEntries() []*Entry {
	pool := named(mpPool)
	return []*Entry{
		fn(mpPool, "processes=None, initializer=None, initargs=(), maxtasksperchild=None", func(c *TypeCall) types.Type {
			if a := c.Args.Get("initializer"); a != nil && !IsNone(a) {
				c.callResultOf("initializer", "initargs")
			}
			return pool
		}, emitPool),
		fn("multiprocessing.cpu_count", "", returns(types.Int), call("CPUCount")),
		fn(mpPool+".apply", "func, args=(), kwds={}", func(c *TypeCall) types.Type {
			return c.callResultKw("func", "args", "kwds")
		}, func(c *EmitCall) jen.Code {
			return Rt("Apply").Call(recv(c), c.thunkKw("func", "args", "kwds"))
		}),
		fn(mpPool+".apply_async", "func, args=(), kwds={}, callback=None, error_callback=None",
			func(c *TypeCall) types.Type {
				res := c.callResultKw("func", "args", "kwds")
				typeCallbacks(c, res)
				return named(mpAsyncResult, res)
			}, emitApplyAsync),
		proc(mpPool+".close", "", method("Close")),
		proc(mpPool+".join", "", method("Join")),
		proc(mpPool+".terminate", "", method("Terminate")),
		proc(mpPool+".__exit__", "", method("Terminate")),
		libraryException("multiprocessing.TimeoutError", "MPTimeoutError"),
		libraryException("multiprocessing.ProcessError", "ProcessError"),
		libraryException("multiprocessing.context.TimeoutError", "MPTimeoutError"),
	}
}

// typeCallbacks types a callback (called with the task's result) and an
// error_callback (called with its exception).
func typeCallbacks(c *TypeCall, result types.Type) {
	if cb := c.Args.Get("callback"); cb != nil && !IsNone(cb) {
		c.Env.CallResult(cb, []types.Type{result})
	}
	if cb := c.Args.Get("error_callback"); cb != nil && !IsNone(cb) {
		c.Env.CallResult(cb, []types.Type{named("BaseException")})
	}
}

// emitCallbacks is the callback and error_callback arguments as Go funcs,
// nil where absent.
func emitCallbacks(c *EmitCall, result types.Type) (jen.Code, jen.Code) {
	var cb, ecb jen.Code = jen.Nil(), jen.Nil()
	if a := c.Args.Get("callback"); a != nil && !IsNone(a) {
		cb = c.Env.Handler(a, []types.Type{result})
	}
	if a := c.Args.Get("error_callback"); a != nil && !IsNone(a) {
		ecb = c.Env.Handler(a, []types.Type{named("BaseException")})
	}
	return cb, ecb
}

// emitPool is the Pool constructor: processes=None is CPUCount(); an
// initializer runs once in each worker.
func emitPool(c *EmitCall) jen.Code {
	procs := c.ArgAs("processes", types.Int, Rt("CPUCount").Call())
	if a := c.Args.Get("maxtasksperchild"); a != nil && !IsNone(a) {
		init := jen.Code(jen.Nil())
		if a := c.Args.Get("initializer"); a != nil && !IsNone(a) {
			init = c.procOf("initializer", "initargs")
		}
		return Rt("NewPoolMax").Call(procs, init, c.ArgAs("maxtasksperchild", types.Int, nil))
	}
	if a := c.Args.Get("initializer"); a != nil && !IsNone(a) {
		return Rt("NewPoolInit").Call(procs, c.procOf("initializer", "initargs"))
	}
	return Rt("NewPool").Call(procs)
}

func emitApplyAsync(c *EmitCall) jen.Code {
	thunk := c.thunkKw("func", "args", "kwds")
	if !c.Args.Has("callback") && !c.Args.Has("error_callback") {
		return Rt("ApplyAsync").Call(recv(c), thunk)
	}
	cb, ecb := emitCallbacks(c, argOf(c.Result))
	return Rt("ApplyAsyncWith").Call(recv(c), thunk, cb, ecb)
}

// thunkKw is thunkOf with the keyword arguments of the dict display kwArg.
func (c *EmitCall) thunkKw(fnArg, argsArg, kwArg string) jen.Code {
	return c.Env.Thunk(c.Args.Get(fnArg), c.boundArgs(argsArg), c.boundKw(kwArg)...)
}

func asyncResultEntries() []*Entry {
	r := mpAsyncResult
	return []*Entry{
		fn(r+".get", "timeout=None", func(c *TypeCall) types.Type {
			return argOf(c.Recv)
		}, func(c *EmitCall) jen.Code {
			if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
				return recv(c).Dot("GetTimeout").Call(c.timeout("timeout"))
			}
			return recv(c).Dot("Get").Call()
		}),
		proc(r+".wait", "timeout=None", func(c *EmitCall) jen.Code {
			if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
				return recv(c).Dot("WaitTimeout").Call(c.timeout("timeout"))
			}
			return recv(c).Dot("Wait").Call()
		}),
		fn(r+".ready", "", returns(types.Bool), method("Ready")),
		fn(r+".successful", "", returns(types.Bool), method("Successful")),
	}
}

// isCurrentProcess reports whether e is a call of
// multiprocessing.current_process().
func isCurrentProcess(env interface{ TypeOf(ast.Expr) types.Type }, e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok {
		return false
	}
	m, ok := env.TypeOf(call.Func).(*types.Module)
	return ok && m.Path == "multiprocessing.current_process"
}
