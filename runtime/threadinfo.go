package runtime

import "sync/atomic"

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

// nextIdent hands out thread identifiers; CPython's are addresses, so
// programs only compare and print them, and large numbers look alike.
var nextIdent atomic.Int64

// mainIdent is the main thread's identifier.
const mainIdent = 139_700_000_000_000

func init() { nextIdent.Store(mainIdent) }

// Ident is thread.ident: None until the thread starts, then a number
// no other thread of the program has.
func (t *Thread) Ident() Object {
	if t == mainThread {
		return mainIdent
	}
	if id := t.ident.Load(); id != 0 {
		return int(id)
	}
	return nil
}

// GetIdent is threading.get_ident(): the calling thread's ident.
func GetIdent() int { return ToInt(CurrentThread().Ident()) }

// MainThread is threading.main_thread().
func MainThread() *Thread { return mainThread }

// WaitFor is cond.wait_for(predicate, timeout) for a predicate of any
// type: it waits until the predicate's value is true or the timeout (a
// total) passes, and returns that last value, as CPython does.
func WaitFor[T any](c *Condition, pred func() T, timeout float64) T {
	var last T
	c.WaitFor(func() bool {
		last = pred()
		return Truthy(last)
	}, timeout)
	return last
}

// ReleaseN is sem.release(n): n waiters may go on.
func (s *Semaphore) ReleaseN(n int) {
	if n < 1 {
		panic(ValueError.New("n must be one or more"))
	}
	for ; n > 0; n-- {
		s.Release()
	}
}

// Value is sem._value, which scripts print to show the counter.
func (s *Semaphore) Value() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.value
}

// NWaiting is barrier.n_waiting: the threads waiting in the current
// round.
func (b *Barrier) NWaiting() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.count
}

// SetRun is a Thread subclass overriding run(): the thread runs the
// subclass's method instead of a target.
func (t *Thread) SetRun(run func()) { t.target = run }
