package runtime

import (
	"iter"
	"time"
)

// Awaitable is what `await` accepts: a coroutine, a task or a future whose
// result is a T.
type Awaitable[T any] interface {
	// Await is `await` in the calling task: it waits and returns the result.
	Await() T
	// future is the awaitable as a future, wrapping a coroutine in a new
	// task as asyncio.ensure_future does.
	future() *AFuture[T]
}

// Coro is a coroutine object: calling an async def returns one, and its
// body runs only when it is awaited (inline, in the awaiting task) or
// wrapped in a task.
type Coro[T any] struct {
	name    string
	fn      func() T
	started bool
}

// NewCoro is the call of async def name: the body fn runs later.
func NewCoro[T any](name string, fn func() T) *Coro[T] {
	return &Coro[T]{name: name, fn: fn}
}

// run runs the coroutine's body once, as a coroutine can be awaited only
// once.
func (c *Coro[T]) run() T {
	if c.started {
		panic(RuntimeError.New("cannot reuse already awaited coroutine"))
	}
	c.started = true
	return c.fn()
}

// Await is `await coro`: the body runs inline in the awaiting task.
func (c *Coro[T]) Await() T { return c.run() }

func (c *Coro[T]) future() *AFuture[T] {
	l, _, _ := curLoop()
	return &newTask(l, c, "").AFuture
}

// PyTypeName is type(coro).__name__.
func (c *Coro[T]) PyTypeName() string { return "coroutine" }

// PyRepr is the coroutine's repr.
func (c *Coro[T]) PyRepr() string { return "<coroutine object " + c.name + ">" }

// AnyAwaitable lets an awaitable of a native result stand where awaitables
// of Object results are mixed (gather of differently typed coroutines).
func AnyAwaitable[T any](a Awaitable[T]) Awaitable[Object] { return anyAw[T]{a} }

type anyAw[T any] struct{ a Awaitable[T] }

func (x anyAw[T]) Await() Object { return x.a.Await() }
func (x anyAw[T]) future() *AFuture[Object] {
	f := x.a.future()
	out := &AFuture[Object]{core: &afut{l: f.core.l}}
	out.core.cancelHook = func(args []Object) bool { return f.core.cancel(args...) }
	f.core.onDone(func() {
		out.value = f.val()
		f.core.retrieved = true // the view reports it, if anyone
		out.core.finish(f.core.err, f.core.cancelled)
	})
	return out
}

// AFuture is an asyncio.Future with a result of type T.
type AFuture[T any] struct {
	core  *afut
	value T
	// get reads the value of the future this one views (AnyTask).
	get func() T
}

func (f *AFuture[T]) future() *AFuture[T] { return f }

// Await is `await fut`: the calling task parks until fut is done.
func (f *AFuture[T]) Await() T {
	l, self, t := curLoop()
	l.wait(self, t, f.core)
	return f.Result()
}

// Result is Future.result(): the value, or the exception re-raised.
func (f *AFuture[T]) Result() T {
	f.core.raise()
	return f.val()
}

// Exception is Future.exception(): the exception, nil when it succeeded.
func (f *AFuture[T]) Exception() *Error {
	f.core.l.h.mu.Lock()
	done, cancelled, err := f.core.done, f.core.cancelled, f.core.err
	f.core.retrieved = true
	f.core.l.h.mu.Unlock()
	switch {
	case !done:
		panic(AsyncioInvalidStateError.New("Exception is not set."))
	case cancelled:
		panic(cancelledError(err))
	}
	return err
}

// Done is Future.done().
func (f *AFuture[T]) Done() bool { return f.core.isDone() }

// Cancelled is Future.cancelled().
func (f *AFuture[T]) Cancelled() bool {
	f.core.l.h.mu.Lock()
	defer f.core.l.h.mu.Unlock()
	return f.core.cancelled
}

// Cancel is Future.cancel(msg) (Task.cancel(msg) for a task); msg is
// the cancel message, when given.
func (f *AFuture[T]) Cancel(msg ...Object) bool {
	if len(msg) == 1 && msg[0] == nil {
		msg = nil // cancel(None) is cancel()
	}
	return f.core.cancel(msg...)
}

// Task is an asyncio.Task: a coroutine running concurrently on the loop.
type Task[T any] struct {
	AFuture[T]
	t *taskCore
}

// newTask wraps c in a task on l.
func newTask[T any](l *aloop, c *Coro[T], name string) *Task[T] {
	task := &Task[T]{}
	task.t = l.startTask(name, c.name, func() { task.value = c.run() })
	task.t.defAt = coroDefinedAt(c.fn)
	task.core = &task.t.fut
	task.t.object = func() Object { return task.val() }
	return task
}

// CurrentTask is asyncio.current_task(): the task running the caller, as
// a task of Objects (its coroutine's result type is not known where it
// asks), or None outside a task.
func CurrentTask() *Task[Object] {
	_, _, t := curLoop()
	if t == nil {
		return nil
	}
	return &Task[Object]{AFuture: AFuture[Object]{core: &t.fut, get: t.object}, t: t}
}

