package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

func init() {
	RegisterType("gevent.Greenlet", GoType{Name: "Greenlet"})
	greenlet := "gevent.Greenlet"
	Register(&Recognizer{
		Name: "gevent",
		Doc: "gevent.monkey.patch_all, spawn, joinall, sleep, Greenlet (get, join, value, ready, successful): " +
			"one greenlet runs at a time in a process, switching at gevent.sleep and blocking calls.",
		Modules: []string{"gevent", "gevent.monkey"},
		Entries: []*Entry{
			proc("gevent.monkey.patch_all", "*args, **kwargs", call("MonkeyPatchAll")),
			fn("gevent.spawn", "run, /, *args, **kwargs", func(c *TypeCall) types.Type {
				return named(greenlet, c.callResultOf("run", ""))
			}, func(c *EmitCall) jen.Code {
				return Rt("Spawn").Call(c.thunkOf("run", ""))
			}),
			fn("gevent.joinall", "greenlets, timeout=None, raise_error=False, count=None", func(c *TypeCall) types.Type {
				return c.Type("greenlets")
			}, func(c *EmitCall) jen.Code {
				if c.Args.Has("raise_error") || c.Args.Has("count") {
					c.Env.Errorf(c.Call.Start(), "not supported yet: joinall with raise_error or count")
				}
				if _, ok := c.Env.TypeOf(c.Args.Get("greenlets")).(*types.List); !ok {
					c.Env.Errorf(c.Call.Start(), "not supported yet: joinall of greenlets whose type is not known")
				}
				return Rt("JoinAll").Call(c.Arg("greenlets"), c.timeout("timeout"))
			}),
			proc("gevent.sleep", "seconds=0", func(c *EmitCall) jen.Code {
				return Rt("GeventSleep").Call(c.ArgAs("seconds", types.Float, jen.Lit(0)))
			}),
			fn(greenlet+".get", "block=True, timeout=None", func(c *TypeCall) types.Type { return argOf(c.Recv) }, method("Get")),
			proc(greenlet+".join", "timeout=None", method("Join")),
			fn(greenlet+".ready", "", returns(types.Bool), method("Ready")),
			fn(greenlet+".successful", "", returns(types.Bool), method("Successful")),
			&Entry{Name: greenlet + ".value", Type: func(c *TypeCall) types.Type { return types.Object },
				Emit: func(c *EmitCall) jen.Code { return recv(c).Dot("Value").Call() }},
		},
	})
}
