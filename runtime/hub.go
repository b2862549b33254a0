package runtime

import (
	"container/heap"
	"iter"
	"sync"
	"sync/atomic"
	"time"
)

// The gevent hub: greenlets are Go coroutines (iter.Pull), and only the
// one holding the hub's baton runs. The hub's main greenlet (the thread's
// own goroutine) drives the others: whenever it waits (gevent.sleep,
// join, joinall, get) it runs the scheduling loop, which picks the next
// greenlet the way gevent's loop does (ready greenlets in FIFO order:
// spawn order, then the order they yielded; then expired timers in
// deadline order) and resumes it until it waits or ends. A spawned
// greenlet that waits yields back to that loop. A coroutine switch is a
// direct stack switch, cheaper than a channel hand-off between
// goroutines, and never wakes another OS thread; a greenlet gets its
// coroutine only on its first turn. The loop sleeps until the next timer
// when nothing is ready, and detects a state where nothing can ever run
// (gevent's LoopExit) instead of ending in Go's "all goroutines are
// asleep" crash.

// wakeKind says why a parked greenlet got the baton back.
type wakeKind uint8

const (
	wakeRun      wakeKind = iota // made ready by another greenlet
	wakeTimeout                  // its timer expired
	wakeKill                     // Kill() was called on it
	wakeLoopExit                 // nothing else can ever run
	wakeRaise                    // a gevent.Timeout block expired: raise glet.raise
)

// hubRoot is the per-thread holder of a lazily created hub. gevent keeps
// one hub per OS thread; here that is one per Thread, per pool worker and
// one for the main thread.
type hubRoot struct {
	hub atomic.Pointer[hub]
}

// hubFor returns the hub of the thread c belongs to, creating it with c's
// goroutine as the hub's main greenlet on first use.
func (r *hubRoot) hubFor(c *gctx) *hub {
	if h := r.hub.Load(); h != nil {
		return h
	}
	h := &hub{poke: make(chan struct{}, 1)}
	h.main = &glet{hub: h, ctx: c, isMain: true, started: true}
	h.running.Store(h.main)
	if !r.hub.CompareAndSwap(nil, h) {
		return r.hub.Load()
	}
	return h
}

// runningGreenlet returns the spawned greenlet holding the baton, or nil
// when no hub exists or the thread's own goroutine holds it.
func (r *hubRoot) runningGreenlet() *glet {
	h := r.hub.Load()
	if h == nil {
		return nil
	}
	if g := h.running.Load(); !g.isMain {
		return g
	}
	return nil
}

// hub schedules the greenlets of one thread.
type hub struct {
	mu      sync.Mutex
	main    *glet
	running atomic.Pointer[glet]
	runq    []*glet
	timers  timerHeap
	timerNo uint64 // tie-breaker keeping equal deadlines in FIFO order
	doneNo  uint64 // counts finished greenlets, for joinall's order
	foreign int    // greenlets parked on something outside the hub
	poke    chan struct{}

	// now is the loop's time, read from the clock once per loop
	// iteration as libev's ev_now is, so that timers started in one
	// iteration with equal delays get equal deadlines and expire together,
	// in the order they were started, however loaded the machine is.
	now time.Time
	// batch counts the greenlets at the head of runq that belong to the
	// current loop iteration; those made ready meanwhile wait for the next
	// one, which first reads the clock and fires the timers due.
	batch int

	// step is handed to each step of a stackless greenlet; one per hub,
	// as only the loop's goroutine runs steps.
	step Step
}

// maxClockLag bounds how far the loop's cached time may fall behind the
// clock before a timer reads the clock itself: a greenlet that computes
// for long (or a main greenlet that stayed away from the hub) still
// sleeps about as long as it asked, while the few microseconds between
// greenlets of one iteration never split their deadlines.
const maxClockLag = 100 * time.Millisecond

// glet is the untyped part of a greenlet: its scheduling state. It holds
// only what every greenlet uses; the rest is in more, made on first use,
// so that a program that parks 50,000 stackless greenlets at once
// allocates (and faults in) a third of the memory it otherwise would.
type glet struct {
	hub *hub
	ctx *gctx
	// runner, when set, is what the greenlet runs instead of more.body; a
	// *Greenlet[T] runs itself this way without allocating a closure.
	runner interface {
		runGlet()
		PyRepr() string
	}
	// stepper, when set, is a stackless greenlet (gevent_steps.go): the
	// loop runs its steps itself instead of resuming a coroutine.
	stepper interface{ stepGlet(why wakeKind) }

	// Guarded by hub.mu.
	parkNo  uint64
	doneNo  uint64
	err     *Error
	wakeWhy wakeKind
	isMain  bool
	started bool
	parked  bool
	dead    bool
	more    *gletMore // see extra
}

