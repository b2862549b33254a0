package runtime

import "sync"

// Barrier is threading.Barrier: parties threads wait until all have
// arrived; the last to arrive runs the action, then all go on.
type Barrier struct {
	parties int
	action  func()
	timeout float64

	mu      sync.Mutex
	gen     *barrierGen
	broken  bool // after abort, until reset
	changed waitSignal
}

// barrierGen is one filling of the barrier: the threads waiting in it and
// how it ended.
type barrierGen struct {
	count    int
	released bool
	broken   bool
}

// NewBarrier is threading.Barrier(parties, action, timeout); action may be
// nil and timeout NoTimeout.
func NewBarrier(parties int, action func(), timeout float64) *Barrier {
	if parties < 1 {
		panic(ValueError.New("parties must be > 0"))
	}
	return &Barrier{parties: parties, action: action, timeout: timeout, gen: &barrierGen{}}
}

// Wait is barrier.wait(): it returns the caller's arrival index, 0 for the
// first. threading.BrokenBarrierError is raised when the barrier is or
// becomes broken (a timeout, abort, reset or a failing action).
func (b *Barrier) Wait() int { return b.WaitTimeout(NoTimeout) }

// WaitTimeout is barrier.wait(timeout); NoTimeout uses the barrier's own
// timeout.
func (b *Barrier) WaitTimeout(timeout float64) int {
	if timeout == NoTimeout {
		timeout = b.timeout
	}
	deadline := deadlineOf(timeout)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.broken {
		panic(BrokenBarrierError.New())
	}
	g := b.gen
	index := g.count
	g.count++
	if g.count == b.parties {
		b.release(g)
		return index
	}
	for !g.released && !g.broken {
		if !b.changed.wait(&b.mu, deadline) && !g.released {
			b.breakGen(g, true)
		}
	}
	if g.broken {
		panic(BrokenBarrierError.New())
	}
	return index
}

// release runs the action in the last arriving thread and lets the
// generation go; an exception in the action breaks the barrier and
// propagates in that thread. b.mu is held.
func (b *Barrier) release(g *barrierGen) {
	if b.action != nil {
		if err := Catch(b.action); err != nil {
			b.breakGen(g, true)
			panic(err)
		}
	}
	g.released = true
	b.gen = &barrierGen{}
	b.changed.fire()
}

// breakGen breaks the waiting generation; with sticky the barrier stays
// broken until reset. b.mu is held.
func (b *Barrier) breakGen(g *barrierGen, sticky bool) {
	g.broken = true
	if sticky {
		b.broken = true
	}
	b.gen = &barrierGen{}
	b.changed.fire()
}

// Reset is barrier.reset(): threads waiting get BrokenBarrierError and the
// barrier is usable again.
func (b *Barrier) Reset() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.gen.count > 0 {
		b.breakGen(b.gen, false)
	}
	b.broken = false
}

// Abort is barrier.abort(): the barrier breaks until reset.
func (b *Barrier) Abort() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.breakGen(b.gen, true)
}

// Broken is barrier.broken.
func (b *Barrier) Broken() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.broken
}

// Parties is barrier.parties.
func (b *Barrier) Parties() int { return b.parties }

// NWaiting is barrier.n_waiting.
func (b *Barrier) NWaiting() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.gen.count
}
