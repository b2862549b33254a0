package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// The threading classes and the runtime types that stand for them.
var threadingTypes = map[string]string{
	"Thread": "Thread", "Lock": "Lock", "RLock": "RLock", "Event": "Event",
	"Condition": "Condition", "Semaphore": "Semaphore", "BoundedSemaphore": "Semaphore",
	"Barrier": "Barrier", "Timer": "Timer",
}

func init() {
	for class, goName := range threadingTypes {
		RegisterType("threading."+class, GoType{Name: goName})
	}
	r := &Recognizer{
		Name: "threading",
		Doc: "threading.Thread (target, args, name, daemon; start, join(timeout), is_alive, name, daemon), " +
			"current_thread, main_thread, active_count, Lock, RLock, Event, Condition, Semaphore, " +
			"BoundedSemaphore, Barrier, Timer, BrokenBarrierError.",
		Modules: []string{"threading"},
	}
	r.Entries = append(r.Entries, threadEntries()...)
	for _, class := range []string{"Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition"} {
		r.Entries = append(r.Entries, lockEntries("threading."+class)...)
	}
	r.Entries = append(r.Entries, primitiveEntries()...)
	r.Entries = append(r.Entries, conditionEntries()...)
	r.Entries = append(r.Entries, barrierEntries()...)
	r.Entries = append(r.Entries, timerEntries()...)
	Register(r)
}

func threadEntries() []*Entry {
	thread := named("threading.Thread")
	return []*Entry{
		spreadOptions(fn("threading.Thread", "group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None",
			func(c *TypeCall) types.Type {
				c.callResultKw("target", "args", "kwargs")
				return thread
			}, emitThread)),
		// super().__init__(...) in a subclass: the embedded Thread, with
		// the class's own run as its target when it defines one.
		spreadOptions(fn("threading.Thread.__init_subclass__", "group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None",
			func(c *TypeCall) types.Type {
				if c.Args.Has("target") && !IsNone(c.Args.Get("target")) {
					c.callResultKw("target", "args", "kwargs")
				}
				return thread
			}, emitThread)),
		proc("threading.Thread.start", "", method("Start")),
		proc("threading.Thread.join", "timeout=None", emitThreadJoin),
		fn("threading.Thread.is_alive", "", returns(types.Bool), method("IsAlive")),
		value("threading.Thread.name", types.Str, emitThreadName),
		value("threading.Thread.daemon", types.Bool, func(c *EmitCall) jen.Code { return recv(c).Dot("Daemon").Call() }),
		fn("threading.Thread.getName", "", returns(types.Str), emitThreadName),
		setter("threading.Thread.daemon", "SetDaemon"),
		setter("threading.Thread.name", "SetName"),
		fn("threading.current_thread", "", returns(thread), call("CurrentThread")),
		fn("threading.main_thread", "", returns(thread), call("MainThread")),
		fn("threading.active_count", "", returns(types.Int), call("ActiveCount")),
		fn("threading.get_ident", "", returns(types.Int), call("GetIdent")),
		fn("threading.enumerate", "", returns(&types.List{Elem: thread}), call("EnumerateThreads")),
		value("threading.Thread.ident", types.Object, func(c *EmitCall) jen.Code { return recv(c).Dot("Ident").Call() }),
	}
}

// emitThreadJoin is join() or join(timeout) of a thread or timer.
func emitThreadJoin(c *EmitCall) jen.Code {
	if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
		return recv(c).Dot("JoinTimeout").Call(c.timeout("timeout"))
	}
	return recv(c).Dot("Join").Call()
}

// emitThreadName is thread.name. current_thread().name asks the runtime
// directly, which also knows the Dummy-N names of greenlets.
func emitThreadName(c *EmitCall) jen.Code {
	if call, ok := c.Recv.(*ast.Call); ok {
		if m, ok := c.Env.TypeOf(call.Func).(*types.Module); ok && m.Path == "threading.current_thread" {
			return Rt("CurrentThreadName").Call()
		}
	}
	return recv(c).Dot("Name").Call()
}

