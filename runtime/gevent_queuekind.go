package runtime

// gevent.queue.PriorityQueue and LifoQueue: a GeventQueue whose get takes
// the smallest item (kept as heapq keeps it, so equal priorities come out
// in CPython's order) or the newest.

// NewGeventPriorityQueue is gevent.queue.PriorityQueue(maxsize).
func NewGeventPriorityQueue[T any](maxsize int) *GeventQueue[T] {
	return &GeventQueue[T]{maxsize: maxsize, kind: Priority}
}

// NewGeventLifoQueue is gevent.queue.LifoQueue(maxsize).
func NewGeventLifoQueue[T any](maxsize int) *GeventQueue[T] {
	return &GeventQueue[T]{maxsize: maxsize, kind: LIFO}
}

// pushItem adds an item in the queue's order; q.mu is held.
func (q *GeventQueue[T]) pushItem(item T) {
	if q.kind == Priority {
		Heappush(&q.items, item)
		return
	}
	q.items = append(q.items, item)
}

// popItem removes the next item; q.mu is held and the queue is not
// empty.
func (q *GeventQueue[T]) popItem() T {
	if q.kind == Priority {
		return Heappop(&q.items)
	}
	return takeItem(&q.items, q.kind == LIFO)
}
