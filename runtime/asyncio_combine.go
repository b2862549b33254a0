package runtime

// Gather is asyncio.gather(*aws): every awaitable becomes a task now, in
// order; the result lists their results in the same order. The first
// failure is raised at once while the others keep running. A cancelled
// gather cancels its children.
func Gather[T any](aws ...Awaitable[T]) *AFuture[[]T] {
	return gather(false, aws, func(f *AFuture[T]) T { return f.val() })
}

// GatherExceptions is asyncio.gather(*aws, return_exceptions=True):
// exceptions take their awaitable's place in the results.
func GatherExceptions[T any](aws ...Awaitable[T]) *AFuture[[]Object] {
	return gather(true, aws, func(f *AFuture[T]) Object {
		if f.core.cancelled {
			// CPython's gather puts CancelledError(msg or '') here.
			if len(f.core.cancelMsg) > 0 {
				return AsyncioCancelledError.New(f.core.cancelMsg...)
			}
			return AsyncioCancelledError.New("")
		}
		if f.core.err != nil {
			f.core.retrieved = true
			return f.core.err
		}
		return f.val()
	})
}

// GatherList is asyncio.gather(*aws) for a list of awaitables.
func GatherList[T any, A Awaitable[T]](aws []A) *AFuture[[]T] {
	return Gather(asAwaitables[T](aws)...)
}

// GatherExceptionsList is asyncio.gather(*aws, return_exceptions=True).
func GatherExceptionsList[T any, A Awaitable[T]](aws []A) *AFuture[[]Object] {
	return GatherExceptions(asAwaitables[T](aws)...)
}

// AsAwaitables is a list of awaitables as the part of gather's
// arguments that a starred list spreads: gather(*tasks, other).
func AsAwaitables[T any, A Awaitable[T]](aws []A) []Awaitable[T] { return asAwaitables[T](aws) }

// AnyAwaitables is AsAwaitables where the other awaitables of the gather
// have results of other types, so all are seen as Objects.
func AnyAwaitables[T any, A Awaitable[T]](aws []A) []Awaitable[Object] {
	out := make([]Awaitable[Object], len(aws))
	for i, a := range aws {
		out[i] = AnyAwaitable[T](a)
	}
	return out
}

func asAwaitables[T any, A Awaitable[T]](aws []A) []Awaitable[T] {
	out := make([]Awaitable[T], len(aws))
	for i, a := range aws {
		out[i] = a
	}
	return out
}

func gather[T, R any](retExc bool, aws []Awaitable[T], result func(*AFuture[T]) R) *AFuture[[]R] {
	l, _, _ := curLoop()
	outer := &AFuture[[]R]{core: &afut{l: l}}
	if len(aws) == 0 {
		outer.value = []R{}
		outer.core.finish(nil, false)
		return outer
	}
	kids := make([]*AFuture[T], len(aws))
	for i, a := range aws {
		kids[i] = a.future()
	}
	cancelRequested := false
	outer.core.cancelHook = func(args []Object) bool {
		ok := false
		for _, k := range kids {
			if k.core.cancel(args...) {
				ok = true
			}
		}
		cancelRequested = cancelRequested || ok
		return ok
	}
	finished := 0
	for _, k := range kids {
		k := k
		k.core.onDone(func() {
			finished++
			if outer.core.isDone() {
				return
			}
			k.core.retrieved = true
			if !retExc && (k.core.cancelled || k.core.err != nil) {
				err := k.core.err
				if k.core.cancelled {
					err = cancelledError(err)
				}
				outer.core.finish(err, false)
				return
			}
			if finished < len(kids) {
				return
			}
			res := make([]R, len(kids))
			for i, c := range kids {
				res[i] = result(c)
			}
			if cancelRequested {
				outer.core.finish(AsyncioCancelledError.New(), true)
				return
			}
			outer.value = res
			outer.core.finish(nil, false)
		})
	}
	return outer
}

