package runtime

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
// thread_name_prefix, initializer, initargs). As in CPython, only an
// executor without a prefix takes a number for its workers' names.
func NewThreadPoolExecutorOpts(o ExecutorOptions) *Executor {
	if o.MaxWorkers == 0 {
		o.MaxWorkers = min(32, CPUCount()+4)
	}
	e := &Executor{max: o.MaxWorkers, prefix: o.NamePrefix, initializer: o.Initializer}
	if e.prefix == "" {
		e.id = executorCounter.Add(1) - 1
	}
	return newExecutor(e)
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

// cancelPending cancels the future if it has not started, and reports
// whether it is cancelled.
func (c *futureCore) cancelPending() bool {
	mu := c.lock()
	mu.Lock()
	if !c.transition(statePending, stateCancelled) {
		mu.Unlock()
		return c.load() == stateCancelled
	}
	cbs := c.releaseLocked()
	mu.Unlock()
	for _, cb := range cbs {
		cb()
	}
	return true
}

// WaitTuple is concurrent.futures.wait as the (done, not_done) pair a
// Python program unpacks.
func WaitTuple[T any](fs []*Future[T], timeout float64, returnWhen string) Tuple {
	done, notDone := Wait(fs, timeout, returnWhen)
	return Tuple{done, notDone}
}

// MaxWorkers checks an explicit max_workers as both executors do; None
// is passed as 0 without this check and picks the default.
func MaxWorkers(n int) int {
	if n <= 0 {
		panic(ValueError.New("max_workers must be greater than 0"))
	}
	return n
}
