package runtime

import "sync"

// Lock is threading.Lock: not reentrant, and releasable by any thread, as
// in CPython. Waiters wait on a channel closed at the next release, which
// gives timed acquisition and lets greenlets of a patched process yield.
type Lock struct {
	mu       sync.Mutex
	locked   bool
	waiting  int           // goroutines waiting for released
	released chan struct{} // closed and replaced by a release with waiters
}

// NewLock is threading.Lock().
func NewLock() *Lock {
	return &Lock{released: make(chan struct{})}
}

// Acquire is lock.acquire(): it blocks until the lock is free and returns
// True, which `with lock:` and `if lock.acquire():` both use.
func (l *Lock) Acquire() bool {
	return l.AcquireTimeout(true, NoTimeout)
}

// AcquireTimeout is lock.acquire(blocking, timeout): it reports whether
// the lock was taken before the timeout (NoTimeout waits forever).
func (l *Lock) AcquireTimeout(blocking bool, timeout float64) bool {
	checkAcquireArgs(blocking, timeout)
	deadline := deadlineFor(timeout)
	for {
		l.mu.Lock()
		if !l.locked {
			l.locked = true
			l.mu.Unlock()
			return true
		}
		if !blocking {
			l.mu.Unlock()
			return false
		}
		l.waiting++
		released := l.released
		l.mu.Unlock()
		ok := waitChan(released, remaining(deadline))
		l.mu.Lock()
		l.waiting--
		l.mu.Unlock()
		if !ok {
			return false
		}
	}
}

// checkAcquireArgs raises CPython's errors for meaningless argument
// combinations.
func checkAcquireArgs(blocking bool, timeout float64) {
	if !blocking && timeout != NoTimeout {
		panic(ValueError.New("can't specify a timeout for a non-blocking call"))
	}
	if timeout < 0 && timeout != NoTimeout {
		panic(ValueError.New("timeout value must be positive"))
	}
}

// Release is lock.release(); releasing an unlocked lock is a
// RuntimeError.
func (l *Lock) Release() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.locked {
		panic(RuntimeError.New("release unlocked lock"))
	}
	l.locked = false
	if l.waiting > 0 {
		close(l.released)
		l.released = make(chan struct{})
	}
}

// Locked is lock.locked().
func (l *Lock) Locked() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.locked
}

// RLock is threading.RLock: the owning thread may acquire it again, and
// only the owner may release it.
type RLock struct {
	lock  *Lock
	mu    sync.Mutex
	owner *gctx
	count int
}

// NewRLock is threading.RLock().
func NewRLock() *RLock {
	return &RLock{lock: NewLock()}
}

// Acquire is rlock.acquire(): immediate for the owner, blocking for
// others.
func (r *RLock) Acquire() bool {
	return r.AcquireTimeout(true, NoTimeout)
}

// AcquireTimeout is rlock.acquire(blocking, timeout).
func (r *RLock) AcquireTimeout(blocking bool, timeout float64) bool {
	me := current()
	r.mu.Lock()
	if r.owner == me {
		r.count++
		r.mu.Unlock()
		return true
	}
	r.mu.Unlock()
	if !r.lock.AcquireTimeout(blocking, timeout) {
		return false
	}
	r.mu.Lock()
	r.owner, r.count = me, 1
	r.mu.Unlock()
	return true
}

// Release is rlock.release(): a RuntimeError when the caller does not own
// it.
func (r *RLock) Release() {
	me := current()
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.owner != me || r.count == 0 {
		panic(RuntimeError.New("cannot release un-acquired lock"))
	}
	r.count--
	if r.count == 0 {
		r.owner = nil
		r.lock.Release()
	}
}

// Event is threading.Event: a flag threads wait on.
type Event struct {
	mu  sync.Mutex
	set bool
	ch  chan struct{} // closed while set
}

// NewEvent is threading.Event().
func NewEvent() *Event {
	return &Event{ch: make(chan struct{})}
}

// Set is event.set(): it wakes every waiter.
func (e *Event) Set() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.set {
		e.set = true
		close(e.ch)
	}
}

// Clear is event.clear(): later waits block again.
func (e *Event) Clear() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.set {
		e.set = false
		e.ch = make(chan struct{})
	}
}

// IsSet is event.is_set().
func (e *Event) IsSet() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.set
}

// Wait is event.wait(): it blocks until the flag is set and returns True.
func (e *Event) Wait() bool {
	return e.WaitTimeout(NoTimeout)
}

// WaitTimeout is event.wait(timeout): whether the flag was set before the
// timeout passed.
func (e *Event) WaitTimeout(timeout float64) bool {
	e.mu.Lock()
	ch := e.ch
	e.mu.Unlock()
	return waitChan(ch, timeout)
}
