package patterns

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

const (
	greenletClass = "gevent.Greenlet"
	geventPool    = "gevent.pool.Pool"
	geventGroup   = "gevent.pool.Group"
	geventQueue   = "gevent.queue.Queue"
	// geventJoinableQueue is a Queue whose items are marked done.
	geventJoinableQueue = "gevent.queue.JoinableQueue"
	geventPriorityQueue = "gevent.queue.PriorityQueue"
	geventLifoQueue     = "gevent.queue.LifoQueue"
	geventTimeout       = "gevent.Timeout"
)

func init() {
	RegisterType(greenletClass, GoType{Name: "Greenlet", View: "AnyGreenlet"})
	RegisterType(geventPool, GoType{Name: "GeventPool"})
	RegisterType(geventGroup, GoType{Name: "GeventPool"})
	RegisterType(geventQueue, GoType{Name: "GeventQueue"})
	RegisterType(geventJoinableQueue, GoType{Name: "GeventQueue"})
	RegisterType(geventPriorityQueue, GoType{Name: "GeventQueue"})
	RegisterType(geventLifoQueue, GoType{Name: "GeventQueue"})
	RegisterType(geventTimeout, GoType{Name: "GeventTimeoutCtx"})
	r := &Recognizer{
		Name: "gevent",
		Doc: "gevent.monkey.patch_all, spawn, spawn_later, with_timeout, joinall (timeout, raise_error), sleep, " +
			"Greenlet (get, join, kill, value, exception, ready, successful, dead), gevent.pool.Pool " +
			"(spawn, map, imap_unordered, join), gevent.queue.Queue, PriorityQueue, LifoQueue, gevent.event.Event and AsyncResult, gevent.lock.Semaphore, BoundedSemaphore and RLock, JoinableQueue, Greenlet(f).start, link, killall, Timeout (except, with, False, start/cancel), GreenletExit, LoopExit: " +
			"one greenlet runs at a time in a process, switching at gevent.sleep and blocking calls.",
		Modules: []string{"gevent", "gevent.monkey", "gevent.pool", "gevent.queue", "gevent.timeout", "gevent.event", "gevent.lock",
			"gevent.exceptions", "gevent.hub", "greenlet"},
	}
	r.Entries = append(r.Entries, geventFunctions()...)
	r.Entries = append(r.Entries, greenletEntries()...)
	r.Entries = append(r.Entries, geventPoolEntries()...)
	r.Entries = append(r.Entries, geventQueueEntries()...)
	r.Entries = append(r.Entries, timeoutEntries()...)
	r.Entries = append(r.Entries, geventEventEntries()...)
	r.Entries = append(r.Entries, geventLockEntries()...)
	Register(r)
}

