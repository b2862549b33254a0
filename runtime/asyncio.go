package runtime

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// asyncio's event loop on the gevent hub. A task is a glet of the calling
// thread's hub: a goroutine that runs only while it holds the hub's baton.
// Awaiting a coroutine runs its body inline in the awaiting task; awaiting
// a future (a task, a gather, a queue getter) parks the task until the
// future's completion makes it ready again, and the hub's FIFO ready queue
// plays the part of the loop's call_soon queue. Done callbacks (gather's,
// wait_for's) run as short-lived hidden glets queued the same way, so a
// completion reaches its awaiter after as many loop turns as in CPython.

var (
	// QueueEmptyAsync is asyncio.QueueEmpty, raised by get_nowait.
	QueueEmptyAsync = library("QueueEmpty", "asyncio.queues", Exception)
	// QueueFullAsync is asyncio.QueueFull, raised by put_nowait.
	QueueFullAsync = library("QueueFull", "asyncio.queues", Exception)
)

// taskCounter numbers tasks Task-1, Task-2, ... for the whole program, as
// asyncio's module-level counter does.
var taskCounter atomic.Int64

// loops maps a hub to the asyncio loop running on it.
var loops sync.Map

// aloop is one asyncio event loop: the hub it runs on and its live tasks.
type aloop struct {
	h     *hub
	base  *gctx // the thread running the loop
	tasks []*taskCore
	byG   map[*glet]*taskCore
	// closing are the async generators being closed (asyncgen.go).
	closing []*agenClose
	// ev is the loop's Python object, made on first use.
	ev *EventLoop
	// failed are the tasks that ended with an exception, in order.
	failed []*taskCore
}

// curLoop returns the running loop, the caller's glet and its task (nil
// outside a task), raising RuntimeError as asyncio does when no loop runs.
func curLoop() (*aloop, *glet, *taskCore) {
	h, self := currentGlet()
	v, ok := loops.Load(h)
	if !ok {
		// Outside a running loop, the thread's current loop (gather
		// and ensure_future before run_until_complete).
		if l, set := setLoop(h); set {
			return l, self, l.byG[self]
		}
		panic(RuntimeError.New("no running event loop"))
	}
	l := v.(*aloop)
	return l, self, l.byG[self]
}

// afut is the untyped state of an asyncio future. Its fields are guarded
// by the hub's mutex, since to_thread completes futures from other
// goroutines.
type afut struct {
	l         *aloop
	done      bool
	cancelled bool
	err       *Error
	// waiters are what runs when f completes, in the order they were
	// added: a parked task's wake-up or a done callback. CPython keeps
	// both in one list of callbacks (a task awaiting f adds its wake-up
	// to it), so a callback added before a task awaits runs first.
	waiters []afutWaiter
	// cancelHook replaces the plain cancel: a task's cancel, a gather's.
	// It gets cancel(msg)'s message as args (none without one).
	cancelHook func(args []Object) bool
	// cancelMsg is the message of Future.cancel(msg) on a plain future
	// (CPython's _cancel_message; a task's is always None when done).
	cancelMsg []Object
	// retrieved is set once the program has seen the exception (result,
	// exception, await, gather, a TaskGroup): a task whose exception
	// nobody retrieved is reported when asyncio.run ends.
	retrieved bool
}

// finish completes f: its parked awaiters become ready at once and its
// done callbacks are queued. Completing twice is a no-op.
func (f *afut) finish(err *Error, cancelled bool) {
	h := f.l.h
	h.mu.Lock()
	if f.done {
		h.mu.Unlock()
		return
	}
	f.done, f.err, f.cancelled = true, err, cancelled
	ws := f.waiters
	f.waiters = nil
	for _, w := range ws {
		if w.cb == nil {
			h.wakeWaiter(w.w, wakeRun)
			continue
		}
		h.mu.Unlock()
		f.l.callSoon(w.cb)
		h.mu.Lock()
	}
	h.mu.Unlock()
}

// afutWaiter is one entry of a future's waiters: a parked task (w) or a
// done callback (cb).
type afutWaiter struct {
	w  waiter
	cb func()
}

// isDone reports whether f has completed.
func (f *afut) isDone() bool {
	f.l.h.mu.Lock()
	defer f.l.h.mu.Unlock()
	return f.done
}

