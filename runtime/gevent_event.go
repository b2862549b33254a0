package runtime

import "sync"

// GeventAsyncResult is gevent.event.AsyncResult: a one-shot value (or
// exception) that greenlets wait for cooperatively. Values are dynamic,
// as a result may be set from anywhere in the program.
type GeventAsyncResult struct {
	ev    GeventEvent
	mu    sync.Mutex
	value Object
	err   *Error
}

// NewGeventAsyncResult is gevent.event.AsyncResult().
func NewGeventAsyncResult() *GeventAsyncResult { return &GeventAsyncResult{} }

// Set is result.set(value=None): waiters wake and get value.
func (a *GeventAsyncResult) Set(value Object) {
	a.mu.Lock()
	a.value, a.err = value, nil
	a.mu.Unlock()
	a.ev.Set()
}

// SetException is result.set_exception(exc): waiters wake and get()
// raises exc.
func (a *GeventAsyncResult) SetException(exc *Error) {
	a.mu.Lock()
	a.value, a.err = nil, exc
	a.mu.Unlock()
	a.ev.Set()
}

// Get is result.get(): yield until the result is set, then return its
// value or raise its exception.
func (a *GeventAsyncResult) Get() Object { return a.GetTimeout(NoTimeout) }

// GetTimeout is result.get(timeout=...): gevent.Timeout when nothing is
// set in time.
func (a *GeventAsyncResult) GetTimeout(timeout float64) Object {
	if !a.ev.WaitTimeout(timeout) {
		panic(GeventTimeout.New(timeoutText(timeout)))
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.err != nil {
		panic(a.err)
	}
	return a.value
}

// GetNowait is result.get_nowait() (and get(block=False)):
// gevent.Timeout when the result is not set yet.
func (a *GeventAsyncResult) GetNowait() Object {
	if !a.ev.IsSet() {
		panic(GeventTimeout.New())
	}
	return a.GetTimeout(NoTimeout)
}

// WaitTimeout is result.wait(timeout=None): yield until the result is
// set or the timeout passes; the value, or None.
func (a *GeventAsyncResult) WaitTimeout(timeout float64) Object {
	a.ev.WaitTimeout(timeout)
	return a.Value()
}

// Ready is result.ready().
func (a *GeventAsyncResult) Ready() bool { return a.ev.IsSet() }

// Successful is result.successful(): set, and with a value.
func (a *GeventAsyncResult) Successful() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.ev.IsSet() && a.err == nil
}

// Value is result.value: the value set, or None.
func (a *GeventAsyncResult) Value() Object {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.value
}

// Exception is result.exception: the exception set, or None.
func (a *GeventAsyncResult) Exception() Object {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.err != nil {
		return a.err
	}
	return nil
}