func geventFunctions() []*Entry {
	return []*Entry{
		proc("gevent.monkey.patch_all", "*args, **kwargs", call("MonkeyPatchAll")),
		fn("gevent.spawn", "run, /, *args, **kwargs", typeSpawn, emitSpawn),
		fn("gevent.spawn_later", "seconds, run, /, *args, **kwargs", typeSpawn, func(c *EmitCall) jen.Code {
			return Rt("SpawnLater").Call(c.ArgAs("seconds", types.Float, nil), c.thunkOf("run", ""))
		}),
		fn("gevent.Greenlet", "run, /, *args, **kwargs", typeSpawn, func(c *EmitCall) jen.Code {
			return emitGreenletOf(c, "NewGreenlet", "NewGreenletNamed")
		}),
		proc("gevent.idle", "priority=0", func(c *EmitCall) jen.Code {
			if c.Args.Has("priority") {
				c.Env.Errorf(c.Call.Start(), "not supported yet: gevent.idle with a priority")
			}
			return Rt("GeventIdle").Call()
		}),
		fn("gevent.getcurrent", "", returns(named(greenletClass, types.Object)), call("Getcurrent")),
		fn("gevent.Greenlet.spawn", "run, /, *args, **kwargs", typeSpawn, emitSpawn),
		proc("gevent.killall", "greenlets, exception=None, block=True, timeout=None", func(c *EmitCall) jen.Code {
			for _, a := range []string{"exception", "timeout"} {
				if x := c.Args.Get(a); x != nil && !IsNone(x) {
					c.Env.Errorf(x.Start(), "not supported yet: killall with %s", a)
				}
			}
			if b := c.Args.Get("block"); b != nil && !isTrue(b) {
				c.Env.Errorf(b.Start(), "not supported yet: killall(block=False)")
			}
			if _, ok := c.Env.TypeOf(c.Args.Get("greenlets")).(*types.List); !ok {
				c.Env.Errorf(c.Call.Start(), "not supported yet: killall of greenlets whose type is not known")
				return jen.Nil()
			}
			return Rt("KillAll").Call(c.Arg("greenlets"))
		}),
		fn("gevent.iwait", "objects, timeout=None, count=None", func(c *TypeCall) types.Type {
			return &types.Iter{Elem: types.Elem(c.Type("objects"))}
		}, func(c *EmitCall) jen.Code { return emitWait(c, "IWait") }),
		fn("gevent.wait", "objects=None, timeout=None, count=None", func(c *TypeCall) types.Type {
			return &types.List{Elem: types.Elem(c.Type("objects"))}
		}, func(c *EmitCall) jen.Code { return emitWait(c, "GeventWait") }),
		fn("gevent.joinall", "greenlets, timeout=None, raise_error=False, count=None", func(c *TypeCall) types.Type {
			return c.Type("greenlets")
		}, emitJoinAll),
		proc("gevent.sleep", "seconds=0", func(c *EmitCall) jen.Code {
			return Rt("GeventSleep").Call(c.ArgAs("seconds", types.Float, jen.Lit(0)))
		}),
		libraryException("gevent.GreenletExit", "GreenletExit"),
		libraryException("greenlet.GreenletExit", "GreenletExit"),
		libraryException("gevent.exceptions.LoopExit", "LoopExit"),
		libraryException("gevent.queue.Empty", "QueueEmpty"),
		libraryException("gevent.queue.Full", "QueueFull"),
		libraryException("gevent.hub.LoopExit", "LoopExit"),
		timeoutClass("gevent.Timeout"),
		timeoutClass("gevent.timeout.Timeout"),
	}
}

// typeSpawn types a greenlet of the function run.
func typeSpawn(c *TypeCall) types.Type {
	return named(greenletClass, c.callResultOf("run", ""))
}

// timeoutClass is gevent.Timeout: named in an except clause it is the
// exception class; called, it makes a timeout for a with block (or
// start/cancel), raising gevent.Timeout, the given exception, or nothing
// for False.
func timeoutClass(path string) *Entry {
	e := fn(path, "seconds=None, exception=None, ref=True, priority=-1", returns(named(geventTimeout)),
		func(c *EmitCall) jen.Code {
			secs := c.Args.Get("seconds")
			if secs == nil || IsNone(secs) {
				c.Env.Errorf(c.Call.Start(), "not supported yet: gevent.Timeout without seconds")
				return jen.Nil()
			}
			exc, silent := timeoutException(c)
			return Rt("NewGeventTimeout").Call(c.ArgAs("seconds", types.Object, nil), exc, silent)
		})
	e.AsValue = func(*EmitCall) jen.Code { return Rt("GeventTimeout") }
	return e
}

// timeoutEntries are the methods of a gevent.Timeout object.
func timeoutEntries() []*Entry {
	t := geventTimeout
	return []*Entry{
		proc(t+".__enter__", "", method("Start")),
		proc(t+".__exit__", "", method("Exit")),
		proc(t+".start", "", method("Start")),
		proc(t+".cancel", "", method("Cancel")),
		proc(t+".close", "", method("Cancel")),
		fn(t+".start_new", "timeout=None, exception=None, ref=True", returns(named(geventTimeout)), emitTimeoutStartNew),
		fn("gevent.with_timeout", "seconds, function, /, *args, **kwds", func(c *TypeCall) types.Type {
			return c.callResultOf("function", "")
		}, emitWithTimeout),
	}
}

// emitWithTimeout is gevent.with_timeout: the keyword timeout_value, when
// given, is returned if the time runs out; otherwise gevent.Timeout is
// raised.
func emitWithTimeout(c *EmitCall) jen.Code {
	var kw []*ast.Keyword
	var value ast.Expr
	for _, k := range c.Args.VarKw {
		if k.Arg == "timeout_value" {
			value = k.Value
			continue
		}
		kw = append(kw, k)
	}
	thunk := c.Env.Thunk(c.Args.Get("function"), c.Args.VarArgs, kw...)
	secs := c.ArgAs("seconds", types.Float, nil)
	if value == nil {
		return Rt("WithTimeoutRaise").Call(secs, thunk)
	}
	return Rt("WithTimeout").Call(secs, thunk, c.Env.ExprAs(value, c.Result))
}

