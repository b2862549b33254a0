package runtime

import (
	"fmt"
	"sort"
	"strings"
	"sync/atomic"
	"time"
)

// anyPatched is set once any process calls MonkeyPatchAll, so Sleep can
// skip the identity lookup in programs that never patch.
var anyPatched atomic.Bool

// MonkeyPatchAll is gevent.monkey.patch_all(): from then on time.sleep and
// the blocking calls of threading, queue and the pools (see coop.go) yield
// to other greenlets in the calling process, as the patched modules do,
// while other processes keep blocking ones.
func MonkeyPatchAll() {
	current().proc.patched.Store(true)
	anyPatched.Store(true)
}

// Greenlet is a gevent.Greenlet whose function returns a T. It is a
// coroutine that runs only while it holds its hub's baton. Its scheduling
// state and identity live in the same allocation.
type Greenlet[T any] struct {
	g     *glet
	value T
	f     func() T
	glet  glet
	ctx   gctx
	fname string   // the function's name, for the repr; "" when unknown
	args  []Object // its arguments, for the repr
	// get reads the value of the greenlet this one views (AnyGreenlet).
	get func() T
	// steps runs a stackless greenlet's next step (gevent_steps.go).
	steps func(*Step) T
}

// Spawn is gevent.spawn(f): the greenlet is queued and first runs when
// the caller yields (sleep, join, joinall, get).
func Spawn[T any](f func() T) *Greenlet[T] {
	return spawn(0, "", nil, f)
}

// SpawnNamed is gevent.spawn(fn, *args) when the function's name and
// arguments are known, so failure reports read like gevent's
// "<Greenlet at 0x...: bad(1)>".
func SpawnNamed[T any](fname string, args []Object, f func() T) *Greenlet[T] {
	return spawn(0, fname, args, f)
}

// SpawnLater is gevent.spawn_later(seconds, f): the greenlet becomes ready
// only once the delay has passed.
func SpawnLater[T any](seconds float64, f func() T) *Greenlet[T] {
	return spawn(seconds, "", nil, f)
}

// callRepr renders "fname(arg, ...)" with Python reprs, or bare fname
// when there are no arguments, as gevent's Greenlet repr does.
func callRepr(fname string, args []Object) string {
	if len(args) == 0 {
		return fname
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = Repr(a)
	}
	return fname + "(" + strings.Join(parts, ", ") + ")"
}

// spawn creates a greenlet in the caller's hub and queues it, at once or
// after delay seconds.
func spawn[T any](delay float64, fname string, args []Object, f func() T) *Greenlet[T] {
	gr := newGreenlet(fname, args, f)
	gr.schedule(delay)
	return gr
}

// newGreenlet creates a greenlet in the caller's hub that is not queued
// yet, as gevent.Greenlet(f) is before start(). With f nil it is a
// stackless greenlet (SpawnSteps), which has no coroutine and may never
// need the rest of its state. Each greenlet has an identity of its own
// (ctx) even so: in a monkey-patched process threading.local is
// greenlet-local, and a step reads it through current().
func newGreenlet[T any](fname string, args []Object, f func() T) *Greenlet[T] {
	c := current()
	h := c.root.hubFor(c)
	gr := &Greenlet[T]{f: f, fname: fname, args: args}
	g := &gr.glet
	gr.g = g
	gr.ctx = gctx{proc: c.proc, thread: c.thread, root: c.root, glet: g}
	g.hub, g.ctx, g.runner = h, &gr.ctx, gr
	if f != nil {
		g.more = new(gletMore)
	}
	return gr
}

// schedule queues a new greenlet, at once or after delay seconds.
func (gr *Greenlet[T]) schedule(delay float64) {
	g, h := gr.g, gr.g.hub
	h.mu.Lock()
	defer h.mu.Unlock()
	g.parked = true
	if delay > 0 {
		h.addTimer(h.clockLocked().Add(seconds(delay)), waiter{g, g.parkNo})
	} else {
		h.makeReady(g, wakeRun)
	}
}

// runGlet runs the greenlet's function on its first turn and records how
// it ended.
func (gr *Greenlet[T]) runGlet() {
	g := gr.g
	err, _ := runGreenlet(g, func() { gr.value = gr.f() })
	g.hub.finish(g, err)
}

