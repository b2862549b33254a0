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
