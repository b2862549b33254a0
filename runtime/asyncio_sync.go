package runtime

import "container/heap"

// asyncio's queue and synchronization primitives. Each keeps FIFO lists
// of waiter futures as CPython's do: a waiter is woken by completing its
// future, and takes its turn when its task next runs.

// waiters is a FIFO of futures that tasks park on.
type waiters []*afut

// park adds a new waiter for the calling task and waits for it; when the
// task is cancelled meanwhile the waiter leaves the list and the wake-up
// it may have had goes to the next one.
func (ws *waiters) park() {
	l, self, t := curLoop()
	f := &afut{l: l}
	*ws = append(*ws, f)
	err := Catch(func() { l.wait(self, t, f) })
	ws.remove(f)
	if err != nil {
		if !f.cancelled && f.done {
			ws.wakeNext()
		}
		panic(err)
	}
}

// remove drops f from the list.
func (ws *waiters) remove(f *afut) {
	for i, w := range *ws {
		if w == f {
			*ws = append((*ws)[:i], (*ws)[i+1:]...)
			return
		}
	}
}

// wakeNext completes the first waiter not done yet.
func (ws *waiters) wakeNext() {
	for len(*ws) > 0 {
		f := (*ws)[0]
		*ws = (*ws)[1:]
		if !f.isDone() {
			f.finish(nil, false)
			return
		}
	}
}

// AsyncQueue is asyncio.Queue.
type AsyncQueue struct {
	items            []Object
	maxsize          int
	getters, putters waiters
	unfinished       int
	finished         *AsyncEvent
	order            queueOrder
}

// queueOrder is which item get takes: the oldest (Queue), the newest
// (LifoQueue) or the smallest (PriorityQueue).
type queueOrder int

const (
	fifo queueOrder = iota
	lifo
	priority
)

// NewAsyncLifoQueue is asyncio.LifoQueue(maxsize).
func NewAsyncLifoQueue(maxsize int) *AsyncQueue {
	q := NewAsyncQueue(maxsize)
	q.order = lifo
	return q
}

// NewAsyncPriorityQueue is asyncio.PriorityQueue(maxsize): get takes the
// smallest item, compared with Python's <, as heapq orders it.
func NewAsyncPriorityQueue(maxsize int) *AsyncQueue {
	q := NewAsyncQueue(maxsize)
	q.order = priority
	return q
}

// NewAsyncQueue is asyncio.Queue(maxsize).
func NewAsyncQueue(maxsize int) *AsyncQueue {
	q := &AsyncQueue{maxsize: maxsize, finished: NewAsyncEvent()}
	q.finished.Set()
	return q
}

// Put is `await q.put(item)`: it waits while the queue is full.
func (q *AsyncQueue) Put(item Object) *Coro[Object] {
	return NewCoro("Queue.put", func() Object {
		for q.Full() {
			q.putters.park()
		}
		q.PutNowait(item)
		return nil
	})
}

// PutNowait is q.put_nowait(item).
func (q *AsyncQueue) PutNowait(item Object) {
	if q.Full() {
		panic(QueueFullAsync.New())
	}
	if q.order == priority {
		heap.Push((*objectHeap)(&q.items), item)
	} else {
		q.items = append(q.items, item)
	}
	q.unfinished++
	q.finished.Clear()
	q.getters.wakeNext()
}

// Get is `await q.get()`: it waits while the queue is empty.
func (q *AsyncQueue) Get() *Coro[Object] {
	return NewCoro("Queue.get", func() Object {
		for q.Empty() {
			q.getters.park()
		}
		return q.GetNowait()
	})
}

// GetNowait is q.get_nowait().
func (q *AsyncQueue) GetNowait() Object {
	if q.Empty() {
		panic(QueueEmptyAsync.New())
	}
	var item Object
	switch q.order {
	case lifo:
		item = q.items[len(q.items)-1]
		q.items = q.items[:len(q.items)-1]
	case priority:
		item = heap.Pop((*objectHeap)(&q.items))
	default:
		item = q.items[0]
		q.items[0] = nil
		q.items = q.items[1:]
	}
	q.putters.wakeNext()
	return item
}