// runGreenlet runs a greenlet's function and returns the exception that
// ended it, reporting it on stderr as gevent's hub does. GreenletExit (a
// kill) ends it successfully: err is nil and killed true.
func runGreenlet(g *glet, f func()) (err *Error, killed bool) {
	err = Catch(f)
	if err.Matches(GreenletExit) {
		g.hub.mu.Lock()
		g.extra().exit = err // read once g is dead, under the hub's lock
		g.hub.mu.Unlock()
		return nil, true
	}
	if err == nil {
		return nil, false
	}
	reportFailure(g, err)
	return err, false
}

// reportFailure prints a greenlet's uncaught exception as gevent's hub
// does. It is kept out of line so that runGreenlet's frame, which stays
// on the greenlet's stack while it runs, is small.
//
//go:noinline
func reportFailure(g *glet, err *Error) {
	stamp := time.Now().UTC().Format("2006-01-02T15:04:05Z")
	Stderr.WriteString(err.Traceback() + stamp + " " + g.runner.PyRepr() + " failed with " + err.Type.QualName() + "\n\n")
}

// PyTypeName is type(greenlet).__name__.
func (gr *Greenlet[T]) PyTypeName() string { return "Greenlet" }

// PyRepr is the greenlet's repr, e.g. "<Greenlet at 0xc000010000: bad(1)>",
// made when asked for, as gevent's is.
func (gr *Greenlet[T]) PyRepr() string {
	if gr.fname == "" {
		return fmt.Sprintf("<Greenlet at %p>", gr)
	}
	return fmt.Sprintf("<Greenlet at %p: %s>", gr, callRepr(gr.fname, gr.args))
}

// Join is Greenlet.join(): wait until the greenlet is dead, letting the
// others run meanwhile. It never raises the greenlet's exception.
func (gr *Greenlet[T]) Join() { gr.JoinTimeout(NoTimeout) }

// JoinTimeout is Greenlet.join(timeout): it returns silently when the
// timeout passes first, as gevent's does.
func (gr *Greenlet[T]) JoinTimeout(timeout float64) {
	joinGlets([]*glet{gr.g}, timeout)
}

// Get is Greenlet.get(): the return value after waiting for the greenlet,
// or its exception re-raised in the caller.
func (gr *Greenlet[T]) Get() T {
	gr.Join()
	if err := gr.Exception(); err != nil {
		panic(err)
	}
	return gr.val()
}

// Value is Greenlet.value: the return value once it finished
// successfully, the zero value (None) otherwise.
func (gr *Greenlet[T]) Value() T {
	var zero T
	if !gr.Successful() {
		return zero
	}
	return gr.val()
}

// Ready is Greenlet.ready(): whether it has finished, one way or another.
func (gr *Greenlet[T]) Ready() bool { return gr.Dead() }

// Dead is Greenlet.dead: finished, or killed before it ever ran.
func (gr *Greenlet[T]) Dead() bool {
	gr.g.hub.mu.Lock()
	defer gr.g.hub.mu.Unlock()
	return gr.g.dead
}

// Successful is Greenlet.successful(): finished without an exception (a
// kill counts as success).
func (gr *Greenlet[T]) Successful() bool {
	gr.g.hub.mu.Lock()
	defer gr.g.hub.mu.Unlock()
	return gr.g.dead && gr.g.err == nil
}

// Exception is Greenlet.exception: what ended it, or nil.
func (gr *Greenlet[T]) Exception() *Error {
	gr.g.hub.mu.Lock()
	defer gr.g.hub.mu.Unlock()
	return gr.g.err
}

// Kill is Greenlet.kill(): GreenletExit is raised inside the greenlet at
// the point where it waits, and the caller waits until it is dead. A
// greenlet that has not started yet never runs.
func (gr *Greenlet[T]) Kill() {
	g := gr.g
	h := g.hub
	h.mu.Lock()
	if g.dead {
		h.mu.Unlock()
		return
	}
	if !g.started {
		h.dropFromRunq(g)
		g.parked = false
		g.extra().exit = GreenletExit.New()
		h.markDead(g, nil)
		h.mu.Unlock()
		return
	}
	if g.parked {
		h.makeReady(g, wakeKill)
	} else {
		g.wakeWhy = wakeKill // ready and queued: the kill lands when it runs
	}
	h.mu.Unlock()
	gr.Join()
}

