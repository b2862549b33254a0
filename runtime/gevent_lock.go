package runtime

import (
	"sync"
	"time"
)

// gevent.lock's semaphores and gevent.queue.JoinableQueue's accounting:
// waiting on them yields to the other greenlets of the thread.

// GeventSemaphore is gevent.lock.Semaphore and BoundedSemaphore.
type GeventSemaphore struct {
	mu      sync.Mutex
	value   int
	bound   int // the initial value of a BoundedSemaphore; -1 for none
	waiters []waiter
}

// NewGeventSemaphore is gevent.lock.Semaphore(value).
func NewGeventSemaphore(value int) *GeventSemaphore {
	if value < 0 {
		panic(ValueError.New("semaphore initial value must be >= 0"))
	}
	return &GeventSemaphore{value: value, bound: -1}
}

// NewGeventBoundedSemaphore is gevent.lock.BoundedSemaphore(value):
// releasing it more often than it was acquired raises ValueError.
func NewGeventBoundedSemaphore(value int) *GeventSemaphore {
	s := NewGeventSemaphore(value)
	s.bound = value
	return s
}

// Acquire is sem.acquire(): yield until the counter is positive, then
// decrement it; True.
func (s *GeventSemaphore) Acquire() bool { return s.AcquireTimeout(true, NoTimeout) }

// AcquireTimeout is sem.acquire(blocking, timeout): whether the
// semaphore was acquired.
func (s *GeventSemaphore) AcquireTimeout(blocking bool, timeout float64) bool {
	deadline := hubDeadline(timeout)
	for {
		s.mu.Lock()
		if s.value > 0 {
			s.value--
			s.mu.Unlock()
			return true
		}
		if !blocking {
			s.mu.Unlock()
			return false
		}
		h, self := currentGlet()
		h.mu.Lock()
		s.waiters = append(s.waiters, waiter{self, self.parkNo + 1})
		h.mu.Unlock()
		s.mu.Unlock()
		why := h.park(self, deadline, false)
		wakeCheck(h, self, why)
		if why == wakeTimeout {
			return false
		}
	}
}

// Release is sem.release(): the counter goes up and the oldest waiter
// wakes.
func (s *GeventSemaphore) Release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bound >= 0 && s.value >= s.bound {
		panic(ValueError.New("Semaphore released too many times"))
	}
	s.value++
	wakeOne(&s.waiters)
}

// Locked is sem.locked(): whether acquire would have to wait.
func (s *GeventSemaphore) Locked() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.value <= 0
}

// Counter is sem.counter: the current value.
func (s *GeventSemaphore) Counter() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.value
}

// Exit is the end of `with sem:`: the semaphore is released.
func (s *GeventSemaphore) Exit() { s.Release() }

// TaskDone is q.task_done() of a JoinableQueue: one item fewer is
// unfinished; at none, join() returns.
func (q *GeventQueue[T]) TaskDone() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.unfinished <= 0 {
		panic(ValueError.New("task_done() called too many times"))
	}
	q.unfinished--
	if q.unfinished == 0 {
		for len(q.joiners) > 0 {
			wakeOne(&q.joiners)
		}
	}
}

// Join is q.join() of a JoinableQueue: yield until every item put has
// been marked done.
func (q *GeventQueue[T]) Join() {
	for {
		q.mu.Lock()
		if q.unfinished == 0 {
			q.mu.Unlock()
			return
		}
		q.parkOn(&q.joiners, time.Time{})
	}
}
