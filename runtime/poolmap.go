package runtime

import (
	"iter"
	"sync/atomic"
)

// PoolMap is pool.map(f, items, chunksize): results in input order. The
// items are cut into chunks (chunksize < 1 picks CPython's default) and
// when chunks fail, the exception of the first failing chunk to finish is
// raised after all chunks are done, as CPython's MapResult does.
func PoolMap[A, R any](p *Pool, f func(A) R, items []A, chunksize int) []R {
	return MapAsync(p, f, items, chunksize, nil, nil).Get()
}

// MapAsync is pool.map_async(f, items, chunksize, callback,
// error_callback): PoolMap without waiting. The callback gets the whole
// result list.
func MapAsync[A, R any](p *Pool, f func(A) R, items []A, chunksize int, callback func([]R), errorCallback func(*Error)) *AsyncResult[[]R] {
	p.checkRunning()
	r := newAsyncResult(p, callback, errorCallback)
	out := make([]R, len(items))
	if len(items) == 0 {
		r.value = out
		close(r.done)
		return r
	}
	if chunksize < 1 {
		chunksize = defaultChunksize(len(items), p.workers)
	}
	var left atomic.Int64
	var firstErr atomic.Pointer[Error]
	left.Store(int64((len(items) + chunksize - 1) / chunksize))
	submitChunks(p, f, items, chunksize, func(lo int, vals []R, err *Error) {
		if err != nil {
			firstErr.CompareAndSwap(nil, err)
		}
		copy(out[lo:], vals)
		if left.Add(-1) == 0 {
			r.complete(out, firstErr.Load())
		}
	})
	return r
}

// defaultChunksize is Pool.map's chunksize for None: about four chunks
// per worker.
func defaultChunksize(n, workers int) int {
	size := n / (workers * 4)
	if n%(workers*4) != 0 {
		size++
	}
	return size
}

// submitChunks queues one task per chunk of items; done gets each chunk's
// first index and values, or the exception that ended it. A chunk that
// finishes after the pool was terminated is dropped.
func submitChunks[A, R any](p *Pool, f func(A) R, items []A, chunksize int, done func(lo int, vals []R, err *Error)) {
	for lo := 0; lo < len(items); lo += chunksize {
		chunk := items[lo:min(lo+chunksize, len(items))]
		p.queue.put(func() {
			vals := make([]R, 0, len(chunk))
			err := Catch(func() {
				for _, a := range chunk {
					vals = append(vals, f(a))
				}
			})
			if p.state.Load() != poolTerminated {
				done(lo, vals, err)
			}
		})
	}
}

// chunkResult is one finished chunk of an Imap.
type chunkResult[R any] struct {
	lo   int
	vals []R
	err  *Error
}

// Imap is pool.imap(f, items, chunksize) for a range loop: values in input
// order as they become available; a task's exception is raised when the
// loop reaches it.
func Imap[A, R any](p *Pool, f func(A) R, items []A, chunksize int) iter.Seq[R] {
	p.checkRunning()
	chunksize = max(chunksize, 1)
	n := (len(items) + chunksize - 1) / chunksize
	slots := make([]chan chunkResult[R], n)
	for i := range slots {
		slots[i] = make(chan chunkResult[R], 1)
	}
	submitChunks(p, f, items, chunksize, func(lo int, vals []R, err *Error) {
		slots[lo/chunksize] <- chunkResult[R]{lo, vals, err}
	})
	return func(yield func(R) bool) {
		for _, slot := range slots {
			if !yieldChunk(<-slot, yield) {
				return
			}
		}
	}
}

// ImapUnordered is pool.imap_unordered(f, items, chunksize): values in
// the order their chunks finish.
func ImapUnordered[A, R any](p *Pool, f func(A) R, items []A, chunksize int) iter.Seq[R] {
	p.checkRunning()
	chunksize = max(chunksize, 1)
	n := (len(items) + chunksize - 1) / chunksize
	finished := make(chan chunkResult[R], n)
	submitChunks(p, f, items, chunksize, func(lo int, vals []R, err *Error) {
		finished <- chunkResult[R]{lo, vals, err}
	})
	return func(yield func(R) bool) {
		for i := 0; i < n; i++ {
			if !yieldChunk(<-finished, yield) {
				return
			}
		}
	}
}

// yieldChunk yields a chunk's values, or raises its exception, and reports
// whether the loop goes on.
func yieldChunk[R any](c chunkResult[R], yield func(R) bool) bool {
	if c.err != nil {
		panic(c.err)
	}
	for _, v := range c.vals {
		if !yield(v) {
			return false
		}
	}
	return true
}
