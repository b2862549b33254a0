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
	return newView(f.core(), func() U { return conv(f.val()) })
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
	return &Greenlet[U]{g: gr.g, fname: gr.fname, args: gr.args, get: func() U { return conv(gr.val()) }}
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

// viewed is implemented by the objects that can be viewed: identity is
// the state a view shares with its original, so `t in done` finds a task
// whichever view of it the collection holds.
type viewed interface{ identity() any }

func (f *Future[T]) identity() any      { return f.core() }
func (f *AFuture[T]) identity() any     { return f.core }
func (gr *Greenlet[T]) identity() any   { return gr.g }
func (r *AsyncResult[T]) identity() any { return r.done }

// sameObject reports whether b is a or a view of the same object.
func sameObject(a viewed, b Object) bool {
	v, ok := b.(viewed)
	return ok && v.identity() == a.identity()
}

// PyEq is f == other: true for f itself and its views.
func (f *Future[T]) PyEq(other Object) bool { return sameObject(f, other) }

// PyEq is f == other: true for f itself and its views (a task's too).
func (f *AFuture[T]) PyEq(other Object) bool { return sameObject(f, other) }

// PyEq is gr == other: true for gr itself and its views.
func (gr *Greenlet[T]) PyEq(other Object) bool { return sameObject(gr, other) }

// PyEq is r == other: true for r itself and its views.
func (r *AsyncResult[T]) PyEq(other Object) bool { return sameObject(r, other) }

// ViewAll is a list of library objects seen under other type arguments:
// each item through view (AnyGreenlet, AnyFuture, ...), as a list of
// Greenlet[int] joined with one of Greenlet[Object] needs.
func ViewAll[T, U any](xs []T, view func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = view(x)
	}
	return out
}
