package runtime

import (
	"fmt"
	"sync"
)

// futureState is a Future's life cycle, as CPython names it in reprs.
type futureState int

const (
	statePending futureState = iota
	stateRunning
	stateCancelled
	stateFinished
)

// futureCore is the untyped part of a Future: state, outcome, callbacks
// and the channels of AsCompleted and Wait calls waiting on it.
type futureCore struct {
	mu        sync.Mutex
	state     futureState
	err       *Error
	done      chan struct{} // closed when finished or cancelled
	callbacks []func()
	waiters   []chan<- *futureCore
	claimed   bool // SetResult or SetException has begun
}

// Future is a concurrent.futures.Future for a task returning T.
type Future[T any] struct {
	*futureCore
	value T
	// get reads the value of the future this one views (AnyFuture).
	get func() T
}

// newFuture makes a pending future.
func newFuture[T any]() *Future[T] {
	return &Future[T]{futureCore: &futureCore{done: make(chan struct{})}}
}

// NewFuture is concurrent.futures.Future(): a pending future that the
// script itself completes with SetResult or SetException.
func NewFuture[T any]() *Future[T] { return newFuture[T]() }

// SetRunningOrNotifyCancel is future.set_running_or_notify_cancel(): False
// if the future was cancelled, else it becomes running.
func (f *Future[T]) SetRunningOrNotifyCancel() bool {
	if f.Cancelled() {
		return false
	}
	return f.setRunning() || f.Running()
}

// SetResult is future.set_result(v); a finished future raises
// InvalidStateError as CPython's does.
func (f *Future[T]) SetResult(v T) {
	f.checkSettable()
	f.value = v
	f.complete(stateFinished, nil)
}

// SetException is future.set_exception(err).
func (f *Future[T]) SetException(err *Error) {
	f.checkSettable()
	f.complete(stateFinished, err)
}

// checkSettable claims the right to complete a future set by the script,
// raising InvalidStateError when it is done (or being completed).
func (f *Future[T]) checkSettable() {
	f.mu.Lock()
	state, claimed := f.state, f.claimed
	f.claimed = true
	f.mu.Unlock()
	switch {
	case state == stateCancelled:
		panic(InvalidStateError.New("CANCELLED: " + f.PyRepr()))
	case state == stateFinished || claimed:
		panic(InvalidStateError.New("FINISHED: " + f.PyRepr()))
	}
}

// setRunning moves a pending future to running, and reports false when it
// was cancelled meanwhile so the worker skips the task.
func (c *futureCore) setRunning() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.state != statePending {
		return false
	}
	c.state = stateRunning
	return true
}

// complete ends the future in state s, wakes everyone waiting and runs the
// done callbacks in the calling goroutine, in the order they were added.
// A future already done stays as it is.
func (c *futureCore) complete(s futureState, err *Error) {
	c.mu.Lock()
	cbs := c.settleLocked(s, err)
	c.mu.Unlock()
	for _, cb := range cbs {
		cb()
	}
}

// settleLocked moves a future that is not done yet to state s, releases
// its waiters and returns the callbacks to run. Called with c.mu held.
func (c *futureCore) settleLocked(s futureState, err *Error) []func() {
	if c.isDone() {
		return nil
	}
	c.state = s
	c.err = err
	close(c.done)
	for _, w := range c.waiters {
		w <- c
	}
	c.waiters = nil
	cbs := c.callbacks
	c.callbacks = nil
	return cbs
}

// addWaiter registers ch to receive c when it completes and reports
// whether it did; false means c is already done.
func (c *futureCore) addWaiter(ch chan<- *futureCore) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.isDone() {
		return false
	}
	c.waiters = append(c.waiters, ch)
	return true
}

// removeWaiter unregisters ch.
func (c *futureCore) removeWaiter(ch chan<- *futureCore) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, w := range c.waiters {
		if w == ch {
			c.waiters = append(c.waiters[:i], c.waiters[i+1:]...)
			return
		}
	}
}

// isDone reports a final state. Called with c.mu held.
func (c *futureCore) isDone() bool {
	return c.state == stateCancelled || c.state == stateFinished
}

// snapshot returns the state and exception under the lock.
func (c *futureCore) snapshot() (futureState, *Error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.state, c.err
}

// Result is future.result(): it waits, then returns the value or re-raises
// the task's exception; CancelledError if the future was cancelled.
func (f *Future[T]) Result() T {
	return f.ResultTimeout(NoTimeout)
}

// ResultTimeout is future.result(timeout): the builtin TimeoutError, with
// an empty message, when the task is not done in time.
func (f *Future[T]) ResultTimeout(timeout float64) T {
	if err := f.ExceptionTimeout(timeout); err != nil {
		panic(err)
	}
	return f.val()
}

// Exception is future.exception(): it waits, then returns what the task
// raised, or nil.
func (f *Future[T]) Exception() *Error {
	return f.ExceptionTimeout(NoTimeout)
}

// ExceptionTimeout is future.exception(timeout).
func (f *Future[T]) ExceptionTimeout(timeout float64) *Error {
	if !waitChan(f.done, timeout) {
		panic(TimeoutError.New())
	}
	state, err := f.snapshot()
	if state == stateCancelled {
		panic(CancelledError.New())
	}
	return err
}

// Done is future.done(): finished or cancelled.
func (f *Future[T]) Done() bool {
	state, _ := f.snapshot()
	return state == stateFinished || state == stateCancelled
}

// Running is future.running().
func (f *Future[T]) Running() bool {
	state, _ := f.snapshot()
	return state == stateRunning
}

// Cancelled is future.cancelled().
func (f *Future[T]) Cancelled() bool {
	state, _ := f.snapshot()
	return state == stateCancelled
}

// Cancel is future.cancel(): only a future still waiting in the queue can
// be cancelled; it then counts as done and its callbacks run.
func (f *Future[T]) Cancel() bool {
	return f.cancelPending()
}

// AddDoneCallback is future.add_done_callback(fn): fn runs in the worker
// when the task ends, or at once in the caller when it already has. An
// exception in fn is logged to stderr and ignored, as CPython's logger
// does.
func (f *Future[T]) AddDoneCallback(fn func(*Future[T])) {
	cb := func() { f.invokeCallback(fn) }
	f.mu.Lock()
	if !f.isDone() {
		f.callbacks = append(f.callbacks, cb)
		f.mu.Unlock()
		return
	}
	f.mu.Unlock()
	cb()
}

// invokeCallback runs one done callback, logging what it raises.
func (f *Future[T]) invokeCallback(fn func(*Future[T])) {
	if err := Catch(func() { fn(f) }); err != nil {
		Stderr.WriteString("exception calling callback for " + f.PyRepr() + "\n" + err.Traceback())
	}
}

// PyTypeName is type(future).__name__.
func (f *Future[T]) PyTypeName() string { return "Future" }

// PyRepr is repr(future), e.g. "<Future at 0x... state=finished returned
// int>".
func (f *Future[T]) PyRepr() string {
	state, err := f.snapshot()
	head := fmt.Sprintf("<Future at %p state=", f)
	switch {
	case state == statePending:
		return head + "pending>"
	case state == stateRunning:
		return head + "running>"
	case state == stateCancelled:
		return head + "cancelled>"
	case err != nil:
		return head + "finished raised " + err.Type.Name + ">"
	}
	return head + "finished returned " + TypeName(f.val()) + ">"
}
