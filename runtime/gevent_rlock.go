package runtime

import "sync"

// GeventRLock is gevent.lock.RLock: a lock the greenlet holding it may
// acquire again; waiting for it yields to the other greenlets.
type GeventRLock struct {
	sem   *GeventSemaphore
	mu    sync.Mutex // guards owner and count across threads' hubs
	owner *glet
	count int
}

// NewGeventRLock is gevent.lock.RLock().
func NewGeventRLock() *GeventRLock { return &GeventRLock{sem: NewGeventSemaphore(1)} }

// Acquire is rlock.acquire().
func (r *GeventRLock) Acquire() Object { return r.AcquireTimeout(true, NoTimeout) }

// AcquireTimeout is rlock.acquire(blocking, timeout): True when it was
// acquired, False when not, and 1 (gevent's answer) when the owner
// acquires it again.
func (r *GeventRLock) AcquireTimeout(blocking bool, timeout float64) Object {
	_, me := currentGlet()
	r.mu.Lock()
	if r.owner == me {
		r.count++
		r.mu.Unlock()
		return 1
	}
	r.mu.Unlock()
	if !r.sem.AcquireTimeout(blocking, timeout) {
		return false
	}
	r.mu.Lock()
	r.owner, r.count = me, 1
	r.mu.Unlock()
	return true
}

// Enter is the start of `with rlock:`.
func (r *GeventRLock) Enter() { r.Acquire() }

// Release is rlock.release(): RuntimeError when the caller does not hold
// it.
func (r *GeventRLock) Release() {
	_, me := currentGlet()
	r.mu.Lock()
	if r.owner != me || r.count == 0 {
		r.mu.Unlock()
		panic(RuntimeError.New("cannot release un-acquired lock"))
	}
	r.count--
	last := r.count == 0
	if last {
		r.owner = nil
	}
	r.mu.Unlock()
	if last {
		r.sem.Release()
	}
}

// Exit is the end of `with rlock:`.
func (r *GeventRLock) Exit() { r.Release() }
