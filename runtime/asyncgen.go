package runtime

import (
	"iter"
	"sync"
)

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
	// holder, when set, keeps the generator open until the coroutine
	// whose variable holds it returns (HeldAsyncGen).
	holder *AGenHolder
}

// AsyncGen is an async generator's iter.Seq: body is the generator with
// yield, and agen for its finally bodies (defer agen.Finally(...)).
func AsyncGen[T any](body func(yield func(T) bool, agen *AGen)) iter.Seq[T] {
	return func(yield func(T) bool) {
		g := &AGen{holder: takeHolder()}
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
	c := &agenClose{finals: g.finals}
	if g.holder != nil {
		g.holder.pending = append(g.holder.pending, c)
		return
	}
	c.schedule()
}

// schedule queues the close as asyncio's finalizer hook does.
func (c *agenClose) schedule() {
	l, _, _ := curLoop()
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

// A generator held in a local variable (`g = agen()`, then `async for x
// in g: break`) lives, in CPython, until the coroutine holding it
// returns; only then does the finalizer hook schedule its aclose().

// AGenHolder collects the closes of the generators a coroutine holds in
// its variables, until it returns.
type AGenHolder struct {
	pending []*agenClose
	// vars are the holders of generators the coroutine closes itself
	// (await agen.aclose()), one per variable.
	vars []*AGenHolder
	name string
}

// NewAGenHolder is the holder of a coroutine that iterates a generator
// it keeps in a variable; the coroutine defers its Close.
func NewAGenHolder() *AGenHolder { return &AGenHolder{} }

// Close schedules the closes of the generators the coroutine held, as
// its return drops them.
func (h *AGenHolder) Close() {
	for _, v := range h.vars {
		v.Close()
	}
	for _, c := range h.pending {
		c.schedule()
	}
	h.pending = nil
}

// Var is the holder of the generator in the coroutine's variable name,
// which the coroutine closes with await agen.aclose(); what is still
// open when the coroutine returns closes with the rest.
func (h *AGenHolder) Var(name string) *AGenHolder {
	for _, v := range h.vars {
		if v.name == name {
			return v
		}
	}
	v := &AGenHolder{name: name}
	h.vars = append(h.vars, v)
	return v
}

// AClose is agen.aclose() of the generator h holds: awaiting it runs, in
// the awaiting task, the finally bodies its consumer left pending by
// stopping early. A generator that finished or never started has none.
func (h *AGenHolder) AClose() *Coro[Object] {
	return NewCoroProc("aclose", func() {
		pending := h.pending
		h.pending = nil
		for _, c := range pending {
			c.run()
		}
	})
}

// nextHolder hands a holder from HeldAsyncGen to the AsyncGen run it
// starts, per task.
var nextHolder sync.Map // *taskCore -> *AGenHolder

// HeldAsyncGen is `async for` over a generator held in a variable of the
// coroutine that owns h: if the generator is left early, its close waits
// for h.Close.
func HeldAsyncGen[T any](h *AGenHolder, seq iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		_, _, t := curLoop()
		if t == nil {
			seq(yield)
			return
		}
		nextHolder.Store(t, h)
		defer nextHolder.Delete(t)
		seq(func(v T) bool {
			nextHolder.Delete(t) // generators the loop body starts are not held
			return yield(v)
		})
	}
}

// takeHolder returns (and forgets) the holder HeldAsyncGen left for the
// generator run starting in the calling task.
func takeHolder() *AGenHolder {
	_, _, t := curLoop()
	if t == nil {
		return nil
	}
	if h, ok := nextHolder.LoadAndDelete(t); ok {
		return h.(*AGenHolder)
	}
	return nil
}