// AllTasks is asyncio.all_tasks(): a set of the loop's tasks not done
// yet, the calling one included, each a view that equals the task itself.
func AllTasks() *Set {
	l, _, _ := curLoop()
	out := SetOf()
	for _, t := range l.tasks {
		out.Add(&Task[Object]{AFuture: AFuture[Object]{core: &t.fut, get: t.object}, t: t})
	}
	return out
}

// CreateTask is asyncio.create_task(coro, name=...): the task first runs
// when the caller next yields to the loop.
func CreateTask[T any](c *Coro[T], name string) *Task[T] {
	l, _, _ := curLoop()
	return newTask(l, c, name)
}

// GetName is Task.get_name().
func (t *Task[T]) GetName() string { return t.t.name }

// SetName is Task.set_name().
func (t *Task[T]) SetName(name string) { t.t.name = name }

// PyTypeName is type(task).__name__.
func (t *Task[T]) PyTypeName() string { return "Task" }

// PyRepr is the task's repr as in 3.11, e.g.
// "<Task pending name='Task-2' coro=<work() running at ...>>" shortened
// to its state and name.
func (t *Task[T]) PyRepr() string {
	if t.Done() {
		return t.doneRepr()
	}
	coro := t.t.coro + "()"
	h := t.core.l.h
	h.mu.Lock()
	started := t.t.g.started
	h.mu.Unlock()
	if t.t.defAt != "" && !started {
		// A task that has not run yet is at its def line.
		coro += " running at " + t.t.defAt
	}
	return "<Task pending name='" + t.t.name + "' coro=<" + coro + ">>"
}

// AsyncSleep is asyncio.sleep(delay): the calling task yields to the loop
// and resumes after the delay; sleep(0) goes to the back of the ready
// queue.
func AsyncSleep(delay float64) *Coro[Object] {
	return NewCoro("sleep", func() Object {
		sleepTask(delay)
		return nil
	})
}

// AsyncSleepResult is asyncio.sleep(delay, result).
func AsyncSleepResult[T any](delay float64, result T) *Coro[T] {
	return NewCoro("sleep", func() T {
		sleepTask(delay)
		return result
	})
}

func sleepTask(delay float64) {
	l, self, t := curLoop()
	t.checkCancel()
	if delay <= 0 {
		l.h.park(self, time.Time{}, true)
	} else {
		l.h.park(self, l.h.after(delay), false)
	}
	t.checkCancel()
}

// CurrentTaskName is asyncio.current_task().get_name().
func CurrentTaskName() string {
	_, _, t := curLoop()
	if t == nil {
		return ""
	}
	return t.name
}

// NewCoroProc is the call of an async def that returns nothing: a
// coroutine of None.
func NewCoroProc(name string, fn func()) *Coro[Object] {
	return NewCoro(name, func() Object {
		fn()
		return nil
	})
}

// AsyncIter is `async for` over an async iterator: it awaits next() for
// each item, in the consuming task, until it raises StopAsyncIteration.
func AsyncIter[T any](next func() *Coro[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for {
			var v T
			if err := Catch(func() { v = next().Await() }); err != nil {
				if err.Matches(StopAsyncIteration) {
					return
				}
				panic(err)
			}
			if !yield(v) {
				return
			}
		}
	}
}

// AddDoneCallback is fut.add_done_callback(fn): once fut is done, fn is
// called with it through the loop's call_soon, in the order callbacks and
// awaiting tasks were added; an exception fn raises is printed and the
// loop goes on, as asyncio's loop reports it.
func (f *AFuture[T]) AddDoneCallback(fn func(*AFuture[T])) {
	f.core.onDone(func() { guardCallback(fn, f, func() { fn(f) }) })
}

// AddDoneCallback is task.add_done_callback(fn): AFuture's, with the
// task itself passed to fn.
func (t *Task[T]) AddDoneCallback(fn func(*Task[T])) {
	t.core.onDone(func() { guardCallback(fn, t, func() { fn(t) }) })
}

// NewAFuture is asyncio.Future() or loop.create_future(): a pending
// future of the running loop that the program completes itself with
// SetResult or SetException.
func NewAFuture[T any]() *AFuture[T] {
	l, _, _ := curLoop()
	return &AFuture[T]{core: &afut{l: l}}
}

// CreateFuture is loop.create_future().
func CreateFuture[T any](*EventLoop) *AFuture[T] { return NewAFuture[T]() }

// SetResult is fut.set_result(v): InvalidStateError once fut is done.
func (f *AFuture[T]) SetResult(v T) {
	f.checkPending()
	f.value = v
	f.core.finish(nil, false)
}

// SetException is fut.set_exception(err): InvalidStateError once fut is
// done.
func (f *AFuture[T]) SetException(err *Error) {
	f.checkPending()
	f.core.finish(err, false)
}

// checkPending raises asyncio's InvalidStateError for a completed future.
func (f *AFuture[T]) checkPending() {
	if f.core.isDone() {
		panic(AsyncioInvalidStateError.New("invalid state"))
	}
}
