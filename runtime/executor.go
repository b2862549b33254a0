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
// submit, as CPython's do under fork.
type Executor struct {
	id        int64
	max       int
	queue     *taskQueue
	processes bool
	running   sync.WaitGroup

	mu       sync.Mutex
	workers  int
	idle     int // finished work items not yet matched by a submit
	shutdown bool

	// The options of executoropts.go: thread_name_prefix, the
	// initializer, and the futures not yet started, for cancel_futures.
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
	e.queue = newTaskQueue()
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
	e.queue.putCancellable(func() { runWork(fut, f, e.markIdle, e.processes) }, func() { fut.Cancel() })
	e.adjustThreads()
	return fut
}

// runWork runs one work item unless its future was cancelled; an
// exception from a process worker reaches the parent as remoteError. The
// worker
// counts as idle before the future completes, so a submit made right
// after result() returns reuses it instead of starting another thread.
func runWork[T any](fut *Future[T], f func() T, markIdle func(), remote bool) {
	if !fut.setRunning() {
		markIdle()
		return
	}
	err := Catch(func() { fut.value = f() })
	if remote {
		err = remoteError(err, futuresRemoteTraceback)
	}
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
// as ThreadPoolExecutor._adjust_thread_count does; a process pool starts
// all its workers at once and, like CPython's, takes a thread number for
// its manager thread. Called with e.mu held.
func (e *Executor) adjustThreads() {
	if e.processes {
		if e.workers == 0 {
			threadCounter.Add(1) // CPython's executor manager thread, Thread-N
		}
		for ; e.workers < e.max; e.workers++ {
			e.running.Add(1)
			goWith(newChildProcess("ForkProcess"), e.work)
		}
		return
	}
	if e.idle > 0 {
		e.idle--
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
}

// work is a worker's loop.
func (e *Executor) work() {
	defer e.running.Done()
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
func (e *Executor) Shutdown(wait bool) { e.ShutdownCancel(wait, false) }

// ShutdownCancel is executor.shutdown(wait, cancel_futures): with
// cancelFutures the work still queued is cancelled instead of run.
func (e *Executor) ShutdownCancel(wait, cancelFutures bool) {
	e.mu.Lock()
	e.shutdown = true
	e.mu.Unlock()
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
