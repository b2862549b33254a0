package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// asyncSyncEntries are asyncio's queue and synchronization primitives;
// their blocking methods return coroutines to await. Queue items are
// dynamic values, as queues often carry a None sentinel beside the work.
func asyncSyncEntries() []*Entry {
	RegisterType(aqueue, GoType{Name: "AsyncQueue"})
	RegisterType(alockClass, GoType{Name: "AsyncLock"})
	RegisterType(aevent, GoType{Name: "AsyncEvent"})
	RegisterType(asemaphore, GoType{Name: "AsyncSemaphore"})
	RegisterType(acondition, GoType{Name: "AsyncCondition"})
	RegisterType(ataskGroup, GoType{Name: "TaskGroup"})
	RegisterType(atimeout, GoType{Name: "AsyncTimeout"})
	coroOf := func(t types.Type) func(*TypeCall) types.Type { return returns(named(coroClass, t)) }
	return []*Entry{
		fn(aqueue, "maxsize=0", returns(named(aqueue)), func(c *EmitCall) jen.Code {
			return Rt("NewAsyncQueue").Call(c.ArgAs("maxsize", types.Int, jen.Lit(0)))
		}),
		fn("asyncio.PriorityQueue", "maxsize=0", returns(named(aqueue)), func(c *EmitCall) jen.Code {
			return Rt("NewAsyncPriorityQueue").Call(c.ArgAs("maxsize", types.Int, jen.Lit(0)))
		}),
		fn("asyncio.LifoQueue", "maxsize=0", returns(named(aqueue)), func(c *EmitCall) jen.Code {
			return Rt("NewAsyncLifoQueue").Call(c.ArgAs("maxsize", types.Int, jen.Lit(0)))
		}),
		fn(aqueue+".put", "item", coroOf(types.Object), func(c *EmitCall) jen.Code {
			return recv(c).Dot("Put").Call(c.Env.ExprAs(c.Args.Get("item"), types.Object))
		}),
		proc(aqueue+".put_nowait", "item", func(c *EmitCall) jen.Code {
			return recv(c).Dot("PutNowait").Call(c.Env.ExprAs(c.Args.Get("item"), types.Object))
		}),
		fn(aqueue+".get", "", coroOf(types.Object), method("Get")),
		fn(aqueue+".get_nowait", "", returns(types.Object), method("GetNowait")),
		proc(aqueue+".task_done", "", method("TaskDone")),
		fn(aqueue+".join", "", coroOf(types.Object), method("Join")),
		fn(aqueue+".qsize", "", returns(types.Int), method("Qsize")),
		fn(aqueue+".empty", "", returns(types.Bool), method("Empty")),
		fn(aqueue+".full", "", returns(types.Bool), method("Full")),
		value(aqueue+".maxsize", types.Int, method("Maxsize")),

		fn(alockClass, "", returns(named(alockClass)), call("NewAsyncLock")),
		fn(alockClass+".acquire", "", coroOf(types.Bool), method("Acquire")),
		proc(alockClass+".release", "", method("Release")),
		fn(alockClass+".locked", "", returns(types.Bool), method("Locked")),

		fn(asemaphore, "value=1", returns(named(asemaphore)), func(c *EmitCall) jen.Code {
			return Rt("NewAsyncSemaphore").Call(c.ArgAs("value", types.Int, jen.Lit(1)))
		}),
		fn(asemaphore+".acquire", "", coroOf(types.Bool), method("Acquire")),
		proc(asemaphore+".release", "", method("Release")),
		fn(asemaphore+".locked", "", returns(types.Bool), method("Locked")),

		fn(acondition, "lock=None", returns(named(acondition)), func(c *EmitCall) jen.Code {
			if c.Args.Has("lock") && !IsNone(c.Args.Get("lock")) {
				c.Env.Errorf(c.Call.Start(), "not supported yet: asyncio.Condition with a lock of its own")
			}
			return Rt("NewAsyncCondition").Call()
		}),
		fn(acondition+".acquire", "", coroOf(types.Bool), method("Acquire")),
		proc(acondition+".release", "", method("Release")),
		fn(acondition+".locked", "", returns(types.Bool), method("Locked")),
		fn(acondition+".wait", "", coroOf(types.Bool), method("Wait")),
		fn(acondition+".wait_for", "predicate", func(c *TypeCall) types.Type {
			return named(coroClass, c.callResultOf("predicate", ""))
		}, func(c *EmitCall) jen.Code {
			return Rt("ConditionWaitFor").Call(recv(c), c.Env.Callback(c.Args.Get("predicate"), nil))
		}),
		proc(acondition+".notify", "n=1", func(c *EmitCall) jen.Code {
			return recv(c).Dot("Notify").Call(c.ArgAs("n", types.Int, jen.Lit(1)))
		}),
		proc(acondition+".notify_all", "", method("NotifyAll")),
		proc(acondition+".__aenter__", "", method("AEnter")),
		proc(acondition+".__aexit__", "", method("AExit")),
		proc(alockClass+".__aenter__", "", method("AEnter")),
		proc(alockClass+".__aexit__", "", method("AExit")),
		proc(asemaphore+".__aenter__", "", method("AEnter")),
		proc(asemaphore+".__aexit__", "", method("AExit")),

		fn(ataskGroup, "", returns(named(ataskGroup)), call("NewTaskGroup")),
		proc(ataskGroup+".__aenter__", "", method("AEnter")),
		proc(ataskGroup+".__aexit__", "", exitSeeingPanic),
		fn(ataskGroup+".create_task", "coro, *, name=None", func(c *TypeCall) types.Type {
			return named(taskClass, awaitResult(c.Type("coro")))
		}, func(c *EmitCall) jen.Code {
			return Rt("TaskGroupCreateTask").Call(recv(c), c.Arg("coro"), c.ArgAs("name", types.Str, jen.Lit("")))
		}),

		fn("asyncio.timeout", "delay", returns(named(atimeout)), func(c *EmitCall) jen.Code {
			return Rt("NewAsyncTimeout").Call(c.timeout("delay"))
		}),
		proc(atimeout+".__aenter__", "", method("AEnter")),
		proc(atimeout+".__aexit__", "", exitSeeingPanic),
		fn(atimeout+".expired", "", returns(types.Bool), method("Expired")),
		fn("asyncio.timeout_at", "when", returns(named(atimeout)), func(c *EmitCall) jen.Code {
			return Rt("NewAsyncTimeoutAt").Call(c.ArgAs("when", types.Object, jen.Nil()))
		}),
		fn(atimeout+".when", "", returns(types.Object), method("When")),
		proc(atimeout+".reschedule", "when", method("Reschedule", "when")),

		fn(aevent, "", returns(named(aevent)), call("NewAsyncEvent")),
		proc(aevent+".set", "", method("Set")),
		proc(aevent+".clear", "", method("Clear")),
		fn(aevent+".is_set", "", returns(types.Bool), method("IsSet")),
		fn(aevent+".wait", "", coroOf(types.Bool), method("Wait")),
	}
}

// exitSeeingPanic is an __aexit__ that needs the exception leaving the
// block: it runs deferred, as `defer func() { cm.AExit(recover()) }()`,
// and raises again what it does not swallow.
func exitSeeingPanic(c *EmitCall) jen.Code {
	return jen.Func().Params().Block(recv(c).Dot("AExit").Call(jen.Recover())).Call()
}
