package runtime

// CurrentProcess is multiprocessing.current_process(): a Process value
// that stands for the calling process (MainProcess, ForkPoolWorker-N,
// Process-N), started and not a daemon, so its name and is_alive()
// read as CPython's do.
func CurrentProcess() *Process {
	p := &Process{name: CurrentProcessName(), done: make(chan struct{})}
	p.started.Store(true)
	return p
}
