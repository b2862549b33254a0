package runtime

import (
	"fmt"
	"sync"
	"sync/atomic"
)

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
	exited  sync.WaitGroup
}

// NewPool is multiprocessing.Pool(processes); generated code passes
// CPUCount() for None.
func NewPool(processes int) *Pool {
	if processes < 1 {
		panic(ValueError.New("Number of processes must be at least 1"))
	}
	p := &Pool{queue: newTaskQueue(), workers: processes}
	p.exited.Add(processes)
	for i := 0; i < processes; i++ {
		goWith(newChildProcess("ForkPoolWorker"), p.work)
	}
	return p
}

// work is a worker process's loop.
func (p *Pool) work() {
	defer p.exited.Done()
	for {
		task, ok := p.queue.get()
		if !ok {
			return
		}
		task()
	}
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
	}
}

// AsyncResult is multiprocessing.pool.ApplyResult for a task returning T.
type AsyncResult[T any] struct {
	done  chan struct{}
	value T
	err   *Error
}

// ApplyAsync is pool.apply_async(f): f runs in a worker; an exception
// nobody fetches with Get is dropped silently, as in CPython.
func ApplyAsync[T any](p *Pool, f func() T) *AsyncResult[T] {
	p.checkRunning()
	r := &AsyncResult[T]{done: make(chan struct{})}
	p.queue.put(func() {
		r.err = Catch(func() { r.value = f() })
		if p.state.Load() != poolTerminated {
			close(r.done)
		}
	})
	return r
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
	if r.err != nil {
		panic(r.err)
	}
	return r.value
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
	return r.err == nil
}

// PyRepr is repr(result), "<multiprocessing.pool.ApplyResult object at
// 0x...>".
func (r *AsyncResult[T]) PyRepr() string {
	return fmt.Sprintf("<multiprocessing.pool.ApplyResult object at %p>", r)
}

// PoolMap is pool.map(f, items, chunksize): results in input order. The
// items are cut into chunks (chunksize < 1 picks CPython's default) and
// when chunks fail, the exception of the first failing chunk to finish is
// raised after all chunks are done, as CPython's MapResult does.
func PoolMap[A, R any](p *Pool, f func(A) R, items []A, chunksize int) []R {
	p.checkRunning()
	out := make([]R, len(items))
	if len(items) == 0 {
		return out
	}
	if chunksize < 1 {
		chunksize = defaultChunksize(len(items), p.workers)
	}
	m := &mapRun{done: make(chan struct{})}
	m.left.Store(int64((len(items) + chunksize - 1) / chunksize))
	for lo := 0; lo < len(items); lo += chunksize {
		hi := min(lo+chunksize, len(items))
		p.queue.put(func() {
			m.chunkDone(p, Catch(func() {
				for i := lo; i < hi; i++ {
					out[i] = f(items[i])
				}
			}))
		})
	}
	<-m.done
	if err := m.firstErr.Load(); err != nil {
		panic(err)
	}
	return out
}

// defaultChunksize is Pool.map's chunksize for None: about four chunks
// per worker.
func defaultChunksize(n, workers int) int {
	size := n / (workers * 4)
	if n%(workers*4) != 0 {
		size++
	}
	return size
}

// mapRun tracks the chunks of one PoolMap.
type mapRun struct {
	left     atomic.Int64
	firstErr atomic.Pointer[Error]
	done     chan struct{}
}

// chunkDone records a finished chunk and releases the caller after the
// last one, unless the pool was terminated meanwhile.
func (m *mapRun) chunkDone(p *Pool, err *Error) {
	if err != nil {
		m.firstErr.CompareAndSwap(nil, err)
	}
	if m.left.Add(-1) == 0 && p.state.Load() != poolTerminated {
		close(m.done)
	}
}
