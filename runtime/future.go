package runtime

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

// futureState is a Future's life cycle, as CPython names it in reprs.
type futureState int32

const (
	statePending futureState = iota
	stateRunning
	stateCancelled
	stateFinished

	// stateMask selects the futureState in futureCore.state.
	stateMask = 3
	// hasWaits is set in futureCore.state once it has waits, so a
	// completer knows it must take the lock to wake waiters and run
	// callbacks.
	hasWaits = 4
	// claimed is set in futureCore.state once SetResult or SetException
	// has begun.
	claimed = 8
	// isView is set, for good, in the state of a view's own futureCore
	// (AnyFuture): the view's state lives in the original's core.
	isView = 16
)

// futureCore is the untyped part of a Future: two words, so that a
// future of a one-argument submit with its call is 40 bytes (tiny tasks
// are bounded by the memory their futures touch). A future nobody waits
// on before it finishes successfully costs one word of atomic state and
// no lock: the worker moves it pending → running → finished with
// compare-and-swaps, and a result() that finds it finished reads the
// value without locking. What only some futures need (an exception, a
// channel to wait on, done callbacks, as_completed subscribers) lives in
// waits, made under the core's lock (lock) by whoever needs it; a waiter
// sets hasWaits, which sends the completer through the lock.
type futureCore struct {
	state atomic.Int32 // a futureState, plus hasWaits, claimed and isView
	waits *futureWaits // written under lock(), and only before the state is final
}

// futureWaits are a future's exception and the parties waiting for it;
// for a view, only orig and get are set.
type futureWaits struct {
	err       *Error        // set before the state becomes final
	done      chan struct{} // closed when finished or cancelled; made on demand
	callbacks []func()
	waiters   []chan<- *futureCore

	orig *futureCore // the viewed future's core
	get  any         // a func() T reading the view's result
}

// futureLocks are the locks of all futures, striped by address: a lock
// is needed only by futures someone waits on, and a mutex in every
// future would make each a third bigger. No code holds two futures'
// locks at once, so futures sharing a stripe cannot deadlock; the padding
// keeps stripes on separate cache lines.
var futureLocks [64]struct {
	sync.Mutex
	_ [56]byte
}

// lock returns c's lock. Futures live on the heap (they are shared
// between goroutines), whose objects never move, so c's address names
// its stripe for its whole life.
func (c *futureCore) lock() *sync.Mutex {
	h := uint64(uintptr(unsafe.Pointer(c))) * 0x9E3779B97F4A7C15 // Fibonacci hashing spreads neighbours
	return &futureLocks[h>>58].Mutex
}

// Future is a concurrent.futures.Future for a task returning T. An
// executor's future is embedded in its work item (thunkWork, call1), which
// holds the task beside it, so one allocation carries both. A view of
// another future (AnyFuture) is a Future whose c is marked isView and
// points to the original's core.
type Future[T any] struct {
	c     futureCore
	value T
}

// newFuture makes a pending future.
func newFuture[T any]() *Future[T] {
	return &Future[T]{}
}

// NewFuture is concurrent.futures.Future(): a pending future that the
// script itself completes with SetResult or SetException.
func NewFuture[T any]() *Future[T] { return newFuture[T]() }

// newView makes a future that shares orig's state and reads its result
// with get.
func newView[T any](orig *futureCore, get func() T) *Future[T] {
	v := &Future[T]{}
	v.c.state.Store(isView)
	v.c.waits = &futureWaits{orig: orig, get: get}
	return v
}

// core returns the core holding f's state: its own, or the original's
// for a view. The isView bit is set before a view is shared and never
// changes, so a future that is not a view never reads c.waits here.
func (f *Future[T]) core() *futureCore {
	if f.c.state.Load()&isView != 0 {
		return f.c.waits.orig
	}
	return &f.c
}

// val is the future's value, read through the original when f is a view.
func (f *Future[T]) val() T {
	if f.c.state.Load()&isView != 0 {
		return f.c.waits.get.(func() T)()
	}
	return f.value
}