// emitSpawn is gevent.spawn. When the function's name is known and its
// arguments are literals or names (so evaluating them again for the repr
// changes nothing), the greenlet's repr shows the call as gevent's does.
func emitSpawn(c *EmitCall) jen.Code { return emitGreenletOf(c, "Spawn", "SpawnNamed") }

// emitGreenletOf is a call that makes a greenlet of run(*args): the
// runtime function plain, or named when the call can be shown in the
// greenlet's repr.
func emitGreenletOf(c *EmitCall, plain, named string) jen.Code {
	var thunk jen.Code
	if plain == "Spawn" {
		if steps := c.Env.Steps(c.Args.Get("run"), c.Args.VarArgs, c.Args.VarKw); steps != nil {
			thunk, plain, named = steps, "SpawnSteps", "SpawnSteps"
		}
	}
	if thunk == nil {
		thunk = c.thunkOf("run", "")
	}
	name := c.Env.FuncName(c.Args.Get("run"))
	if plain == "SpawnSteps" && (name == "" || len(c.Args.VarKw) > 0) {
		return Rt(plain).Call(jen.Lit(""), jen.Nil(), thunk)
	}
	if name == "" || len(c.Args.VarKw) > 0 {
		return Rt(plain).Call(thunk)
	}
	args := make([]jen.Code, len(c.Args.VarArgs))
	for i, a := range c.Args.VarArgs {
		switch a.(type) {
		case *ast.Constant, *ast.Name:
			args[i] = c.Env.ExprAs(a, types.Object)
		default:
			if plain == "SpawnSteps" {
				return Rt(plain).Call(jen.Lit(""), jen.Nil(), thunk)
			}
			return Rt(plain).Call(thunk)
		}
	}
	return Rt(named).Call(jen.Lit(name), jen.Index().Add(Rt("Object")).Values(args...), thunk)
}

// emitWait is gevent.wait or iwait over a list of greenlets.
func emitWait(c *EmitCall, rt string) jen.Code {
	if c.Args.Has("count") && !IsNone(c.Args.Get("count")) {
		c.Env.Errorf(c.Call.Start(), "not supported yet: gevent wait with count")
	}
	if !isGreenletList(c.Env, c.Args.Get("objects")) {
		c.Env.Errorf(c.Call.Start(), "not supported yet: gevent wait on anything but a list of greenlets")
		return jen.Nil()
	}
	return Rt(rt).Call(c.Arg("objects"), c.timeout("timeout"))
}

// isGreenletList reports whether x is a list of greenlets.
func isGreenletList(env EmitEnv, x ast.Expr) bool {
	if x == nil {
		return false
	}
	lt, ok := env.TypeOf(x).(*types.List)
	if !ok {
		return false
	}
	n, ok := lt.Elem.(*types.Named)
	return ok && n.Class == greenletClass
}

// emitJoinAll is gevent.joinall; raise_error=True raises the first
// failed greenlet's exception.
func emitJoinAll(c *EmitCall) jen.Code {
	if c.Args.Has("count") && !IsNone(c.Args.Get("count")) {
		c.Env.Errorf(c.Call.Start(), "not supported yet: joinall with count")
	}
	if _, ok := c.Env.TypeOf(c.Args.Get("greenlets")).(*types.List); !ok {
		c.Env.Errorf(c.Call.Start(), "not supported yet: joinall of greenlets whose type is not known")
	}
	if a := c.Args.Get("raise_error"); a != nil && !isFalse(a) {
		if !isTrue(a) {
			c.Env.Errorf(a.Start(), "not supported yet: joinall raise_error other than True or False")
		}
		return Rt("JoinAllRaise").Call(c.Arg("greenlets"), c.timeout("timeout"))
	}
	return Rt("JoinAll").Call(c.Arg("greenlets"), c.timeout("timeout"))
}

