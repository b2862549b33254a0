package runtime

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

// The classes of the text-only exceptions that carry a worker's traceback
// to the parent as __cause__.
var (
	poolRemoteTraceback    = &ExceptionType{Name: "RemoteTraceback", Module: "multiprocessing.pool", Base: Exception}
	futuresRemoteTraceback = &ExceptionType{Name: "_RemoteTraceback", Module: "concurrent.futures.process", Base: Exception}
)

// remoteError is what the parent sees of an exception raised in a worker
// process: a copy without the worker's frames, caused by a RemoteTraceback
// whose text is the worker's traceback, so an uncaught one prints
// CPython's chained report.
func remoteError(err *Error, tb *ExceptionType) *Error {
	if err == nil {
		return nil
	}
	return err.Type.New(err.Args...).From(tb.New("\n\"\"\"\n" + err.Traceback() + "\"\"\""))
}

// Pool states, as multiprocessing.pool names them.
const (
	poolRunning int32 = iota
	poolClosed
	poolTerminated
)

// Pool is multiprocessing.Pool: N worker processes pulling tasks FIFO
// from one queue. Each worker is a goroutine with its own process identity
// (ForkPoolWorker-N) and gevent hub, so CPU-bound tasks use every core.
type Pool struct {
	state   atomic.Int32
	queue   *taskQueue
	workers int
	live    atomic.Int64
	exited  sync.WaitGroup

	// Callbacks run one at a time in the result-handler thread, as in
	// CPython, started on the first task that has one.
	handlerName  string
	handlerQueue *taskQueue
	handlerOnce  sync.Once
	handler      *Thread
	parent       *process

	// maxTasks is maxtasksperchild: a worker that has run this many tasks
	// exits and a new worker process takes its place; 0 means never.
	maxTasks    int
	initializer func()
}

// NewPool is multiprocessing.Pool(processes); generated code passes
// CPUCount() for None. Like CPython's it takes three thread numbers for
// its handler threads, so a later Thread is named as CPython names it.
func NewPool(processes int) *Pool {
	return NewPoolInit(processes, nil)
}

// NewPoolInit is Pool(processes, initializer): each worker runs
// initializer (a closure over initargs) once before its first task, so
// per-process setup of ProcessVar globals works as in CPython. A worker
// whose initializer raises reports it as CPython's child does and exits.
func NewPoolInit(processes int, initializer func()) *Pool {
	return newPool(processes, initializer, 0)
}

// NewPoolMax is Pool(processes, initializer, maxtasksperchild=maxTasks):
// a worker exits after maxTasks tasks (a map's chunk counts as one) and
// a fresh worker process replaces it, with new globals, its initializer
// run again and a new name and pid, as CPython's pool maintains itself.
// initializer may be nil.
func NewPoolMax(processes int, initializer func(), maxTasks int) *Pool {
	if maxTasks <= 0 {
		panic(ValueError.New("maxtasksperchild must be a positive int or None"))
	}
	return newPool(processes, initializer, maxTasks)
}

// newPool makes a pool; maxTasks 0 is maxtasksperchild=None (workers
// live as long as the pool).
func newPool(processes int, initializer func(), maxTasks int) *Pool {
	if processes < 1 {
		panic(ValueError.New("Number of processes must be at least 1"))
	}
	n := threadCounter.Add(3)
	p := &Pool{queue: newTaskQueue(), workers: processes, handlerQueue: newTaskQueue(),
		handlerName: "Thread-" + strconv.FormatInt(n, 10) + " (_handle_results)", parent: current().proc,
		maxTasks: maxTasks, initializer: initializer}
	p.live.Store(int64(processes))
	for i := 0; i < processes; i++ {
		p.startWorker()
	}
	return p
}

// startWorker starts one worker process of the pool.
func (p *Pool) startWorker() {
	c := newChildOf(p.parent, "ForkPoolWorker")
	p.exited.Add(1)
	goWith(c, func() { p.work(c.proc.name) })
}

// work is a worker process's loop. The last worker to exit lets the
// result handler finish; one that retires after maxTasks tasks hands its
// place to a new worker first, unless no task can come any more (CPython
// stops replacing workers then too).
func (p *Pool) work(name string) {
	retired := false
	defer func() {
		if retired && p.state.Load() != poolTerminated && !p.queue.drained() {
			p.startWorker() // takes over this worker's count in live
		} else if p.live.Add(-1) == 0 {
			p.handlerQueue.close(false)
		}
		p.exited.Done()
	}()
	if p.initializer != nil {
		if err := Catch(p.initializer); err != nil {
			Stderr.WriteString("Process " + name + ":\n" + err.Traceback())
			return
		}
	}
	for done := 0; p.maxTasks == 0 || done < p.maxTasks; done++ {
		task, ok := p.queue.get()
		if !ok {
			return
		}
		task.run(nil)
	}
	retired = true
}

// handle runs f in the result-handler thread, starting it if needed.
func (p *Pool) handle(f func()) {
	p.handlerOnce.Do(func() {
		p.handler = NewThread(ThreadOptions{Name: p.handlerName, Daemon: true, Target: func() {
			for {
				task, ok := p.handlerQueue.get()
				if !ok {
					return
				}
				task.run(nil)
			}
		}})
		p.handler.startIn(p.parent)
	})
	p.handlerQueue.put(f)
}

