package runtime

import (
	"iter"
	"slices"
	"sync"
)

// This file is Python's itertools as Go range-over-func sequences. Items
// keep their Go type where the inputs have one; functions that make
// tuples (product, permutations, combinations, zip_longest, groupby) yield
// Tuple values.

// Boxed turns a typed sequence into a sequence of dynamic values.
func Boxed[T any](s iter.Seq[T]) iter.Seq[Object] {
	return func(yield func(Object) bool) {
		for v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

// CountFrom is itertools.count(start, step) for ints.
func CountFrom(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; yield(i); i += step {
		}
	}
}

// CountFromFloat is itertools.count(start, step) for floats: start + n*step,
// as CPython computes it once a float is involved.
func CountFromFloat(start, step float64) iter.Seq[float64] {
	return func(yield func(float64) bool) {
		for x := start; yield(x); x += step {
		}
	}
}

// Compress is itertools.compress(data, selectors): the items of data
// whose selector is true, until either runs out.
func Compress[T any](data iter.Seq[T], selectors iter.Seq[Object]) iter.Seq[T] {
	return func(yield func(T) bool) {
		next, stop := iter.Pull(selectors)
		defer stop()
		for v := range data {
			sel, ok := next()
			if !ok {
				return
			}
			if Truthy(sel) && !yield(v) {
				return
			}
		}
	}
}

// Cycle is itertools.cycle(s): its items, over and over.
func Cycle[T any](s iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		var saved []T
		for v := range s {
			if !yield(v) {
				return
			}
			saved = append(saved, v)
		}
		for len(saved) > 0 {
			for _, v := range saved {
				if !yield(v) {
					return
				}
			}
		}
	}
}

// Repeat is itertools.repeat(x, times); times < 0 repeats for ever.
func Repeat[T any](x T, times int) iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := 0; times < 0 || i < times; i++ {
			if !yield(x) {
				return
			}
		}
	}
}

