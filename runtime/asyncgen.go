package runtime

import "iter"

// Async generators whose consumer stops early.
//
// CPython closes a generator the moment its last reference goes, so a
// plain generator's finally runs right at the consumer's break; Go's
// range-over-func does the same. An async generator cannot be closed
// synchronously, so asyncio's finalizer hook schedules agen.aclose() as a
// new task (call_soon of create_task, so it first runs two loop turns
// later), and asyncio.run's shutdown_asyncgens closes what is left at the
// end. The code after `break` therefore runs before the generator's
// finally. AsyncGen rebuilds that order: a finally body reached because
// the consumer stopped asking is kept (AGen.Finally) and run in such a
// task, or at asyncio.run's end at the latest.

// AGen is the state of one run of an async generator that has finally
// bodies.
type AGen struct {
	abandoned bool
	finals    []func()
}

// AsyncGen is an async generator's iter.Seq: body is the generator with
// yield, and agen for its finally bodies (defer agen.Finally(...)).
func AsyncGen[T any](body func(yield func(T) bool, agen *AGen)) iter.Seq[T] {
	return func(yield func(T) bool) {
		g := &AGen{}
		body(func(v T) bool {
			if yield(v) {
				return true
			}
			g.abandoned = true
			return false
		}, g)
		if len(g.finals) > 0 {
			g.close()
		}
	}
}

// Finally runs a finally body of the generator: now, unless the consumer
// stopped the generator, in which case it runs when asyncio would close
// the generator.
func (g *AGen) Finally(f func()) {
	if g.abandoned {
		g.finals = append(g.finals, f)
		return
	}
	f()
}

// agenClose is a pending aclose(): the finally bodies to run, once.
type agenClose struct {
	finals []func()
	done   bool
}

func (c *agenClose) run() {
	if c.done {
		return
	}
	c.done = true
	for _, f := range c.finals {
		f()
	}
}

// close schedules the kept finally bodies as asyncio's finalizer hook
// schedules aclose(): a callback that creates the task.
func (g *AGen) close() {
	l, _, _ := curLoop()
	c := &agenClose{finals: g.finals}
	l.closing = append(l.closing, c)
	l.callSoon(func() {
		l.startTask("", "aclose", c.run)
	})
}

// shutdownAsyncGens is loop.shutdown_asyncgens() at asyncio.run's end:
// the generators whose close task never ran (it was cancelled with the
// others) run their finally bodies now.
func (l *aloop) shutdownAsyncGens() {
	for _, c := range l.closing {
		c.run()
	}
	l.closing = nil
}
