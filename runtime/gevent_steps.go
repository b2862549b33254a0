package runtime

import "time"

// Stackless greenlets. A greenlet is a coroutine with a Go stack of its
// own, and gevent's scheduling parks every greenlet at once in the
// common spawn-then-joinall shape: 50,000 greenlets that each sleep(0)
// hold 50,000 stacks (2 KB and up, each a fresh page to fault in) before
// the first of them ends. py2go compiles a function whose only waits are
// gevent.sleep statements at fixed places into a step function instead
// (emit/stackless.go): its locals live in a closure, a counter says
// where to go on, and every call runs it from there to its next sleep or
// its end. Such a greenlet needs no stack while it waits: the hub's loop
// calls its steps on its own goroutine, which is also cheaper than a
// coroutine switch.

// Step is what one step of a stackless greenlet gets. A step that ends
// at a sleep records it here and returns; a step that returns without
// one has ended the greenlet with its result.
type Step struct {
	hub      *hub
	parked   bool
	yield    bool      // sleep(0): back of the ready queue
	deadline time.Time // a timed sleep's deadline
}

// Sleep is gevent.sleep(secs) at the end of a step: the greenlet waits
// as a coroutine's GeventSleep would, and its next step runs once it is
// picked again.
func (s *Step) Sleep(secs float64) {
	s.parked = true
	if secs <= 0 {
		s.yield, s.deadline = true, time.Time{}
		return
	}
	s.yield, s.deadline = false, s.hub.after(secs)
}

// SpawnSteps is gevent.spawn of a function compiled to steps: the step
// function holds the call's arguments (they are evaluated here, as
// gevent.spawn evaluates them) and runs the body one step per turn.
func SpawnSteps[T any](fname string, args []Object, steps func(*Step) T) *Greenlet[T] {
	gr := newGreenlet[T](fname, args, nil)
	gr.steps = steps
	gr.g.stepper = gr
	gr.schedule(0)
	return gr
}

// NoResult adapts the step function of a function that returns nothing
// to a greenlet whose value is None.
func NoResult(steps func(*Step)) func(*Step) Object {
	return func(s *Step) Object {
		steps(s)
		return nil
	}
}

// stepGlet runs the greenlet's next step on the hub loop's goroutine,
// after raising in it what woke it (a kill), and then parks it as the
// step asked or records its end. Called by the loop without h.mu held,
// with the greenlet marked running.
func (gr *Greenlet[T]) stepGlet(why wakeKind) {
	g := gr.g
	h := g.hub
	s := &h.step
	*s = Step{hub: h}
	var v T
	err, killed := runGreenlet(g, func() {
		wakeCheck(h, g, why)
		v = gr.steps(s)
	})
	if err == nil && !killed && s.parked {
		h.mu.Lock()
		h.parkLocked(g, s.deadline, s.yield, nil)
		h.mu.Unlock()
		return
	}
	if err == nil && !killed {
		gr.value = v
	}
	gr.steps = nil // its locals are garbage now
	h.finish(g, err)
}
