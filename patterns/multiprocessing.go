package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

func init() {
	RegisterType("multiprocessing.Pool", GoType{Name: "Pool"})
	RegisterType("multiprocessing.pool.AsyncResult", GoType{Name: "AsyncResult"})
	pool := named("multiprocessing.Pool")
	Register(&Recognizer{
		Name: "multiprocessing",
		Doc: "multiprocessing.Pool (processes; apply_async, AsyncResult.get/wait/ready/successful, map, " +
			"close, join, terminate, with), cpu_count. Workers run in parallel on all cores.",
		Modules: []string{"multiprocessing", "multiprocessing.pool"},
		Entries: []*Entry{
			fn("multiprocessing.Pool", "processes=None, initializer=None, initargs=(), maxtasksperchild=None",
				returns(pool), emitPool),
			fn("multiprocessing.cpu_count", "", returns(types.Int), call("CPUCount")),
			fn("multiprocessing.Pool.apply_async", "func, args=(), kwds={}, callback=None, error_callback=None",
				func(c *TypeCall) types.Type {
					return named("multiprocessing.pool.AsyncResult", c.callResultOf("func", "args"))
				}, emitApplyAsync),
			fn("multiprocessing.pool.AsyncResult.get", "timeout=None", func(c *TypeCall) types.Type {
				return argOf(c.Recv)
			}, func(c *EmitCall) jen.Code {
				if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
					return recv(c).Dot("GetTimeout").Call(c.timeout("timeout"))
				}
				return recv(c).Dot("Get").Call()
			}),
			proc("multiprocessing.pool.AsyncResult.wait", "timeout=None", method("Wait")),
			fn("multiprocessing.pool.AsyncResult.ready", "", returns(types.Bool), method("Ready")),
			fn("multiprocessing.pool.AsyncResult.successful", "", returns(types.Bool), method("Successful")),
			proc("multiprocessing.Pool.close", "", method("Close")),
			proc("multiprocessing.Pool.join", "", method("Join")),
			proc("multiprocessing.Pool.terminate", "", method("Terminate")),
			proc("multiprocessing.Pool.__exit__", "", method("Terminate")),
		},
	})
}

func emitPool(c *EmitCall) jen.Code {
	if c.Args.Has("initializer") || c.Args.Has("maxtasksperchild") {
		c.Env.Errorf(c.Call.Start(), "not supported yet: Pool initializer and maxtasksperchild")
	}
	return Rt("NewPool").Call(c.ArgAs("processes", types.Int, Rt("CPUCount").Call()))
}

func emitApplyAsync(c *EmitCall) jen.Code {
	if c.Args.Has("callback") || c.Args.Has("error_callback") || c.Args.Has("kwds") {
		c.Env.Errorf(c.Call.Start(), "not supported yet: apply_async with kwds, callback or error_callback")
	}
	return Rt("ApplyAsync").Call(recv(c), c.thunkOf("func", "args"))
}