// gletMore is the part of a glet that many greenlets never use: a
// coroutine (a stackless greenlet has none), joiners, links, kills,
// gevent.Timeout raises, getcurrent's view.
type gletMore struct {
	body func() // what the greenlet runs; nil for a hub's main

	// next resumes the greenlet's coroutine and yield, called on it,
	// gives the baton back to the hub's loop. Only the loop, on the hub's
	// main goroutine, calls next.
	next  func() (struct{}, bool)
	yield func(struct{}) bool

	// Guarded by hub.mu.
	joiners   []waiter
	dummyName string
	raise     *Error            // what wakeRaise raises
	links     []func()          // callbacks linked to its death (Greenlet.link)
	exit      *Error            // the GreenletExit that killed it, its value
	current   *Greenlet[Object] // what gevent.getcurrent() returns in it

	done chan struct{} // closed at death, for waiters outside the hub (doneChan)
}

// extra returns g.more, making it on first use. Called with g.hub.mu
// held, as every reader of g.more that might race with its making holds
// it too.
func (g *glet) extra() *gletMore {
	if g.more == nil {
		g.more = new(gletMore)
	}
	return g.more
}

// exited returns the GreenletExit that killed g, or nil. Called with
// g.hub.mu held, or by g itself.
func (g *glet) exited() *Error {
	if g.more == nil {
		return nil
	}
	return g.more.exit
}

// newBodyGlet makes a glet of hub h that runs body on a coroutine, with
// its identity (proc, thread and root as in base) and the rest of its
// state in one allocation.
func newBodyGlet(h *hub, base *gctx, body func()) *glet {
	b := &struct {
		g    glet
		more gletMore
		ctx  gctx
	}{}
	g := &b.g
	b.ctx = gctx{proc: base.proc, thread: base.thread, root: base.root, glet: g}
	b.more.body = body
	g.hub, g.ctx, g.more = h, &b.ctx, &b.more
	return g
}

// waiter names one particular park of a greenlet, so a stale wake-up (a
// timer or a join registered for an earlier park) is ignored.
type waiter struct {
	g  *glet
	no uint64
}

// self returns the glet the caller runs as in hub h.
func (c *gctx) self(h *hub) *glet {
	if c.glet != nil {
		return c.glet
	}
	return h.main
}

// currentGlet returns the caller's hub and its glet in it.
func currentGlet() (*hub, *glet) {
	c := current()
	h := c.root.hubFor(c)
	return h, c.self(h)
}

// makeReady queues a parked greenlet to run with the given reason.
// Called with h.mu held.
func (h *hub) makeReady(g *glet, why wakeKind) {
	if !g.parked {
		return
	}
	g.parked = false
	g.wakeWhy = why
	h.runq = append(h.runq, g)
}

// wakeWaiter makes w's greenlet ready if it is still in the same park.
// Called with h.mu held.
func (h *hub) wakeWaiter(w waiter, why wakeKind) {
	if w.g.parked && w.g.parkNo == w.no {
		h.makeReady(w.g, why)
	}
}

// park gives up the baton until the greenlet is made ready, its deadline
// passes (deadline zero means none) or, with yield, at once after the
// greenlets already ready. It returns why it woke.
func (h *hub) park(self *glet, deadline time.Time, yield bool) wakeKind {
	return h.parkThen(self, deadline, yield, nil)
}

// parkThen is park that calls parked, with h.mu held, once the greenlet
// counts as parked, so a waker set up there cannot miss it.
func (h *hub) parkThen(self *glet, deadline time.Time, yield bool, parked func(waiter)) wakeKind {
	h.mu.Lock()
	h.parkLocked(self, deadline, yield, parked)
	return h.switchAway(self)
}

// parkLocked marks self parked: ready again at once with yield, woken by
// a timer at a non-zero deadline, and by whatever parked registers.
// Called with h.mu held. It is kept out of line so that the frames on a
// coroutine's stack while it is switched away stay small: a greenlet's
// stack then never has to grow.
//
//go:noinline
func (h *hub) parkLocked(self *glet, deadline time.Time, yield bool, parked func(waiter)) {
	self.parked = true
	self.parkNo++
	if yield {
		h.makeReady(self, wakeRun)
	} else if !deadline.IsZero() {
		h.addTimer(deadline, waiter{self, self.parkNo})
	}
	if parked != nil {
		parked(waiter{self, self.parkNo})
	}
}

