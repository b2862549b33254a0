package runtime

import (
	"sync"
	"sync/atomic"
)

// Lock is threading.Lock: not reentrant, and releasable by any thread, as
// in CPython.
//
// The lock is a sync.Mutex and nothing else on the fast path (Go's mutex,
// too, may be unlocked by a goroutine other than the one that locked it),
// so `with lock:` costs what a Go programmer's Lock/Unlock costs,
// contended or not, plus one flag: held, which Release clears with a
// compare-and-swap before it unlocks, so that of two threads releasing the
// same lock at once exactly one unlocks it and the other gets CPython's
// RuntimeError (Go's Unlock of an unlocked mutex would be a fatal error).
//
// A wait that must be able to give up or yield (a timeout, or greenlets
// of a monkey-patched process) cannot block in the mutex: it registers in
// timed and sleeps on a channel that the next release closes, then tries
// again.
type Lock struct {
	mu    sync.Mutex
	held  atomic.Bool  // set by whoever locks mu, cleared by Release
	timed atomic.Int32 // acquires waiting on released

	wmu      sync.Mutex
	released chan struct{} // closed by a release while timed > 0; made on demand
}

// NewLock is threading.Lock().
func NewLock() *Lock {
	return &Lock{}
}

// Acquire is lock.acquire(): it blocks until the lock is free and returns
// True, which `with lock:` and `if lock.acquire():` both use.
func (l *Lock) Acquire() bool {
	if anyPatched.Load() {
		return l.AcquireTimeout(true, NoTimeout)
	}
	l.mu.Lock()
	l.held.Store(true)
	return true
}

// AcquireTimeout is lock.acquire(blocking, timeout): it reports whether
// the lock was taken before the timeout (NoTimeout waits forever).
func (l *Lock) AcquireTimeout(blocking bool, timeout float64) bool {
	checkAcquireArgs(blocking, timeout)
	if l.mu.TryLock() {
		l.held.Store(true)
		return true
	}
	if !blocking {
		return false
	}
	if timeout < 0 && !anyPatched.Load() {
		l.mu.Lock()
		l.held.Store(true)
		return true
	}
	deadline := deadlineFor(timeout)
	for {
		// Registering before trying again means a release either sees
		// this waiter or happened before the TryLock, which then wins
		// unless another acquire did (and its release will wake us).
		l.timed.Add(1)
		ch := l.releasedChan()
		got := l.mu.TryLock()
		ok := got || waitChan(ch, remaining(deadline))
		l.timed.Add(-1)
		if got {
			l.held.Store(true)
			return true
		}
		if !ok {
			return false
		}
	}
}

// releasedChan returns the channel the next release closes.
func (l *Lock) releasedChan() <-chan struct{} {
	l.wmu.Lock()
	defer l.wmu.Unlock()
	if l.released == nil {
		l.released = make(chan struct{})
	}
	return l.released
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
	if !l.held.CompareAndSwap(true, false) {
		panic(RuntimeError.New("release unlocked lock"))
	}
	l.mu.Unlock()
	if l.timed.Load() > 0 {
		l.wakeTimed()
	}
}

// wakeTimed wakes the acquires waiting with a timeout or in a greenlet, so
// they try again.
func (l *Lock) wakeTimed() {
	l.wmu.Lock()
	defer l.wmu.Unlock()
	if l.released != nil {
		close(l.released)
		l.released = nil
	}
}

// Locked is lock.locked().
func (l *Lock) Locked() bool {
	if l.mu.TryLock() {
		l.mu.Unlock()
		return false
	}
	return true
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
