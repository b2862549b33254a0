package runtime

import (
	"slices"
	"testing"
)

// TestIntRange checks the range object against values printed by CPython
// 3.11.
func TestIntRange(t *testing.T) {
	r := NewIntRange(2, 20, 3)
	tests := []struct {
		name string
		got  Object
		want string
	}{
		{"repr", r, "range(2, 20, 3)"},
		{"repr step 1", NewIntRange(4), "range(0, 4)"},
		{"slice", r.PySlice(1, 4, nil), "range(5, 14, 3)"},
		{"reversed slice", r.PySlice(nil, nil, -1), "range(17, -1, -3)"},
		{"empty slice keeps its bounds", r.PySlice(5, 2, nil), "range(17, 8, 3)"},
		{"slice past the end", NewIntRange(10).PySlice(1, 100, nil), "range(1, 10)"},
		{"negative slice bounds", NewIntRange(10).PySlice(-3, nil, nil), "range(7, 10)"},
		{"items", NewList(slices.Collect(NewIntRange(10, 0, -4).PyIter())...), "[10, 6, 2]"},
		{"at", r.At(-1), "17"},
		{"contains", Tuple{r.PyContains(8), r.PyContains(9), r.PyContains(20), r.PyContains(8.0), NewIntRange(10, 0, -2).PyContains(4)}, "(True, False, False, True, True)"},
		{"equal", Tuple{r.PyEq(NewIntRange(2, 19, 3)), NewIntRange(0).PyEq(NewIntRange(5, 5)), NewIntRange(1, 2).PyEq(NewIntRange(1, 2, 9)), r.PyEq(NewIntRange(2, 20))}, "(True, True, True, False)"},
		{"index and count", Tuple{r.Index(11), r.Count(5), r.Count(4)}, "(3, 1, 0)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Repr(tc.got); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
	if NewIntRange(0).PyHash() != NewIntRange(3, 3).PyHash() || r.PyHash() != NewIntRange(2, 19, 3).PyHash() {
		t.Error("equal ranges hash differently")
	}
}
