package runtime

import "sync"

// Queue is queue.Queue (and multiprocessing.Queue, whose processes here
// share memory): a FIFO with an optional size limit, timed get and put,
// and task_done/join accounting.
type Queue[T any] struct {
	mu         sync.Mutex
	items      []T
	maxsize    int
	changed    chan struct{} // closed and replaced on every put and get
	unfinished int
	allDone    chan struct{} // closed while unfinished == 0
	kind       QueueKind     // queuekind.go: FIFO, LIFO or Priority
}

// NewQueue is queue.Queue(maxsize); maxsize <= 0 means unbounded.
func NewQueue[T any](maxsize int) *Queue[T] {
	done := make(chan struct{})
	close(done)
	return &Queue[T]{maxsize: maxsize, changed: make(chan struct{}), allDone: done}
}

// Put is q.put(item): it waits while the queue is full.
func (q *Queue[T]) Put(item T) { q.PutTimeout(item, true, NoTimeout) }

// PutNowait is q.put_nowait(item): queue.Full when there is no room.
func (q *Queue[T]) PutNowait(item T) { q.PutTimeout(item, false, NoTimeout) }

// PutTimeout is q.put(item, block, timeout): queue.Full when no room
// frees up in time.
func (q *Queue[T]) PutTimeout(item T, block bool, timeout float64) {
	checkQueueTimeout(timeout)
	deadline := deadlineFor(timeout)
	for {
		q.mu.Lock()
		if q.maxsize <= 0 || len(q.items) < q.maxsize {
			q.push(item)
			if q.unfinished == 0 {
				q.allDone = make(chan struct{})
			}
			q.unfinished++
			q.signalLocked()
			q.mu.Unlock()
			return
		}
		changed := q.changed
		q.mu.Unlock()
		if !block || !waitChan(changed, remaining(deadline)) {
			panic(QueueFull.New())
		}
	}
}

// Get is q.get(): it waits for an item.
func (q *Queue[T]) Get() T { return q.GetTimeout(true, NoTimeout) }

// GetNowait is q.get_nowait(): queue.Empty when there is no item.
func (q *Queue[T]) GetNowait() T { return q.GetTimeout(false, NoTimeout) }

// GetTimeout is q.get(block, timeout): queue.Empty when no item arrives
// in time.
func (q *Queue[T]) GetTimeout(block bool, timeout float64) T {
	checkQueueTimeout(timeout)
	deadline := deadlineFor(timeout)
	for {
		q.mu.Lock()
		if len(q.items) > 0 {
			item := q.pop()
			q.signalLocked()
			q.mu.Unlock()
			return item
		}
		changed := q.changed
		q.mu.Unlock()
		if !block || !waitChan(changed, remaining(deadline)) {
			panic(QueueEmpty.New())
		}
	}
}

// checkQueueTimeout raises CPython's error for a negative timeout other
// than None.
func checkQueueTimeout(timeout float64) {
	if timeout < 0 && timeout != NoTimeout {
		panic(ValueError.New("'timeout' must be a non-negative number"))
	}
}

// signalLocked wakes everyone waiting for a change. Called with q.mu held.
func (q *Queue[T]) signalLocked() {
	close(q.changed)
	q.changed = make(chan struct{})
}

// TaskDone is q.task_done(): one fetched item is fully processed.
func (q *Queue[T]) TaskDone() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.unfinished <= 0 {
		panic(ValueError.New("task_done() called too many times"))
	}
	q.unfinished--
	if q.unfinished == 0 {
		close(q.allDone)
	}
}

// Join is q.join(): wait until every item put has been marked done.
func (q *Queue[T]) Join() {
	q.mu.Lock()
	done := q.allDone
	q.mu.Unlock()
	<-done
}

// Qsize is q.qsize().
func (q *Queue[T]) Qsize() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items)
}

// Empty is q.empty().
func (q *Queue[T]) Empty() bool { return q.Qsize() == 0 }

// Full is q.full().
func (q *Queue[T]) Full() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.maxsize > 0 && len(q.items) >= q.maxsize
}
