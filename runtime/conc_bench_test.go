package runtime

import (
	"sync"
	"testing"
)

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

// BenchmarkExecutorSubmitResult is bench/cases/executor_tiny.py per
// task: batches of tiny tasks submitted to four workers, then every
// result fetched in order.
func BenchmarkExecutorSubmitResult(b *testing.B) {
	const batch = 10000
	e := NewThreadPoolExecutor(4)
	defer e.Shutdown(true)
	square := func(x int) int { return x * x }
	fs := make([]*Future[int], 0, batch)
	b.ReportAllocs()
	for i := 0; i < b.N; i += batch {
		fs = fs[:0]
		for j := range min(batch, b.N-i) {
			fs = append(fs, Submit1(e, square, j))
		}
		for _, f := range fs {
			f.Result()
		}
	}
}

// BenchmarkLock is bench/cases/lock_counter.py per increment: four
// threads incrementing a counter under `with lock:`, beside a plain
// sync.Mutex doing the same, the cost to match.
func BenchmarkLock(b *testing.B) {
	contend := func(b *testing.B, lock, unlock func()) {
		counter := 0
		done := make(chan bool)
		for range 4 {
			go func() {
				for range b.N / 4 {
					lock()
					counter++
					unlock()
				}
				done <- true
			}()
		}
		for range 4 {
			<-done
		}
	}
	b.Run("threading.Lock", func(b *testing.B) {
		l := NewLock()
		contend(b, func() { l.Acquire() }, l.Release)
	})
	b.Run("sync.Mutex", func(b *testing.B) {
		var mu sync.Mutex
		contend(b, mu.Lock, mu.Unlock)
	})
}

// BenchmarkPoolMapRange is bench/cases/pool_map.py per item: pool.map of a
// tiny function over a range in chunks of 10,000, on two workers.
func BenchmarkPoolMapRange(b *testing.B) {
	p := NewPool(2)
	defer func() { p.Close(); p.Join() }()
	work := func(x int) int { return x*3 + 1 }
	b.ReportAllocs()
	b.ResetTimer()
	PoolMapRange(p, work, NewIntRange(b.N), 10000)
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

// BenchmarkGreenletStepsSleep0 is BenchmarkGreenletSpawnSleep0 with the
// greenlets compiled to steps (stackless, gevent_steps.go).
func BenchmarkGreenletStepsSleep0(b *testing.B) {
	const n = 1000
	for range b.N / n {
		gs := make([]*Greenlet[int], n)
		for i := range gs {
			pc := 0
			gs[i] = SpawnSteps("worker", []Object{i}, func(s *Step) int {
				if pc == 0 {
					pc = 1
					s.Sleep(0)
					return 0
				}
				return i
			})
		}
		JoinAll(gs, NoTimeout)
		for _, g := range gs {
			GreenletValue(g)
		}
	}
}