// AsyncWaitFor is asyncio.wait_for(aw, timeout): the result of aw, or, when
// the timeout passes first, aw cancelled and TimeoutError raised. A
// negative timeout (None) waits for ever.
func AsyncWaitFor[T any](a Awaitable[T], timeout float64) *Coro[T] {
	return NewCoro("wait_for", func() T { return waitFor(a, timeout) })
}

func waitFor[T any](a Awaitable[T], timeout float64) T {
	if timeout < 0 {
		return a.Await()
	}
	l, self, t := curLoop()
	fut := a.future()
	if timeout == 0 {
		if !fut.Done() {
			cancelAndWait(l, self, t, fut.core)
			return timeoutResult(fut)
		}
		return fut.Result()
	}
	waiter := &afut{l: l}
	release := func() { waiter.finish(nil, false) }
	timer := l.callAt(l.h.after(timeout), release)
	defer l.cancelTimer(timer)
	fut.core.onDone(release)
	if err := Catch(func() { l.wait(self, t, waiter) }); err != nil {
		if fut.Done() {
			return fut.Result()
		}
		cancelAndWait(l, self, t, fut.core)
		panic(err)
	}
	if fut.Done() {
		return fut.Result()
	}
	cancelAndWait(l, self, t, fut.core)
	return timeoutResult(fut)
}

// timeoutResult is the end of wait_for after cancelling: the result when
// the task finished anyway, TimeoutError when it was cancelled.
func timeoutResult[T any](fut *AFuture[T]) T {
	if fut.Cancelled() {
		panic(TimeoutError.New().From(AsyncioCancelledError.New()))
	}
	return fut.Result()
}

// cancelAndWait cancels f and waits until it is done.
func cancelAndWait(l *aloop, self *glet, t *taskCore, f *afut) {
	waiter := &afut{l: l}
	f.onDone(func() { waiter.finish(nil, false) })
	f.cancel()
	l.wait(self, t, waiter)
}

// AsyncAsCompleted is asyncio.as_completed(aws, timeout): coroutines whose
// awaits give the results in the order the awaitables finish.
func AsyncAsCompleted[T any, A Awaitable[T]](aws []A, timeout float64) []*Coro[T] {
	l, _, _ := curLoop()
	var doneQ []*AFuture[T]
	more := &afut{l: l}
	todo := len(aws)
	for _, a := range aws {
		f := a.future()
		f.core.onDone(func() {
			doneQ = append(doneQ, f)
			more.finish(nil, false)
		})
	}
	var timer *glet
	timedOut := false
	if timeout >= 0 {
		timer = l.callAt(l.h.after(timeout), func() {
			timedOut = true
			more.finish(nil, false)
		})
	}
	out := make([]*Coro[T], len(aws))
	for i := range out {
		out[i] = NewCoro("_wait_for_one", func() T {
			l, self, t := curLoop()
			for len(doneQ) == 0 && !timedOut {
				more = &afut{l: l}
				l.wait(self, t, more)
			}
			if len(doneQ) == 0 {
				panic(TimeoutError.New())
			}
			f := doneQ[0]
			doneQ = doneQ[1:]
			todo--
			if todo == 0 && timer != nil {
				l.cancelTimer(timer)
			}
			return f.Result()
		})
	}
	return out
}

// ToThread is asyncio.to_thread(f): f runs in a worker thread while the
// loop goes on; awaiting the coroutine gives f's result.
func ToThread[T any](f func() T) *Coro[T] {
	return NewCoro("to_thread", func() T {
		l, self, t := curLoop()
		return runInThread(l, f).awaitIn(l, self, t)
	})
}