// SetRunningOrNotifyCancel is future.set_running_or_notify_cancel(): False
// if the future was cancelled, else it becomes running.
func (f *Future[T]) SetRunningOrNotifyCancel() bool {
	if f.Cancelled() {
		return false
	}
	return f.core().setRunning() || f.Running()
}

// SetResult is future.set_result(v); a finished future raises
// InvalidStateError as CPython's does.
func (f *Future[T]) SetResult(v T) {
	f.checkSettable()
	f.value = v
	f.core().complete(stateFinished, nil)
}

// SetException is future.set_exception(err).
func (f *Future[T]) SetException(err *Error) {
	f.checkSettable()
	f.core().complete(stateFinished, err)
}

// checkSettable claims the right to complete a future set by the script,
// raising InvalidStateError when it is done (or being completed).
func (f *Future[T]) checkSettable() {
	c := f.core()
	old := c.state.Load()
	for !c.state.CompareAndSwap(old, old|claimed) {
		old = c.state.Load()
	}
	switch state := futureState(old & stateMask); {
	case state == stateCancelled:
		panic(InvalidStateError.New("CANCELLED: " + f.PyRepr()))
	case state == stateFinished || old&claimed != 0:
		panic(InvalidStateError.New("FINISHED: " + f.PyRepr()))
	}
}

// load returns the future's state.
func (c *futureCore) load() futureState {
	return futureState(c.state.Load() & stateMask)
}

// isFinal reports whether s is a done state.
func isFinal(s futureState) bool {
	return s == stateCancelled || s == stateFinished
}

// setRunning moves a pending future to running, and reports false when it
// was cancelled (or started) meanwhile so the worker skips the task.
func (c *futureCore) setRunning() bool {
	return c.transition(statePending, stateRunning)
}

// transition moves the future from state from to state to, keeping
// hasWaits, and reports whether it was in state from.
func (c *futureCore) transition(from, to futureState) bool {
	for {
		old := c.state.Load()
		if futureState(old&stateMask) != from {
			return false
		}
		if c.state.CompareAndSwap(old, old&^stateMask|int32(to)) {
			return true
		}
	}
}

// complete ends the future in state s, wakes everyone waiting and runs the
// done callbacks in the calling goroutine, in the order they were added.
// The caller is the future's only completer (its worker, or the script
// after checkSettable). A success nobody waits for is one
// compare-and-swap; an exception is stored under the lock first.
func (c *futureCore) complete(s futureState, err *Error) {
	for err == nil {
		old := c.state.Load()
		if isFinal(futureState(old & stateMask)) {
			return
		}
		if old&hasWaits != 0 {
			break
		}
		if c.state.CompareAndSwap(old, old&^stateMask|int32(s)) {
			return
		}
	}
	mu := c.lock()
	mu.Lock()
	if err != nil && !isFinal(c.load()) {
		if c.waits == nil {
			c.waits = &futureWaits{}
		}
		c.waits.err = err
	}
	cbs := c.settleLocked(s)
	mu.Unlock()
	for _, cb := range cbs {
		cb()
	}
}

// settleLocked moves a future that is not done yet to state s, releases
// its waiters and returns the callbacks to run. Called with c.lock() held.
func (c *futureCore) settleLocked(s futureState) []func() {
	for {
		old := c.state.Load()
		if isFinal(futureState(old & stateMask)) {
			return nil
		}
		if c.state.CompareAndSwap(old, old&^stateMask|int32(s)) {
			return c.releaseLocked()
		}
	}
}

// releaseLocked wakes everyone waiting for a future that has just become
// done and returns its callbacks to run. Called with c.lock() held.
func (c *futureCore) releaseLocked() []func() {
	w := c.waits
	if w == nil {
		return nil
	}
	if w.done != nil {
		close(w.done)
	}
	for _, ch := range w.waiters {
		ch <- c
	}
	cbs := w.callbacks
	w.waiters, w.callbacks = nil, nil
	return cbs
}

// waitsLocked returns the future's waits, creating them and setting
// hasWaits; nil means the future is already done. Called with c.lock() held.
func (c *futureCore) waitsLocked() *futureWaits {
	for {
		old := c.state.Load()
		if isFinal(futureState(old & stateMask)) {
			return nil
		}
		if old&hasWaits != 0 || c.state.CompareAndSwap(old, old|hasWaits) {
			break
		}
	}
	if c.waits == nil {
		c.waits = &futureWaits{}
	}
	return c.waits
}

