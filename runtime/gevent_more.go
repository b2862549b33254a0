package runtime

import "iter"

// The parts of gevent's surface that generated code needs beyond
// gevent.go and geventx.go: Greenlet.value as a
// Python value, the pool's imap forms, and the queue's non-blocking calls
// and iteration.

// GreenletValue is Greenlet.value as a Python value: the result once the
// greenlet finished successfully, the GreenletExit of a kill, None before
// that or after a failure.
func GreenletValue[T any](gr *Greenlet[T]) Object {
	h := gr.g.hub
	h.mu.Lock()
	ok, exit := gr.g.dead && gr.g.err == nil, gr.g.exited()
	h.mu.Unlock()
	switch {
	case !ok:
		return nil
	case exit != nil:
		return exit
	}
	return gr.val()
}

// GeventPoolImap is pool.imap(f, items): the results in input order, each
// yielded as soon as it and those before it are done.
func GeventPoolImap[A, R any](p *GeventPool, f func(A) R, items []A) iter.Seq[R] {
	return func(yield func(R) bool) {
		gs := spawnAll(p, f, items)
		for _, g := range gs {
			if !yield(g.Get()) {
				return
			}
		}
	}
}

// GeventPoolImapUnordered is pool.imap_unordered(f, items): the results
// in the order the greenlets finish; a failed one's exception is raised
// when the loop reaches it.
func GeventPoolImapUnordered[A, R any](p *GeventPool, f func(A) R, items []A) iter.Seq[R] {
	type outcome struct {
		v   R
		err *Error
	}
	return func(yield func(R) bool) {
		done := NewGeventQueue[outcome](0)
		for _, a := range items {
			GeventPoolSpawn(p, func() R {
				var r R
				err := Catch(func() { r = f(a) })
				done.Put(outcome{r, err})
				if err != nil {
					panic(err)
				}
				return r
			})
		}
		for range items {
			o := done.Get()
			if o.err != nil {
				panic(o.err)
			}
			if !yield(o.v) {
				return
			}
		}
	}
}

// spawnAll spawns f for every item into p, in order.
func spawnAll[A, R any](p *GeventPool, f func(A) R, items []A) []*Greenlet[R] {
	gs := make([]*Greenlet[R], len(items))
	for i, a := range items {
		gs[i] = GeventPoolSpawn(p, func() R { return f(a) })
	}
	return gs
}

// PutBlock is q.put(item, block, timeout); put_nowait is block=False,
// which raises queue.Full at once when there is no room.
func (q *GeventQueue[T]) PutBlock(item T, block bool, timeout float64) {
	if !block {
		q.mu.Lock()
		full := q.maxsize > 0 && len(q.items) >= q.maxsize
		q.mu.Unlock()
		if full {
			panic(QueueFull.New())
		}
	}
	q.PutTimeout(item, timeout)
}

// GetBlock is q.get(block, timeout); get_nowait is block=False, which
// raises queue.Empty at once when the queue is empty.
func (q *GeventQueue[T]) GetBlock(block bool, timeout float64) T {
	if !block && q.Empty() {
		panic(QueueEmpty.New())
	}
	return q.GetTimeout(timeout)
}

// PyIter is iteration over the queue, as gevent's Queue allows: each
// item is a get(), and the loop ends at the StopIteration sentinel.
func (q *GeventQueue[T]) PyIter() iter.Seq[Object] {
	return func(yield func(Object) bool) {
		for {
			item := Object(q.Get())
			if isStopSentinel(item) || !yield(item) {
				return
			}
		}
	}
}

// isStopSentinel reports whether a queue item is StopIteration, the class
// or an instance.
func isStopSentinel(item Object) bool {
	switch x := item.(type) {
	case *ExceptionType:
		return x == StopIteration
	case *Error:
		return x.Matches(StopIteration)
	}
	return false
}

// GreenletException is Greenlet.exception as a Python value: the
// exception that ended the greenlet, or None.
func GreenletException[T any](gr *Greenlet[T]) Object {
	if err := gr.Exception(); err != nil {
		return err
	}
	return nil
}
