package runtime

import "time"

// Greenlets made before they run (gevent.Greenlet(f, *args), start,
// start_later) and the callbacks linked to a greenlet's death.

// NewGreenlet is gevent.Greenlet(f, *args): a greenlet that runs only
// once started.
func NewGreenlet[T any](f func() T) *Greenlet[T] { return newGreenlet("", nil, f) }

// NewGreenletNamed is NewGreenlet when the function's name and arguments
// are known, for gevent's repr of the greenlet.
func NewGreenletNamed[T any](fname string, args []Object, f func() T) *Greenlet[T] {
	return newGreenlet(fname, args, f)
}

// Start is greenlet.start(): the greenlet is queued to run when the
// caller yields; starting it again does nothing.
func (gr *Greenlet[T]) Start() { gr.StartLater(0) }

// StartLater is greenlet.start_later(seconds).
func (gr *Greenlet[T]) StartLater(seconds float64) {
	g, h := gr.g, gr.g.hub
	h.mu.Lock()
	queued := g.parked || g.started || g.dead
	h.mu.Unlock()
	if !queued {
		gr.schedule(seconds)
	}
}

// Link is greenlet.link(callback): callback(greenlet) runs in the hub
// soon after the greenlet dies, however it ended.
func (gr *Greenlet[T]) Link(callback func(*Greenlet[T])) {
	gr.onDeath(func() { callback(gr) })
}

// LinkValue is greenlet.link_value(callback): as Link, only when the
// greenlet ends successfully.
func (gr *Greenlet[T]) LinkValue(callback func(*Greenlet[T])) {
	gr.onDeath(func() {
		if gr.Successful() {
			callback(gr)
		}
	})
}

// LinkException is greenlet.link_exception(callback): as Link, only when
// the greenlet ends with an exception.
func (gr *Greenlet[T]) LinkException(callback func(*Greenlet[T])) {
	gr.onDeath(func() {
		if !gr.Successful() {
			callback(gr)
		}
	})
}

// onDeath registers fn to run once the greenlet is dead: at once (in a
// callback greenlet) when it already is.
func (gr *Greenlet[T]) onDeath(fn func()) {
	g, h := gr.g, gr.g.hub
	h.mu.Lock()
	defer h.mu.Unlock()
	m := g.extra()
	m.links = append(m.links, fn)
	if g.dead {
		h.runLinks(g)
	}
}

// runLinks queues a greenlet that calls g's linked callbacks in order, as
// gevent's hub does after a greenlet dies; an exception a callback raises
// is reported as a greenlet failure would be. Called with h.mu held.
func (h *hub) runLinks(g *glet) {
	if g.more == nil || len(g.more.links) == 0 {
		return
	}
	links := g.more.links
	g.more.links = nil
	var cb *glet
	cb = newBodyGlet(h, g.ctx, func() {
		for _, fn := range links {
			if err := Catch(fn); err != nil {
				PrintTraceback(Stderr, err)
			}
		}
		h.finish(cb, nil)
	})
	cb.parked = true
	h.makeReady(cb, wakeRun)
}

// Getcurrent is gevent.getcurrent(): the greenlet running the caller (the
// thread's main greenlet included), as one object per greenlet, so `is`
// and == compare it with the greenlet spawn returned.
func Getcurrent() *Greenlet[Object] {
	h, self := currentGlet()
	h.mu.Lock()
	defer h.mu.Unlock()
	m := self.extra()
	if m.current == nil {
		m.current = &Greenlet[Object]{g: self, get: func() Object { return nil }}
	}
	return m.current
}

// GeventIdle is gevent.idle(): the caller yields until no other greenlet
// of its thread is ready to run.
func GeventIdle() {
	h, self := currentGlet()
	for {
		wakeCheck(h, self, h.park(self, time.Time{}, true))
		h.mu.Lock()
		idle := len(h.runq) == 0
		h.mu.Unlock()
		if idle {
			return
		}
	}
}
