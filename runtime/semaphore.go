package runtime

import (
	"strconv"
	"sync"
	"time"
)

// waitSignal is a broadcast for goroutines waiting on state guarded by a
// mutex: wait releases the mutex until the next fire or a deadline. Unlike
// sync.Cond it supports timeouts, which every threading primitive needs.
type waitSignal struct {
	ch chan struct{}
}

// fire wakes every waiter; the guarding mutex is held.
func (s *waitSignal) fire() {
	if s.ch != nil {
		close(s.ch)
		s.ch = nil
	}
}

// wait releases mu until the next fire or until deadline passes (zero:
// no deadline), then takes mu again; false means the deadline passed.
func (s *waitSignal) wait(mu sync.Locker, deadline time.Time) bool {
	if s.ch == nil {
		s.ch = make(chan struct{})
	}
	ch := s.ch
	mu.Unlock()
	defer mu.Lock()
	if deadline.IsZero() {
		<-ch
		return true
	}
	t := time.NewTimer(time.Until(deadline))
	defer t.Stop()
	select {
	case <-ch:
		return true
	case <-t.C:
		return false
	}
}

// deadlineOf turns a Python timeout in seconds into a deadline; NoTimeout
// (None) gives the zero time, which waits forever.
func deadlineOf(timeout float64) time.Time {
	if timeout == NoTimeout {
		return time.Time{}
	}
	return time.Now().Add(seconds(max(timeout, 0)))
}

// Semaphore is threading.Semaphore and BoundedSemaphore: a counter that
// acquire decrements, waiting while it is zero.
type Semaphore struct {
	mu      sync.Mutex
	value   int
	bound   int // the initial value of a BoundedSemaphore, -1 otherwise
	changed waitSignal
}

// NewSemaphore is threading.Semaphore(value).
func NewSemaphore(value int) *Semaphore {
	if value < 0 {
		panic(ValueError.New("semaphore initial value must be >= 0"))
	}
	return &Semaphore{value: value, bound: -1}
}

// NewBoundedSemaphore is threading.BoundedSemaphore(value): releasing it
// above its initial value is a ValueError.
func NewBoundedSemaphore(value int) *Semaphore {
	s := NewSemaphore(value)
	s.bound = value
	return s
}

// Acquire is sem.acquire(): it waits until the counter is positive, and
// returns True.
func (s *Semaphore) Acquire() bool { return s.AcquireTimeout(true, NoTimeout) }

// AcquireTimeout is sem.acquire(blocking, timeout): whether the semaphore
// was taken.
func (s *Semaphore) AcquireTimeout(blocking bool, timeout float64) bool {
	if !blocking && timeout != NoTimeout {
		panic(ValueError.New("can't specify timeout for non-blocking acquire"))
	}
	deadline := deadlineOf(timeout)
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.value == 0 {
		if !blocking || !s.changed.wait(&s.mu, deadline) {
			return false
		}
	}
	s.value--
	return true
}

// Release is sem.release(): one waiter may go on.
func (s *Semaphore) Release() { s.ReleaseN(1) }

// ReleaseN is sem.release(n).
func (s *Semaphore) ReleaseN(n int) {
	if n < 1 {
		panic(ValueError.New("n must be one or more"))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bound >= 0 && s.value+n > s.bound {
		panic(ValueError.New("Semaphore released too many times"))
	}
	s.value += n
	s.changed.fire()
}

// Value is sem._value, which scripts print to show the counter.
func (s *Semaphore) Value() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.value
}

// PyRepr is repr(sem) without the address CPython shows.
func (s *Semaphore) PyRepr() string {
	kind := "Semaphore"
	if s.bound >= 0 {
		kind = "BoundedSemaphore"
	}
	return "<threading." + kind + " value=" + strconv.Itoa(s.Value()) + ">"
}
