package runtime

import (
	"strconv"
	"sync"
)

// ConditionLock is what a Condition can wrap: a *Lock or an *RLock (the
// unexported methods keep it to those two).
type ConditionLock interface {
	Acquire() bool
	AcquireTimeout(blocking bool, timeout float64) bool
	Release()
	// owned reports whether the caller holds the lock, as _is_owned does.
	owned() bool
	// releaseAll fully releases the lock for a wait and returns what
	// restore needs to take it back in the same state.
	releaseAll() int
	restore(count int)
}

func (l *Lock) owned() bool {
	if l.AcquireTimeout(false, NoTimeout) {
		l.Release()
		return false
	}
	return true
}

func (l *Lock) releaseAll() int { l.Release(); return 1 }
func (l *Lock) restore(int)     { l.Acquire() }

func (r *RLock) owned() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.owner == current() && r.count > 0
}

func (r *RLock) releaseAll() int {
	r.mu.Lock()
	n := r.count
	r.owner, r.count = nil, 0
	r.mu.Unlock()
	r.lock.Release()
	return n
}

func (r *RLock) restore(n int) {
	r.lock.Acquire()
	r.mu.Lock()
	r.owner, r.count = current(), n
	r.mu.Unlock()
}

// Condition is threading.Condition: threads wait on it, holding its lock,
// until another notifies them. Waiters are woken in the order they came.
type Condition struct {
	lock    ConditionLock
	mu      sync.Mutex
	waiters []chan struct{}
}

// NewCondition is threading.Condition(lock) for a *Lock or *RLock; nil
// means a new RLock, CPython's default.
func NewCondition(lock ConditionLock) *Condition {
	if lock == nil {
		lock = NewRLock()
	}
	return &Condition{lock: lock}
}

// Acquire takes the condition's lock (`with cond:`).
func (c *Condition) Acquire() bool { return c.lock.Acquire() }

// AcquireTimeout is cond.acquire(blocking, timeout), the underlying
// lock's acquire with its arguments and errors.
func (c *Condition) AcquireTimeout(blocking bool, timeout float64) bool {
	return c.lock.AcquireTimeout(blocking, timeout)
}

// Release releases the condition's lock.
func (c *Condition) Release() { c.lock.Release() }

// Wait is cond.wait(): release the lock, sleep until notified, take the
// lock back. It returns True.
func (c *Condition) Wait() bool { return c.WaitTimeout(NoTimeout) }

// WaitTimeout is cond.wait(timeout): whether it was notified before the
// timeout.
func (c *Condition) WaitTimeout(timeout float64) bool {
	if !c.lock.owned() {
		panic(RuntimeError.New("cannot wait on un-acquired lock"))
	}
	ch := make(chan struct{}, 1)
	c.mu.Lock()
	c.waiters = append(c.waiters, ch)
	c.mu.Unlock()
	saved := c.lock.releaseAll()
	defer c.lock.restore(saved)
	if waitChan(ch, timeout) {
		return true
	}
	return !c.forget(ch)
}

// forget removes a timed-out waiter and reports whether it was still
// waiting (false means a notify raced with the timeout and won).
func (c *Condition) forget(ch chan struct{}) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, w := range c.waiters {
		if w == ch {
			c.waiters = append(c.waiters[:i], c.waiters[i+1:]...)
			return true
		}
	}
	return false
}

// WaitFor is cond.wait_for(predicate, timeout): wait until the predicate
// holds or the timeout passes, and return its last value.
func (c *Condition) WaitFor(pred func() bool, timeout float64) bool {
	deadline := deadlineFor(timeout)
	for {
		if ok := pred(); ok {
			return true
		}
		left := remaining(deadline)
		if left == 0 {
			return false
		}
		c.WaitTimeout(left)
	}
}

