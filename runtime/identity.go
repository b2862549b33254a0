package runtime

import (
	goruntime "runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

// Identity: which process, thread and greenlet is running the caller.
//
// Python code asks "who am I" (current_process().name,
// current_thread().name) and the runtime needs the same answer to pick the
// gevent hub and decide whether time.sleep is cooperative. Go has no
// goroutine-local storage, but the runtime starts every goroutine that
// runs user code (threads, pool and executor workers, processes,
// greenlets), so it records a context for each at spawn time, keyed by
// goroutine id (goid.go). Parsing the id from runtime.Stack costs a few
// microseconds, so the lookup is skipped whenever no runtime-started root
// goroutine is alive: then the caller is the main thread of the main
// process, or the greenlet holding the main hub's baton (~10ns).

// process is a Python process: a Pool worker or the main program. Its
// goroutines share its name and its monkey-patching state.
type process struct {
	name    string
	patched atomic.Bool
}

// gctx is the identity of one runtime-started goroutine.
type gctx struct {
	proc   *process
	thread *Thread // nil for the main thread of proc
	// root holds the gevent hub of the thread this goroutine belongs to;
	// greenlets share their spawner's root.
	root *hubRoot
	glet *glet // nil unless the goroutine is a spawned greenlet
}

var (
	mainProcess = &process{name: "MainProcess"}
	mainCtx     = &gctx{proc: mainProcess, root: &hubRoot{threadName: "MainThread"}}

	// ctxs maps goroutine id to *gctx for every runtime-started goroutine.
	ctxs sync.Map
	// liveRoots counts runtime-started goroutines alive that are not
	// greenlets (threads, pool and executor workers). While it is zero,
	// every caller is the main thread or one of its greenlets.
	liveRoots atomic.Int64
	// childCounter numbers child processes as multiprocessing's
	// _process_counter does: one sequence for every child of the program.
	childCounter atomic.Int64
)

// current returns the identity of the calling goroutine.
func current() *gctx {
	if liveRoots.Load() == 0 {
		if g := mainCtx.root.runningGreenlet(); g != nil {
			return g.ctx
		}
		return mainCtx
	}
	if c, ok := ctxs.Load(goid()); ok {
		return c.(*gctx)
	}
	return mainCtx
}

// goWith runs f on a new goroutine that carries identity c, and removes
// the identity when f returns (normally or by panic).
func goWith(c *gctx, f func()) {
	isRoot := c.glet == nil
	if isRoot {
		liveRoots.Add(1)
	}
	go func() {
		id := goid()
		ctxs.Store(id, c)
		defer func() {
			ctxs.Delete(id)
			if isRoot {
				liveRoots.Add(-1)
			}
		}()
		f()
	}()
}

// newChildProcess makes the identity of a new child process's main thread,
// named as multiprocessing names it (e.g. "ForkPoolWorker-3").
func newChildProcess(kind string) *gctx {
	n := childCounter.Add(1)
	p := &process{name: kind + "-" + strconv.FormatInt(n, 10)}
	return &gctx{proc: p, root: &hubRoot{threadName: "MainThread"}}
}

// CurrentProcessName is multiprocessing.current_process().name:
// "MainProcess" in the program itself, "ForkPoolWorker-N" in a pool
// worker, so scripts that log which worker ran a task print what CPython
// prints.
func CurrentProcessName() string {
	return current().proc.name
}

// CPUCount is os.cpu_count() and multiprocessing.cpu_count(); generated
// code passes it where Python passes None for a worker count.
func CPUCount() int {
	return goruntime.NumCPU()
}
