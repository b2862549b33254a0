package runtime

import "time"

// TimerHandle is the asyncio.TimerHandle (a Handle for call_soon) that
// loop.call_later, call_at and call_soon return: cancel() stops a
// callback that has not run yet.
type TimerHandle struct {
	l         *aloop
	g         *glet
	cancelled bool
}

// CallSoon is loop.call_soon(callback, *args): fn runs in the loop's next
// iteration, after the tasks already ready.
func (e *EventLoop) CallSoon(fn func()) *TimerHandle {
	return &TimerHandle{l: e.l, g: e.l.callSoon(fn)}
}

// CallLater is loop.call_later(delay, callback, *args).
func (e *EventLoop) CallLater(delay float64, fn func()) *TimerHandle {
	if delay <= 0 {
		return e.CallSoon(fn)
	}
	return &TimerHandle{l: e.l, g: e.l.callAt(e.l.h.after(delay), fn)}
}

// CallAt is loop.call_at(when, callback, *args), when on the clock of
// loop.time().
func (e *EventLoop) CallAt(when float64, fn func()) *TimerHandle {
	return e.CallLater(when-e.Time(), fn)
}

// Cancel is handle.cancel(): a callback that has not started never runs.
func (t *TimerHandle) Cancel() {
	h := t.l.h
	h.mu.Lock()
	defer h.mu.Unlock()
	t.cancelled = true
	g := t.g
	if g.started || g.dead {
		return
	}
	if g.parked {
		g.parkNo++ // its timer becomes stale
		g.parked = false
	} else {
		h.dropFromRunq(g)
	}
	g.dead = true
}

// Cancelled is handle.cancelled().
func (t *TimerHandle) Cancelled() bool {
	t.l.h.mu.Lock()
	defer t.l.h.mu.Unlock()
	return t.cancelled
}

// When is timer_handle.when(): the loop time it is scheduled for.
func (t *TimerHandle) When() float64 {
	t.l.h.mu.Lock()
	defer t.l.h.mu.Unlock()
	for _, tm := range t.l.h.timers {
		if tm.w.g == t.g {
			return Monotonic() + time.Until(tm.when).Seconds()
		}
	}
	return Monotonic()
}
