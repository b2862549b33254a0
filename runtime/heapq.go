package runtime

import (
	"iter"
	"slices"
)

// This file is Python's heapq and bisect on Go slices, ordering items as
// Python's < does (numbers, strings, tuples element by element), with
// CPython's exact sift algorithms so equal priorities come out in the same
// order.

func pyLess[T any](a, b T) bool { return Lt(a, b) }

// Heappush is heapq.heappush(h, x).
func Heappush[T any](h *[]T, x T) {
	*h = append(*h, x)
	siftdown(*h, 0, len(*h)-1)
}

// Heappop is heapq.heappop(h).
func Heappop[T any](h *[]T) T {
	if len(*h) == 0 {
		panic(IndexError.New("index out of range"))
	}
	last := (*h)[len(*h)-1]
	*h = (*h)[:len(*h)-1]
	if len(*h) == 0 {
		return last
	}
	top := (*h)[0]
	(*h)[0] = last
	siftup(*h, 0)
	return top
}

// Heappushpop is heapq.heappushpop(h, x).
func Heappushpop[T any](h *[]T, x T) T {
	if len(*h) > 0 && pyLess((*h)[0], x) {
		x, (*h)[0] = (*h)[0], x
		siftup(*h, 0)
	}
	return x
}

// Heapreplace is heapq.heapreplace(h, x).
func Heapreplace[T any](h *[]T, x T) T {
	if len(*h) == 0 {
		panic(IndexError.New("index out of range"))
	}
	top := (*h)[0]
	(*h)[0] = x
	siftup(*h, 0)
	return top
}

// Heapify is heapq.heapify(h).
func Heapify[T any](h []T) {
	for i := len(h)/2 - 1; i >= 0; i-- {
		siftup(h, i)
	}
}

// siftdown is CPython's _siftdown: move the item at pos up towards start.
func siftdown[T any](h []T, start, pos int) {
	item := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		if !pyLess(item, h[parent]) {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = item
}

// siftup is CPython's _siftup: bubble the smaller child up to the leaf,
// then siftdown.
func siftup[T any](h []T, pos int) {
	end, start := len(h), pos
	item := h[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end && !pyLess(h[child], h[right]) {
			child = right
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	siftdown(h, start, pos)
}

// Nsmallest is heapq.nsmallest(n, s): the n smallest items, smallest
// first, ties in input order.
func Nsmallest[T any](n int, s iter.Seq[T]) []T {
	items := slices.Collect(s)
	slices.SortStableFunc(items, func(a, b T) int { return cmpPy(a, b) })
	return items[:min(max(n, 0), len(items))]
}

// Nlargest is heapq.nlargest(n, s): the n largest items, largest first,
// ties in input order.
func Nlargest[T any](n int, s iter.Seq[T]) []T {
	items := slices.Collect(s)
	slices.SortStableFunc(items, func(a, b T) int { return -cmpPy(a, b) })
	return items[:min(max(n, 0), len(items))]
}

func cmpPy[T any](a, b T) int {
	switch {
	case Lt(a, b):
		return -1
	case Lt(b, a):
		return 1
	}
	return 0
}

// BisectLeft is bisect.bisect_left(a, x, lo, hi); hi < 0 stands for
// len(a).
func BisectLeft[T any](a []T, x T, lo, hi int) int {
	if hi < 0 {
		hi = len(a)
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if pyLess(a[mid], x) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// BisectRight is bisect.bisect_right(a, x, lo, hi).
func BisectRight[T any](a []T, x T, lo, hi int) int {
	if hi < 0 {
		hi = len(a)
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if pyLess(x, a[mid]) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// InsortRight is bisect.insort_right(a, x) (and insort).
func InsortRight[T any](a *[]T, x T) {
	*a = slices.Insert(*a, BisectRight(*a, x, 0, -1), x)
}

// InsortLeft is bisect.insort_left(a, x).
func InsortLeft[T any](a *[]T, x T) {
	*a = slices.Insert(*a, BisectLeft(*a, x, 0, -1), x)
}
