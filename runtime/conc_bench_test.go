package runtime

import "testing"

// BenchmarkSubmitResult measures a tiny task's round trip through a
// ThreadPoolExecutor: submit, run on a worker, result.
func BenchmarkSubmitResult(b *testing.B) {
	e := NewThreadPoolExecutor(4)
	defer e.Shutdown(true)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Submit(e, func() int { return i }).Result()
	}
}

// BenchmarkSubmitBatch measures throughput when many tiny tasks are in
// flight, the as_completed pattern.
func BenchmarkSubmitBatch(b *testing.B) {
	e := NewThreadPoolExecutor(4)
	defer e.Shutdown(true)
	fs := make([]*Future[int], 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fs = append(fs, Submit(e, func() int { return i }))
	}
	for range AsCompleted(fs, NoTimeout) {
	}
}

// BenchmarkPoolMap measures pool.map over 1000 small CPU-bound items.
func BenchmarkPoolMap(b *testing.B) {
	p := NewPool(CPUCount())
	defer func() { p.Close(); p.Join() }()
	items := make([]int, 1000)
	for i := range items {
		items[i] = i
	}
	work := func(x int) int {
		s := 0
		for j := 0; j < 1000; j++ {
			s += x ^ j
		}
		return s
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		PoolMap(p, work, items, 0)
	}
}

// BenchmarkApplyAsync measures apply_async(...).get() of a tiny task.
func BenchmarkApplyAsync(b *testing.B) {
	p := NewPool(2)
	defer func() { p.Close(); p.Join() }()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ApplyAsync(p, func() int { return i }).Get()
	}
}

// BenchmarkGreenletSleep0 measures one gevent.sleep(0) hand-over between
// two greenlets of the main hub (the fast identity path).
func BenchmarkGreenletSleep0(b *testing.B) {
	n := b.N / 2
	g := Spawn(func() int {
		for i := 0; i < n; i++ {
			GeventSleep(0)
		}
		return 0
	})
	b.ResetTimer()
	for i := 0; i < n; i++ {
		GeventSleep(0)
	}
	g.Join()
}

// BenchmarkGreenletSleep0InWorker is the same inside a pool worker, where
// every identity lookup parses the goroutine id.
func BenchmarkGreenletSleep0InWorker(b *testing.B) {
	p := NewPool(1)
	defer func() { p.Close(); p.Join() }()
	b.ResetTimer()
	ApplyAsync(p, func() int {
		g := Spawn(func() int {
			for i := 0; i < b.N/2; i++ {
				GeventSleep(0)
			}
			return 0
		})
		for i := 0; i < b.N/2; i++ {
			GeventSleep(0)
		}
		g.Join()
		return 0
	}).Get()
}

// BenchmarkCurrentThreadName measures the identity lookup with and
// without other threads alive.
func BenchmarkCurrentThreadName(b *testing.B) {
	b.Run("main only", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			CurrentThreadName()
		}
	})
	b.Run("threads alive", func(b *testing.B) {
		ev := NewEvent()
		th := NewThread(ThreadOptions{Target: func() { ev.Wait() }})
		th.Start()
		defer func() { ev.Set(); th.Join() }()
		for i := 0; i < b.N; i++ {
			CurrentThreadName()
		}
	})
}

// BenchmarkGreenletSpawnSleep0 measures a greenlet's whole life in the
// gevent fan-out pattern: spawn many, each yields once with sleep(0),
// joinall, read the values.
func BenchmarkGreenletSpawnSleep0(b *testing.B) {
	const n = 1000
	for range b.N / n {
		gs := make([]*Greenlet[int], n)
		for i := range gs {
			gs[i] = SpawnNamed("worker", []Object{i}, func() int {
				GeventSleep(0)
				return i
			})
		}
		JoinAll(gs, NoTimeout)
		for _, g := range gs {
			GreenletValue(g)
		}
	}
}
