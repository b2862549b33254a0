package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

const mpProcess = "multiprocessing.Process"

// processEntries are multiprocessing.Process and current_process: a
// Process is a goroutine group with its own process identity (Process-N).
func processEntries() []*Entry {
	RegisterType(mpProcess, GoType{Name: "Process"})
	process := named(mpProcess)
	return []*Entry{
		fn(mpProcess, "group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None",
			func(c *TypeCall) types.Type {
				if a := c.Args.Get("target"); a != nil && !IsNone(a) {
					c.callResultKw("target", "args", "kwargs")
				}
				return process
			}, emitProcess),
		// super().__init__(...) in a subclass: the embedded Process, whose
		// run the emitter sets to the class's own on a copy of the object.
		fn(mpProcess+".__init_subclass__", "group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None",
			func(c *TypeCall) types.Type {
				if a := c.Args.Get("target"); a != nil && !IsNone(a) {
					c.callResultKw("target", "args", "kwargs")
				}
				return process
			}, emitProcess),
		proc(mpProcess+".start", "", method("Start")),
		proc(mpProcess+".join", "timeout=None", emitThreadJoin),
		proc(mpProcess+".terminate", "", method("Terminate")),
		proc(mpProcess+".kill", "", method("Terminate")),
		fn(mpProcess+".is_alive", "", returns(types.Bool), method("IsAlive")),
		value(mpProcess+".exitcode", types.Object, func(c *EmitCall) jen.Code { return recv(c).Dot("ExitCode").Call() }),
		value(mpProcess+".name", types.Str, func(c *EmitCall) jen.Code {
			if isCurrentProcess(c.Env, c.Recv) {
				return Rt("CurrentProcessName").Call()
			}
			return recv(c).Dot("Name").Call()
		}),
		value(mpProcess+".pid", types.Object, func(c *EmitCall) jen.Code { return recv(c).Dot("Pid").Call() }),
		value(mpProcess+".daemon", types.Bool, func(c *EmitCall) jen.Code { return recv(c).Dot("Daemon").Call() }),
		fn("multiprocessing.current_process", "", returns(process), call("CurrentProcess")),
	}
}

// emitProcess builds py.NewProcess with the target bound to its
// arguments.
func emitProcess(c *EmitCall) jen.Code {
	if g := c.Args.Get("group"); g != nil && !IsNone(g) {
		c.Env.Errorf(g.Start(), "not supported yet: Process group")
	}
	opts := jen.Dict{}
	if a := c.Args.Get("target"); a != nil && !IsNone(a) {
		opts[jen.Id("Fork")] = c.Env.ForkProc(c.Args.Get("target"), c.boundArgs("args"), c.boundKw("kwargs")...)
	}
	if a := c.Args.Get("name"); a != nil && !IsNone(a) {
		opts[jen.Id("Name")] = c.ArgAs("name", types.Str, nil)
	}
	if a := c.Args.Get("daemon"); a != nil && !IsNone(a) {
		opts[jen.Id("Daemon")] = c.ArgAs("daemon", types.Bool, nil)
	}
	return Rt("NewProcess").Call(Rt("ProcessOptions").Values(opts))
}

// mpSyncEntries are the queues and locks multiprocessing shares with
// queue and threading: processes are goroutines, so the same runtime
// types serve.
func mpSyncEntries() []*Entry {
	var out []*Entry
	for _, class := range []string{"Queue", "JoinableQueue", "SimpleQueue"} {
		RegisterType("multiprocessing."+class, GoType{Name: "Queue"})
		out = append(out, queueEntries("multiprocessing."+class, "FIFO")...)
	}
	for class, ctor := range map[string]string{"Lock": "NewLock", "RLock": "NewRLock"} {
		RegisterType("multiprocessing."+class, GoType{Name: class})
		out = append(out, fn("multiprocessing."+class, "", returns(named("multiprocessing."+class)), call(ctor)))
		out = append(out, lockEntries("multiprocessing."+class)...)
	}
	RegisterType("multiprocessing.Event", GoType{Name: "Event"})
	out = append(out,
		fn("multiprocessing.Event", "", returns(named("multiprocessing.Event")), call("NewEvent")),
		proc("multiprocessing.Event.set", "", method("Set")),
		proc("multiprocessing.Event.clear", "", method("Clear")),
		fn("multiprocessing.Event.is_set", "", returns(types.Bool), method("IsSet")),
		fn("multiprocessing.Event.wait", "timeout=None", returns(types.Bool), func(c *EmitCall) jen.Code {
			if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
				return recv(c).Dot("WaitTimeout").Call(c.timeout("timeout"))
			}
			return recv(c).Dot("Wait").Call()
		}),
	)
	return out
}

// managerEntries are multiprocessing.Manager and the list and dict
// proxies it makes, which are dynamic values shared by every process.
func managerEntries() []*Entry {
	const m = "multiprocessing.Manager"
	RegisterType(m, GoType{Name: "Manager"})
	return []*Entry{
		fn(m, "", returns(named(m)), call("NewManager")),
		fn(m+".list", "sequence=None, /", returns(types.Object), func(c *EmitCall) jen.Code {
			return recv(c).Dot("List").Call(c.ArgAs("sequence", types.Object, jen.Nil()))
		}),
		fn(m+".dict", "", returns(types.Object), method("Dict")),
		proc(m+".shutdown", "", method("Shutdown")),
		proc(m+".__exit__", "", method("Shutdown")),
	}
}
