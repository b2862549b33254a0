package runtime

import (
	goruntime "runtime"
	"sync"
	"sync/atomic"
)

// execQueue is an executor's unbounded FIFO of work items. Its items are
// the slabs' (slab.go), in the order they were handed out, so a submit
// neither takes a lock nor writes anything the workers write: it claims
// an item with an atomic add, fills it in and publishes it by setting
// the queued bit of its future's state. Workers take items in order
// under mu, which submitters touch only to wake a parked worker.
//
// Why no item is lost or run twice:
//   - An item is taken under mu, and read moves past it, so it is taken
//     once. A worker takes only published items; an item handed out but
//     not yet published stops the walk (its submitter will publish it and
//     wake a worker if needed), and the items a slab never handed out are
//     skipped once the slab is sealed (slabLink.end).
//   - A worker parks only after counting itself in sleepers and then
//     finding nothing, both under mu; a submitter publishes, then reads
//     sleepers, and signals under mu. The atomics are sequentially
//     consistent, so either the worker sees the item or the submitter
//     sees the sleeper, and its signal, under mu, cannot come before the
//     worker waits.
//   - Shutdown sets closed, then wakes everyone under mu; a worker exits
//     only when it finds nothing after seeing closed, and no item handed
//     out but unpublished (last). A submitter publishes, then reads
//     closed: if it is set, the item may have been missed by exiting
//     workers, so the submitter cancels it (unless a worker has started
//     it) and raises; if not, the close comes after the publish and the
//     workers see the item.
type execQueue struct {
	chain  slabChain   // where submitters take items from
	closed atomic.Bool // set by shutdown
	// sleepers counts the workers parked, or about to park, that no
	// submit has woken yet: read by every submit, written only when a
	// worker parks or is woken, so a burst of submits wakes a parked
	// worker once, not once per submit.
	sleepers atomic.Int32
	_        [64]byte // keeps the workers' fields below off the submitters' cache line

	mu   sync.Mutex // the workers' read position, and parking
	cond sync.Cond  // signalled when an item is published while workers sleep
	read *slabBox   // the slab workers take items from
	ri   int64      // the next item to take in read
	_    [64]byte   // keeps what follows (the Executor's fields a submit reads) off the workers' line
}

// queued is set in a work item's futureCore.state once its submitter
// has filled it in: from then on a worker may take it.
const queued = 32

// init readies an empty queue.
func (q *execQueue) init() {
	q.cond.L = &q.mu
	q.read = q.chain.init()
}

// publish lets workers take the filled-in work item whose future is c,
// waking a parked worker if there is one. It reports false when the
// executor was shut down before the item could be taken: the item is then
// cancelled, and the submit refused.
func (q *execQueue) publish(c *futureCore) bool {
	c.state.Store(queued)
	if q.closed.Load() || q.sleepers.Load() > 0 {
		return q.afterPublish(c)
	}
	return true
}

// afterPublish is publish's rarer part, apart to keep the common path
// short: the check for a shutdown, and the wake-up of a parked worker.
func (q *execQueue) afterPublish(c *futureCore) bool {
	if q.closed.Load() && c.cancelPending() {
		return false
	}
	if q.sleepers.Load() > 0 {
		q.wake()
	}
	return true
}

// wake wakes one parked worker, if one is still waiting to be woken.
func (q *execQueue) wake() {
	q.mu.Lock()
	if q.sleepers.Load() > 0 {
		q.sleepers.Add(-1)
		q.cond.Signal()
	}
	q.mu.Unlock()
}

// take returns the oldest published work item, waiting for one; ok is
// false once the queue is closed and nothing is left, which tells a
// worker to exit.
func (q *execQueue) take() (it executorItem, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for {
		if it := q.next(); it != nil {
			return it, true
		}
		if q.closed.Load() {
			return q.last()
		}
		q.sleepers.Add(1)
		if it := q.next(); it != nil {
			q.sleepers.Add(-1)
			return it, true
		}
		q.cond.Wait() // the waker has taken this worker out of sleepers
	}
}

// last is take once the queue is closed: every item published before
// the close is visible now. An item handed out but not yet published
// blocks the ones after it, which may have been accepted, so the worker
// waits for its submitter, who is a few instructions away from
// publishing it (and then, seeing closed, cancels it). Called with q.mu
// held.
func (q *execQueue) last() (executorItem, bool) {
	for {
		if it := q.next(); it != nil {
			return it, true
		}
		if !q.handedOutAhead() {
			return nil, false
		}
		q.mu.Unlock()
		goruntime.Gosched()
		q.mu.Lock()
	}
}

// handedOutAhead reports whether the item at the read position has been
// handed out to a submitter (and so will be published). Called with q.mu
// held.
func (q *execQueue) handedOutAhead() bool {
	l := q.read.s.link()
	if l.after.Load() != nil {
		return q.ri < l.end
	}
	return q.ri < min(l.next.Load(), l.size)
}

// next takes the oldest published item, or returns nil when there is
// none yet. Called with q.mu held.
func (q *execQueue) next() executorItem {
	for {
		s := q.read.s
		l := s.link()
		if q.ri < l.size {
			if it := s.ready(q.ri); it != nil {
				q.ri++
				return it
			}
		}
		after := l.after.Load()
		if after == nil || q.ri < l.end {
			return nil // the rest is not handed out, or not yet published
		}
		q.read, q.ri = after, 0
	}
}

// close lets workers exit once the queued items are done; with discard
// the queued items are cancelled instead, as shutdown(cancel_futures=True)
// does. An item that becomes published after closed is set is cancelled
// by its submitter (publish).
func (q *execQueue) close(discard bool) {
	q.closed.Store(true)
	q.mu.Lock()
	var dropped []executorItem
	if discard {
		dropped = q.drain()
	}
	q.sleepers.Store(0)
	q.cond.Broadcast()
	q.mu.Unlock()
	for _, it := range dropped {
		it.cancel()
	}
}

// drain takes every published item at once and returns them, leaving
// the read position at the end of the chain. An item handed out but not
// yet published is passed over: its submitter sees closed and cancels
// it. Called with q.mu held, after closed is set.
func (q *execQueue) drain() []executorItem {
	var out []executorItem
	for {
		s := q.read.s
		l := s.link()
		after := l.after.Load()
		end := l.size
		if after != nil {
			end = l.end
		}
		for ; q.ri < end; q.ri++ {
			if it := s.ready(q.ri); it != nil {
				out = append(out, it)
			}
		}
		if after == nil {
			return out
		}
		q.read, q.ri = after, 0
	}
}