// TaskDone is q.task_done().
func (q *AsyncQueue) TaskDone() {
	if q.unfinished <= 0 {
		panic(ValueError.New("task_done() called too many times"))
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.finished.Set()
	}
}

// Join is `await q.join()`: it waits until every item put has been
// marked done.
func (q *AsyncQueue) Join() *Coro[Object] {
	return NewCoro("Queue.join", func() Object {
		if q.unfinished > 0 {
			q.finished.Wait().Await()
		}
		return nil
	})
}

// Qsize is q.qsize().
func (q *AsyncQueue) Qsize() int { return len(q.items) }

// Maxsize is q.maxsize.
func (q *AsyncQueue) Maxsize() int { return q.maxsize }

// Empty is q.empty().
func (q *AsyncQueue) Empty() bool { return len(q.items) == 0 }

// Full is q.full().
func (q *AsyncQueue) Full() bool { return q.maxsize > 0 && len(q.items) >= q.maxsize }

// AsyncEvent is asyncio.Event.
type AsyncEvent struct {
	set bool
	ws  waiters
}

// NewAsyncEvent is asyncio.Event().
func NewAsyncEvent() *AsyncEvent { return &AsyncEvent{} }

// Set is event.set(): every waiter wakes.
func (e *AsyncEvent) Set() {
	if e.set {
		return
	}
	e.set = true
	for _, f := range e.ws {
		f.finish(nil, false)
	}
}

// Clear is event.clear().
func (e *AsyncEvent) Clear() { e.set = false }

// IsSet is event.is_set().
func (e *AsyncEvent) IsSet() bool { return e.set }

// Wait is `await event.wait()`.
func (e *AsyncEvent) Wait() *Coro[bool] {
	return NewCoro("Event.wait", func() bool {
		if !e.set {
			e.ws.park()
		}
		return true
	})
}

// AsyncLock is asyncio.Lock.
type AsyncLock struct {
	locked bool
	ws     waiters
}

// NewAsyncLock is asyncio.Lock().
func NewAsyncLock() *AsyncLock { return &AsyncLock{} }

// Acquire is `await lock.acquire()`: it takes a free lock without
// yielding, and otherwise waits its turn.
func (m *AsyncLock) Acquire() *Coro[bool] {
	return NewCoro("Lock.acquire", func() bool {
		if !m.locked && len(m.ws) == 0 {
			m.locked = true
			return true
		}
		for m.locked || len(m.ws) > 0 {
			m.ws.park()
			if !m.locked {
				break
			}
		}
		m.locked = true
		return true
	})
}

// Release is lock.release().
func (m *AsyncLock) Release() {
	if !m.locked {
		panic(RuntimeError.New("Lock is not acquired."))
	}
	m.locked = false
	m.ws.wakeNext()
}

// Locked is lock.locked().
func (m *AsyncLock) Locked() bool { return m.locked }

// AsyncSemaphore is asyncio.Semaphore.
type AsyncSemaphore struct {
	value int
	ws    waiters
}

// NewAsyncSemaphore is asyncio.Semaphore(value).
func NewAsyncSemaphore(value int) *AsyncSemaphore {
	if value < 0 {
		panic(ValueError.New("Semaphore initial value must be >= 0"))
	}
	return &AsyncSemaphore{value: value}
}

// Acquire is `await sem.acquire()`.
func (s *AsyncSemaphore) Acquire() *Coro[bool] {
	return NewCoro("Semaphore.acquire", func() bool {
		for s.Locked() {
			s.ws.park()
			if s.value > 0 {
				break
			}
		}
		s.value--
		return true
	})
}

// Release is sem.release().
func (s *AsyncSemaphore) Release() {
	s.value++
	s.ws.wakeNext()
}

// Locked is sem.locked().
func (s *AsyncSemaphore) Locked() bool { return s.value == 0 || len(s.ws) > 0 }

// objectHeap is a min-heap of Python values ordered by <, as heapq keeps
// a PriorityQueue's items.
type objectHeap []Object

// Len, Less, Swap, Push and Pop make objectHeap a container/heap.
func (h objectHeap) Len() int           { return len(h) }
func (h objectHeap) Less(i, j int) bool { return Lt(h[i], h[j]) }
func (h objectHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *objectHeap) Push(x any)        { *h = append(*h, x) }
func (h *objectHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return x
}
