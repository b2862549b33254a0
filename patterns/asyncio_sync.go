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
	coroOf := func(t types.Type) func(*TypeCall) types.Type { return returns(named(coroClass, t)) }
	return []*Entry{
		fn(aqueue, "maxsize=0", returns(named(aqueue)), func(c *EmitCall) jen.Code {
			return Rt("NewAsyncQueue").Call(c.ArgAs("maxsize", types.Int, jen.Lit(0)))
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

		fn(aevent, "", returns(named(aevent)), call("NewAsyncEvent")),
		proc(aevent+".set", "", method("Set")),
		proc(aevent+".clear", "", method("Clear")),
		fn(aevent+".is_set", "", returns(types.Bool), method("IsSet")),
		fn(aevent+".wait", "", coroOf(types.Bool), method("Wait")),
	}
}
