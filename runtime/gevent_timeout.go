package runtime

import (
	"container/heap"
)

// GeventTimeoutCtx is a gevent.Timeout object used as a with block:
// generated code calls Start where the block begins and defers Exit, the
// with statement's enter and exit. When the time runs out the exception
// is raised in the greenlet at the point where it waits, as in
// gtimeout.go; a silent timeout (Timeout(seconds, False)) is swallowed by
// Exit so the block just ends.
type GeventTimeoutCtx struct {
	secs      float64
	exception *Error
	silent    bool
	h         *hub
	live      *bool
}

// NewGeventTimeout is gevent.Timeout(seconds, exception): a nil exception
// is gevent.Timeout itself, whose text shows seconds as Python does ("1
// second", "0.5 seconds"); silent is exception=False.
func NewGeventTimeout(seconds Object, exception *Error, silent bool) *GeventTimeoutCtx {
	secs := ToFloat(seconds)
	if exception == nil {
		text := Str(seconds) + " seconds"
		if secs == 1 {
			text = Str(seconds) + " second"
		}
		exception = GeventTimeout.New(text)
	}
	return &GeventTimeoutCtx{secs: secs, exception: exception, silent: silent}
}

// Start is timeout.start() and the with block's enter: the timer starts
// for the calling greenlet.
func (t *GeventTimeoutCtx) Start() {
	h, self := currentGlet()
	live := true
	h.mu.Lock()
	h.timerNo++
	heap.Push(&h.timers, timer{when: h.clockLocked().Add(seconds(t.secs)), no: h.timerNo,
		w: waiter{g: self}, raise: t.exception, live: &live})
	h.mu.Unlock()
	t.h, t.live = h, &live
}

// Cancel is timeout.cancel(): the timer no longer fires.
func (t *GeventTimeoutCtx) Cancel() {
	if t.h == nil {
		return
	}
	t.h.mu.Lock()
	*t.live = false
	t.h.mu.Unlock()
}

// Exit is the with block's exit, deferred by generated code: it cancels
// the timer and, for a silent timeout, recovers its own exception.
func (t *GeventTimeoutCtx) Exit() {
	t.Cancel()
	if !t.silent {
		return
	}
	if r := recover(); r != nil && r != t.exception {
		panic(r)
	}
}

// WithTimeoutRaise is gevent.with_timeout(seconds, f) without a
// timeout_value: gevent.Timeout is raised when the time runs out.
func WithTimeoutRaise[T any](secs float64, f func() T) T {
	var result T
	GeventTimeoutBlock(secs, nil, func() { result = f() })
	return result
}

// PyMethod lets CallMethod reach a timeout's methods when py2go could
// not prove the receiver is one (a variable that also held other values).
func (t *GeventTimeoutCtx) PyMethod(name string, args []Object) (Object, bool) {
	switch name {
	case "start":
		t.Start()
		return nil, true
	case "cancel", "close":
		t.Cancel()
		return nil, true
	}
	return nil, false
}

// StartNewGeventTimeout is gevent.Timeout.start_new(seconds, exception):
// NewGeventTimeout's timeout, started for the calling greenlet.
func StartNewGeventTimeout(seconds Object, exception *Error, silent bool) *GeventTimeoutCtx {
	t := NewGeventTimeout(seconds, exception, silent)
	t.Start()
	return t
}
