package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

func init() {
	RegisterType("concurrent.futures.ThreadPoolExecutor", GoType{Name: "Executor"})
	RegisterType("concurrent.futures.Future", GoType{Name: "Future"})
	executor := named("concurrent.futures.ThreadPoolExecutor")
	future := "concurrent.futures.Future"
	Register(&Recognizer{
		Name: "concurrent.futures",
		Doc: "ThreadPoolExecutor (max_workers; submit, shutdown, with), Future (result, exception, done, " +
			"cancel, add_done_callback), as_completed with its total timeout.",
		Modules: []string{"concurrent", "concurrent.futures"},
		Entries: []*Entry{
			fn("concurrent.futures.ThreadPoolExecutor", "max_workers=None, thread_name_prefix='', initializer=None, initargs=()",
				returns(executor), func(c *EmitCall) jen.Code {
					return Rt("NewThreadPoolExecutor").Call(c.ArgAs("max_workers", types.Int, jen.Lit(0)))
				}),
			fn("concurrent.futures.ThreadPoolExecutor.submit", "fn, /, *args, **kwargs", func(c *TypeCall) types.Type {
				return named(future, c.callResultOf("fn", ""))
			}, func(c *EmitCall) jen.Code {
				return Rt("Submit").Call(recv(c), c.thunkOf("fn", ""))
			}),
			proc("concurrent.futures.ThreadPoolExecutor.shutdown", "wait=True, *, cancel_futures=False", func(c *EmitCall) jen.Code {
				return recv(c).Dot("Shutdown").Call(c.ArgAs("wait", types.Bool, jen.True()))
			}),
			proc("concurrent.futures.ThreadPoolExecutor.__exit__", "", func(c *EmitCall) jen.Code {
				return recv(c).Dot("Shutdown").Call(jen.True())
			}),
			fn(future+".result", "timeout=None", func(c *TypeCall) types.Type { return argOf(c.Recv) },
				func(c *EmitCall) jen.Code {
					if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
						return recv(c).Dot("ResultTimeout").Call(c.timeout("timeout"))
					}
					return recv(c).Dot("Result").Call()
				}),
			fn(future+".done", "", returns(types.Bool), method("Done")),
			fn(future+".running", "", returns(types.Bool), method("Running")),
			fn(future+".cancelled", "", returns(types.Bool), method("Cancelled")),
			fn(future+".cancel", "", returns(types.Bool), method("Cancel")),
			{
				// The callback is called with the future itself.
				Name: future + ".add_done_callback", Sig: Sig("add_done_callback", "fn, /"), NoValue: true,
				Type: func(c *TypeCall) types.Type {
					c.Env.CallResult(c.Args.Get("fn"), []types.Type{c.Recv})
					return types.None
				},
				Emit: func(c *EmitCall) jen.Code {
					return recv(c).Dot("AddDoneCallback").Call(c.Env.Callback(c.Args.Get("fn"), []types.Type{c.Env.TypeOf(c.Recv)}))
				},
			},
			fn("concurrent.futures.as_completed", "fs, timeout=None", func(c *TypeCall) types.Type {
				return &types.Iter{Elem: types.Elem(c.Type("fs"))}
			}, func(c *EmitCall) jen.Code {
				return Rt("AsCompleted").Call(c.Arg("fs"), c.timeout("timeout"))
			}),
		},
	})
}
