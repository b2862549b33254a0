package runtime

import (
	"slices"
	"testing"
)

func TestMemoInfo(t *testing.T) {
	square := func(n int) int { return n * n }
	tests := []struct {
		name    string
		maxsize int
		calls   []int
		want    string
	}{
		{"unbounded", -1, []int{1, 2, 1, 3, 1}, "CacheInfo(hits=2, misses=3, maxsize=None, currsize=3)"},
		{"lru evicts the least recent", 2, []int{1, 2, 1, 3, 1, 2}, "CacheInfo(hits=2, misses=4, maxsize=2, currsize=2)"},
		{"maxsize 0 keeps nothing", 0, []int{1, 1}, "CacheInfo(hits=0, misses=2, maxsize=0, currsize=0)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := NewLRUMemo[int, int](tt.maxsize)
			for _, n := range tt.calls {
				if got := m.Get(n, func() int { return square(n) }); got != n*n {
					t.Fatalf("Get(%d) = %d", n, got)
				}
			}
			if got := Repr(m.Info()); got != tt.want {
				t.Errorf("Info() = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestIsliceLeavesTheRest(t *testing.T) {
	tests := []struct {
		name              string
		start, stop, step int
		want, rest        []int
	}{
		{"first three", 0, 3, 1, []int{0, 1, 2}, []int{3, 4, 5}},
		{"stop 0 takes nothing", 0, 0, 1, nil, []int{0, 1, 2, 3, 4, 5}},
		{"step skips up to stop", 0, 4, 2, []int{0, 2}, []int{4, 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := NewIterator(slices.Values([]int{0, 1, 2, 3, 4, 5}))
			got := slices.Collect(Islice(it.All(), tt.start, tt.stop, tt.step))
			rest := slices.Collect(it.All())
			if !slices.Equal(got, tt.want) || !slices.Equal(rest, tt.rest) {
				t.Errorf("got %v then %v, want %v then %v", got, rest, tt.want, tt.rest)
			}
		})
	}
}
