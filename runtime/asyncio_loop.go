package runtime

import "sync"

// Event loops a program drives itself, the style before asyncio.run:
//
//	loop = asyncio.get_event_loop()
//	loop.run_until_complete(main())
//	loop.close()
//
// Such a loop is made on the calling thread's hub but runs only inside
// run_until_complete (or run_forever); the tasks it holds stay from one
// run to the next. A loop set as the thread's current loop
// (set_event_loop, or the one get_event_loop makes) is what gather,
// ensure_future and loop.create_task use outside a running loop.

// setLoops maps a hub to its thread's current event loop.
var setLoops sync.Map // *hub -> *EventLoop

// loopState is what a loop the program drives keeps besides the aloop.
type loopState struct {
	closed bool
	stop   *afut // completed by stop() while run_forever runs
}

// NewEventLoop is asyncio.new_event_loop().
func NewEventLoop() *EventLoop {
	h, _ := currentGlet()
	l := &aloop{h: h, base: current(), byG: map[*glet]*taskCore{}}
	l.ev = &EventLoop{l: l, state: &loopState{}}
	return l.ev
}

// SetEventLoop is asyncio.set_event_loop(loop); None unsets it.
func SetEventLoop(e *EventLoop) {
	h, _ := currentGlet()
	if e == nil {
		setLoops.Delete(h)
		return
	}
	setLoops.Store(h, e)
}

// GetEventLoop is asyncio.get_event_loop(): the running loop, else the
// thread's current loop, made and set on first use.
func GetEventLoop() *EventLoop {
	h, _ := currentGlet()
	if v, ok := loops.Load(h); ok {
		return v.(*aloop).object()
	}
	if v, ok := setLoops.Load(h); ok {
		return v.(*EventLoop)
	}
	e := NewEventLoop()
	setLoops.Store(h, e)
	return e
}

// setLoop is the current loop set for hub h, for curLoop outside a
// running loop.
func setLoop(h *hub) (*aloop, bool) {
	if v, ok := setLoops.Load(h); ok {
		return v.(*EventLoop).l, true
	}
	return nil, false
}

// run runs the loop until f is done, on the calling thread, as
// run_until_complete does.
func (e *EventLoop) run(f *afut) {
	h, self := currentGlet()
	if e.state != nil && e.state.closed {
		panic(RuntimeError.New("Event loop is closed"))
	}
	if v, busy := loops.Load(h); busy {
		if v.(*aloop) == e.l {
			panic(RuntimeError.New("This event loop is already running"))
		}
		panic(RuntimeError.New("Cannot run the event loop while another loop is running"))
	}
	loops.Store(h, e.l)
	defer loops.Delete(h)
	e.l.wait(self, nil, f)
}

// RunUntilComplete is loop.run_until_complete(aw): a coroutine becomes a
// task of the loop, which runs until aw is done; its result or exception
// is the call's.
func RunUntilComplete[T any](e *EventLoop, aw Awaitable[T]) T {
	var f *AFuture[T]
	if c, ok := aw.(*Coro[T]); ok {
		f = &newTask(e.l, c, "").AFuture
	} else {
		f = aw.future()
	}
	e.run(f.core)
	return f.Result()
}

// RunForever is loop.run_forever(): the loop runs until stop() is called.
func (e *EventLoop) RunForever() {
	if e.state == nil {
		panic(RuntimeError.New("This event loop is already running"))
	}
	e.state.stop = &afut{l: e.l}
	defer func() { e.state.stop = nil }()
	e.run(e.state.stop)
}

// Stop is loop.stop(): run_forever returns once the callbacks already
// scheduled have run.
func (e *EventLoop) Stop() {
	if e.state == nil || e.state.stop == nil {
		return
	}
	s := e.state.stop
	e.l.callSoon(func() { s.finish(nil, false) })
}

// Close is loop.close(): a running loop cannot be closed; tasks still
// pending are dropped, as CPython drops them.
func (e *EventLoop) Close() {
	h, _ := currentGlet()
	if v, busy := loops.Load(h); busy && v.(*aloop) == e.l {
		panic(RuntimeError.New("Cannot close a running event loop"))
	}
	if e.state != nil && !e.state.closed {
		e.state.closed = true
		e.l.reportUnretrieved()
	}
}

// IsClosed is loop.is_closed().
func (e *EventLoop) IsClosed() bool { return e.state != nil && e.state.closed }

// IsRunning is loop.is_running().
func (e *EventLoop) IsRunning() bool {
	v, ok := loops.Load(e.l.h)
	return ok && v.(*aloop) == e.l
}

// LoopCreateTask is loop.create_task(coro, name=...): a task of this
// loop, which first runs when the loop does.
func LoopCreateTask[T any](e *EventLoop, c *Coro[T], name string) *Task[T] {
	return newTask(e.l, c, name)
}

// CallSoonThreadsafe is loop.call_soon_threadsafe(callback, *args): fn
// is queued from any thread, and the loop, which may be idle waiting
// for just that, is woken.
func (e *EventLoop) CallSoonThreadsafe(fn func()) *TimerHandle {
	th := &TimerHandle{l: e.l, g: e.l.callSoon(fn)}
	e.l.poke()
	return th
}

// poke wakes the loop's hub if it is idle.
func (l *aloop) poke() {
	select {
	case l.h.poke <- struct{}{}:
	default:
	}
}

// RunCoroutineThreadsafe is asyncio.run_coroutine_threadsafe(coro,
// loop), called from another thread: the coroutine becomes a task of the
// loop, and the concurrent.futures.Future returned completes as it does.
func RunCoroutineThreadsafe[T any](c *Coro[T], e *EventLoop) *Future[T] {
	out := NewFuture[T]()
	e.CallSoonThreadsafe(func() {
		t := newTask(e.l, c, "")
		t.core.onDone(func() {
			e.l.h.mu.Lock()
			err, cancelled := t.core.err, t.core.cancelled
			t.core.retrieved = true
			e.l.h.mu.Unlock()
			switch {
			case cancelled:
				out.Cancel()
			case err != nil:
				out.SetException(err)
			default:
				out.SetResult(t.val())
			}
		})
	})
	return out
}
