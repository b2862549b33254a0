package runtime

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Executor is a concurrent.futures.ThreadPoolExecutor: worker Threads,
// created lazily and reused when idle, pulling work FIFO from one queue.
type Executor struct {
	max   int
	queue *taskQueue

	mu       sync.Mutex
	threads  []*Thread
	idle     int // finished work items not yet matched by a submit
	shutdown bool

	// Options of executoropts.go: the worker name prefix, the
	// initializer, process-pool workers, futures not yet started.
	prefix      string
	initializer func()
	process     bool
	workers     int
	procs       sync.WaitGroup
	pending     []*futureCore
}

var (
	// executorCounter numbers executors for their thread names, from 0.
	executorCounter atomic.Int64
	// liveExecutors are the executors not yet shut down and joined; at
	// exit their queued work still runs.
	liveExecutors = struct {
		sync.Mutex
		m map[*Executor]struct{}
	}{m: map[*Executor]struct{}{}}
)

// NewThreadPoolExecutor is ThreadPoolExecutor(max_workers); 0 stands for
// None and picks CPython's default, min(32, cpu_count+4).
func NewThreadPoolExecutor(maxWorkers int) *Executor {
	if maxWorkers < 0 {
		panic(ValueError.New("max_workers must be greater than 0"))
	}
	if maxWorkers == 0 {
		maxWorkers = min(32, CPUCount()+4)
	}
	return newExecutor(maxWorkers, "", false)
}

// newExecutor makes a thread or process pool; only a thread pool without
// a name prefix takes a number from the counter, as in CPython.
func newExecutor(maxWorkers int, prefix string, process bool) *Executor {
	ensureExitHook()
	if prefix == "" && !process {
		prefix = fmt.Sprintf("ThreadPoolExecutor-%d", executorCounter.Add(1)-1)
	}
	e := &Executor{max: maxWorkers, queue: newTaskQueue(), prefix: prefix, process: process}
	liveExecutors.Lock()
	liveExecutors.m[e] = struct{}{}
	liveExecutors.Unlock()
	return e
}

// Submit is executor.submit(f): f is queued and a Future returned at once.
func Submit[T any](e *Executor, f func() T) *Future[T] {
	fut := newFuture[T]()
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.shutdown {
		panic(RuntimeError.New("cannot schedule new futures after shutdown"))
	}
	if e.process {
		task := f
		f = func() T { return copyAcross(task()) }
	}
	e.track(&fut.futureCore)
	e.queue.put(func() { runWork(fut, f, e.markIdle) })
	e.adjustThreads()
	return fut
}

// runWork runs one work item unless its future was cancelled. The worker
// counts as idle before the future completes, so a submit made right
// after result() returns reuses it instead of starting another thread.
func runWork[T any](fut *Future[T], f func() T, markIdle func()) {
	if !fut.setRunning() {
		markIdle()
		return
	}
	err := Catch(func() { fut.value = f() })
	markIdle()
	fut.complete(stateFinished, err)
}

// markIdle records that a worker finished a work item.
func (e *Executor) markIdle() {
	e.mu.Lock()
	e.idle++
	e.mu.Unlock()
}

// adjustThreads starts a worker unless an idle one can take the new work,
// as ThreadPoolExecutor._adjust_thread_count does. Called with e.mu held.
func (e *Executor) adjustThreads() {
	if e.idle > 0 {
		e.idle--
		return
	}
	if e.workers >= e.max {
		return
	}
	e.workers++
	if e.process {
		e.startProcess()
		return
	}
	name := fmt.Sprintf("%s_%d", e.prefix, len(e.threads))
	t := NewThread(ThreadOptions{Target: e.work, Name: name})
	e.threads = append(e.threads, t)
	t.Start()
}

// work is a worker thread's loop.
func (e *Executor) work() {
	e.runInitializer()
	for {
		task, ok := e.queue.get()
		if !ok {
			return
		}
		task()
	}
}

// Shutdown is executor.shutdown(wait): no new work is accepted; queued work
// still runs, and with wait the call returns when all of it has.
func (e *Executor) Shutdown(wait bool) {
	e.mu.Lock()
	e.shutdown = true
	threads := e.threads
	e.mu.Unlock()
	e.queue.close(false)
	if !wait {
		return
	}
	for _, t := range threads {
		t.Join()
	}
	e.procs.Wait()
	liveExecutors.Lock()
	delete(liveExecutors.m, e)
	liveExecutors.Unlock()
}

// shutdownExecutorsAtExit runs every executor's queued work to completion,
// as concurrent.futures' exit hook does.
func shutdownExecutorsAtExit() {
	liveExecutors.Lock()
	var all []*Executor
	for e := range liveExecutors.m {
		all = append(all, e)
	}
	liveExecutors.Unlock()
	for _, e := range all {
		e.Shutdown(true)
	}
}
