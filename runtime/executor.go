package runtime

import (
	"fmt"
	"iter"
	"sync"
	"sync/atomic"
	"time"
)

// Executor is a concurrent.futures ThreadPoolExecutor or
// ProcessPoolExecutor: workers pulling work FIFO from one queue. Thread
// workers are created lazily and reused when idle; process workers
// (goroutines with a ForkProcess-N identity) all start on the first
// submit, as CPython's do under fork. Once every worker has started, a
// submit takes no lock (execqueue.go).
type Executor struct {
	id        int64
	max       int
	queue     execQueue
	processes bool
	running   sync.WaitGroup

	full atomic.Bool  // all max workers have started
	idle atomic.Int64 // finished work items not yet matched by a submit

	mu      sync.Mutex // serializes starting workers
	workers int

	// The options of executoropts.go: thread_name_prefix and the
	// initializer.
	prefix      string
	initializer func()
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
	return newExecutor(&Executor{id: executorCounter.Add(1) - 1, max: maxWorkers})
}

// NewProcessPoolExecutor is ProcessPoolExecutor(max_workers); 0 stands
// for None and picks cpu_count().
func NewProcessPoolExecutor(maxWorkers int) *Executor {
	if maxWorkers < 0 {
		panic(ValueError.New("max_workers must be greater than 0"))
	}
	if maxWorkers == 0 {
		maxWorkers = CPUCount()
	}
	return newExecutor(&Executor{max: maxWorkers, processes: true})
}

// newExecutor finishes e and registers it for the wait at exit.
func newExecutor(e *Executor) *Executor {
	ensureExitHook()
	e.queue.init()
	liveExecutors.Lock()
	liveExecutors.m[e] = struct{}{}
	liveExecutors.Unlock()
	return e
}

// Submit is executor.submit(f): f is queued and a Future returned at once.
// The future and f share one work item, taken from a slab.
func Submit[T any](e *Executor, f func() T) *Future[T] {
	e.checkOpen()
	w := slabAlloc[thunkWork[T]](&e.queue.chain)
	w.f = f
	e.enqueue(&w.fut.c)
	return &w.fut
}

// Submit1 is executor.submit(f, a) for a function of one argument: the
// future, the function and the argument share one allocation, with no
// closure.
func Submit1[A, T any](e *Executor, f func(A) T, a A) *Future[T] {
	if e.processes {
		return Submit(e, func() T { return f(a) })
	}
	e.checkOpen()
	c := slabAlloc[call1[A, T]](&e.queue.chain)
	c.fn, c.arg = f, a
	e.enqueue(&c.fut.c)
	return &c.fut
}

// checkOpen refuses a submit after shutdown before it takes a work item.
func (e *Executor) checkOpen() {
	if e.queue.closed.Load() {
		panic(RuntimeError.New("cannot schedule new futures after shutdown"))
	}
}

// enqueue queues the filled-in work item whose future is c and starts a
// worker if it needs one. A shutdown racing the submit either lets the
// item run or cancels it and refuses the submit.
func (e *Executor) enqueue(c *futureCore) {
	if !e.queue.publish(c) {
		panic(RuntimeError.New("cannot schedule new futures after shutdown"))
	}
	if !e.full.Load() {
		e.adjustThreads()
	}
}

// thunkWork is the work item of Submit: a future and its task.
type thunkWork[T any] struct {
	fut Future[T]
	f   func() T
}

// run runs the task for the future; a panic is the worker's to catch
// (serve).
func (w *thunkWork[T]) run(e *Executor) {
	if w.fut.c.start(e) {
		w.fut.value = w.f()
		w.fut.c.finish(e, nil)
	}
}

// fail completes the future with the exception its task raised.
func (w *thunkWork[T]) fail(e *Executor, err *Error) { w.fut.c.finish(e, err) }

// futureOf returns the state of the item's future.
func (w *thunkWork[T]) futureOf() *futureCore { return &w.fut.c }

// cancel is what shutdown(cancel_futures=True) does to a queued future.
func (w *thunkWork[T]) cancel() { w.fut.Cancel() }

// call1 is the work item of Submit1: a future and its one-argument call.
type call1[A, T any] struct {
	fut Future[T]
	fn  func(A) T
	arg A
}

// run calls the function for the future; a panic is the worker's to
// catch (serve).
func (c *call1[A, T]) run(e *Executor) {
	if c.fut.c.start(e) {
		c.fut.value = c.fn(c.arg)
		c.fut.c.finish(e, nil)
	}
}

// fail completes the future with the exception its call raised.
func (c *call1[A, T]) fail(e *Executor, err *Error) { c.fut.c.finish(e, err) }

// futureOf returns the state of the item's future.
func (c *call1[A, T]) futureOf() *futureCore { return &c.fut.c }

// cancel is what shutdown(cancel_futures=True) does to a queued future.
func (c *call1[A, T]) cancel() { c.fut.Cancel() }

