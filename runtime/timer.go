package runtime

// Timer is threading.Timer: a thread that calls a function after an
// interval unless cancelled first.
type Timer struct {
	*Thread
	cancelled *Event
}

// NewTimer is threading.Timer(interval, function, args): fn is the
// function already bound to its arguments. Like CPython's, the thread is
// named Thread-N without a target suffix.
func NewTimer(interval float64, fn func()) *Timer {
	t := &Timer{cancelled: NewEvent()}
	t.Thread = NewThread(ThreadOptions{Target: func() {
		if !t.cancelled.WaitTimeout(interval) {
			fn()
		}
		t.cancelled.Set()
	}})
	return t
}

// Cancel is timer.cancel(): the function is not called if the interval
// has not passed yet.
func (t *Timer) Cancel() { t.cancelled.Set() }
