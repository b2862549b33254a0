package runtime

// QueueKind says which item a Queue hands out next.
type QueueKind int

// The queue module's three classes.
const (
	FIFO     QueueKind = iota // queue.Queue
	LIFO                      // queue.LifoQueue
	Priority                  // queue.PriorityQueue: the smallest item first
)

// NewQueueKind is queue.Queue, LifoQueue or PriorityQueue(maxsize).
func NewQueueKind[T any](kind QueueKind, maxsize int) *Queue[T] {
	q := NewQueue[T](maxsize)
	q.kind = kind
	return q
}

// push adds an item in the queue's order; q.mu is held. A priority queue
// keeps its items sorted with Python's <, equal items in arrival order.
func (q *Queue[T]) push(item T) {
	if q.kind != Priority {
		q.items = append(q.items, item)
		return
	}
	i := len(q.items)
	for i > 0 && Lt(any(item), any(q.items[i-1])) {
		i--
	}
	var zero T
	q.items = append(q.items, zero)
	copy(q.items[i+1:], q.items[i:])
	q.items[i] = item
}

// pop removes the next item; q.mu is held and the queue is not empty.
func (q *Queue[T]) pop() T { return takeItem(&q.items, q.kind == LIFO) }

// takeItem removes and returns the next item of a queue's items, which
// are not empty and kept in arrival order (a priority queue's sorted or
// heap order included): the newest when lifo, else the oldest. The slot
// is cleared so the item can be collected.
func takeItem[T any](items *[]T, lifo bool) T {
	var zero T
	s := *items
	if lifo {
		item := s[len(s)-1]
		s[len(s)-1] = zero
		*items = s[:len(s)-1]
		return item
	}
	item := s[0]
	s[0] = zero
	*items = s[1:]
	return item
}

// Maxsize is q.maxsize.
func (q *Queue[T]) Maxsize() int { return q.maxsize }
