package runtime

import (
	"sync"
	"testing"
)

// fibCounted is what py2go emits for a recursive fib: one deferred frame
// count per call.
func fibCounted(n int) int {
	defer Enter().Leave()
	if n < 2 {
		return n
	}
	return fibCounted(n-1) + fibCounted(n-2)
}

func fibPlain(n int) int {
	if n < 2 {
		return n
	}
	return fibPlain(n-1) + fibPlain(n-2)
}

func countDown(n int) int {
	defer Enter().Leave()
	if n == 0 {
		return 0
	}
	return 1 + countDown(n-1)
}

// catchRecursion runs f and reports whether it raised RecursionError.
func catchRecursion(f func()) bool {
	err := Catch(f)
	return err != nil && err.Matches(RecursionError)
}

func TestRecursionLimit(t *testing.T) {
	tests := []struct {
		name  string
		depth int
		fails bool
	}{
		{"well below", 500, false},
		{"the deepest CPython allows", 998, false},
		{"one past", 999, true},
		{"far past", 100000, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := catchRecursion(func() { countDown(tt.depth) }); got != tt.fails {
				t.Errorf("countDown(%d) raised RecursionError: %v, want %v", tt.depth, got, tt.fails)
			}
			if d := goDepth().n; d != 0 {
				t.Errorf("depth left at %d", d)
			}
		})
	}
}

func TestRecursionPerThread(t *testing.T) {
	// Each thread has its own depth: eight threads 900 deep at once do
	// not add up to a RecursionError.
	var wg sync.WaitGroup
	failed := make([]bool, 8)
	for i := range failed {
		wg.Add(1)
		th := NewThread(ThreadOptions{Target: func() {
			defer wg.Done()
			failed[i] = catchRecursion(func() { countDown(900) })
		}})
		th.Start()
	}
	wg.Wait()
	for i, f := range failed {
		if f {
			t.Errorf("thread %d raised RecursionError at depth 900", i)
		}
	}
}

func TestSetRecursionLimit(t *testing.T) {
	defer SetRecursionLimit(defaultRecursionLimit)
	SetRecursionLimit(100)
	if !catchRecursion(func() { countDown(150) }) {
		t.Error("limit 100 let 150 frames through")
	}
	SetRecursionLimit(1_000_000)
	if catchRecursion(func() { countDown(200_000) }) {
		t.Error("limit 10**6 stopped 200000 frames")
	}
	if err := Catch(func() { SetRecursionLimit(0) }); err == nil || !err.Matches(ValueError) {
		t.Errorf("SetRecursionLimit(0) raised %v, want ValueError", err)
	}
}

// BenchmarkFib compares a recursive fib(25) with and without the frame
// count, on the main thread and on a thread (where finding the caller's
// counter takes a goroutine-id lookup).
func BenchmarkFib(b *testing.B) {
	b.Run("plain", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			fibPlain(25)
		}
	})
	b.Run("counted", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			fibCounted(25)
		}
	})
	b.Run("counted-in-thread", func(b *testing.B) {
		th := NewThread(ThreadOptions{Target: func() {
			for i := 0; i < b.N; i++ {
				fibCounted(25)
			}
		}})
		th.Start()
		th.Join()
	})
}