// Notify is cond.notify(n): wake up to n waiters, oldest first.
func (c *Condition) Notify(n int) {
	if !c.lock.owned() {
		panic(RuntimeError.New("cannot notify on un-acquired lock"))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for ; n > 0 && len(c.waiters) > 0; n-- {
		c.waiters[0] <- struct{}{}
		c.waiters = c.waiters[1:]
	}
}

// NotifyAll is cond.notify_all().
func (c *Condition) NotifyAll() {
	c.mu.Lock()
	n := len(c.waiters)
	c.mu.Unlock()
	c.Notify(n)
}

// Semaphore is threading.Semaphore and, with a bound, BoundedSemaphore.
type Semaphore struct {
	mu      sync.Mutex
	value   int
	bound   int           // 0 for an unbounded Semaphore
	changed chan struct{} // closed and replaced on every release
}

// NewSemaphore is threading.Semaphore(value); releasing more than
// acquired is allowed, as in CPython.
func NewSemaphore(value int) *Semaphore {
	if value < 0 {
		panic(ValueError.New("semaphore initial value must be >= 0"))
	}
	return &Semaphore{value: value, changed: make(chan struct{})}
}

// NewBoundedSemaphore is threading.BoundedSemaphore(value): releasing
// above the initial value is a ValueError.
func NewBoundedSemaphore(value int) *Semaphore {
	s := NewSemaphore(value)
	s.bound = value
	return s
}

// Acquire is sem.acquire(): wait for a free slot and return True.
func (s *Semaphore) Acquire() bool { return s.AcquireTimeout(true, NoTimeout) }

// AcquireTimeout is sem.acquire(blocking, timeout), NoTimeout standing
// for timeout=None, the default.
func (s *Semaphore) AcquireTimeout(blocking bool, timeout float64) bool {
	// threading.Semaphore is written in Python: its message differs from
	// Lock's.
	if !blocking && timeout != NoTimeout {
		panic(ValueError.New("can't specify timeout for non-blocking acquire"))
	}
	if timeout < 0 && timeout != NoTimeout {
		timeout = 0
	}
	return s.acquire(blocking, timeout)
}

// AcquireWithin is sem.acquire(blocking, timeout) with a timeout given as
// a number: unlike Lock's, Semaphore's timeout has no -1 for "forever"
// (None is), and a negative one, -1 included, just means no wait.
func (s *Semaphore) AcquireWithin(blocking bool, timeout float64) bool {
	if !blocking {
		panic(ValueError.New("can't specify timeout for non-blocking acquire"))
	}
	return s.acquire(blocking, max(timeout, 0))
}

// acquire waits up to timeout (NoTimeout: forever) for a free slot.
func (s *Semaphore) acquire(blocking bool, timeout float64) bool {
	deadline := deadlineFor(timeout)
	for {
		s.mu.Lock()
		if s.value > 0 {
			s.value--
			s.mu.Unlock()
			return true
		}
		changed := s.changed
		s.mu.Unlock()
		if !blocking || !waitChan(changed, remaining(deadline)) {
			return false
		}
	}
}

// Release is sem.release().
func (s *Semaphore) Release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bound > 0 && s.value >= s.bound {
		panic(ValueError.New("Semaphore released too many times"))
	}
	s.value++
	close(s.changed)
	s.changed = make(chan struct{})
}

// Barrier is threading.Barrier: parties threads wait until all have
// arrived; the action runs in the last one to arrive.
type Barrier struct {
	parties int
	action  func()
	timeout float64

	mu     sync.Mutex
	count  int
	broken bool
	round  *barrierRound
}

// barrierRound is one filling of the barrier; its waiters learn from it
// whether it completed or broke.
type barrierRound struct {
	done   chan struct{}
	broken bool
}

// NewBarrier is threading.Barrier(parties, action, timeout); action may be
// nil and timeout NoTimeout.
func NewBarrier(parties int, action func(), timeout float64) *Barrier {
	return &Barrier{parties: parties, action: action, timeout: timeout, round: &barrierRound{done: make(chan struct{})}}
}

// Wait is barrier.wait(): it returns the arrival index, 0 for the first.
func (b *Barrier) Wait() int { return b.WaitTimeout(b.timeout) }

// WaitTimeout is barrier.wait(timeout): when the timeout passes the
// barrier breaks and every waiter gets BrokenBarrierError.
func (b *Barrier) WaitTimeout(timeout float64) int {
	b.mu.Lock()
	if b.broken {
		b.mu.Unlock()
		panic(BrokenBarrierError.New())
	}
	index, r := b.count, b.round
	b.count++
	last := b.count == b.parties
	b.mu.Unlock()
	if last {
		b.runAction()
		b.mu.Lock()
		b.count = 0
		b.round = &barrierRound{done: make(chan struct{})}
		close(r.done)
		b.mu.Unlock()
		return index
	}
	if !waitChan(r.done, timeout) {
		b.Abort()
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if r.broken {
		panic(BrokenBarrierError.New())
	}
	return index
}

// runAction runs the action; if it raises, the barrier breaks and the
// exception goes on in the last thread.
func (b *Barrier) runAction() {
	if b.action == nil {
		return
	}
	if err := Catch(b.action); err != nil {
		b.Abort()
		panic(err)
	}
}

// Abort is barrier.abort(): waiting and later threads get
// BrokenBarrierError until Reset.
func (b *Barrier) Abort() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.broken {
		b.broken = true
		b.round.broken = true
		close(b.round.done)
	}
}

// Reset is barrier.reset(): the barrier is usable again; threads still
// waiting get BrokenBarrierError.
func (b *Barrier) Reset() {
	b.Abort()
	b.mu.Lock()
	defer b.mu.Unlock()
	b.broken, b.count = false, 0
	b.round = &barrierRound{done: make(chan struct{})}
}

// Broken is barrier.broken.
func (b *Barrier) Broken() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.broken
}

// Parties is barrier.parties.
func (b *Barrier) Parties() int { return b.parties }

// Timer is threading.Timer: a Thread that calls f after a delay unless
// cancelled first.
type Timer struct {
	*Thread
	cancelled *Event
}

// NewTimer is threading.Timer(interval, f); its name is "Thread-N" with
// no target suffix, as CPython's.
func NewTimer(interval float64, f func()) *Timer {
	t := &Timer{cancelled: NewEvent()}
	name := "Thread-" + strconv.FormatInt(threadCounter.Add(1), 10)
	t.Thread = NewThread(ThreadOptions{Name: name, Target: func() {
		if !t.cancelled.WaitTimeout(interval) {
			f()
		}
	}})
	return t
}

// Cancel is timer.cancel(): f will not run if it has not yet.
func (t *Timer) Cancel() { t.cancelled.Set() }
