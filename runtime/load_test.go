package runtime

import (
	"slices"
	"testing"
)

// The load tests run the loads of testdata/e2e/hardening (pool_100k,
// greenlets_1m, asyncio_10k) through the runtime API as the generated
// programs do, and check the results and that every goroutine they
// started has ended (checkLeaks). -short scales them down tenfold.

func loadSize(t *testing.T, n int) int {
	if testing.Short() {
		return n / 10
	}
	return n
}

func TestLoadExecutor(t *testing.T) {
	checkLeaks(t)
	n := loadSize(t, 100_000)
	want := 0
	for i := range n {
		want += i * i
	}
	square := func(i int) int { return MulInt(i, i) }
	t.Run("map", func(t *testing.T) {
		pool := NewThreadPoolExecutor(8)
		defer pool.Shutdown(true)
		if got := SumInt(ExecutorMap(pool, square, slices.Collect(Range(n)), NoTimeout), 0); got != want {
			t.Errorf("sum of squares %v, want %d", got, want)
		}
	})
	t.Run("submit", func(t *testing.T) {
		pool := NewThreadPoolExecutor(4)
		defer pool.Shutdown(true)
		futures := make([]*Future[int], n)
		for i := range n {
			futures[i] = Submit(pool, func() int { return square(i) })
		}
		got := 0
		for _, f := range futures {
			got += f.Result()
		}
		if got != want {
			t.Errorf("sum of squares %d, want %d", got, want)
		}
	})
}

func TestLoadGreenlets(t *testing.T) {
	checkLeaks(t)
	n := loadSize(t, 1_000_000)
	jobs := make([]*Greenlet[int], n)
	want := 0
	for i := range n {
		jobs[i] = Spawn(func() int { return i % 7 })
		want += i % 7
	}
	JoinAll(jobs, NoTimeout)
	got := 0
	for _, j := range jobs {
		got += ToInt(GreenletValue(j))
	}
	if got != want {
		t.Errorf("sum %d, want %d", got, want)
	}
}

func TestLoadAsyncio(t *testing.T) {
	checkLeaks(t)
	n := loadSize(t, 10_000)
	task := func(i int) *Coro[int] {
		return NewCoro("task", func() int {
			AsyncSleep(0.01).Await()
			return i * 2
		})
	}
	got := AsyncioRun(NewCoro("main", func() int {
		items := make([]*Coro[int], n)
		for i := range n {
			items[i] = task(i)
		}
		return SumInt(slices.Values(GatherList[int, *Coro[int]](items).Await()), 0)
	}))
	if want := n * (n - 1); got != want {
		t.Errorf("sum %d, want %d", got, want)
	}
}
