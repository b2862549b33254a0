package runtime

// asyncio.wait and gather of values whose type py2go does not prove: a
// set of tasks ({t1, t2}, or a set built by a comprehension) is a runtime
// Set of Objects, so the tasks are reached through these interfaces, and
// wait returns (done, pending) as sets, as CPython does.

// futureLike is an asyncio task or future of any result type.
type futureLike interface {
	futureCore() *afut
}

func (f *AFuture[T]) futureCore() *afut { return f.core }

// objectAwaitable is an awaitable of any result type, viewed as one whose
// result is an Object.
type objectAwaitable interface {
	asObject() Awaitable[Object]
}

func (f *AFuture[T]) asObject() Awaitable[Object] { return anyAw[T]{f} }
func (t *Task[T]) asObject() Awaitable[Object]    { return anyAw[T]{t} }
func (c *Coro[T]) asObject() Awaitable[Object]    { return anyAw[T]{c} }

// waitCores parks the calling task until return_when holds for the
// futures or the timeout (NoTimeout: none) passes.
func waitCores(cores []*afut, timeout float64, returnWhen string) {
	if len(cores) == 0 {
		panic(ValueError.New("Set of Tasks/Futures is empty."))
	}
	l, self, t := curLoop()
	waiter := &afut{l: l}
	release := func() { waiter.finish(nil, false) }
	var timer *glet
	if timeout >= 0 {
		timer = l.callAt(l.h.after(timeout), release)
	}
	left := len(cores)
	for _, f := range cores {
		f.onDone(func() {
			left--
			failed := !f.cancelled && f.err != nil
			if left <= 0 || returnWhen == FirstCompleted || returnWhen == FirstException && failed {
				release()
			}
		})
	}
	l.wait(self, t, waiter)
	if timer != nil {
		l.cancelTimer(timer)
	}
}

// AsyncWaitObjects is asyncio.wait(fs, timeout, return_when) for an
// iterable of tasks and futures of unproven type: it gives the tuple
// (done, pending) of two sets. A coroutine is refused, as in 3.11.
func AsyncWaitObjects(fs Object, timeout float64, returnWhen string) *Coro[Tuple] {
	return NewCoro("wait", func() Tuple {
		var items []Object
		var cores []*afut
		for v := range Iter(fs) {
			f, ok := v.(futureLike)
			if !ok {
				if _, isCoro := v.(objectAwaitable); isCoro {
					panic(TypeError.New("Passing coroutines is forbidden, use tasks explicitly."))
				}
				panic(AttributeError.New("'" + TypeName(v) + "' object has no attribute 'add_done_callback'"))
			}
			items = append(items, v)
			cores = append(cores, f.futureCore())
		}
		waitCores(cores, timeout, returnWhen)
		done, pending := SetOf(), SetOf()
		for i, v := range items {
			if cores[i].isDone() {
				done.Add(v)
			} else {
				pending.Add(v)
			}
		}
		return Tuple{done, pending}
	})
}

// GatherObjects is asyncio.gather(*aws) for an iterable of awaitables of
// unproven type (a set of tasks).
func GatherObjects(aws Object) *AFuture[[]Object] {
	return Gather(objectAwaitables(aws)...)
}

// GatherExceptionsObjects is GatherObjects with return_exceptions=True.
func GatherExceptionsObjects(aws Object) *AFuture[[]Object] {
	return GatherExceptions(objectAwaitables(aws)...)
}

func objectAwaitables(aws Object) []Awaitable[Object] {
	var out []Awaitable[Object]
	for v := range Iter(aws) {
		a, ok := v.(objectAwaitable)
		if !ok {
			panic(TypeError.New("An asyncio.Future, a coroutine or an awaitable is required"))
		}
		out = append(out, a.asObject())
	}
	return out
}

// AwaitAny is `await x` for a value whose type py2go could not prove: a
// coroutine, task or future of any result type, whose result comes as
// an Object.
func AwaitAny(x Object) Object {
	a, ok := x.(objectAwaitable)
	if !ok {
		panic(TypeError.New("object " + TypeName(x) + " can't be used in 'await' expression"))
	}
	return a.asObject().Await()
}

// PyMethod lets CallMethod reach a future's methods when py2go could not
// prove the receiver is one (a task taken from a set).
func (f *AFuture[T]) PyMethod(name string, args []Object) (Object, bool) {
	switch name {
	case "result":
		return f.Result(), true
	case "exception":
		if err := f.Exception(); err != nil {
			return err, true
		}
		return nil, true
	case "done":
		return f.Done(), true
	case "cancelled":
		return f.Cancelled(), true
	case "cancel":
		return f.Cancel(args...), true
	}
	return nil, false
}

// PyMethod lets CallMethod reach a task's methods.
func (t *Task[T]) PyMethod(name string, args []Object) (Object, bool) {
	switch name {
	case "get_name":
		return t.GetName(), true
	case "set_name":
		t.SetName(Str(Arg(args, 0, nil)))
		return nil, true
	}
	return t.AFuture.PyMethod(name, args)
}
