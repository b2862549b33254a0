package runtime

import (
	"container/heap"
)

// gevent.Timeout blocks and gevent.with_timeout: when the time runs out,
// the exception is raised in the greenlet at the point where it waits
// (sleep, join, get, a queue or, patched, any blocking call), as gevent
// does. Code that never yields cannot be interrupted, in gevent either.

// GeventTimeoutBlock is `with gevent.Timeout(seconds, exception):`; a nil
// exception means gevent.Timeout itself ("0.05 seconds").
func GeventTimeoutBlock(secs float64, exception *Error, body func()) {
	if exception == nil {
		exception = GeventTimeout.New(timeoutText(secs))
	}
	withHubTimeout(secs, exception, body)
}

// GeventTimeoutSilent is `with gevent.Timeout(seconds, False):`: the block
// just ends when the time runs out.
func GeventTimeoutSilent(secs float64, body func()) {
	expired := GeventTimeout.New(timeoutText(secs))
	if err := Catch(func() { withHubTimeout(secs, expired, body) }); err != nil && err != expired {
		panic(err)
	}
}

// WithTimeout is gevent.with_timeout(seconds, f, timeout_value=v): f's
// result, or v when the time runs out first.
func WithTimeout[T any](secs float64, f func() T, timeoutValue T) T {
	result := timeoutValue
	GeventTimeoutSilent(secs, func() { result = f() })
	return result
}

// withHubTimeout runs body with a timer in the caller's hub that raises
// exception in the caller if it is still inside body when the time runs
// out.
func withHubTimeout(secs float64, exception *Error, body func()) {
	h, self := currentGlet()
	live := true
	h.mu.Lock()
	h.timerNo++
	heap.Push(&h.timers, timer{when: h.clockLocked().Add(seconds(secs)), no: h.timerNo,
		w: waiter{g: self}, raise: exception, live: &live})
	h.mu.Unlock()
	defer func() {
		h.mu.Lock()
		live = false
		h.mu.Unlock()
	}()
	body()
}

// fireRaise delivers an expired gevent.Timeout to its greenlet: at once if
// it waits, or when it next runs if it is queued. Called with h.mu held.
func (h *hub) fireRaise(t timer) {
	g := t.w.g
	if !*t.live || g.dead {
		return
	}
	*t.live = false
	g.extra().raise = t.raise
	if g.parked {
		h.makeReady(g, wakeRaise)
	} else {
		g.wakeWhy = wakeRaise
	}
}
