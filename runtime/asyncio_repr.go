package runtime

import (
	"fmt"
	"strconv"
)

// How asyncio's objects print: str() of a queue shows its state,
// repr() of a lock, event or semaphore its state after the object's
// address, and type() names CPython's classes.

// PyTypeName is type(q).__name__.
func (q *AsyncQueue) PyTypeName() string {
	switch q.order {
	case lifo:
		return "LifoQueue"
	case priority:
		return "PriorityQueue"
	}
	return "Queue"
}

// format is asyncio.Queue._format(): maxsize, then what is not empty.
func (q *AsyncQueue) format() string {
	s := "maxsize=" + strconv.Itoa(q.maxsize)
	if len(q.items) > 0 {
		s += " _queue=" + Repr(ListFrom(append([]Object(nil), q.items...)))
	}
	if n := q.getters.live(); n > 0 {
		s += " _getters[" + strconv.Itoa(n) + "]"
	}
	if n := q.putters.live(); n > 0 {
		s += " _putters[" + strconv.Itoa(n) + "]"
	}
	if q.unfinished > 0 {
		s += " tasks=" + strconv.Itoa(q.unfinished)
	}
	return s
}

// PyStr is str(q): <Queue maxsize=3 _queue=[1] tasks=1>.
func (q *AsyncQueue) PyStr() string { return "<" + q.PyTypeName() + " " + q.format() + ">" }

// PyRepr is repr(q), which shows the address too.
func (q *AsyncQueue) PyRepr() string {
	return fmt.Sprintf("<%s at %p %s>", q.PyTypeName(), q, q.format())
}

// live counts the waiters still waiting.
func (ws waiters) live() int {
	n := 0
	for _, w := range ws {
		if !w.isDone() {
			n++
		}
	}
	return n
}

// withWaiters adds ", waiters:N" to a primitive's state when some wait.
func withWaiters(state string, ws waiters) string {
	if n := ws.live(); n > 0 {
		state += ", waiters:" + strconv.Itoa(n)
	}
	return state
}

// PyTypeName is type(lock).__name__.
func (l *AsyncLock) PyTypeName() string { return "Lock" }

// PyRepr is repr(lock): <asyncio.locks.Lock object at 0x... [unlocked]>.
func (l *AsyncLock) PyRepr() string {
	state := "unlocked"
	if l.locked {
		state = "locked"
	}
	return fmt.Sprintf("<asyncio.locks.Lock object at %p [%s]>", l, withWaiters(state, l.ws))
}

// PyTypeName is type(event).__name__.
func (e *AsyncEvent) PyTypeName() string { return "Event" }

// PyRepr is repr(event): <asyncio.locks.Event object at 0x... [unset]>.
func (e *AsyncEvent) PyRepr() string {
	state := "unset"
	if e.set {
		state = "set"
	}
	return fmt.Sprintf("<asyncio.locks.Event object at %p [%s]>", e, withWaiters(state, e.ws))
}

// PyTypeName is type(sem).__name__.
func (s *AsyncSemaphore) PyTypeName() string { return "Semaphore" }

// PyRepr is repr(sem): <asyncio.locks.Semaphore object at 0x...
// [unlocked, value:2]>.
func (s *AsyncSemaphore) PyRepr() string {
	state := "locked"
	if !s.Locked() {
		state = "unlocked, value:" + strconv.Itoa(s.value)
	}
	return fmt.Sprintf("<asyncio.locks.Semaphore object at %p [%s]>", s, withWaiters(state, s.ws))
}

// PyTypeName is type(fut).__name__.
func (f *AFuture[T]) PyTypeName() string { return "Future" }

// PyRepr is repr(fut): <Future pending>, <Future finished result=3>.
func (f *AFuture[T]) PyRepr() string {
	if !f.Done() {
		return "<Future pending>"
	}
	return f.doneRepr()
}