// dropFromRunq removes g from the ready queue. Called with h.mu held.
func (h *hub) dropFromRunq(g *glet) {
	for i, q := range h.runq {
		if q == g {
			h.runq = append(h.runq[:i], h.runq[i+1:]...)
			if i < h.batch {
				h.batch--
			}
			return
		}
	}
}

// JoinAll is gevent.joinall(gs, timeout): it waits until all are dead or
// the timeout passes and returns the dead ones in the order they died. It
// does not raise their exceptions.
func JoinAll[T any](gs []*Greenlet[T], timeout float64) []*Greenlet[T] {
	gl := make([]*glet, len(gs))
	for i, g := range gs {
		gl[i] = g.g
	}
	joinGlets(gl, timeout)
	return deadInOrder(gs)
}

// deadInOrder returns the dead greenlets of gs sorted by time of death.
// The greenlets of the caller's hub, usually all of them, are read under
// one lock.
func deadInOrder[T any](gs []*Greenlet[T]) []*Greenlet[T] {
	h, _ := currentGlet()
	dead := make([]*Greenlet[T], 0, len(gs))
	sorted := true
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, g := range gs {
		isDead := g.g.dead
		if g.g.hub != h {
			isDead = g.Dead() // takes its own hub's lock
		}
		if isDead {
			if n := len(dead); n > 0 && dead[n-1].g.doneNo > g.g.doneNo {
				sorted = false
			}
			dead = append(dead, g)
		}
	}
	if !sorted {
		sort.SliceStable(dead, func(i, j int) bool { return dead[i].g.doneNo < dead[j].g.doneNo })
	}
	return dead
}

// GeventSleep is gevent.sleep(seconds): the caller yields to the other
// greenlets of its thread and comes back after the delay; sleep(0) goes
// to the back of the ready queue.
func GeventSleep(secs float64) {
	h, self := currentGlet()
	if secs <= 0 {
		wakeCheck(h, self, h.park(self, time.Time{}, true))
		return
	}
	wakeCheck(h, self, h.park(self, h.after(secs), false))
}

// wakeCheck raises in greenlet self of h what its wake-up means:
// GreenletExit for a kill, LoopExit for a deadlock, a gevent.Timeout
// block's exception when it expired.
func wakeCheck(h *hub, self *glet, why wakeKind) {
	switch why {
	case wakeKill:
		panic(GreenletExit.New())
	case wakeLoopExit:
		panic(LoopExit.New(loopExitMessage(h)))
	case wakeRaise:
		panic(self.more.raise)
	}
}

// loopExitMessage is str(LoopExit) as gevent builds it, with the hub's
// description, so an uncaught one ends with the same "[]" line.
func loopExitMessage(h *hub) string {
	return fmt.Sprintf("This operation would block forever\n\tHub: <Hub '' at %p epoll default pending=0 ref=-1 thread_ident=%p>\n\tHandles:\n[]", h, h.main)
}

// joinGlets waits, yielding, until every glet is dead or the timeout
// passes. Greenlets of another thread's hub are waited for without
// yielding.
func joinGlets(gs []*glet, timeout float64) {
	h, self := currentGlet()
	deadline := h.deadline(timeout)
	for i := 0; i < len(gs); {
		g := gs[i]
		if g.hub != h {
			g.hub.mu.Lock()
			dead, done := g.dead, g.doneChan()
			g.hub.mu.Unlock()
			if dead {
				i++
			} else if !waitChan(done, remaining(deadline)) {
				return
			}
			continue
		}
		h.mu.Lock()
		if g.dead {
			h.mu.Unlock()
			i++
			continue
		}
		m := g.extra()
		m.joiners = append(m.joiners, waiter{self, self.parkNo + 1})
		h.mu.Unlock()
		why := h.park(self, deadline, false)
		wakeCheck(h, self, why)
		if why == wakeTimeout {
			return
		}
	}
}
