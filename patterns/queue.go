package patterns

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// The queue classes and the runtime kind of each.
var queueKinds = map[string]string{"Queue": "FIFO", "LifoQueue": "LIFO", "PriorityQueue": "Priority", "SimpleQueue": "FIFO"}

// simpleQueueLacks are the methods of Queue that SimpleQueue does not
// have: it is unbounded and keeps no count of unfinished tasks.
var simpleQueueLacks = map[string]bool{"task_done": true, "join": true, "full": true, "maxsize": true}

func init() {
	r := &Recognizer{
		Name: "queue",
		Doc: "queue.Queue, LifoQueue, PriorityQueue, SimpleQueue (maxsize; put/get with block and timeout, " +
			"put_nowait/get_nowait, task_done/join, qsize, empty, full), queue.Empty, queue.Full.",
		Modules: []string{"queue"},
		Entries: []*Entry{
			libraryException("queue.Empty", "QueueEmpty"),
			libraryException("queue.Full", "QueueFull"),
		},
	}
	for class, kind := range queueKinds {
		RegisterType("queue."+class, GoType{Name: "Queue"})
		for _, e := range queueEntries("queue."+class, kind) {
			if class != "SimpleQueue" || !simpleQueueLacks[strings.TrimPrefix(e.Name, "queue.SimpleQueue.")] {
				r.Entries = append(r.Entries, e)
			}
		}
	}
	Register(r)
}

// queueEntries are one queue class's constructor and methods. Items are
// dynamic values: queues often carry a None sentinel beside the work.
func queueEntries(class, kind string) []*Entry {
	ctorSig := "maxsize=0"
	if class == "queue.SimpleQueue" {
		ctorSig = ""
	}
	return []*Entry{
		fn(class, ctorSig, returns(named(class, types.Object)), func(c *EmitCall) jen.Code {
			maxsize := c.ArgAs("maxsize", types.Int, jen.Lit(0))
			if kind == "FIFO" {
				return Rt("NewQueue").Types(Rt("Object")).Call(maxsize)
			}
			return Rt("NewQueueKind").Types(Rt("Object")).Call(Rt(kind), maxsize)
		}),
		proc(class+".put", "item, block=True, timeout=None", func(c *EmitCall) jen.Code {
			item := queueItem(c, class)
			if !c.Args.Has("block") && !c.Args.Has("timeout") {
				return recv(c).Dot("Put").Call(item)
			}
			return recv(c).Dot("PutTimeout").Call(item, c.ArgAs("block", types.Bool, jen.True()), c.timeout("timeout"))
		}),
		proc(class+".put_nowait", "item, /", func(c *EmitCall) jen.Code {
			return recv(c).Dot("PutNowait").Call(queueItem(c, class))
		}),
		fn(class+".get", "block=True, timeout=None", returns(types.Object), func(c *EmitCall) jen.Code {
			if !c.Args.Has("block") && !c.Args.Has("timeout") {
				return recv(c).Dot("Get").Call()
			}
			return recv(c).Dot("GetTimeout").Call(c.ArgAs("block", types.Bool, jen.True()), c.timeout("timeout"))
		}),
		fn(class+".get_nowait", "", returns(types.Object), method("GetNowait")),
		proc(class+".task_done", "", method("TaskDone")),
		proc(class+".join", "", method("Join")),
		fn(class+".qsize", "", returns(types.Int), method("Qsize")),
		fn(class+".empty", "", returns(types.Bool), method("Empty")),
		fn(class+".full", "", returns(types.Bool), method("Full")),
		value(class+".maxsize", types.Int, func(c *EmitCall) jen.Code { return recv(c).Dot("Maxsize").Call() }),
	}
}
