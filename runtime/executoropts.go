package runtime

import (
	"iter"
	"time"
)

// ExecutorOptions are the executor constructors' arguments beyond
// max_workers.
type ExecutorOptions struct {
	// MaxWorkers is max_workers; 0 stands for None.
	MaxWorkers int
	// NamePrefix is thread_name_prefix: workers are named PREFIX_N.
	NamePrefix string
	// Initializer is initializer bound to initargs; each worker runs it
	// before its first task.
	Initializer func()
}

// NewThreadPoolExecutorOpts is ThreadPoolExecutor(max_workers,
// thread_name_prefix, initializer, initargs).
func NewThreadPoolExecutorOpts(o ExecutorOptions) *Executor {
	if o.MaxWorkers == 0 {
		o.MaxWorkers = min(32, CPUCount()+4)
	}
	e := newExecutor(o.MaxWorkers, o.NamePrefix, false)
	e.initializer = o.Initializer
	return e
}

// NewProcessPoolExecutor is ProcessPoolExecutor(max_workers); 0 stands
// for None and picks os.cpu_count(). Its workers are goroutine processes
// named ForkProcess-N, and results are copied out of them.
func NewProcessPoolExecutor(maxWorkers int) *Executor {
	if maxWorkers == 0 {
		maxWorkers = CPUCount()
	}
	return newExecutor(maxWorkers, "", true)
}

// NewProcessPoolExecutorOpts is ProcessPoolExecutor(max_workers,
// initializer=..., initargs=...).
func NewProcessPoolExecutorOpts(o ExecutorOptions) *Executor {
	e := NewProcessPoolExecutor(o.MaxWorkers)
	e.initializer = o.Initializer
	return e
}

// runInitializer runs the executor's initializer in a new worker; an
// exception is reported as CPython's logger does.
func (e *Executor) runInitializer() {
	if e.initializer == nil {
		return
	}
	if err := Catch(e.initializer); err != nil {
		Stdout.Flush()
		Stderr.WriteString("Exception in initializer:\n")
		PrintTraceback(Stderr, err)
	}
}

// ShutdownCancel is executor.shutdown(wait, cancel_futures): with cancel,
// work that has not started is cancelled instead of run.
func (e *Executor) ShutdownCancel(wait, cancel bool) {
	if cancel {
		e.mu.Lock()
		e.shutdown = true
		pending := e.pending
		e.pending = nil
		e.mu.Unlock()
		for _, c := range pending {
			c.cancelPending()
		}
	}
	e.Shutdown(wait)
}

// track remembers a queued future for cancel_futures, dropping futures
// that have started. Called with e.mu held.
func (e *Executor) track(c *futureCore) {
	if len(e.pending) >= 64 {
		kept := e.pending[:0]
		for _, p := range e.pending {
			if state, _ := p.snapshot(); state == statePending {
				kept = append(kept, p)
			}
		}
		clear(e.pending[len(kept):])
		e.pending = kept
	}
	e.pending = append(e.pending, c)
}

// cancelPending cancels the future if it has not started, and reports
// whether it is cancelled.
func (c *futureCore) cancelPending() bool {
	c.mu.Lock()
	switch c.state {
	case stateCancelled:
		c.mu.Unlock()
		return true
	case stateRunning, stateFinished:
		c.mu.Unlock()
		return false
	}
	c.state = stateCancelled
	c.mu.Unlock()
	c.complete(stateCancelled, nil)
	return true
}

// ExecutorMap is executor.map(fn, items, timeout): every item is
// submitted at once, and the results are yielded in input order. The
// timeout is a total from the call; the first exception in input order is
// raised when iteration reaches it, and leaving the loop early cancels
// the work not yet started.
func ExecutorMap[A, R any](e *Executor, fn func(A) R, items iter.Seq[A], timeout float64) iter.Seq[R] {
	deadline := deadlineFor(timeout)
	var fs []*Future[R]
	for a := range items {
		fs = append(fs, Submit(e, func() R { return fn(a) }))
	}
	return func(yield func(R) bool) {
		defer func() {
			for _, f := range fs {
				f.cancelPending()
			}
		}()
		for _, f := range fs {
			var v R
			if deadline.IsZero() {
				v = f.Result()
			} else {
				v = f.ResultTimeout(max(time.Until(deadline).Seconds(), 0))
			}
			if !yield(v) {
				return
			}
		}
	}
}

// WaitTuple is concurrent.futures.wait as the (done, not_done) pair a
// Python program unpacks.
func WaitTuple[T any](fs []*Future[T], timeout float64, returnWhen string) Tuple {
	done, notDone := Wait(fs, timeout, returnWhen)
	return Tuple{done, notDone}
}

// startProcess starts a process-pool worker: a goroutine with a process
// identity of its own (ForkProcess-N). Called with e.mu held.
func (e *Executor) startProcess() {
	e.procs.Add(1)
	goWith(newChildProcess("ForkProcess"), func() {
		defer e.procs.Done()
		e.work()
	})
}

// MaxWorkers checks an explicit max_workers as both executors do; None
// is passed as 0 without this check and picks the default.
func MaxWorkers(n int) int {
	if n <= 0 {
		panic(ValueError.New("max_workers must be greater than 0"))
	}
	return n
}