// start moves the future to running before its worker runs the task, and
// reports false, marking the worker idle, when it was cancelled instead.
func (c *futureCore) start(e *Executor) bool {
	if c.setRunning() {
		return true
	}
	e.markIdle()
	return false
}

// finish completes the future with the task's outcome; an exception from
// a process worker reaches the parent as remoteError. The worker counts as
// idle before the future completes, so a submit made right after result()
// returns reuses it instead of starting another thread.
func (c *futureCore) finish(e *Executor, err *Error) {
	if e.processes {
		err = remoteError(err, futuresRemoteTraceback)
	}
	e.markIdle()
	c.complete(stateFinished, err)
}

// markIdle records that a worker finished a work item; once every worker
// has started, nobody needs the count.
func (e *Executor) markIdle() {
	if !e.full.Load() {
		e.idle.Add(1)
	}
}

// takeIdle consumes one idle mark, as _idle_semaphore.acquire(timeout=0)
// does, and reports whether there was one.
func (e *Executor) takeIdle() bool {
	for {
		n := e.idle.Load()
		if n <= 0 {
			return false
		}
		if e.idle.CompareAndSwap(n, n-1) {
			return true
		}
	}
}

// adjustThreads starts a worker unless an idle one can take the new work,
// as ThreadPoolExecutor._adjust_thread_count does; a process pool starts
// all its workers at once and, like CPython's, takes a thread number for
// its manager thread.
func (e *Executor) adjustThreads() {
	if e.full.Load() || (!e.processes && e.takeIdle()) {
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.processes {
		if e.workers == 0 {
			threadCounter.Add(1) // CPython's executor manager thread, Thread-N
		}
		for ; e.workers < e.max; e.workers++ {
			e.running.Add(1)
			goWith(newChildProcess("ForkProcess"), e.work)
		}
		e.full.Store(true)
		return
	}
	if e.workers >= e.max {
		return
	}
	name := fmt.Sprintf("ThreadPoolExecutor-%d_%d", e.id, e.workers)
	if e.prefix != "" {
		name = fmt.Sprintf("%s_%d", e.prefix, e.workers)
	}
	e.workers++
	e.running.Add(1)
	NewThread(ThreadOptions{Target: e.work, Name: name}).Start()
	e.full.Store(e.workers == e.max)
}

// work is a worker's loop.
func (e *Executor) work() {
	defer e.running.Done()
	e.runInitializer()
	for e.serve() {
	}
}

// serve runs queued work items until the queue is closed and drained
// (false) or one raises (true: that item's future has the exception and
// the worker calls serve again). One deferred recover covers a whole run
// of items instead of one per item, which is a good part of the cost of
// a tiny task.
func (e *Executor) serve() (raised bool) {
	var cur executorItem
	defer func() {
		if r := recover(); r != nil {
			cur.fail(e, AsError(r))
			raised = true
		}
	}()
	for {
		it, ok := e.queue.take()
		if !ok {
			return false
		}
		cur = it
		cur.run(e)
	}
}

// executorItem is an executor's work item: run does the task and
// completes its future; fail completes it with the exception the task
// raised, which serve recovers; futureOf is the future's state, whose
// queued bit publishes the item.
type executorItem interface {
	workItem
	fail(e *Executor, err *Error)
	futureOf() *futureCore
}

// Shutdown is executor.shutdown(wait): no new work is accepted; queued work
// still runs, and with wait the call returns when all of it has.
func (e *Executor) Shutdown(wait bool) { e.ShutdownCancel(wait, false) }

// ShutdownCancel is executor.shutdown(wait, cancel_futures): with
// cancelFutures the work still queued is cancelled instead of run.
func (e *Executor) ShutdownCancel(wait, cancelFutures bool) {
	e.queue.close(cancelFutures)
	if !wait {
		return
	}
	e.running.Wait()
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

// ExecutorMap is executor.map(f, items, timeout=...) for a range loop:
// every item is submitted at once and results come in input order. The
// first exception in input order is raised when the loop reaches it; the
// timeout counts from the call and raises TimeoutError with no message.
// Leaving the loop early cancels the futures not yet started, as the
// generator's cleanup does in CPython.
func ExecutorMap[A, R any](e *Executor, f func(A) R, items []A, timeout float64) iter.Seq[R] {
	deadline := deadlineFor(timeout)
	fs := make([]*Future[R], len(items))
	for i, a := range items {
		fs[i] = Submit(e, func() R { return f(a) })
	}
	return func(yield func(R) bool) {
		defer func() {
			for _, f := range fs {
				f.Cancel()
			}
		}()
		for _, f := range fs {
			if !yield(f.ResultTimeout(remaining(deadline))) {
				return
			}
		}
	}
}

// remaining turns a deadline back into a timeout for the next wait.
func remaining(deadline time.Time) float64 {
	if deadline.IsZero() {
		return NoTimeout
	}
	return max(time.Until(deadline).Seconds(), 0)
}
