package runtime

import (
	"container/heap"
	"sync"
	"sync/atomic"
	"time"
)

// The gevent hub: greenlets are goroutines, but only the one holding the
// hub's baton runs. The holder passes the baton on at gevent.sleep and at
// blocking calls (join, joinall, get), choosing the next greenlet the way
// gevent's loop does: ready greenlets in FIFO order (spawn order, then the
// order they yielded), then expired timers in deadline order. Because the
// baton holder does all scheduling itself (and sleeps until the next timer
// when nothing is ready), there is no scheduler goroutine to leak, and a
// state where nothing can ever run is detected instead of ending in Go's
// "all goroutines are asleep" crash.

// wakeKind says why a parked greenlet got the baton back.
type wakeKind int

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
	h.main = &glet{hub: h, ctx: c, isMain: true, started: true, wake: make(chan wakeKind, 1)}
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
}

// glet is the untyped part of a greenlet: its scheduling state.
type glet struct {
	hub    *hub
	ctx    *gctx
	isMain bool
	wake   chan wakeKind
	body   func() // the greenlet's goroutine; nil for a hub's main
	repr   string

	// Guarded by hub.mu.
	started   bool
	parked    bool
	parkNo    uint64
	wakeWhy   wakeKind
	dead      bool
	doneNo    uint64
	err       *Error
	joiners   []waiter
	dummyName string
	raise     *Error // what wakeRaise raises

	done chan struct{} // closed at death, for waiters outside the hub
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
	next := h.pickNext()
	h.mu.Unlock()
	if next == self {
		return self.wakeWhy
	}
	h.resume(next)
	return <-self.wake
}

// pickNext removes and returns the greenlet that runs next, sleeping
// until a timer expires when none is ready. When nothing can ever run it
// returns the main greenlet woken with wakeLoopExit, as gevent raises
// LoopExit in the main greenlet. Called with h.mu held; the chosen one is
// marked running and started.
func (h *hub) pickNext() *glet {
	for {
		h.fireTimers(time.Now())
		if len(h.runq) > 0 {
			g := h.runq[0]
			h.runq[0] = nil
			h.runq = h.runq[1:]
			h.running.Store(g)
			return g
		}
		h.dropStaleTimers()
		if len(h.timers) == 0 && h.foreign == 0 {
			break
		}
		h.idle()
	}
	if h.main.parked {
		h.makeReady(h.main, wakeLoopExit)
		return h.pickNext()
	}
	// The main greenlet is not parked, so it is running outside the hub
	// (waiting on something else); the baton is back with it.
	h.running.Store(h.main)
	return nil
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

// resume hands the baton to g, starting its goroutine on its first turn.
func (h *hub) resume(g *glet) {
	if g == nil {
		return
	}
	h.mu.Lock()
	first := !g.started
	g.started = true
	why := g.wakeWhy
	h.mu.Unlock()
	if first {
		goWith(g.ctx, g.body)
		return
	}
	g.wake <- why
}

// finish records a greenlet's death, wakes its joiners and passes the
// baton on; the greenlet's goroutine then ends.
func (h *hub) finish(g *glet, err *Error) {
	h.mu.Lock()
	h.markDead(g, err)
	next := h.pickNext()
	h.mu.Unlock()
	h.resume(next)
}

// markDead sets g's outcome and makes its joiners ready. Called with h.mu
// held.
func (h *hub) markDead(g *glet, err *Error) {
	g.dead = true
	g.err = err
	h.doneNo++
	g.doneNo = h.doneNo
	for _, w := range g.joiners {
		h.wakeWaiter(w, wakeRun)
	}
	g.joiners = nil
	close(g.done)
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