// runInThread starts f on its own goroutine (a thread of the default
// executor) and returns the future it completes. While it runs the hub
// counts a foreign wait, so an idle loop sleeps instead of reporting a
// deadlock, and the completion pokes the hub awake.
func runInThread[T any](l *aloop, f func() T) *AFuture[T] {
	out := &AFuture[T]{core: &afut{l: l}}
	h := l.h
	h.mu.Lock()
	h.foreign++
	h.mu.Unlock()
	goWith(&gctx{proc: l.base.proc, thread: l.base.thread, root: &hubRoot{}}, func() {
		var v T
		err := Catch(func() { v = f() })
		out.value = v
		out.core.finish(err, false)
		h.mu.Lock()
		h.foreign--
		h.mu.Unlock()
		select {
		case h.poke <- struct{}{}:
		default:
		}
	})
	return out
}

// awaitIn waits for f in task t of loop l.
func (f *AFuture[T]) awaitIn(l *aloop, self *glet, t *taskCore) T {
	l.wait(self, t, f.core)
	return f.Result()
}

// AsyncWait is asyncio.wait(aws, timeout, return_when): it waits until
// the return_when condition holds or the timeout passes and gives the
// tuple (done, pending) of two sets, as Python's are even when aws is a
// list; each is filled in the order of aws.
func AsyncWait[T any, A Awaitable[T]](aws []A, timeout float64, returnWhen string) *Coro[Tuple] {
	return NewCoro("wait", func() Tuple {
		cores := make([]*afut, len(aws))
		for i, a := range aws {
			cores[i] = a.future().core
		}
		waitCores(cores, timeout, returnWhen)
		done, pending := SetOf(), SetOf()
		for i, a := range aws {
			if cores[i].isDone() {
				done.Add(a)
			} else {
				pending.Add(a)
			}
		}
		return Tuple{done, pending}
	})
}

// EventLoop is the object asyncio.get_running_loop() returns; state is
// set for a loop the program runs itself (asyncio_loop.go).
type EventLoop struct {
	l     *aloop
	state *loopState
}

// GetRunningLoop is asyncio.get_running_loop().
func GetRunningLoop() *EventLoop {
	h, _ := currentGlet()
	v, ok := loops.Load(h)
	if !ok {
		panic(RuntimeError.New("no running event loop"))
	}
	return v.(*aloop).object()
}

// object is the loop as the one Python object it is, so that `is`
// holds between two calls that return it.
func (l *aloop) object() *EventLoop {
	if l.ev == nil {
		l.ev = &EventLoop{l: l}
	}
	return l.ev
}

// PyTypeName is type(loop).__name__.
func (e *EventLoop) PyTypeName() string { return "_UnixSelectorEventLoop" }

// RunInExecutor is loop.run_in_executor(None, f, *args): a future that a
// worker thread completes with f's result.
func RunInExecutor[T any](e *EventLoop, f func() T) *AFuture[T] {
	return runInThread(e.l, f)
}

// RunInExecutorPool is loop.run_in_executor(pool, f, *args) with a
// ThreadPoolExecutor: f runs as the pool's work item, and the asyncio
// future completes with its result or exception.
func RunInExecutorPool[T any](e *EventLoop, pool *Executor, f func() T) *AFuture[T] {
	return runInThread(e.l, Submit(pool, f).Result)
}

// Shield is asyncio.shield(aw): a future that completes as aw does, but
// whose cancellation (by wait_for's timeout, or cancel()) leaves aw
// running.
func Shield[T any](aw Awaitable[T]) *AFuture[T] {
	inner := aw.future()
	outer := &AFuture[T]{core: &afut{l: inner.core.l}}
	inner.core.onDone(func() {
		if outer.core.isDone() {
			return
		}
		inner.core.l.h.mu.Lock()
		err, cancelled := inner.core.err, inner.core.cancelled
		inner.core.retrieved = true
		inner.core.l.h.mu.Unlock()
		if err == nil && !cancelled {
			outer.value = inner.val()
		}
		outer.core.finish(err, cancelled)
	})
	return outer
}

// Time is loop.time(): the loop's monotonic clock.
func (e *EventLoop) Time() float64 { return Monotonic() }