// emitThread builds py.NewThread with the target already bound to its
// arguments, and the target's Python name for the thread's default name.
func emitThread(c *EmitCall) jen.Code {
	opts := jen.Dict{}
	if c.Args.Has("target") && !IsNone(c.Args.Get("target")) {
		opts[jen.Id("Target")] = c.procKw("target", "args", "kwargs")
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
	options := Rt("ThreadOptions").Values(opts)
	for _, kw := range c.Args.VarKw {
		// Thread(**kw): its keys are read when the thread is made.
		options = options.Dot("Kw").Call(c.Env.ExprAs(kw.Value, types.Object))
	}
	return Rt("NewThread").Call(options)
}

// lockEntries are the methods every lock-like class shares: acquire with
// blocking and timeout, release, and use in a with statement.
func lockEntries(class string) []*Entry {
	release := proc(class+".release", "", method("Release"))
	if class == "threading.Semaphore" || class == "threading.BoundedSemaphore" {
		release = proc(class+".release", "n=1", func(c *EmitCall) jen.Code {
			if c.Args.Has("n") {
				return recv(c).Dot("ReleaseN").Call(c.ArgAs("n", types.Int, nil))
			}
			return recv(c).Dot("Release").Call()
		})
	}
	acquire := fn(class+".acquire", "blocking=True, timeout=-1", returns(types.Bool), emitAcquire)
	if class == "threading.Semaphore" || class == "threading.BoundedSemaphore" {
		acquire = fn(class+".acquire", "blocking=True, timeout=None", returns(types.Bool), emitSemAcquire)
	}
	return []*Entry{
		acquire,
		release,
		proc(class+".__enter__", "", method("Acquire")),
		proc(class+".__exit__", "", method("Release")),
	}
}

// emitAcquire is acquire(), or acquire(blocking, timeout) when either is
// given.
func emitAcquire(c *EmitCall) jen.Code {
	if !c.Args.Has("blocking") && !c.Args.Has("timeout") {
		return recv(c).Dot("Acquire").Call()
	}
	return recv(c).Dot("AcquireTimeout").Call(c.ArgAs("blocking", types.Bool, jen.True()), c.timeout("timeout"))
}

// emitSemAcquire is a semaphore's acquire: its timeout is None unless a
// number is given, and then even -1 is a number (no wait), not Lock's
// "forever".
func emitSemAcquire(c *EmitCall) jen.Code {
	if t := c.Args.Get("timeout"); t != nil && !IsNone(t) {
		return recv(c).Dot("AcquireWithin").Call(c.ArgAs("blocking", types.Bool, jen.True()), c.Env.ExprAs(t, types.Float))
	}
	return emitAcquire(c)
}

// primitiveEntries are the constructors and the other methods of Lock,
// RLock, Event, Semaphore and BoundedSemaphore.
func primitiveEntries() []*Entry {
	event := named("threading.Event")
	return []*Entry{
		fn("threading.Lock", "", returns(named("threading.Lock")), call("NewLock")),
		fn("threading.Lock.locked", "", returns(types.Bool), method("Locked")),
		fn("threading.RLock", "", returns(named("threading.RLock")), call("NewRLock")),
		fn("threading.Semaphore", "value=1", returns(named("threading.Semaphore")), func(c *EmitCall) jen.Code {
			return Rt("NewSemaphore").Call(c.ArgAs("value", types.Int, jen.Lit(1)))
		}),
		fn("threading.BoundedSemaphore", "value=1", returns(named("threading.BoundedSemaphore")), func(c *EmitCall) jen.Code {
			return Rt("NewBoundedSemaphore").Call(c.ArgAs("value", types.Int, jen.Lit(1)))
		}),
		value("threading.Semaphore._value", types.Int, func(c *EmitCall) jen.Code { return recv(c).Dot("Value").Call() }),
		value("threading.BoundedSemaphore._value", types.Int, func(c *EmitCall) jen.Code { return recv(c).Dot("Value").Call() }),
		fn("threading.Event", "", returns(event), call("NewEvent")),
		proc("threading.Event.set", "", method("Set")),
		proc("threading.Event.clear", "", method("Clear")),
		fn("threading.Event.is_set", "", returns(types.Bool), method("IsSet")),
		fn("threading.Event.wait", "timeout=None", returns(types.Bool), func(c *EmitCall) jen.Code {
			if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
				return recv(c).Dot("WaitTimeout").Call(c.timeout("timeout"))
			}
			return recv(c).Dot("Wait").Call()
		}),
	}
}

