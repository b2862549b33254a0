package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

func init() {
	RegisterType("threading.Thread", GoType{Name: "Thread"})
	RegisterType("threading.Lock", GoType{Name: "Lock"})
	thread := named("threading.Thread")
	lock := named("threading.Lock")
	Register(&Recognizer{
		Name:    "threading",
		Doc:     "threading.Thread (target, args, name, daemon; start, join, is_alive), Lock, current_thread().name.",
		Modules: []string{"threading"},
		Entries: []*Entry{
			fn("threading.Thread", "group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None",
				func(c *TypeCall) types.Type {
					c.callResultOf("target", "args")
					return thread
				}, emitThread),
			proc("threading.Thread.start", "", method("Start")),
			proc("threading.Thread.join", "timeout=None", func(c *EmitCall) jen.Code {
				if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
					return recv(c).Dot("JoinTimeout").Call(c.timeout("timeout"))
				}
				return recv(c).Dot("Join").Call()
			}),
			fn("threading.Thread.is_alive", "", returns(types.Bool), method("IsAlive")),
			value("threading.Thread.name", types.Str, func(c *EmitCall) jen.Code { return recv(c).Dot("Name").Call() }),
			fn("threading.Lock", "", returns(lock), call("NewLock")),
			fn("threading.Lock.acquire", "blocking=True, timeout=-1", returns(types.Bool), method("Acquire")),
			proc("threading.Lock.release", "", method("Release")),
			proc("threading.Lock.__enter__", "", method("Acquire")),
			proc("threading.Lock.__exit__", "", method("Release")),
			fn("threading.active_count", "", returns(types.Int), call("ActiveCount")),
		},
	})
}

// emitThread builds py.NewThread with the target already bound to its
// arguments, and the target's Python name for the thread's default name.
func emitThread(c *EmitCall) jen.Code {
	opts := jen.Dict{}
	if c.Args.Has("target") && !IsNone(c.Args.Get("target")) {
		opts[jen.Id("Target")] = c.procOf("target", "args")
		if name := c.Env.FuncName(c.Args.Get("target")); name != "" {
			opts[jen.Id("TargetName")] = jen.Lit(name)
		}
	}
	if c.Args.Has("name") && !IsNone(c.Args.Get("name")) {
		opts[jen.Id("Name")] = c.ArgAs("name", types.Str, nil)
	}
	if c.Args.Has("daemon") && !IsNone(c.Args.Get("daemon")) {
		opts[jen.Id("Daemon")] = c.ArgAs("daemon", types.Bool, nil)
	}
	return Rt("NewThread").Call(Rt("ThreadOptions").Values(opts))
}
