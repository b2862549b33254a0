package runtime

import "sync"

// taskQueue is the unbounded FIFO that pool workers pull from (an
// executor has its own, execQueue). Python's pools never block a
// submitter, so neither does put.
//
// Items live in fixed-size segments linked head to tail, so a long
// backlog never copies, and drained segments are kept for reuse (as a
// slice would keep its capacity).
type taskQueue struct {
	mu         sync.Mutex
	cond       sync.Cond
	head, tail *queueSegment
	hi, ti     int // the next item to take in head, the next slot in tail
	n          int
	spare      *queueSegment // drained segments, linked by next
	closed     bool
}

// queueSegment is one block of a taskQueue.
type queueSegment struct {
	items [256]workItem
	next  *queueSegment
}

// workItem is one queued task: run does it in a worker of executor e
// (nil for a Pool), cancel is what close(true) calls for a task that
// never started.
type workItem interface {
	run(e *Executor)
	cancel()
}

// funcItem is a plain function as a workItem that cannot be cancelled.
type funcItem func()

// run calls f.
func (f funcItem) run(*Executor) { f() }

// cancel does nothing: a pool task that never ran is simply dropped.
func (funcItem) cancel() {}

// newTaskQueue makes an empty, open queue.
func newTaskQueue() *taskQueue {
	q := &taskQueue{}
	q.cond.L = &q.mu
	return q
}

// put appends a task and wakes one waiting worker; on a closed queue the
// task is dropped.
func (q *taskQueue) put(task func()) { q.putItem(funcItem(task)) }

// putItem appends a work item and wakes one waiting worker. It reports
// false, queueing nothing, when the queue is closed, so a submit racing a
// shutdown either runs or is refused.
func (q *taskQueue) putItem(it workItem) bool {
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return false
	}
	q.push(it)
	q.mu.Unlock()
	q.cond.Signal()
	return true
}

// push appends it. Called with q.mu held.
func (q *taskQueue) push(it workItem) {
	switch {
	case q.tail == nil:
		q.head = &queueSegment{}
		q.tail = q.head
	case q.ti == len(q.tail.items):
		seg := q.spare
		if seg != nil {
			q.spare, seg.next = seg.next, nil
		} else {
			seg = &queueSegment{}
		}
		q.tail.next = seg
		q.tail, q.ti = seg, 0
	}
	q.tail.items[q.ti] = it
	q.ti++
	q.n++
}

// pop removes the oldest item; the queue must not be empty. Called with
// q.mu held.
func (q *taskQueue) pop() workItem {
	it := q.head.items[q.hi]
	q.head.items[q.hi] = nil
	q.hi++
	q.n--
	switch {
	case q.n == 0:
		q.hi, q.ti = 0, 0 // head == tail: start it over
	case q.hi == len(q.head.items):
		done := q.head
		q.head, q.hi = done.next, 0
		done.next, q.spare = q.spare, done
	}
	return it
}

// get removes the oldest task, waiting for one; ok is false once the
// queue is closed and drained, which tells a worker to exit.
func (q *taskQueue) get() (it workItem, ok bool) {
	q.mu.Lock()
	for q.n == 0 && !q.closed {
		q.cond.Wait()
	}
	if q.n == 0 {
		q.mu.Unlock()
		return nil, false
	}
	it = q.pop()
	q.mu.Unlock()
	return it, true
}

// close lets workers exit once the queued tasks are done; with discard the
// queued tasks are dropped instead, and cancelled.
// drained reports whether the queue is closed with nothing left in it, so
// no worker will ever get another item.
func (q *taskQueue) drained() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.closed && q.n == 0
}

func (q *taskQueue) close(discard bool) {
	q.mu.Lock()
	q.closed = true
	var dropped []workItem
	for discard && q.n > 0 {
		dropped = append(dropped, q.pop())
	}
	q.mu.Unlock()
	q.cond.Broadcast()
	for _, t := range dropped {
		t.cancel()
	}
}
