package runtime

import "sync"

// taskQueue is the unbounded FIFO that pool and executor workers pull
// from. Python's pools never block a submitter, so neither does put.
type taskQueue struct {
	mu     sync.Mutex
	cond   sync.Cond
	items  []func()
	closed bool
}

// newTaskQueue makes an empty, open queue.
func newTaskQueue() *taskQueue {
	q := &taskQueue{}
	q.cond.L = &q.mu
	return q
}

// put appends a task and wakes one waiting worker.
func (q *taskQueue) put(task func()) {
	q.mu.Lock()
	q.items = append(q.items, task)
	q.mu.Unlock()
	q.cond.Signal()
}

// get removes the oldest task, waiting for one; ok is false once the
// queue is closed and drained, which tells a worker to exit.
func (q *taskQueue) get() (task func(), ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return nil, false
	}
	task = q.items[0]
	q.items[0] = nil
	q.items = q.items[1:]
	return task, true
}

// close lets workers exit once the queued tasks are done; with discard the
// queued tasks are dropped instead.
func (q *taskQueue) close(discard bool) {
	q.mu.Lock()
	q.closed = true
	if discard {
		q.items = nil
	}
	q.mu.Unlock()
	q.cond.Broadcast()
}