func conditionEntries() []*Entry {
	const cond = "threading.Condition"
	return []*Entry{
		fn(cond, "lock=None", returns(named(cond)), func(c *EmitCall) jen.Code {
			if c.Args.Has("lock") && !IsNone(c.Args.Get("lock")) {
				return Rt("NewCondition").Call(c.Arg("lock"))
			}
			return Rt("NewCondition").Call(jen.Nil())
		}),
		fn(cond+".wait", "timeout=None", returns(types.Bool), func(c *EmitCall) jen.Code {
			if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
				return recv(c).Dot("WaitTimeout").Call(c.timeout("timeout"))
			}
			return recv(c).Dot("Wait").Call()
		}),
		fn(cond+".wait_for", "predicate, timeout=None", func(c *TypeCall) types.Type {
			return c.Env.CallResult(c.Args.Get("predicate"), nil)
		}, func(c *EmitCall) jen.Code {
			return Rt("WaitFor").Call(recv(c), c.Env.Thunk(c.Args.Get("predicate"), nil), c.timeout("timeout"))
		}),
		proc(cond+".notify", "n=1", func(c *EmitCall) jen.Code {
			return recv(c).Dot("Notify").Call(c.ArgAs("n", types.Int, jen.Lit(1)))
		}),
		proc(cond+".notify_all", "", method("NotifyAll")),
	}
}

func barrierEntries() []*Entry {
	const barrier = "threading.Barrier"
	return []*Entry{
		fn(barrier, "parties, action=None, timeout=None", func(c *TypeCall) types.Type {
			if a := c.Args.Get("action"); a != nil && !IsNone(a) {
				c.Env.CallResult(a, nil)
			}
			return named(barrier)
		}, func(c *EmitCall) jen.Code {
			var action jen.Code = jen.Nil()
			if a := c.Args.Get("action"); a != nil && !IsNone(a) {
				action = c.Env.Proc(a, nil)
			}
			return Rt("NewBarrier").Call(c.ArgAs("parties", types.Int, nil), action, c.timeout("timeout"))
		}),
		fn(barrier+".wait", "timeout=None", returns(types.Int), func(c *EmitCall) jen.Code {
			if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
				return recv(c).Dot("WaitTimeout").Call(c.timeout("timeout"))
			}
			return recv(c).Dot("Wait").Call()
		}),
		proc(barrier+".reset", "", method("Reset")),
		proc(barrier+".abort", "", method("Abort")),
		value(barrier+".broken", types.Bool, func(c *EmitCall) jen.Code { return recv(c).Dot("Broken").Call() }),
		value(barrier+".parties", types.Int, func(c *EmitCall) jen.Code { return recv(c).Dot("Parties").Call() }),
		value(barrier+".n_waiting", types.Int, func(c *EmitCall) jen.Code { return recv(c).Dot("NWaiting").Call() }),
		libraryException("threading.BrokenBarrierError", "BrokenBarrierError"),
	}
}

func timerEntries() []*Entry {
	const timer = "threading.Timer"
	return []*Entry{
		fn(timer, "interval, function, args=None, kwargs=None", func(c *TypeCall) types.Type {
			c.callResultKw("function", "args", "kwargs")
			return named(timer)
		}, func(c *EmitCall) jen.Code {
			var args []ast.Expr
			if a := c.Args.Get("args"); a != nil && !IsNone(a) {
				args = c.boundArgs("args")
			}
			fn := c.Env.Proc(c.Args.Get("function"), args, c.boundKw("kwargs")...)
			return Rt("NewTimer").Call(c.ArgAs("interval", types.Float, nil), fn)
		}),
		proc(timer+".start", "", method("Start")),
		proc(timer+".cancel", "", method("Cancel")),
		proc(timer+".join", "timeout=None", emitThreadJoin),
		fn(timer+".is_alive", "", returns(types.Bool), method("IsAlive")),
		value(timer+".name", types.Str, func(c *EmitCall) jen.Code { return recv(c).Dot("Name").Call() }),
	}
}

// libraryException is an exception class of a library module: naming it
// in an except clause gives the runtime's class, calling it raises one.
func libraryException(path, rtName string) *Entry {
	return exceptionClass(path, rtName)
}

// setter is the entry for storing into a library object's attribute
// (thread.daemon = True): the runtime method goName receives the value.
func setter(attr, goName string) *Entry {
	return &Entry{Name: attr + ".__set__", Emit: func(c *EmitCall) jen.Code {
		return recv(c).Dot(goName).Call(c.Value)
	}}
}
