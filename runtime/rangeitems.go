package runtime

// IntRange is range(start, stop, step): as a Pool map's items, workers
// compute each chunk's items from it, so mapping over a range never
// builds the list CPython builds (which nothing can observe); as a
// dynamic value (range.go) it is Python's range object.
type IntRange struct {
	start, stop, step, n int
}

// NewIntRange is range(stop), range(start, stop) or range(start, stop,
// step); a zero step raises ValueError as Python does.
func NewIntRange(args ...int) IntRange {
	start, stop, step := 0, 0, 1
	switch len(args) {
	case 1:
		stop = args[0]
	case 2:
		start, stop = args[0], args[1]
	case 3:
		start, stop, step = args[0], args[1], args[2]
	}
	if step == 0 {
		panic(ValueError.New("range() arg 3 must not be zero"))
	}
	return IntRange{start: start, stop: stop, step: step, n: rangeLen(start, stop, step)}
}

// rangeLen is len(range(start, stop, step)) for a step that is not zero.
func rangeLen(start, stop, step int) int {
	switch {
	case step > 0 && start < stop:
		return (stop-start-1)/step + 1
	case step < 0 && start > stop:
		return (start-stop-1)/(-step) + 1
	}
	return 0
}

// Len is len(r).
func (r IntRange) Len() int { return r.n }

// RangeList is list(range(...)) as a slice made at its final length, for
// callers that need the items themselves.
func RangeList(args ...int) []int {
	r := NewIntRange(args...)
	out := make([]int, r.n)
	x := r.start
	for i := range out {
		out[i] = x
		x += r.step
	}
	return out
}
