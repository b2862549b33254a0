package runtime

import "sync"

// taskQueue is the unbounded FIFO that pool and executor workers pull
// from. Python's pools never block a submitter, so neither does put.
type taskQueue struct {
	mu     sync.Mutex
	cond   sync.Cond
	items  []queuedTask
	closed bool
}

// queuedTask is a task and, for executor work, how to cancel it.
type queuedTask struct {
	run, cancel func()
}

// newTaskQueue makes an empty, open queue.
func newTaskQueue() *taskQueue {
	q := &taskQueue{}
	q.cond.L = &q.mu
	return q
}

// put appends a task and wakes one waiting worker.
func (q *taskQueue) put(task func()) { q.putCancellable(task, nil) }

// putCancellable appends a task with the function close(true) calls
// to cancel it if it is still queued.
func (q *taskQueue) putCancellable(task, cancel func()) {
	q.mu.Lock()
	q.items = append(q.items, queuedTask{task, cancel})
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
	task = q.items[0].run
	q.items[0] = queuedTask{}
	q.items = q.items[1:]
	return task, true
}

// close lets workers exit once the queued tasks are done; with discard the
// queued tasks are dropped instead, and those that can be are cancelled.
func (q *taskQueue) close(discard bool) {
	q.mu.Lock()
	q.closed = true
	var dropped []queuedTask
	if discard {
		dropped, q.items = q.items, nil
	}
	q.mu.Unlock()
	q.cond.Broadcast()
	for _, t := range dropped {
		if t.cancel != nil {
			t.cancel()
		}
	}
}
