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

// PoolMapRange is pool.map(f, range(...), chunksize): PoolMap over a
// range whose items the workers compute.
func PoolMapRange[R any](p *Pool, f func(int) R, r IntRange, chunksize int) []R {
	return MapAsyncRange(p, f, r, chunksize, nil, nil).Get()
}

// MapAsync is pool.map_async(f, items, chunksize, callback,
// error_callback): PoolMap without waiting. The callback gets the whole
// result list.
func MapAsync[A, R any](p *Pool, f func(A) R, items []A, chunksize int, callback func([]R), errorCallback func(*Error)) *AsyncResult[[]R] {
	return mapAsync(p, len(items), sliceChunks(f, items), chunksize, callback, errorCallback)
}

// MapAsyncRange is pool.map_async over a range.
func MapAsyncRange[R any](p *Pool, f func(int) R, r IntRange, chunksize int, callback func([]R), errorCallback func(*Error)) *AsyncResult[[]R] {
	return mapAsync(p, r.n, rangeChunks(f, r), chunksize, callback, errorCallback)
}

// chunkFunc computes the results of items lo to hi into dst.
type chunkFunc[R any] func(lo, hi int, dst []R)

// sliceChunks maps chunks of a slice.
func sliceChunks[A, R any](f func(A) R, items []A) chunkFunc[R] {
	return func(lo, hi int, dst []R) {
		for i, a := range items[lo:hi] {
			dst[i] = f(a)
		}
	}
}

// rangeChunks maps chunks of a range.
func rangeChunks[R any](f func(int) R, r IntRange) chunkFunc[R] {
	return func(lo, hi int, dst []R) {
		x := r.start + lo*r.step
		for i := range dst[:hi-lo] {
			dst[i] = f(x)
			x += r.step
		}
	}
}

// mapAsync runs the n items' chunks, each writing its results straight
// into the result list.
func mapAsync[R any](p *Pool, n int, run chunkFunc[R], chunksize int, callback func([]R), errorCallback func(*Error)) *AsyncResult[[]R] {
	p.checkRunning()
	r := newAsyncResult(p, callback, errorCallback)
	out := make([]R, n)
	if n == 0 {
		r.value = out
		close(r.done)
		return r
	}
	if chunksize < 1 {
		chunksize = defaultChunksize(n, p.workers)
	}
	var left atomic.Int64
	var firstErr atomic.Pointer[Error]
	left.Store(int64((n + chunksize - 1) / chunksize))
	into := func(lo, hi int) []R { return out[lo:hi] }
	submitChunks(p, n, chunksize, run, into, func(lo int, vals []R, err *Error) {
		if err != nil {
			firstErr.CompareAndSwap(nil, err)
		}
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

// submitChunks queues one task per chunk of n items: run computes the
// chunk into the slice dst gives it, and done gets the chunk's first
// index and values, or the exception that ended it. A chunk that finishes
// after the pool was terminated is dropped.
func submitChunks[R any](p *Pool, n, chunksize int, run chunkFunc[R], dst func(lo, hi int) []R, done func(lo int, vals []R, err *Error)) {
	for lo := 0; lo < n; lo += chunksize {
		hi := min(lo+chunksize, n)
		p.queue.put(func() {
			vals := dst(lo, hi)
			err := Catch(func() { run(lo, hi, vals) })
			if p.state.Load() != poolTerminated {
				done(lo, vals, err)
			}
		})
	}
}

// ownChunk gives each chunk a slice of its own, for imap.
func ownChunk[R any](lo, hi int) []R { return make([]R, hi-lo) }

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
	submitChunks(p, len(items), chunksize, sliceChunks(f, items), ownChunk[R], func(lo int, vals []R, err *Error) {
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
	submitChunks(p, len(items), chunksize, sliceChunks(f, items), ownChunk[R], func(lo int, vals []R, err *Error) {
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
