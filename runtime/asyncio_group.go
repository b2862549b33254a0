package runtime

import (
	"fmt"
)

// AEnter is `async with lock:` entering: the lock is acquired.
func (m *AsyncLock) AEnter() { m.Acquire().Await() }

// AExit is the end of `async with lock:`: the lock is released.
func (m *AsyncLock) AExit() { m.Release() }

// AEnter is `async with sem:` entering.
func (s *AsyncSemaphore) AEnter() { s.Acquire().Await() }

// AExit is the end of `async with sem:`.
func (s *AsyncSemaphore) AExit() { s.Release() }

// TaskGroup is asyncio.TaskGroup (3.11): `async with` waits for every
// task created in it; the first failure cancels the others and the body,
// and the failures are raised together as an ExceptionGroup.
type TaskGroup struct {
	l             *aloop
	parent        *taskCore
	tasks         []*taskCore
	errors        []*Error
	aborting      bool
	exiting       bool
	cancelledBody bool
	idle          *afut
}

// NewTaskGroup is asyncio.TaskGroup().
func NewTaskGroup() *TaskGroup { return &TaskGroup{} }

// AEnter starts the group in the calling task.
func (g *TaskGroup) AEnter() {
	l, _, t := curLoop()
	g.l, g.parent = l, t
}

// TaskGroupCreateTask is tg.create_task(coro, name=...).
func TaskGroupCreateTask[T any](g *TaskGroup, c *Coro[T], name string) *Task[T] {
	if g.l == nil {
		panic(RuntimeError.New(fmt.Sprintf("TaskGroup %s has not been entered", "<TaskGroup>")))
	}
	if g.exiting && len(g.tasks) == 0 {
		panic(RuntimeError.New("TaskGroup <TaskGroup> is finished"))
	}
	t := newTask(g.l, c, name)
	g.tasks = append(g.tasks, t.t)
	t.core.onDone(func() { g.taskDone(t.t) })
	return t
}

// taskDone is the group's done callback for one of its tasks.
func (g *TaskGroup) taskDone(t *taskCore) {
	for i, x := range g.tasks {
		if x == t {
			g.tasks = append(g.tasks[:i], g.tasks[i+1:]...)
			break
		}
	}
	if g.idle != nil && len(g.tasks) == 0 {
		g.idle.finish(nil, false)
	}
	if t.fut.cancelled || t.fut.err == nil {
		return
	}
	t.fut.retrieved = true
	g.errors = append(g.errors, t.fut.err)
	if !g.aborting && !g.cancelledBody {
		g.abort()
		g.cancelledBody = true
		if g.parent != nil {
			g.parent.cancel()
		}
	}
}

// abort cancels every task still running.
func (g *TaskGroup) abort() {
	g.aborting = true
	for _, t := range append([]*taskCore(nil), g.tasks...) {
		t.cancel()
	}
}

// AExit is the end of the `async with` block; r is what the block raised
// (recovered), nil when it ended normally.
func (g *TaskGroup) AExit(r any) {
	g.exiting = true
	var exc *Error
	if r != nil {
		exc = AsError(r)
	}
	var propagate *Error
	if exc != nil && exc.Matches(AsyncioCancelledError) {
		if !g.cancelledBody {
			propagate = exc
		}
	}
	if exc != nil && !g.aborting {
		g.abort()
	}
	for len(g.tasks) > 0 {
		g.idle = &afut{l: g.l}
		_, self, t := curLoop()
		if err := Catch(func() { g.l.wait(self, t, g.idle) }); err != nil {
			if !g.aborting {
				propagate = err
				g.abort()
			}
		}
	}
	g.idle = nil
	if propagate != nil && len(g.errors) == 0 {
		panic(propagate)
	}
	if exc != nil && !exc.Matches(AsyncioCancelledError) {
		g.errors = append(g.errors, exc)
	}
	if len(g.errors) > 0 {
		panic(g.group())
	}
}

// group is the ExceptionGroup of the collected failures.
func (g *TaskGroup) group() *Error {
	return NewExceptionGroup("unhandled errors in a TaskGroup", g.errors)
}

// AsyncTimeout is asyncio.timeout(delay) (3.11): when the deadline
// passes before the block ends, the task is cancelled, and the
// cancellation becomes TimeoutError at the end of the block. Without a
// deadline (None) it never expires, unless rescheduled.
type AsyncTimeout struct {
	when    Object // the deadline on loop.time()'s clock, or nil
	l       *aloop
	task    *taskCore
	timer   *glet
	expired bool
}

// NewAsyncTimeout is asyncio.timeout(delay): the deadline is counted
// from the call, as CPython's loop.time() + delay; a negative delay is
// None.
func NewAsyncTimeout(delay float64) *AsyncTimeout {
	if delay < 0 {
		return &AsyncTimeout{}
	}
	return &AsyncTimeout{when: Monotonic() + delay}
}

// NewAsyncTimeoutAt is asyncio.timeout_at(when), when a loop time or None.
func NewAsyncTimeoutAt(when Object) *AsyncTimeout { return &AsyncTimeout{when: when} }

// AEnter arms the timer for the calling task.
func (a *AsyncTimeout) AEnter() {
	l, _, t := curLoop()
	a.l, a.task = l, t
	a.arm()
}

// arm starts the timer for the deadline, if there is one and the block
// has been entered.
func (a *AsyncTimeout) arm() {
	if a.when == nil || a.task == nil {
		return
	}
	t := a.task
	a.timer = a.l.callAt(a.l.h.after(ToFloat(a.when)-Monotonic()), func() {
		a.expired = true
		t.cancel()
	})
}

// AExit disarms the timer and turns the timer's cancellation into
// TimeoutError.
func (a *AsyncTimeout) AExit(r any) {
	if a.timer != nil {
		a.l.cancelTimer(a.timer)
	}
	a.task = nil
	if r == nil {
		return
	}
	exc := AsError(r)
	if a.expired && exc.Matches(AsyncioCancelledError) {
		panic(TimeoutError.New().From(exc))
	}
	panic(exc)
}

// When is cm.when(): the deadline, or None.
func (a *AsyncTimeout) When() Object { return a.when }

// Reschedule is cm.reschedule(when): a new deadline (None for none)
// replaces the old one.
func (a *AsyncTimeout) Reschedule(when Object) {
	if a.expired {
		panic(RuntimeError.New("Cannot reschedule expired timeout"))
	}
	if a.timer != nil {
		a.l.cancelTimer(a.timer)
		a.timer = nil
	}
	a.when = when
	a.arm()
}

// Expired is cm.expired().
func (a *AsyncTimeout) Expired() bool { return a.expired }