// Chain is itertools.chain(*seqs).
func Chain[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

// ChainFromIterable is itertools.chain.from_iterable(seqs).
func ChainFromIterable(seqs Object) iter.Seq[Object] {
	return func(yield func(Object) bool) {
		for s := range Iter(seqs) {
			for v := range Iter(s) {
				if !yield(v) {
					return
				}
			}
		}
	}
}

// Islice is itertools.islice(s, start, stop, step); stop < 0 stands for
// None.
func Islice[T any](s iter.Seq[T], start, stop, step int) iter.Seq[T] {
	if start < 0 || stop < -1 {
		panic(ValueError.New("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
	}
	if step <= 0 {
		panic(ValueError.New("Step for islice() must be a positive integer or None."))
	}
	return func(yield func(T) bool) {
		// The check comes after each item, not before the next: an
		// iterator islice stops early on keeps its items after stop.
		i, next := 0, start
		if stop == 0 {
			return
		}
		for v := range s {
			if i == next {
				if !yield(v) {
					return
				}
				next += step
			}
			i++
			if stop >= 0 && i >= stop {
				return
			}
		}
	}
}

// Product is itertools.product(*seqs, repeat=n): tuples of every
// combination, the last input varying fastest.
func Product(repeat int, seqs ...iter.Seq[Object]) iter.Seq[Object] {
	var pools [][]Object
	for range max(repeat, 0) {
		for _, s := range seqs {
			pools = append(pools, slices.Collect(s))
		}
	}
	return func(yield func(Object) bool) {
		for _, p := range pools {
			if len(p) == 0 {
				return
			}
		}
		idx := make([]int, len(pools))
		for {
			t := make(Tuple, len(pools))
			for i, p := range pools {
				t[i] = p[idx[i]]
			}
			if !yield(t) {
				return
			}
			i := len(pools) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(pools[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				return
			}
		}
	}
}

// Permutations is itertools.permutations(s, r); r < 0 stands for None
// (the whole length). The order is CPython's.
func Permutations(s iter.Seq[Object], r int) iter.Seq[Object] {
	pool := slices.Collect(s)
	n := len(pool)
	if r < 0 {
		r = n
	}
	return func(yield func(Object) bool) {
		if r > n {
			return
		}
		indices := make([]int, n)
		for i := range indices {
			indices[i] = i
		}
		cycles := make([]int, r)
		for i := range cycles {
			cycles[i] = n - i
		}
		emit := func() bool {
			t := make(Tuple, r)
			for i := range t {
				t[i] = pool[indices[i]]
			}
			return yield(t)
		}
		if !emit() {
			return
		}
		for n > 0 {
			i := r - 1
			for ; i >= 0; i-- {
				cycles[i]--
				if cycles[i] == 0 {
					first := indices[i]
					copy(indices[i:], indices[i+1:])
					indices[n-1] = first
					cycles[i] = n - i
					continue
				}
				j := cycles[i]
				indices[i], indices[n-j] = indices[n-j], indices[i]
				if !emit() {
					return
				}
				break
			}
			if i < 0 {
				return
			}
		}
	}
}

// Combinations is itertools.combinations(s, r).
func Combinations(s iter.Seq[Object], r int) iter.Seq[Object] {
	return combinations(slices.Collect(s), r, false)
}

// CombinationsWithReplacement is
// itertools.combinations_with_replacement(s, r).
func CombinationsWithReplacement(s iter.Seq[Object], r int) iter.Seq[Object] {
	return combinations(slices.Collect(s), r, true)
}

func combinations(pool []Object, r int, replace bool) iter.Seq[Object] {
	if r < 0 {
		panic(ValueError.New("r must be non-negative"))
	}
	n := len(pool)
	return func(yield func(Object) bool) {
		if !replace && r > n || replace && n == 0 && r > 0 {
			return
		}
		idx := make([]int, r)
		if !replace {
			for i := range idx {
				idx[i] = i
			}
		}
		for {
			t := make(Tuple, r)
			for i, j := range idx {
				t[i] = pool[j]
			}
			if !yield(t) {
				return
			}
			i := r - 1
			for ; i >= 0; i-- {
				limit := i + n - r
				if replace {
					limit = n - 1
				}
				if idx[i] != limit {
					break
				}
			}
			if i < 0 {
				return
			}
			idx[i]++
			for j := i + 1; j < r; j++ {
				if replace {
					idx[j] = idx[i]
				} else {
					idx[j] = idx[j-1] + 1
				}
			}
		}
	}
}

// ZipLongest is itertools.zip_longest(*seqs, fillvalue=fill).
func ZipLongest(fill Object, seqs ...iter.Seq[Object]) iter.Seq[Object] {
	return func(yield func(Object) bool) {
		nexts := make([]func() (Object, bool), len(seqs))
		for i, s := range seqs {
			next, stop := iter.Pull(s)
			defer stop()
			nexts[i] = next
		}
		done := make([]bool, len(seqs))
		for {
			t := make(Tuple, len(seqs))
			active := 0
			for i, next := range nexts {
				if !done[i] {
					if v, ok := next(); ok {
						t[i] = v
						active++
						continue
					}
					done[i] = true
				}
				t[i] = fill
			}
			if active == 0 || !yield(t) {
				return
			}
		}
	}
}

// Groupby is itertools.groupby(s, key): (key, group) pairs for runs of
// items with equal keys; each group is a list of its items. key nil
// groups by the items themselves.
func Groupby[T any](s iter.Seq[T], key func(T) Object) iter.Seq[Object] {
	if key == nil {
		key = func(v T) Object { return v }
	}
	return func(yield func(Object) bool) {
		var group *List
		var cur Object
		for v := range s {
			k := key(v)
			if group != nil && Eq(k, cur) {
				group.Append(v)
				continue
			}
			if group != nil && !yield(Tuple{cur, group}) {
				return
			}
			cur, group = k, NewList(v)
		}
		if group != nil {
			yield(Tuple{cur, group})
		}
	}
}

// Accumulate is itertools.accumulate(s, fn, initial=...): running results
// of fn (addition when fn is nil).
func Accumulate[T any](s iter.Seq[T], fn func(T, T) T, initial *T) iter.Seq[T] {
	if fn == nil {
		fn = func(a, b T) T { return Add(a, b).(T) }
	}
	return func(yield func(T) bool) {
		var acc T
		started := false
		if initial != nil {
			acc, started = *initial, true
			if !yield(acc) {
				return
			}
		}
		for v := range s {
			if started {
				acc = fn(acc, v)
			} else {
				acc, started = v, true
			}
			if !yield(acc) {
				return
			}
		}
	}
}

// Takewhile is itertools.takewhile(pred, s).
func Takewhile[T, R any](pred func(T) R, s iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if !Truthy(pred(v)) || !yield(v) {
				return
			}
		}
	}
}

// Dropwhile is itertools.dropwhile(pred, s).
func Dropwhile[T, R any](pred func(T) R, s iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		dropping := true
		for v := range s {
			if dropping && Truthy(pred(v)) {
				continue
			}
			dropping = false
			if !yield(v) {
				return
			}
		}
	}
}

// Filterfalse is itertools.filterfalse(pred, s).
func Filterfalse[T, R any](pred func(T) R, s iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if !Truthy(pred(v)) && !yield(v) {
				return
			}
		}
	}
}

// Pairwise is itertools.pairwise(s): overlapping pairs.
func Pairwise[T any](s iter.Seq[T]) iter.Seq[Object] {
	return func(yield func(Object) bool) {
		var prev T
		first := true
		for v := range s {
			if !first && !yield(Tuple{prev, v}) {
				return
			}
			prev, first = v, false
		}
	}
}

// Starmap is itertools.starmap(fn, xs): fn called with the items of each
// item of xs as its arguments. fn is any function value; the runtime binds
// the arguments (Call), so the items may be tuples of any length.
func Starmap[R any](fn Object, xs iter.Seq[Object]) iter.Seq[R] {
	return func(yield func(R) bool) {
		for x := range xs {
			r, _ := Call(fn, itemsOf(x)...).(R)
			if !yield(r) {
				return
			}
		}
	}
}

// Tee is itertools.tee(xs, n): n iterators that each yield all of xs,
// which is read once; what one has read and another not yet is kept.
func Tee[T any](xs iter.Seq[T], n int) []*Iterator[T] {
	if n < 0 {
		panic(ValueError.New("n must be >= 0"))
	}
	var (
		mu   sync.Mutex
		buf  []T
		done bool
	)
	next, _ := iter.Pull(xs)
	out := make([]*Iterator[T], n)
	for i := range out {
		pos := 0
		out[i] = &Iterator[T]{next: func() (T, bool) {
			mu.Lock()
			defer mu.Unlock()
			for pos >= len(buf) && !done {
				v, ok := next()
				if !ok {
					done = true
					break
				}
				buf = append(buf, v)
			}
			if pos < len(buf) {
				pos++
				return buf[pos-1], true
			}
			var zero T
			return zero, false
		}}
	}
	return out
}
