package runtime

import (
	"os"
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
	name      string
	pid, ppid int
	patched   atomic.Bool
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
	mainProcess = &process{name: "MainProcess", pid: os.Getpid(), ppid: os.Getppid()}
	mainCtx     = &gctx{proc: mainProcess, root: &hubRoot{}}

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
	// Greenlets of the main thread are not in the map (see glet.run):
	// while one holds the main hub's baton, the caller is that one.
	if g := mainCtx.root.runningGreenlet(); g != nil {
		return g.ctx
	}
	return mainCtx
}

// callerProcess is current().proc without the identity lookup while the
// program has never had a child process.
func callerProcess() *process {
	if childCounter.Load() == 0 {
		return mainProcess
	}
	return current().proc
}

// goWith runs f on a new goroutine that carries identity c, and removes
// the identity when f returns (normally or by panic).
func goWith(c *gctx, f func()) {
	isRoot := c.glet == nil
	if isRoot {
		liveRoots.Add(1)
	}
	go func() {
		setGoLocal()
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
	return newChildOf(current().proc, kind)
}

// newChildOf is newChildProcess for a child of parent, which need not be
// the caller's process: a pool worker that retires after maxtasksperchild
// tasks is replaced by a new child of the pool's process, not of itself.
func newChildOf(parent *process, kind string) *gctx {
	n := childCounter.Add(1)
	return childContextOf(parent, kind+"-"+strconv.FormatInt(n, 10), n)
}

// childContext makes the main-thread identity of child number n of the
// caller's process. Its pid is made up (the program's pid plus n) so
// that workers report distinct pids, as forked ones do.
func childContext(name string, n int64) *gctx {
	return childContextOf(current().proc, name, n)
}

// childContextOf is childContext for a child of parent.
func childContextOf(parent *process, name string, n int64) *gctx {
	p := &process{name: name, pid: mainProcess.pid + int(n), ppid: parent.pid}
	forkProcessVars(parent, p)
	return &gctx{proc: p, root: &hubRoot{}}
}

// Getpid is os.getpid() (and current_process().pid): distinct in each
// worker process, so scripts that show which process ran a task still
// show different ones.
func Getpid() int { return callerProcess().pid }

// Getppid is os.getppid(): in a worker, its parent's Getpid.
func Getppid() int { return callerProcess().ppid }

// CurrentProcessName is multiprocessing.current_process().name:
// "MainProcess" in the program itself, "ForkPoolWorker-N" in a pool
// worker, so scripts that log which worker ran a task print what CPython
// prints.
func CurrentProcessName() string {
	return callerProcess().name
}

// CPUCount is os.cpu_count() and multiprocessing.cpu_count(); generated
// code passes it where Python passes None for a worker count.
func CPUCount() int {
	return goruntime.NumCPU()
}