// onDone queues cb once f is done (at once when it already is).
func (f *afut) onDone(cb func()) {
	f.l.h.mu.Lock()
	if !f.done {
		f.waiters = append(f.waiters, afutWaiter{cb: cb})
		f.l.h.mu.Unlock()
		return
	}
	f.l.h.mu.Unlock()
	f.l.callSoon(cb)
}

// cancel is Future.cancel(msg): false when f is already done. The
// message, if any, is args: the args of the CancelledError it raises.
func (f *afut) cancel(args ...Object) bool {
	if f.isDone() {
		return false
	}
	if f.cancelHook != nil {
		return f.cancelHook(args)
	}
	f.cancelMsg = args
	f.finish(AsyncioCancelledError.New(args...), true)
	return true
}

// cancelledError is the CancelledError that awaiting or reading a
// future cancelled with err raises: a new one with the same args (the
// cancel message), as CPython's _make_cancelled_error.
func cancelledError(err *Error) *Error {
	if err == nil {
		return AsyncioCancelledError.New()
	}
	return AsyncioCancelledError.New(err.Args...)
}

// raise re-raises f's outcome in the caller: CancelledError for a
// cancelled future, its exception for a failed one.
func (f *afut) raise() {
	f.l.h.mu.Lock()
	done, cancelled, err := f.done, f.cancelled, f.err
	f.retrieved = true
	f.l.h.mu.Unlock()
	switch {
	case !done:
		panic(AsyncioInvalidStateError.New("Result is not set."))
	case cancelled:
		panic(cancelledError(err))
	case err != nil:
		panic(err)
	}
}

// wait parks the calling task until f is done and raises CancelledError
// in a task when f was cancelled; a cancellation of the task
// meanwhile goes to f first (cancelling an awaited task cancels it), and
// is raised here when f could not take it.
func (l *aloop) wait(self *glet, t *taskCore, f *afut) {
	for !f.isDone() {
		if t != nil {
			t.waitingOn = f
		}
		why := l.h.parkThen(self, time.Time{}, false, func(w waiter) {
			if f.done {
				l.h.makeReady(self, wakeRun)
				return
			}
			f.waiters = append(f.waiters, afutWaiter{w: w})
		})
		if why == wakeLoopExit {
			// Nothing can run any more: CPython's loop waits forever,
			// here until another thread hands the loop a callback
			// (call_soon_threadsafe) and pokes it.
			select {
			case <-l.h.poke:
			case <-time.After(50 * time.Millisecond):
			}
		}
		if t != nil {
			t.waitingOn = nil
		}
		t.checkCancel()
	}
	if t != nil && f.cancelled {
		f.l.h.mu.Lock()
		err := f.err
		f.l.h.mu.Unlock()
		panic(cancelledError(err)) // awaiting a cancelled future raises
	}
}

// callSoon runs fn on the loop after the callbacks already queued, as
// loop.call_soon does, in a hidden glet that is not a task.
func (l *aloop) callSoon(fn func()) *glet { return l.callAt(time.Time{}, fn) }

// callAt runs fn at the given time (zero: soon).
func (l *aloop) callAt(when time.Time, fn func()) *glet {
	h := l.h
	c := l.base
	var g *glet
	g = newBodyGlet(h, c, func() {
		err := Catch(fn)
		h.finish(g, nil)
		if err != nil {
			PrintTraceback(Stderr, err)
		}
	})
	h.mu.Lock()
	defer h.mu.Unlock()
	g.parked = true
	if when.IsZero() {
		h.makeReady(g, wakeRun)
	} else {
		h.addTimer(when, waiter{g, g.parkNo})
	}
	return g
}

// cancelTimer stops a callAt glet that has not run yet.
func (l *aloop) cancelTimer(g *glet) {
	l.h.mu.Lock()
	defer l.h.mu.Unlock()
	if g.parked && !g.started {
		g.parkNo++ // its timer becomes stale
		g.parked = false
	}
}

// taskCore is the untyped part of an asyncio.Task.
type taskCore struct {
	fut        afut
	g          *glet
	name       string
	coro       string
	defAt      string // "file:line" of the coroutine's async def, when known
	mustCancel bool
	cancelArgs []Object // the message of the cancel that set mustCancel
	waitingOn  *afut
	object     func() Object // the task's result as an Object, for views of it
}

