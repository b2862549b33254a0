package runtime

import "iter"

// GenCM is the context manager a @contextlib.contextmanager function
// returns: its generator runs to the first yield on entering, whose value
// `with ... as x` binds, and on to its end on leaving. When the with body
// raises, the generator is stopped at its yield instead, which runs its
// finally bodies (deferred in the generated Go), and the exception goes
// on, as when CPython throws it into a generator that does not catch it.
type GenCM[T any] struct {
	next func() (T, bool)
	stop func()
}

// NewGenCM wraps the generator of one call of a @contextmanager function.
func NewGenCM[T any](gen iter.Seq[T]) *GenCM[T] {
	next, stop := iter.Pull(gen)
	return &GenCM[T]{next: next, stop: stop}
}

// Enter is __enter__: the generator's first yielded value.
func (c *GenCM[T]) Enter() T {
	v, ok := c.next()
	if !ok {
		panic(RuntimeError.New("generator didn't yield"))
	}
	return v
}

// Exit is the deferred __exit__: it finishes the generator, or stops it
// and re-raises when an exception is in flight.
func (c *GenCM[T]) Exit() {
	if r := recover(); r != nil {
		c.stop()
		panic(r)
	}
	if _, ok := c.next(); ok {
		c.stop()
		panic(RuntimeError.New("generator didn't stop"))
	}
}

// AGenCM is the async context manager an @contextlib.asynccontextmanager
// function returns. Its async generator runs in the task that enters it,
// as GenCM's generator does; when the block raises, the generator is
// stopped at its yield and its finally bodies run before the exception
// goes on, where a generator the consumer merely left would keep them for
// asyncio's later aclose() task.
type AGenCM[T any] struct {
	GenCM[T]
	held *AGenHolder
}

// NewAGenCM wraps the async generator of one call of an
// @asynccontextmanager function.
func NewAGenCM[T any](gen iter.Seq[T]) *AGenCM[T] {
	h := NewAGenHolder()
	next, stop := iter.Pull(HeldAsyncGen(h, gen))
	return &AGenCM[T]{GenCM: GenCM[T]{next: next, stop: stop}, held: h}
}

// AEnter is __aenter__: the generator's first yielded value.
func (c *AGenCM[T]) AEnter() T { return c.Enter() }

// AExit is the deferred __aexit__: it finishes the generator, or stops it
// and runs its finally bodies, then re-raises, when an exception is in
// flight.
func (c *AGenCM[T]) AExit() {
	if r := recover(); r != nil {
		c.stop()
		c.held.AClose().Await()
		panic(r)
	}
	if _, ok := c.next(); ok {
		c.stop()
		c.held.AClose().Await()
		panic(RuntimeError.New("generator didn't stop"))
	}
}