// switchAway gives up the baton of a parked greenlet until it is picked
// again and returns why it woke. The main greenlet runs the hub's loop
// meanwhile; a spawned one yields to that loop, unless it would be
// picked again at once. Called with h.mu held; it releases it.
func (h *hub) switchAway(self *glet) wakeKind {
	if self.isMain {
		h.mu.Unlock()
		return h.loop(self)
	}
	if len(h.timers) == 0 && len(h.runq) > 0 && h.runq[0] == self {
		h.popReady() // alone and ready again: no switch needed
		why := self.wakeWhy
		h.mu.Unlock()
		return why
	}
	h.mu.Unlock()
	if self.stepper != nil {
		// emit/stackless.go only compiles functions that cannot get here.
		panic("internal error: a stackless greenlet waited outside its gevent.sleep statements")
	}
	self.more.yield(struct{}{})
	h.mu.Lock()
	why := self.wakeWhy
	h.mu.Unlock()
	return why
}

// loop is the hub's scheduler, run by the main greenlet while it waits:
// it resumes the next greenlet until the main greenlet itself is picked,
// and returns why that one woke.
func (h *hub) loop(main *glet) wakeKind {
	for {
		h.mu.Lock()
		next := h.pickNext()
		if next == main {
			why := main.wakeWhy
			h.mu.Unlock()
			return why
		}
		first := !next.started
		next.started = true
		why := next.wakeWhy
		stepper := next.stepper
		var co *gletMore
		if stepper == nil {
			co = next.extra()
		}
		h.mu.Unlock()
		if stepper != nil {
			stepper.stepGlet(why)
			continue
		}
		if first {
			co.next, _ = iter.Pull(func(yield func(struct{}) bool) {
				setGoLocal() // its own recursion depth, as each greenlet has in CPython
				co.yield = yield
				next.run()
			})
		}
		co.next()
	}
}

// run is the body of a greenlet's coroutine. Greenlets of the main
// thread's hub are found by current() without the goroutine-id map;
// others are registered in it while they live.
func (g *glet) run() {
	if g.ctx.root != mainCtx.root {
		g.runRegistered()
		return
	}
	g.runBody()
}

// runRegistered runs the greenlet with its identity in the goroutine-id
// map.
//
//go:noinline
func (g *glet) runRegistered() {
	id := goid()
	ctxs.Store(id, g.ctx)
	defer ctxs.Delete(id)
	g.runBody()
}

// runBody runs what the greenlet was created to run.
func (g *glet) runBody() {
	if g.runner != nil {
		g.runner.runGlet()
		return
	}
	g.more.body()
}

// popReady removes and returns the first ready greenlet, marking it
// running. Called with h.mu held and h.runq not empty.
func (h *hub) popReady() *glet {
	g := h.runq[0]
	h.runq[0] = nil
	h.runq = h.runq[1:]
	h.running.Store(g)
	return g
}

// pickNext removes and returns the greenlet that runs next, sleeping
// until a timer expires when none is ready. When nothing can ever run it
// returns the main greenlet woken with wakeLoopExit, as gevent raises
// LoopExit in the main greenlet. Called with h.mu held by the main
// greenlet's loop, so the main greenlet is parked; the chosen one is
// marked running.
func (h *hub) pickNext() *glet {
	for {
		if h.batch == 0 {
			h.newIteration()
		}
		if len(h.runq) > 0 {
			h.batch--
			return h.popReady()
		}
		h.dropStaleTimers()
		if len(h.timers) == 0 && h.foreign == 0 {
			break
		}
		h.idle()
	}
	h.makeReady(h.main, wakeLoopExit)
	return h.popReady()
}

// idle waits, with h.mu released, until the next timer is due or a
// greenlet waiting on something outside the hub is woken. Called with
// h.mu held.
func (h *hub) idle() {
	var due <-chan time.Time
	if len(h.timers) > 0 {
		t := time.NewTimer(time.Until(h.timers[0].when))
		defer t.Stop()
		due = t.C
	}
	h.mu.Unlock()
	select {
	case <-due:
	case <-h.poke:
	}
	h.mu.Lock()
}

// finish records a greenlet's death and wakes its joiners; its coroutine
// then ends, which hands the baton back to the hub's loop.
func (h *hub) finish(g *glet, err *Error) {
	h.mu.Lock()
	h.markDead(g, err)
	h.mu.Unlock()
}