// checkCancel raises CancelledError in a task whose cancel() could not be
// handed to what it awaited.
func (t *taskCore) checkCancel() {
	if t != nil && t.mustCancel {
		t.mustCancel = false
		panic(AsyncioCancelledError.New(t.cancelArgs...))
	}
}

// cancel is Task.cancel(msg), args holding the message if any: it is
// passed on to what the task awaits, as CPython does.
func (t *taskCore) cancel(args ...Object) bool {
	if t.fut.isDone() {
		return false
	}
	if w := t.waitingOn; w != nil && w.cancel(args...) {
		return true
	}
	t.mustCancel = true
	t.cancelArgs = args
	h := t.fut.l.h
	h.mu.Lock()
	if t.g.parked && t.g.started {
		h.makeReady(t.g, wakeKill)
	}
	h.mu.Unlock()
	return true
}

// startTask creates a task running body on loop l and queues its first
// step.
func (l *aloop) startTask(name, coro string, body func()) *taskCore {
	// create_task(coro, name=...) names the task after creating it, so
	// a named task still takes a number, as in CPython 3.11.
	if n := taskCounter.Add(1); name == "" {
		name = fmt.Sprintf("Task-%d", n)
	}
	t := &taskCore{name: name, coro: coro}
	t.fut = afut{l: l}
	t.fut.cancelHook = func(args []Object) bool { return t.cancel(args...) }
	g := l.callSoon(nil)
	l.h.mu.Lock()
	t.g = g
	g.more.body = func() {
		err := Catch(func() {
			t.checkCancel()
			body()
		})
		l.endTask(t, err)
		l.h.finish(g, nil)
	}
	l.byG[g] = t
	l.tasks = append(l.tasks, t)
	l.h.mu.Unlock()
	return t
}

// endTask records how a task's coroutine ended.
func (l *aloop) endTask(t *taskCore, err *Error) {
	delete(l.byG, t.g)
	for i, x := range l.tasks {
		if x == t {
			l.tasks = append(l.tasks[:i], l.tasks[i+1:]...)
			break
		}
	}
	if err != nil && err.Matches(AsyncioCancelledError) {
		t.fut.finish(err, true)
		return
	}
	if err != nil {
		l.failed = append(l.failed, t)
	}
	t.fut.finish(err, false)
}

// reportUnretrieved writes CPython's report of each task whose exception
// nobody retrieved. CPython writes it when the task is destroyed, which
// for a task no variable holds is right after it ends; it comes here,
// when asyncio.run ends (or the loop is closed), after the tasks' own
// output.
func (l *aloop) reportUnretrieved() {
	for _, t := range l.failed {
		l.h.mu.Lock()
		seen := t.fut.retrieved
		t.fut.retrieved = true
		l.h.mu.Unlock()
		if seen {
			continue
		}
		view := &Task[Object]{AFuture: AFuture[Object]{core: &t.fut, get: t.object}, t: t}
		Stderr.WriteString("Task exception was never retrieved\nfuture: " + view.doneRepr() + "\n" + t.fut.err.Traceback())
	}
	l.failed = nil
}

// AsyncioRun is asyncio.run(main): a new event loop on the calling
// thread runs main as a task; tasks still alive when it returns are
// cancelled and run until they finish; main's result or exception is the
// call's.
func AsyncioRun[T any](main *Coro[T]) T {
	h, self := currentGlet()
	if _, busy := loops.Load(h); busy {
		panic(RuntimeError.New("asyncio.run() cannot be called from a running event loop"))
	}
	l := &aloop{h: h, base: current(), byG: map[*glet]*taskCore{}}
	loops.Store(h, l)
	defer loops.Delete(h)
	t := newTask(l, main, "")
	l.wait(self, nil, t.core)
	l.cancelAll(self)
	l.shutdownAsyncGens()
	t.core.retrieved = true
	l.reportUnretrieved()
	return t.Result()
}

// cancelAll cancels the loop's remaining tasks and waits for them.
func (l *aloop) cancelAll(self *glet) {
	left := append([]*taskCore(nil), l.tasks...)
	for _, t := range left {
		t.cancel()
	}
	for _, t := range left {
		l.wait(self, nil, &t.fut)
	}
}
