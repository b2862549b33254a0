package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// geventPoolEntries are gevent.pool.Pool: greenlets of the caller's hub,
// at most size of them running at once.
func geventPoolEntries() []*Entry {
	p := geventPool
	return append(append(poolEntriesOf(p), poolEntriesOf(geventGroup)...),
		fn(p, "size=None", returns(named(p)), func(c *EmitCall) jen.Code {
			return Rt("NewGeventPool").Call(c.ArgAs("size", types.Int, jen.Lit(0)))
		}),
		fn(geventGroup, "", returns(named(geventGroup)), func(c *EmitCall) jen.Code {
			return Rt("NewGeventPool").Call(jen.Lit(0))
		}),
		fn(p+".free_count", "", returns(types.Int), method("FreeCount")),
	)
}

// poolEntriesOf are the methods gevent's Pool and Group share (a Group
// is a Pool without a size).
func poolEntriesOf(p string) []*Entry {
	return []*Entry{
		fn(p+".apply", "func, args=None, kwds=None", func(c *TypeCall) types.Type {
			return c.callResultOf("func", "args")
		}, func(c *EmitCall) jen.Code {
			if c.Args.Has("kwds") && !IsNone(c.Args.Get("kwds")) {
				c.Env.Errorf(c.Call.Start(), "not supported yet: gevent Pool.apply with kwds")
			}
			return Rt("GeventPoolSpawn").Call(recv(c), c.thunkOf("func", "args")).Dot("Get").Call()
		}),
		fn(p+".spawn", "run, /, *args, **kwargs", func(c *TypeCall) types.Type {
			return named(greenletClass, c.callResultOf("run", ""))
		}, func(c *EmitCall) jen.Code {
			if steps := c.Env.Steps(c.Args.Get("run"), c.Args.VarArgs, c.Args.VarKw); steps != nil {
				return Rt("GeventPoolSpawnSteps").Call(recv(c), steps)
			}
			return Rt("GeventPoolSpawn").Call(recv(c), c.thunkOf("run", ""))
		}),
		fn(p+".map", "func, iterable", func(c *TypeCall) types.Type {
			return &types.List{Elem: geventMapResult(c)}
		}, func(c *EmitCall) jen.Code { return emitGeventMap(c, "GeventPoolMap") }),
		fn(p+".imap_unordered", "func, *iterables, maxsize=None", func(c *TypeCall) types.Type {
			return &types.Iter{Elem: geventMapResult(c)}
		}, func(c *EmitCall) jen.Code { return emitGeventMap(c, "GeventPoolImapUnordered") }),
		fn(p+".imap", "func, *iterables, maxsize=None", func(c *TypeCall) types.Type {
			return &types.Iter{Elem: geventMapResult(c)}
		}, func(c *EmitCall) jen.Code { return emitGeventMap(c, "GeventPoolImap") }),
		proc(p+".join", "timeout=None, raise_error=False", func(c *EmitCall) jen.Code {
			if c.Args.Has("timeout") || c.Args.Has("raise_error") {
				c.Env.Errorf(c.Call.Start(), "not supported yet: gevent Pool.join with timeout or raise_error")
			}
			return recv(c).Dot("Join").Call()
		}),
	}
}

// geventMapResult types func called with the iterable's items.
func geventMapResult(c *TypeCall) types.Type {
	it := c.Args.Get("iterable")
	if it == nil {
		if len(c.Args.VarArgs) != 1 {
			return types.Object
		}
		it = c.Args.VarArgs[0]
	}
	return c.Env.CallResult(c.Args.Get("func"), []types.Type{itemType(c.Env.TypeOf(it))})
}

// emitGeventMap is pool.map or pool.imap_unordered over one iterable.
func emitGeventMap(c *EmitCall, rt string) jen.Code {
	it := c.Args.Get("iterable")
	if it == nil {
		if len(c.Args.VarArgs) != 1 {
			c.Env.Errorf(c.Call.Start(), "not supported yet: gevent Pool map over %d iterables", len(c.Args.VarArgs))
			return jen.Nil()
		}
		it = c.Args.VarArgs[0]
	}
	if c.Args.Has("maxsize") {
		c.Env.Errorf(c.Call.Start(), "not supported yet: gevent Pool imap with maxsize")
	}
	f := c.Env.Callback(c.Args.Get("func"), []types.Type{itemType(c.Env.TypeOf(it))})
	return Rt(rt).Call(recv(c), f, itemsOf(c, it))
}

// geventQueueEntries are gevent.queue.Queue: get and put yield to the
// other greenlets instead of blocking the thread.
func geventQueueEntries() []*Entry {
	out := append(queueEntriesOf(geventPriorityQueue, "NewGeventPriorityQueue"), queueEntriesOf(geventLifoQueue, "NewGeventLifoQueue")...)
	return append(out, append(queueEntriesOf(geventQueue, "NewGeventQueue"), append(queueEntriesOf(geventJoinableQueue, "NewGeventQueue"),
		proc(geventJoinableQueue+".task_done", "", method("TaskDone")),
		proc(geventJoinableQueue+".join", "timeout=None", func(c *EmitCall) jen.Code {
			if c.Args.Has("timeout") && !IsNone(c.Args.Get("timeout")) {
				c.Env.Errorf(c.Call.Start(), "not supported yet: JoinableQueue.join with a timeout")
			}
			return recv(c).Dot("Join").Call()
		}),
	)...)...)
}

// queueEntriesOf are the methods gevent's queue classes share; ctor is
// the runtime function that makes one.
func queueEntriesOf(q, ctor string) []*Entry {
	return []*Entry{
		fn(q, "maxsize=None", returns(named(q, types.Object)), func(c *EmitCall) jen.Code {
			return Rt(ctor).Types(Rt("Object")).Call(c.ArgAs("maxsize", types.Int, jen.Lit(0)))
		}),
		proc(q+".put", "item, block=True, timeout=None", func(c *EmitCall) jen.Code {
			item := c.Env.ExprAs(c.Args.Get("item"), types.Object)
			if !c.Args.Has("block") && !c.Args.Has("timeout") {
				return recv(c).Dot("Put").Call(item)
			}
			return recv(c).Dot("PutBlock").Call(item, c.ArgAs("block", types.Bool, jen.True()), c.timeout("timeout"))
		}),
		proc(q+".put_nowait", "item", func(c *EmitCall) jen.Code {
			return recv(c).Dot("PutBlock").Call(c.Env.ExprAs(c.Args.Get("item"), types.Object), jen.False(), Rt("NoTimeout"))
		}),
		fn(q+".get", "block=True, timeout=None", returns(types.Object), func(c *EmitCall) jen.Code {
			if !c.Args.Has("block") && !c.Args.Has("timeout") {
				return recv(c).Dot("Get").Call()
			}
			return recv(c).Dot("GetBlock").Call(c.ArgAs("block", types.Bool, jen.True()), c.timeout("timeout"))
		}),
		fn(q+".get_nowait", "", returns(types.Object), func(c *EmitCall) jen.Code {
			return recv(c).Dot("GetBlock").Call(jen.False(), Rt("NoTimeout"))
		}),
		fn(q+".qsize", "", returns(types.Int), method("Qsize")),
		fn(q+".empty", "", returns(types.Bool), method("Empty")),
	}
}
