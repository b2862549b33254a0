package runtime

import "iter"

// IWait is gevent.iwait(greenlets, timeout): each greenlet as it
// finishes, in the order they finish (those already dead first); it stops
// early when the timeout passes.
func IWait[T any](gs []*Greenlet[T], timeout float64) iter.Seq[*Greenlet[T]] {
	return func(yield func(*Greenlet[T]) bool) {
		deadline := hubDeadline(timeout)
		given := map[*Greenlet[T]]bool{}
		for len(given) < len(gs) {
			var pending []*glet
			for _, g := range deadInOrder(gs) {
				if given[g] {
					continue
				}
				given[g] = true
				if !yield(g) {
					return
				}
			}
			for _, g := range gs {
				if !given[g] {
					pending = append(pending, g.g)
				}
			}
			if len(pending) > 0 && !waitAny(pending, deadline) {
				return
			}
		}
	}
}

// GeventWait is gevent.wait(greenlets, timeout): the greenlets that
// finished, in the order they finished, once all have or the timeout
// passes.
func GeventWait[T any](gs []*Greenlet[T], timeout float64) []*Greenlet[T] {
	out := []*Greenlet[T]{}
	for g := range IWait(gs, timeout) {
		out = append(out, g)
	}
	return out
}

// FreeCount is pool.free_count(): how many more greenlets the pool
// would take without waiting.
func (p *GeventPool) FreeCount() int {
	p.full()
	if p.size <= 0 {
		return 1 << 31
	}
	return p.size - len(p.live)
}
