package runtime

// Views of generic library objects under another result type.
//
// A Python list may hold a Future of an int beside a Future of None, or a
// Task of a float beside a Task that never returns. Generated code types
// such a list by the join of its items, *Future[Object] (or *Task[T] for
// the one that returns), and each item of another result type enters the
// list as a view: an object of the list's type that shares the original's
// state (its outcome, callbacks, cancellation, name and identity in
// reprs) and converts the result when it is read. Waiting on, cancelling
// or reading a view acts on the original.

// AnyFuture views the concurrent future f as a future of U, its result
// converted by conv.
func AnyFuture[U, T any](f *Future[T], conv func(T) U) *Future[U] {
	return &Future[U]{futureCore: f.futureCore, get: func() U { return conv(f.val()) }}
}

// val is the future's value, read through the original when f is a view.
func (f *Future[T]) val() T {
	if f.get != nil {
		return f.get()
	}
	return f.value
}

// AnyTask views the asyncio task t as a task of U, its result converted
// by conv.
func AnyTask[U, T any](t *Task[T], conv func(T) U) *Task[U] {
	return &Task[U]{AFuture: AFuture[U]{core: t.core, get: func() U { return conv(t.val()) }}, t: t.t}
}

// AnyAFuture views the asyncio future f as a future of U, its result
// converted by conv.
func AnyAFuture[U, T any](f *AFuture[T], conv func(T) U) *AFuture[U] {
	return &AFuture[U]{core: f.core, get: func() U { return conv(f.val()) }}
}

// val is the future's value, read through the original when f is a view.
func (f *AFuture[T]) val() T {
	if f.get != nil {
		return f.get()
	}
	return f.value
}

// AnyGreenlet views the greenlet gr as a greenlet of U, its result
// converted by conv.
func AnyGreenlet[U, T any](gr *Greenlet[T], conv func(T) U) *Greenlet[U] {
	return &Greenlet[U]{g: gr.g, get: func() U { return conv(gr.val()) }}
}

// val is the greenlet's value, read through the original when gr is a
// view.
func (gr *Greenlet[T]) val() T {
	if gr.get != nil {
		return gr.get()
	}
	return gr.value
}

// AnyAsyncResult views the pool result r as a result of U, its value
// converted by conv.
func AnyAsyncResult[U, T any](r *AsyncResult[T], conv func(T) U) *AsyncResult[U] {
	return &AsyncResult[U]{pool: r.pool, done: r.done, get: func() (U, *Error) {
		v, err := r.outcome()
		var u U
		if err == nil {
			u = conv(v)
		}
		return u, err
	}}
}

// outcome is the result's value and exception, read through the original
// when r is a view.
func (r *AsyncResult[T]) outcome() (T, *Error) {
	if r.get != nil {
		return r.get()
	}
	return r.value, r.err
}

// AnyCoro views the coroutine c as a coroutine of U: awaiting it runs c.
func AnyCoro[U, T any](c *Coro[T], conv func(T) U) *Coro[U] {
	return NewCoro(c.name, func() U { return conv(c.run()) })
}

// ToObject is the conversion of a view whose result type is Object.
func ToObject[T any](v T) Object { return v }