// markDead sets g's outcome and makes its joiners ready. Called with h.mu
// held.
func (h *hub) markDead(g *glet, err *Error) {
	g.dead = true
	g.err = err
	h.doneNo++
	g.doneNo = h.doneNo
	m := g.more
	if m == nil {
		return
	}
	// The linked callbacks run before the joiners resume, as in gevent,
	// where a callback linked before join() prints before join returns.
	h.runLinks(g)
	for _, w := range m.joiners {
		h.wakeWaiter(w, wakeRun)
	}
	m.joiners = nil
	if m.done != nil {
		close(m.done)
	}
}

// doneChan returns a channel closed when g dies, for waiters outside its
// hub; it is made on demand, since most greenlets are joined from their
// own hub. Called with h.mu held.
func (g *glet) doneChan() chan struct{} {
	m := g.extra()
	if m.done == nil {
		m.done = make(chan struct{})
		if g.dead {
			close(m.done)
		}
	}
	return m.done
}

// clockLocked returns the loop's time (see hub.now), reading the clock
// when it has never been read or lags by more than maxClockLag. Called
// with h.mu held.
func (h *hub) clockLocked() time.Time {
	if t := time.Now(); h.now.IsZero() || t.Sub(h.now) > maxClockLag {
		h.now = t
	}
	return h.now
}

// after returns the deadline secs seconds from the loop's time, which is
// what a timer started now expires at.
func (h *hub) after(secs float64) time.Time {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.clockLocked().Add(seconds(secs))
}

// deadline turns a timeout of a wait in the hub into an absolute
// deadline from the loop's time; zero means none.
func (h *hub) deadline(timeout float64) time.Time {
	if timeout < 0 {
		return time.Time{}
	}
	return h.after(timeout)
}

// hubDeadline is deadline for the hub of the calling greenlet.
func hubDeadline(timeout float64) time.Time {
	h, _ := currentGlet()
	return h.deadline(timeout)
}

// newIteration starts a loop iteration: it reads the clock, fires the
// timers due by then and counts the greenlets now ready as the
// iteration's batch. Called with h.mu held.
func (h *hub) newIteration() {
	h.now = time.Now()
	if len(h.timers) > 0 {
		h.fireTimers(h.now)
	}
	h.batch = len(h.runq)
}

// addTimer schedules w to be woken at when. Called with h.mu held.
func (h *hub) addTimer(when time.Time, w waiter) {
	h.timerNo++
	heap.Push(&h.timers, timer{when: when, no: h.timerNo, w: w})
}

// fireTimers wakes, in deadline order, every waiter whose time has come.
// Called with h.mu held.
func (h *hub) fireTimers(now time.Time) {
	for len(h.timers) > 0 && !h.timers[0].when.After(now) {
		t := heap.Pop(&h.timers).(timer)
		if t.raise != nil {
			h.fireRaise(t)
		} else {
			h.wakeWaiter(t.w, wakeTimeout)
		}
	}
}

// dropStaleTimers discards timers at the front whose park has already
// ended, so the hub never sleeps for a wake-up nobody waits for. Called
// with h.mu held.
func (h *hub) dropStaleTimers() {
	for len(h.timers) > 0 {
		t := h.timers[0]
		if t.raise != nil && *t.live || t.raise == nil && t.w.g.parked && t.w.g.parkNo == t.w.no {
			return
		}
		heap.Pop(&h.timers)
	}
}

// timer is one pending timed wake-up, or, with raise, the expiry of a
// gevent.Timeout block, which stays due while *live.
type timer struct {
	when  time.Time
	no    uint64
	w     waiter
	raise *Error
	live  *bool
}

// timerHeap orders timers by deadline, then by creation.
type timerHeap []timer

// Len, Less, Swap, Push and Pop make timerHeap a container/heap.
func (t timerHeap) Len() int { return len(t) }
func (t timerHeap) Less(i, j int) bool {
	if t[i].when.Equal(t[j].when) {
		return t[i].no < t[j].no
	}
	return t[i].when.Before(t[j].when)
}
func (t timerHeap) Swap(i, j int) { t[i], t[j] = t[j], t[i] }
func (t *timerHeap) Push(x any)   { *t = append(*t, x.(timer)) }
func (t *timerHeap) Pop() any {
	old := *t
	x := old[len(old)-1]
	*t = old[:len(old)-1]
	return x
}
