package runtime

import (
	"sync"
	"time"
)

// QueueKind says which item a Queue hands out next.
type QueueKind int

// The queue module's three classes.
const (
	FIFO     QueueKind = iota // queue.Queue
	LIFO                      // queue.LifoQueue
	Priority                  // queue.PriorityQueue: the smallest item first
)

// Queue is queue.Queue, LifoQueue or PriorityQueue: a thread-safe queue
// with Python's blocking, timeouts, maxsize and task_done/join. Items are
// dynamic values because a Python queue often carries a sentinel (None)
// beside its work items.
type Queue struct {
	kind    QueueKind
	maxsize int

	mu         sync.Mutex
	items      []Object
	unfinished int
	// changed is closed and replaced whenever items or unfinished change,
	// waking every goroutine waiting for room, an item or the join.
	changed chan struct{}
}

// NewQueue is queue.Queue(maxsize) (or LifoQueue, PriorityQueue); a
// maxsize of 0 or less means unbounded.
func NewQueue(kind QueueKind, maxsize int) *Queue {
	return &Queue{kind: kind, maxsize: maxsize, changed: make(chan struct{})}
}

// notify wakes every waiter; q.mu is held.
func (q *Queue) notify() {
	close(q.changed)
	q.changed = make(chan struct{})
}

// waitChange releases q.mu until the queue changes or the deadline passes
// (zero: none), then takes it again. It reports false on a timeout.
func (q *Queue) waitChange(deadline time.Time) bool {
	ch := q.changed
	q.mu.Unlock()
	defer q.mu.Lock()
	if deadline.IsZero() {
		<-ch
		return true
	}
	t := time.NewTimer(time.Until(deadline))
	defer t.Stop()
	select {
	case <-ch:
		return true
	case <-t.C:
		return false
	}
}

// Put is q.put(item): it waits for room in a bounded queue.
func (q *Queue) Put(item Object) { q.PutOpts(item, true, NoTimeout) }

// PutNowait is q.put_nowait(item): queue.Full at once when there is no
// room.
func (q *Queue) PutNowait(item Object) { q.PutOpts(item, false, NoTimeout) }

// PutOpts is q.put(item, block, timeout): queue.Full when the queue stays
// full past the timeout, or at once when block is false.
func (q *Queue) PutOpts(item Object, block bool, timeout float64) {
	deadline := queueDeadline(block, timeout)
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.maxsize > 0 && len(q.items) >= q.maxsize {
		if !block || !q.waitChange(deadline) {
			panic(QueueFull.New())
		}
	}
	q.push(item)
	q.unfinished++
	q.notify()
}

// Get is q.get(): it waits for an item.
func (q *Queue) Get() Object { return q.GetOpts(true, NoTimeout) }

// GetNowait is q.get_nowait(): queue.Empty at once when there is no item.
func (q *Queue) GetNowait() Object { return q.GetOpts(false, NoTimeout) }

// GetOpts is q.get(block, timeout): queue.Empty when no item arrives
// before the timeout, or at once when block is false.
func (q *Queue) GetOpts(block bool, timeout float64) Object {
	deadline := queueDeadline(block, timeout)
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		if !block || !q.waitChange(deadline) {
			panic(QueueEmpty.New())
		}
	}
	item := q.pop()
	q.notify()
	return item
}

// queueDeadline checks a timeout as queue.Queue does and turns it into a
// deadline; zero means wait forever.
func queueDeadline(block bool, timeout float64) time.Time {
	if !block || timeout == NoTimeout {
		return time.Time{}
	}
	if timeout < 0 {
		panic(ValueError.New("'timeout' must be a non-negative number"))
	}
	return time.Now().Add(seconds(timeout))
}

// push adds an item in the queue's order; q.mu is held. A priority queue
// keeps items sorted, with equal items in arrival order.
func (q *Queue) push(item Object) {
	if q.kind != Priority {
		q.items = append(q.items, item)
		return
	}
	i := len(q.items)
	for i > 0 && Lt(item, q.items[i-1]) {
		i--
	}
	q.items = append(q.items, nil)
	copy(q.items[i+1:], q.items[i:])
	q.items[i] = item
}

// pop removes the next item; q.mu is held and the queue is not empty.
func (q *Queue) pop() Object {
	var item Object
	if q.kind == LIFO {
		item = q.items[len(q.items)-1]
		q.items = q.items[:len(q.items)-1]
		return item
	}
	item = q.items[0]
	q.items[0] = nil
	q.items = q.items[1:]
	return item
}

// TaskDone is q.task_done(): one item taken with get is fully processed.
func (q *Queue) TaskDone() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.unfinished <= 0 {
		panic(ValueError.New("task_done() called too many times"))
	}
	q.unfinished--
	q.notify()
}

// Join is q.join(): it waits until every item put has been marked done.
func (q *Queue) Join() {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.unfinished > 0 {
		q.waitChange(time.Time{})
	}
}

// Qsize is q.qsize().
func (q *Queue) Qsize() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items)
}

// Empty is q.empty().
func (q *Queue) Empty() bool { return q.Qsize() == 0 }

// Full is q.full(): only a bounded queue can be full.
func (q *Queue) Full() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.maxsize > 0 && len(q.items) >= q.maxsize
}

// Maxsize is q.maxsize.
func (q *Queue) Maxsize() int { return q.maxsize }
