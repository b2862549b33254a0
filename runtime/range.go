package runtime

import (
	"iter"
	"strconv"
)

// A range held as a dynamic value (passed to a function, printed,
// sampled, indexed) is an IntRange, which behaves as Python's range
// object: a sequence computed from start, stop and step, never a list.
// Loops and builtins that only iterate over range(...) get Go loops or an
// iter.Seq instead.

// PyTypeName is type(r).__name__.
func (r IntRange) PyTypeName() string { return "range" }

// PyRepr is repr(r): range(0, 3), or range(1, 9, 2) with a step.
func (r IntRange) PyRepr() string {
	s := "range(" + strconv.Itoa(r.start) + ", " + strconv.Itoa(r.stop)
	if r.step != 1 {
		s += ", " + strconv.Itoa(r.step)
	}
	return s + ")"
}

// PyBool is bool(r): whether it is not empty.
func (r IntRange) PyBool() bool { return r.n > 0 }

// at is the i-th item, for 0 <= i < r.n.
func (r IntRange) at(i int) int { return r.start + i*r.step }

// All iterates over the items.
func (r IntRange) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < r.n; i++ {
			if !yield(r.at(i)) {
				return
			}
		}
	}
}

// PyIter iterates over the items as dynamic values.
func (r IntRange) PyIter() iter.Seq[Object] {
	return func(yield func(Object) bool) {
		for i := 0; i < r.n; i++ {
			if !yield(r.at(i)) {
				return
			}
		}
	}
}

// PyGetItem is r[i], negative indexes counting from the end.
func (r IntRange) PyGetItem(k Object) Object { return r.At(indexOf(k, "range")) }

// PySlice is r[lo:hi:step], itself a range, with the bounds CPython
// computes (range(10)[5:2] is range(5, 2)).
func (r IntRange) PySlice(lo, hi, step Object) Object {
	start, stop, st := sliceIndices(lo, hi, step, r.n)
	return IntRange{start: r.at(start), stop: r.at(stop), step: r.step * st, n: rangeLen(start, stop, st)}
}

// PyContains is `x in r`, computed without iterating for an int.
func (r IntRange) PyContains(x Object) bool {
	v, ok := x.(int)
	if !ok {
		if b, isBool := x.(bool); isBool {
			v, ok = 0, true
			if b {
				v = 1
			}
		}
	}
	if !ok {
		for item := range r.PyIter() {
			if Eq(item, x) {
				return true
			}
		}
		return false
	}
	if r.n == 0 {
		return false
	}
	d := v - r.start
	if i := d / r.step; d%r.step == 0 && i >= 0 && i < r.n {
		return true
	}
	return false
}

// PyEq is r == o: ranges are equal when they hold the same items, however
// they were written (range(0) == range(2, 2)).
func (r IntRange) PyEq(o Object) bool {
	q, ok := o.(IntRange)
	switch {
	case !ok || r.n != q.n:
		return false
	case r.n == 0:
		return true
	case r.start != q.start:
		return false
	}
	return r.n == 1 || r.step == q.step
}

// PyHash is hash(r), consistent with PyEq: CPython hashes (len, start,
// step) with None for what equality ignores.
func (r IntRange) PyHash() int {
	switch r.n {
	case 0:
		return Hash(Tuple{0, nil, nil})
	case 1:
		return Hash(Tuple{1, r.start, nil})
	}
	return Hash(Tuple{r.n, r.start, r.step})
}

// sliceIndices is slice(lo, hi, step).indices(n): the start and stop
// indexes and the step that the slice selects from a sequence of n items,
// clamped as CPython's PySlice_AdjustIndices does.
func sliceIndices(lo, hi, step Object, n int) (start, stop, st int) {
	st = 1
	if step != nil {
		st = ToInt(step)
	}
	if st == 0 {
		panic(ValueError.New("slice step cannot be zero"))
	}
	adjust := func(x Object, dflt int) int {
		if x == nil {
			return dflt
		}
		i := indexOf(x, "slice")
		lower, upper := 0, n
		if st < 0 {
			lower, upper = -1, n-1
		}
		if i < 0 {
			i += n
			if i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i
	}
	if st > 0 {
		return adjust(lo, 0), adjust(hi, n), st
	}
	return adjust(lo, n-1), adjust(hi, -1), st
}

// Start, Stop and Step are r.start, r.stop and r.step.
func (r IntRange) Start() int { return r.start }

// Stop is r.stop.
func (r IntRange) Stop() int { return r.stop }

// Step is r.step.
func (r IntRange) Step() int { return r.step }

// Index is r.index(x): the position of x, or ValueError.
func (r IntRange) Index(x Object) int {
	if v, ok := x.(int); ok && r.PyContains(v) {
		return (v - r.start) / r.step
	}
	i := 0
	for item := range r.PyIter() {
		if Eq(item, x) {
			return i
		}
		i++
	}
	panic(ValueError.New(Repr(x) + " is not in range"))
}

// Count is r.count(x): 1 or 0 for an int.
func (r IntRange) Count(x Object) int {
	if _, ok := x.(int); ok {
		if r.PyContains(x) {
			return 1
		}
		return 0
	}
	n := 0
	for item := range r.PyIter() {
		if Eq(item, x) {
			n++
		}
	}
	return n
}

// At is r[i] for an int index, negative ones counting from the end.
func (r IntRange) At(i int) int {
	return r.at(seqIndex(i, r.n, "range object"))
}