// doneChan returns a channel closed when the future is done, or nil when
// it already is.
func (c *futureCore) doneChan() <-chan struct{} {
	mu := c.lock()
	mu.Lock()
	defer mu.Unlock()
	w := c.waitsLocked()
	if w == nil {
		return nil
	}
	if w.done == nil {
		w.done = make(chan struct{})
	}
	return w.done
}

// addWaiter registers ch to receive c when it completes and reports
// whether it did; false means c is already done.
func (c *futureCore) addWaiter(ch chan<- *futureCore) bool {
	mu := c.lock()
	mu.Lock()
	defer mu.Unlock()
	w := c.waitsLocked()
	if w == nil {
		return false
	}
	w.waiters = append(w.waiters, ch)
	return true
}

// removeWaiter unregisters ch.
func (c *futureCore) removeWaiter(ch chan<- *futureCore) {
	mu := c.lock()
	mu.Lock()
	defer mu.Unlock()
	if c.waits == nil {
		return
	}
	ws := c.waits.waiters
	for i, w := range ws {
		if w == ch {
			c.waits.waiters = append(ws[:i], ws[i+1:]...)
			return
		}
	}
}

// waiterCount is how many as_completed or wait calls are subscribed.
func (c *futureCore) waiterCount() int {
	mu := c.lock()
	mu.Lock()
	defer mu.Unlock()
	if c.waits == nil {
		return 0
	}
	return len(c.waits.waiters)
}

// snapshot returns the state and, once the future has finished, its
// exception. The exception is read only after the atomic load saw the
// finished state, which orders it after the completer's write.
func (c *futureCore) snapshot() (futureState, *Error) {
	s := c.load()
	if s != stateFinished || c.waits == nil {
		return s, nil
	}
	return s, c.waits.err
}

// waitDone waits until the future is done or the timeout passes, and
// reports whether it is done. A finished future costs one atomic load.
func (c *futureCore) waitDone(timeout float64) bool {
	if isFinal(c.load()) {
		return true
	}
	ch := c.doneChan()
	return ch == nil || waitChan(ch, timeout)
}

// Result is future.result(): it waits, then returns the value or re-raises
// the task's exception; CancelledError if the future was cancelled.
func (f *Future[T]) Result() T {
	// A future that finished without an exception, and is no view,
	// needs one atomic load: waits is written before the final state.
	if f.c.state.Load()&(stateMask|isView) == int32(stateFinished) && f.c.waits == nil {
		return f.value
	}
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
	c := f.core()
	if !c.waitDone(timeout) {
		panic(TimeoutError.New())
	}
	state, err := c.snapshot()
	if state == stateCancelled {
		panic(CancelledError.New())
	}
	return err
}

// Done is future.done(): finished or cancelled.
func (f *Future[T]) Done() bool {
	state, _ := f.core().snapshot()
	return state == stateFinished || state == stateCancelled
}

// Running is future.running().
func (f *Future[T]) Running() bool {
	state, _ := f.core().snapshot()
	return state == stateRunning
}

// Cancelled is future.cancelled().
func (f *Future[T]) Cancelled() bool {
	state, _ := f.core().snapshot()
	return state == stateCancelled
}

// Cancel is future.cancel(): only a future still waiting in the queue can
// be cancelled; it then counts as done and its callbacks run.
func (f *Future[T]) Cancel() bool {
	return f.core().cancelPending()
}

// AddDoneCallback is future.add_done_callback(fn): fn runs in the worker
// when the task ends, or at once in the caller when it already has. An
// exception in fn is logged to stderr and ignored, as CPython's logger
// does.
func (f *Future[T]) AddDoneCallback(fn func(*Future[T])) {
	cb := func() { f.invokeCallback(fn) }
	c := f.core()
	mu := c.lock()
	mu.Lock()
	if w := c.waitsLocked(); w != nil {
		w.callbacks = append(w.callbacks, cb)
		mu.Unlock()
		return
	}
	mu.Unlock()
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
	state, err := f.core().snapshot()
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