// checkRunning raises CPython's error for using a closed pool.
func (p *Pool) checkRunning() {
	if p.state.Load() != poolRunning {
		panic(ValueError.New("Pool not running"))
	}
}

// Close is pool.close(): no more tasks; workers exit when the queue is
// drained.
func (p *Pool) Close() {
	if p.state.CompareAndSwap(poolRunning, poolClosed) {
		p.queue.close(false)
	}
}

// Terminate is pool.terminate(): queued tasks are dropped and results
// still pending never become ready. A task already running cannot be
// stopped; its goroutine finishes in the background and its result is
// discarded.
func (p *Pool) Terminate() {
	if p.state.Swap(poolTerminated) != poolTerminated {
		p.queue.close(true)
		p.handlerQueue.close(true)
	}
}

// Join is pool.join(): after Close it waits until every task is done;
// after Terminate it returns at once, as the killed workers are gone.
func (p *Pool) Join() {
	switch p.state.Load() {
	case poolRunning:
		panic(ValueError.New("Pool is still running"))
	case poolClosed:
		p.exited.Wait()
		p.handlerOnce.Do(func() {}) // no handler can start any more
		if p.handler != nil {
			p.handler.Join()
		}
	}
}

// AsyncResult is multiprocessing.pool.ApplyResult for a task returning T.
type AsyncResult[T any] struct {
	pool          *Pool
	done          chan struct{}
	value         T
	err           *Error
	callback      func(T)
	errorCallback func(*Error)
	// get reads the outcome of the result this one views (AnyAsyncResult).
	get func() (T, *Error)
}

// ApplyAsync is pool.apply_async(f): f runs in a worker; an exception
// nobody fetches with Get is dropped silently, as in CPython.
func ApplyAsync[T any](p *Pool, f func() T) *AsyncResult[T] {
	return ApplyAsyncWith(p, f, nil, nil)
}

// ApplyAsyncWith is apply_async(f, callback=..., error_callback=...): one
// of the callbacks (nil for none) runs in the pool's result-handler
// thread before the result becomes ready.
func ApplyAsyncWith[T any](p *Pool, f func() T, callback func(T), errorCallback func(*Error)) *AsyncResult[T] {
	p.checkRunning()
	r := newAsyncResult[T](p, callback, errorCallback)
	p.queue.put(func() {
		var v T
		err := Catch(func() { v = f() })
		r.complete(v, err)
	})
	return r
}

// Apply is pool.apply(f): run f in a worker and wait for its result.
func Apply[T any](p *Pool, f func() T) T {
	return ApplyAsync(p, f).Get()
}

// newAsyncResult makes a pending result of pool p.
func newAsyncResult[T any](p *Pool, callback func(T), errorCallback func(*Error)) *AsyncResult[T] {
	return &AsyncResult[T]{pool: p, done: make(chan struct{}), callback: callback, errorCallback: errorCallback}
}

// complete stores the outcome and, through the result handler when there
// is a callback to run first, makes the result ready. Results of a
// terminated pool never become ready.
func (r *AsyncResult[T]) complete(v T, err *Error) {
	if r.pool.state.Load() == poolTerminated {
		return
	}
	err = remoteError(err, poolRemoteTraceback)
	r.value, r.err = v, err
	if (err == nil && r.callback == nil) || (err != nil && r.errorCallback == nil) {
		close(r.done)
		return
	}
	r.pool.handle(func() {
		if err == nil {
			r.callback(v)
		} else {
			r.errorCallback(err)
		}
		close(r.done)
	})
}

// Get is AsyncResult.get(): the task's value, or its exception re-raised
// in the caller.
func (r *AsyncResult[T]) Get() T {
	return r.GetTimeout(NoTimeout)
}

// GetTimeout is AsyncResult.get(timeout): multiprocessing.TimeoutError if
// the task is not done in time.
func (r *AsyncResult[T]) GetTimeout(timeout float64) T {
	if !waitChan(r.done, timeout) {
		panic(MPTimeoutError.New())
	}
	v, err := r.outcome()
	if err != nil {
		panic(err)
	}
	return v
}

// Wait is AsyncResult.wait().
func (r *AsyncResult[T]) Wait() { waitChan(r.done, NoTimeout) }

// WaitTimeout is AsyncResult.wait(timeout); like CPython it returns
// nothing, callers check Ready.
func (r *AsyncResult[T]) WaitTimeout(timeout float64) { waitChan(r.done, timeout) }

// Ready is AsyncResult.ready().
func (r *AsyncResult[T]) Ready() bool {
	select {
	case <-r.done:
		return true
	default:
		return false
	}
}

// Successful is AsyncResult.successful(); asking before the task is done
// is a ValueError in CPython.
func (r *AsyncResult[T]) Successful() bool {
	if !r.Ready() {
		panic(ValueError.New(r.PyRepr() + " not ready"))
	}
	_, err := r.outcome()
	return err == nil
}

// PyTypeName is type(result).__name__.
func (r *AsyncResult[T]) PyTypeName() string { return "ApplyResult" }

// PyRepr is repr(result), "<multiprocessing.pool.ApplyResult object at
// 0x...>".
func (r *AsyncResult[T]) PyRepr() string {
	return fmt.Sprintf("<multiprocessing.pool.ApplyResult object at %p>", r)
}
