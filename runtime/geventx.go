package runtime

import (
	"sync"
	"time"
)

// More of gevent: timed get, gevent.event.Event and gevent.pool.Pool,
// all built on the hub's park/wake.

// GetTimeout is Greenlet.get(timeout=...): gevent.Timeout (a
// BaseException, "0.05 seconds") when the greenlet is not done in time.
func (gr *Greenlet[T]) GetTimeout(timeout float64) T {
	gr.JoinTimeout(timeout)
	if !gr.Dead() {
		panic(GeventTimeout.New(timeoutText(timeout)))
	}
	return gr.Get()
}

// timeoutText is str(gevent.Timeout(seconds)).
func timeoutText(seconds float64) string {
	if seconds == 1 {
		return Str(seconds) + " second"
	}
	return Str(seconds) + " seconds"
}

// GeventEvent is gevent.event.Event: greenlets wait on it cooperatively.
type GeventEvent struct {
	mu      sync.Mutex
	set     bool
	waiters []waiter
}

// NewGeventEvent is gevent.event.Event().
func NewGeventEvent() *GeventEvent { return &GeventEvent{} }

// Set is event.set(): every waiting greenlet becomes ready.
func (e *GeventEvent) Set() {
	e.mu.Lock()
	e.set = true
	ws := e.waiters
	e.waiters = nil
	e.mu.Unlock()
	for _, w := range ws {
		h := w.g.hub
		h.mu.Lock()
		h.wakeWaiter(w, wakeRun)
		h.mu.Unlock()
	}
}

// Clear is event.clear().
func (e *GeventEvent) Clear() {
	e.mu.Lock()
	e.set = false
	e.mu.Unlock()
}

// IsSet is event.is_set().
func (e *GeventEvent) IsSet() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.set
}

// Wait is event.wait(): yield until the event is set; True.
func (e *GeventEvent) Wait() bool { return e.WaitTimeout(NoTimeout) }

// WaitTimeout is event.wait(timeout): whether the event is set when the
// wait ends.
func (e *GeventEvent) WaitTimeout(timeout float64) bool {
	h, self := currentGlet()
	e.mu.Lock()
	if e.set {
		e.mu.Unlock()
		return true
	}
	h.mu.Lock()
	e.waiters = append(e.waiters, waiter{self, self.parkNo + 1})
	h.mu.Unlock()
	e.mu.Unlock()
	wakeCheck(h, self, h.park(self, h.deadline(timeout), false))
	return e.IsSet()
}

// GeventPool is gevent.pool.Pool(size): at most size of its greenlets run
// at once, and spawning into a full pool waits for a free slot.
type GeventPool struct {
	size int
	live []*glet
}

// NewGeventPool is gevent.pool.Pool(size).
func NewGeventPool(size int) *GeventPool { return &GeventPool{size: size} }

// GeventPoolSpawn is pool.spawn(f): it yields until the pool has room,
// then spawns f in it.
func GeventPoolSpawn[T any](p *GeventPool, f func() T) *Greenlet[T] {
	p.waitRoom()
	g := spawn(0, "", nil, f)
	p.live = append(p.live, g.g)
	return g
}

// GeventPoolSpawnSteps is pool.spawn(f) of a function compiled to steps
// (a stackless greenlet, gevent_steps.go).
func GeventPoolSpawnSteps[T any](p *GeventPool, steps func(*Step) T) *Greenlet[T] {
	p.waitRoom()
	g := SpawnSteps("", nil, steps)
	p.live = append(p.live, g.g)
	return g
}

// waitRoom yields until the pool has room for one more greenlet.
func (p *GeventPool) waitRoom() {
	for p.full() {
		waitAny(p.live, time.Time{})
	}
}

// full drops finished greenlets and reports whether the pool is at size.
func (p *GeventPool) full() bool {
	live := p.live[:0]
	for _, g := range p.live {
		g.hub.mu.Lock()
		if !g.dead {
			live = append(live, g)
		}
		g.hub.mu.Unlock()
	}
	p.live = live
	return p.size > 0 && len(p.live) >= p.size
}

// Join is pool.join(): wait until every greenlet of the pool is done.
func (p *GeventPool) Join() { joinGlets(p.live, NoTimeout) }

// Len is len(pool): the greenlets in it that have not finished, as a
// gevent group drops each one when it dies.
func (p *GeventPool) Len() int {
	p.full() // drops the dead ones
	return len(p.live)
}

// GeventPoolMap is pool.map(f, items): results in input order, the
// greenlets running at most size at a time; the first exception in input
// order is raised.
func GeventPoolMap[A, R any](p *GeventPool, f func(A) R, items []A) []R {
	gs := make([]*Greenlet[R], len(items))
	for i, a := range items {
		gs[i] = GeventPoolSpawn(p, func() R { return f(a) })
	}
	out := make([]R, len(items))
	for i, g := range gs {
		out[i] = g.Get()
	}
	return out
}

