package patterns

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// Module globals are Go package variables, shared by every goroutine, but
// a worker process's writes to its globals stay in that process: a global
// set by a Pool initializer is per worker, and the parent never sees a
// worker's writes. Inference finds the functions that run in worker
// processes from the arguments listed here, follows their calls, and
// makes each module global they write (or mutate in place) a per-process
// variable, the runtime's ProcessVar, copied from the parent when a worker
// starts as a forked child's memory is.

// workerArgs maps library callables to the arguments that name functions
// run in a worker process.
var workerArgs = map[string][]string{
	mpPool:                     {"initializer"},
	mpPool + ".apply":          {"func"},
	mpPool + ".apply_async":    {"func"},
	mpPool + ".map":            {"func"},
	mpPool + ".starmap":        {"func"},
	mpPool + ".map_async":      {"func"},
	mpPool + ".starmap_async":  {"func"},
	mpPool + ".imap":           {"func"},
	mpPool + ".imap_unordered": {"func"},
	mpProcess:                  {"target"},
	processPool:                {"initializer"},
	processPool + ".submit":    {"fn"},
	processPool + ".map":       {"fn"},
}

// MayBeMutable reports whether a value of type t may hold something a
// receiver could change in place: a list, an object of the program's
// classes, a dynamic value, or a tuple holding one. Such values cross a
// process boundary as copies (py.ProcessCopy); library objects (queues,
// locks, shared Values) are passed as they are, since those are shared
// between processes in CPython too.
func MayBeMutable(t types.Type) bool {
	switch t := t.(type) {
	case *types.List, *types.Instance:
		return true
	case *types.Tuple:
		for _, el := range t.Elems {
			if MayBeMutable(el) {
				return true
			}
		}
		return false
	}
	return t == types.Object
}

// queueItem is the item a multiprocessing queue's put sends: pickled, so
// the receiver gets a copy (and lists, not Go slices); items of a
// threads' queue.Queue go as they are.
func queueItem(c *EmitCall, class string) jen.Code {
	item := c.Args.Get("item")
	code := c.Env.ExprAs(item, types.Object)
	if strings.HasPrefix(class, "multiprocessing.") && MayBeMutable(c.Env.TypeOf(item)) {
		return Rt("Pickled").Call(code)
	}
	return code
}

// WorkerArgs returns the parameters of the library callable path whose
// functions run in a worker process; nil for callables that run nothing
// in another process.
func WorkerArgs(path string) []string {
	return workerArgs[path]
}

// threadArgs maps library callables to the arguments that name functions
// run in another thread of the same process, concurrently with the
// caller: the code whose writes to objects inference makes race-free
// (infer/threadfields.go).
var threadArgs = map[string][]string{
	"threading.Thread":                 {"target"},
	"threading.Timer":                  {"function"},
	threadPool:                         {"initializer"},
	threadPool + ".submit":             {"fn"},
	threadPool + ".map":                {"fn"},
	futureClass + ".add_done_callback": {"fn"},
	"asyncio.to_thread":                {"func"},
	aloopClass + ".run_in_executor":    {"func"},
}

// ThreadArgs returns the parameters of the library callable path whose
// functions run in another thread; nil for callables that start none.
func ThreadArgs(path string) []string {
	return threadArgs[path]
}
