package runtime

// mainThread is threading.main_thread(): the program's own thread, which
// is never started by the program and never ends before it does.
var mainThread = func() *Thread {
	t := &Thread{name: "MainThread", proc: mainProcess, done: make(chan struct{})}
	t.started.Store(true)
	return t
}()

// CurrentThread is threading.current_thread(): the Thread running the
// caller, or the main thread.
func CurrentThread() *Thread {
	if t := current().thread; t != nil {
		return t
	}
	return mainThread
}

// MainThread is threading.main_thread().
func MainThread() *Thread { return mainThread }