func greenletEntries() []*Entry {
	g := greenletClass
	attr := func(name string, t types.Type, goName string) *Entry {
		return value(g+"."+name, t, func(c *EmitCall) jen.Code { return recv(c).Dot(goName).Call() })
	}
	return []*Entry{
		fn(g+".get", "block=True, timeout=None", func(c *TypeCall) types.Type { return argOf(c.Recv) },
			func(c *EmitCall) jen.Code {
				if b := c.Args.Get("block"); b != nil && !isTrue(b) {
					c.Env.Errorf(b.Start(), "not supported yet: Greenlet.get(block=False)")
				}
				if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
					return recv(c).Dot("GetTimeout").Call(c.timeout("timeout"))
				}
				return recv(c).Dot("Get").Call()
			}),
		proc(g+".join", "timeout=None", emitThreadJoin),
		proc(g+".kill", "exception=None, block=True, timeout=None", func(c *EmitCall) jen.Code {
			if e := c.Args.Get("exception"); e != nil && !IsNone(e) {
				c.Env.Errorf(e.Start(), "not supported yet: Greenlet.kill with an exception")
			}
			if b := c.Args.Get("block"); b != nil && !isTrue(b) {
				c.Env.Errorf(b.Start(), "not supported yet: Greenlet.kill(block=False)")
			}
			return recv(c).Dot("Kill").Call()
		}),
		fn(g+".ready", "", returns(types.Bool), method("Ready")),
		proc(g+".start", "", method("Start")),
		proc(g+".start_later", "seconds", func(c *EmitCall) jen.Code {
			return recv(c).Dot("StartLater").Call(c.ArgAs("seconds", types.Float, nil))
		}),
		greenletLink(g+".link", "Link"),
		greenletLink(g+".link_value", "LinkValue"),
		greenletLink(g+".link_exception", "LinkException"),
		// rawlink's callback runs in the hub rather than in a greenlet of
		// its own; both run after the greenlet died, in link order.
		greenletLink(g+".rawlink", "Link"),
		fn(g+".successful", "", returns(types.Bool), method("Successful")),
		attr("dead", types.Bool, "Dead"),
		value(g+".value", types.Object, func(c *EmitCall) jen.Code { return Rt("GreenletValue").Call(recv(c)) }),
		value(g+".exception", types.Object, func(c *EmitCall) jen.Code { return Rt("GreenletException").Call(recv(c)) }),
	}
}

// greenletLink is greenlet.link and its variants: the callback is called
// with the greenlet once it is dead.
func greenletLink(name, goName string) *Entry {
	return &Entry{
		Name: name, Sig: Sig(name[strings.LastIndexByte(name, '.')+1:], "callback"), NoValue: true,
		Type: func(c *TypeCall) types.Type {
			c.Env.CallResult(c.Args.Get("callback"), []types.Type{c.Recv})
			return types.None
		},
		Emit: func(c *EmitCall) jen.Code {
			return recv(c).Dot(goName).Call(c.Env.Handler(c.Args.Get("callback"), []types.Type{c.Env.TypeOf(c.Recv)}))
		},
	}
}

// isTrue reports whether e is the literal True.
func isTrue(e ast.Expr) bool {
	c, ok := e.(*ast.Constant)
	return ok && c.Kind == ast.ConstBool && c.Value == true
}

// isFalse reports whether e is the literal False.
func isFalse(e ast.Expr) bool {
	c, ok := e.(*ast.Constant)
	return ok && c.Kind == ast.ConstBool && c.Value == false
}

// emitTimeoutStartNew is gevent.Timeout.start_new(seconds, exception):
// a timeout made as gevent.Timeout(...) makes it, already started.
func emitTimeoutStartNew(c *EmitCall) jen.Code {
	secs := c.Args.Get("timeout")
	if secs == nil || IsNone(secs) {
		c.Env.Errorf(c.Call.Start(), "not supported yet: gevent.Timeout.start_new without seconds")
		return jen.Nil()
	}
	exc, silent := timeoutException(c)
	return Rt("StartNewGeventTimeout").Call(c.ArgAs("timeout", types.Object, nil), exc, silent)
}

// timeoutException is a gevent.Timeout's exception argument: what it
// raises (nil: gevent.Timeout itself) and whether it is False, a timeout
// that raises nothing.
func timeoutException(c *EmitCall) (exc, silent jen.Code) {
	switch a := c.Args.Get("exception"); {
	case a == nil || IsNone(a):
		return jen.Nil(), jen.False()
	case isFalse(a):
		return jen.Nil(), jen.True()
	default:
		return c.Env.ExprAs(a, named("BaseException")), jen.False()
	}
}
