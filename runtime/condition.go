package runtime

import (
	"sync"
	"time"
)

// condLock is the lock under a Condition: CPython's Condition borrows its
// lock's _is_owned, _release_save and _acquire_restore, so that waiting
// releases an RLock fully however often its owner took it.
type condLock interface {
	Acquire() bool
	AcquireTimeout(blocking bool, timeout float64) bool
	Release()
	isOwned() bool
	releaseSave() int
	acquireRestore(count int)
}

// isOwned is Lock's ownership test in Condition: a plain lock has no
// owner, so CPython accepts any holder.
func (l *Lock) isOwned() bool { return l.Locked() }

// releaseSave releases the lock for a wait.
func (l *Lock) releaseSave() int { l.Release(); return 1 }

// acquireRestore takes the lock back after a wait.
func (l *Lock) acquireRestore(int) { l.Acquire() }

// isOwned reports whether the caller holds the RLock.
func (r *RLock) isOwned() bool {
	me := current()
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.owner == me && r.count > 0
}

// releaseSave releases the RLock however deep the owner holds it and
// returns that depth.
func (r *RLock) releaseSave() int {
	r.mu.Lock()
	count := r.count
	r.owner, r.count = nil, 0
	r.mu.Unlock()
	r.lock.Release()
	return count
}

// acquireRestore takes the RLock back at the depth releaseSave returned.
func (r *RLock) acquireRestore(count int) {
	r.lock.Acquire()
	me := current()
	r.mu.Lock()
	r.owner, r.count = me, count
	r.mu.Unlock()
}

// Condition is threading.Condition: threads wait on it, holding its lock,
// until another thread notifies them.
type Condition struct {
	lock condLock

	mu      sync.Mutex
	waiters []chan struct{}
}

// NewCondition is threading.Condition(lock); a nil lock makes an RLock,
// as CPython does.
func NewCondition(lock condLock) *Condition {
	if lock == nil {
		lock = NewRLock()
	}
	return &Condition{lock: lock}
}

// Acquire is cond.acquire().
func (c *Condition) Acquire() bool { return c.lock.Acquire() }

// AcquireTimeout is cond.acquire(blocking, timeout).
func (c *Condition) AcquireTimeout(blocking bool, timeout float64) bool {
	return c.lock.AcquireTimeout(blocking, timeout)
}

// Release is cond.release().
func (c *Condition) Release() { c.lock.Release() }

// Wait is cond.wait(timeout): it releases the lock, waits for a notify or
// the timeout (NoTimeout: none), takes the lock back and reports whether
// it was notified.
func (c *Condition) Wait(timeout float64) bool {
	if !c.lock.isOwned() {
		panic(RuntimeError.New("cannot wait on un-acquired lock"))
	}
	w := make(chan struct{}, 1)
	c.mu.Lock()
	c.waiters = append(c.waiters, w)
	c.mu.Unlock()
	saved := c.lock.releaseSave()
	defer c.lock.acquireRestore(saved)
	if waitChan(w, timeout) {
		return true
	}
	return !c.removeWaiter(w)
}

// removeWaiter forgets a waiter that timed out; false means a notify
// reached it meanwhile.
func (c *Condition) removeWaiter(w chan struct{}) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, x := range c.waiters {
		if x == w {
			c.waiters = append(c.waiters[:i], c.waiters[i+1:]...)
			return true
		}
	}
	return false
}

// Notify is cond.notify(n): the n longest waiting threads wake up.
func (c *Condition) Notify(n int) {
	if !c.lock.isOwned() {
		panic(RuntimeError.New("cannot notify on un-acquired lock"))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for ; n > 0 && len(c.waiters) > 0; n-- {
		close(c.waiters[0])
		c.waiters = c.waiters[1:]
	}
}

// NotifyAll is cond.notify_all().
func (c *Condition) NotifyAll() {
	c.mu.Lock()
	n := len(c.waiters)
	c.mu.Unlock()
	c.Notify(max(n, 1))
}

// WaitFor is cond.wait_for(predicate, timeout): it waits until the
// predicate is true or the timeout (a total) passes, and returns the
// predicate's last value.
func WaitFor[T any](c *Condition, pred func() T, timeout float64) T {
	var deadline time.Time
	result := pred()
	for !Truthy(result) {
		wait := timeout
		if timeout != NoTimeout {
			if deadline.IsZero() {
				deadline = time.Now().Add(seconds(timeout))
			} else if wait = time.Until(deadline).Seconds(); wait <= 0 {
				break
			}
		}
		c.Wait(wait)
		result = pred()
	}
	return result
}