// waitAny yields until one of gs (greenlets of the caller's hub) dies or
// the deadline (zero for none) passes, and reports whether one died.
func waitAny(gs []*glet, deadline time.Time) bool {
	h, self := currentGlet()
	h.mu.Lock()
	for _, g := range gs {
		if g.dead {
			h.mu.Unlock()
			return true
		}
		m := g.extra()
		m.joiners = append(m.joiners, waiter{self, self.parkNo + 1})
	}
	h.mu.Unlock()
	why := h.park(self, deadline, false)
	wakeCheck(h, self, why)
	return why != wakeTimeout
}

// JoinAllRaise is gevent.joinall(gs, timeout, raise_error=True): as
// JoinAll, but the exception of the first greenlet to fail is raised as
// soon as it fails.
func JoinAllRaise[T any](gs []*Greenlet[T], timeout float64) []*Greenlet[T] {
	deadline := hubDeadline(timeout)
	for {
		dead := deadInOrder(gs)
		for _, g := range dead {
			if err := g.Exception(); err != nil {
				panic(err)
			}
		}
		var live []*glet
		for _, g := range gs {
			if !g.Dead() {
				live = append(live, g.g)
			}
		}
		if len(live) == 0 || !waitAny(live, deadline) {
			return deadInOrder(gs)
		}
	}
}

// KillAll is gevent.killall(gs): Kill each, waiting for all to die.
func KillAll[T any](gs []*Greenlet[T]) {
	for _, g := range gs {
		g.Kill()
	}
}

// GeventQueue is gevent.queue.Queue: a FIFO whose get (and put, when a
// maxsize is reached) yields to other greenlets instead of blocking the
// thread.
type GeventQueue[T any] struct {
	mu      sync.Mutex
	items   []T
	maxsize int
	getters []waiter
	putters []waiter
	// unfinished counts the items put and not yet marked done, for a
	// JoinableQueue's task_done and join; joiners wait for it to be 0.
	unfinished int
	joiners    []waiter
	// kind is the order get takes items in (gevent_queuekind.go).
	kind QueueKind
}

// NewGeventQueue is gevent.queue.Queue(maxsize); maxsize <= 0 means
// unbounded.
func NewGeventQueue[T any](maxsize int) *GeventQueue[T] {
	return &GeventQueue[T]{maxsize: maxsize}
}

// Put is q.put(item).
func (q *GeventQueue[T]) Put(item T) { q.PutTimeout(item, NoTimeout) }

// PutTimeout is q.put(item, timeout=...): queue.Full when no room frees
// up in time.
func (q *GeventQueue[T]) PutTimeout(item T, timeout float64) {
	deadline := hubDeadline(timeout)
	for {
		q.mu.Lock()
		if q.maxsize <= 0 || len(q.items) < q.maxsize {
			q.pushItem(item)
			q.unfinished++
			wakeOne(&q.getters)
			q.mu.Unlock()
			return
		}
		if !q.parkOn(&q.putters, deadline) {
			panic(QueueFull.New())
		}
	}
}

// Get is q.get().
func (q *GeventQueue[T]) Get() T { return q.GetTimeout(NoTimeout) }

// GetTimeout is q.get(timeout=...): _queue.Empty when nothing arrives in
// time.
func (q *GeventQueue[T]) GetTimeout(timeout float64) T {
	deadline := hubDeadline(timeout)
	for {
		q.mu.Lock()
		if len(q.items) > 0 {
			item := q.popItem()
			wakeOne(&q.putters)
			q.mu.Unlock()
			return item
		}
		if !q.parkOn(&q.getters, deadline) {
			panic(QueueEmpty.New())
		}
	}
}

// parkOn registers the calling greenlet in ws, releases q.mu (held on
// entry) and yields until woken; false means the deadline passed.
func (q *GeventQueue[T]) parkOn(ws *[]waiter, deadline time.Time) bool {
	h, self := currentGlet()
	h.mu.Lock()
	*ws = append(*ws, waiter{self, self.parkNo + 1})
	h.mu.Unlock()
	q.mu.Unlock()
	why := h.park(self, deadline, false)
	wakeCheck(h, self, why)
	return why != wakeTimeout
}

// Qsize is q.qsize().
func (q *GeventQueue[T]) Qsize() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items)
}

// Empty is q.empty().
func (q *GeventQueue[T]) Empty() bool { return q.Qsize() == 0 }

// wakeOne makes the oldest still-waiting greenlet of ws ready.
func wakeOne(ws *[]waiter) {
	for len(*ws) > 0 {
		w := (*ws)[0]
		*ws = (*ws)[1:]
		h := w.g.hub
		h.mu.Lock()
		live := w.g.parked && w.g.parkNo == w.no
		h.wakeWaiter(w, wakeRun)
		h.mu.Unlock()
		if live {
			return
		}
	}
}
