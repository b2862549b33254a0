package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

const (
	geventEvent       = "gevent.event.Event"
	geventAsyncResult = "gevent.event.AsyncResult"
)

func init() {
	RegisterType(geventEvent, GoType{Name: "GeventEvent"})
	RegisterType(geventAsyncResult, GoType{Name: "GeventAsyncResult"})
}

// geventEventEntries are gevent.event.Event and AsyncResult: waiting on
// them yields to the other greenlets of the thread.
func geventEventEntries() []*Entry {
	e, a := geventEvent, geventAsyncResult
	waitTimeout := func(c *EmitCall) jen.Code {
		if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
			return recv(c).Dot("WaitTimeout").Call(c.timeout("timeout"))
		}
		return recv(c).Dot("Wait").Call()
	}
	return []*Entry{
		fn(e, "", returns(named(e)), call("NewGeventEvent")),
		proc(e+".set", "", method("Set")),
		proc(e+".clear", "", method("Clear")),
		fn(e+".is_set", "", returns(types.Bool), method("IsSet")),
		fn(e+".isSet", "", returns(types.Bool), method("IsSet")),
		fn(e+".ready", "", returns(types.Bool), method("IsSet")),
		fn(e+".wait", "timeout=None", returns(types.Bool), waitTimeout),

		fn(a, "", returns(named(a)), call("NewGeventAsyncResult")),
		proc(a+".set", "value=None", func(c *EmitCall) jen.Code {
			return recv(c).Dot("Set").Call(c.ArgAs("value", types.Object, jen.Nil()))
		}),
		proc(a+".set_exception", "exception, exc_info=None", func(c *EmitCall) jen.Code {
			if c.Args.Has("exc_info") && !IsNone(c.Args.Get("exc_info")) {
				c.Env.Errorf(c.Call.Start(), "not supported yet: AsyncResult.set_exception with exc_info")
			}
			return recv(c).Dot("SetException").Call(c.Env.ExprAs(c.Args.Get("exception"), named("BaseException")))
		}),
		fn(a+".get", "block=True, timeout=None", returns(types.Object), func(c *EmitCall) jen.Code {
			if b := c.Args.Get("block"); b != nil && !isTrue(b) {
				if !isFalse(b) {
					c.Env.Errorf(b.Start(), "not supported yet: AsyncResult.get with block other than True or False")
				}
				return recv(c).Dot("GetNowait").Call()
			}
			if !c.Args.Has("timeout") || IsNone(c.Args.Get("timeout")) {
				return recv(c).Dot("Get").Call()
			}
			return recv(c).Dot("GetTimeout").Call(c.timeout("timeout"))
		}),
		fn(a+".get_nowait", "", returns(types.Object), method("GetNowait")),
		fn(a+".wait", "timeout=None", returns(types.Object), func(c *EmitCall) jen.Code {
			return recv(c).Dot("WaitTimeout").Call(c.timeout("timeout"))
		}),
		fn(a+".ready", "", returns(types.Bool), method("Ready")),
		fn(a+".successful", "", returns(types.Bool), method("Successful")),
		value(a+".value", types.Object, func(c *EmitCall) jen.Code { return recv(c).Dot("Value").Call() }),
		value(a+".exception", types.Object, func(c *EmitCall) jen.Code { return recv(c).Dot("Exception").Call() }),
	}
}

const geventSemaphore = "gevent.lock.Semaphore"

const geventRLock = "gevent.lock.RLock"

func init() {
	RegisterType(geventSemaphore, GoType{Name: "GeventSemaphore"})
	RegisterType(geventRLock, GoType{Name: "GeventRLock"})
}

// geventLockEntries are gevent.lock's Semaphore and BoundedSemaphore (one
// runtime type; the bounded one checks its releases).
func geventLockEntries() []*Entry {
	s := geventSemaphore
	return append([]*Entry{
		fn(s, "value=1, hub=None", returns(named(s)), func(c *EmitCall) jen.Code {
			return Rt("NewGeventSemaphore").Call(c.ArgAs("value", types.Int, jen.Lit(1)))
		}),
		fn("gevent.lock.BoundedSemaphore", "value=1, hub=None", returns(named(s)), func(c *EmitCall) jen.Code {
			return Rt("NewGeventBoundedSemaphore").Call(c.ArgAs("value", types.Int, jen.Lit(1)))
		}),
		fn(s+".acquire", "blocking=True, timeout=None", returns(types.Bool), func(c *EmitCall) jen.Code {
			if !c.Args.Has("blocking") && !c.Args.Has("timeout") {
				return recv(c).Dot("Acquire").Call()
			}
			return recv(c).Dot("AcquireTimeout").Call(c.ArgAs("blocking", types.Bool, jen.True()), c.timeout("timeout"))
		}),
		proc(s+".release", "", method("Release")),
		fn(s+".locked", "", returns(types.Bool), method("Locked")),
		value(s+".counter", types.Int, method("Counter")),
		proc(s+".__enter__", "", method("Acquire")),
		proc(s+".__exit__", "", method("Exit")),
	}, geventRLockEntries()...)
}

// geventRLockEntries are gevent.lock.RLock's: the holding greenlet may
// acquire it again.
func geventRLockEntries() []*Entry {
	r := geventRLock
	return []*Entry{
		fn(r, "hub=None", returns(named(r)), call("NewGeventRLock")),
		fn(r+".acquire", "blocking=True, timeout=None", returns(types.Object), func(c *EmitCall) jen.Code {
			if !c.Args.Has("blocking") && !c.Args.Has("timeout") {
				return recv(c).Dot("Acquire").Call()
			}
			return recv(c).Dot("AcquireTimeout").Call(c.ArgAs("blocking", types.Bool, jen.True()), c.timeout("timeout"))
		}),
		proc(r+".release", "", method("Release")),
		proc(r+".__enter__", "", method("Enter")),
		proc(r+".__exit__", "", method("Exit")),
	}
}
