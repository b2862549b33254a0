package runtime

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
)

// TestExecQueueStress submits from several goroutines at once, switching
// between work item types (so slabs are sealed before they are full),
// while four workers take the items: every task runs exactly once, each
// future holds its own task's result, and one submitter's tasks start in
// the order it submitted them. Run it with -race.
func TestExecQueueStress(t *testing.T) {
	checkLeaks(t)
	const submitters, perSubmitter = 4, 3000
	e := NewThreadPoolExecutor(4)
	var ran [submitters * perSubmitter]atomic.Int32
	var last [submitters]atomic.Int64 // the last task each submitter's tasks started
	var disorder atomic.Int64
	start := func(s, i int) {
		if prev := last[s].Swap(int64(i)); prev > int64(i) {
			disorder.Add(1)
		}
	}
	var wg sync.WaitGroup
	results := make([][]func() int, submitters)
	for s := range submitters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range perSubmitter {
				id := s*perSubmitter + i
				if i%3 == 0 {
					f := Submit(e, func() int { start(s, i); ran[id].Add(1); return id })
					results[s] = append(results[s], f.Result)
					continue
				}
				f := Submit1(e, func(x int) string { start(s, i); ran[x].Add(1); return fmt.Sprint(x) }, id)
				results[s] = append(results[s], func() int { var n int; fmt.Sscan(f.Result(), &n); return n })
			}
		}()
	}
	wg.Wait()
	e.Shutdown(true)
	for s, rs := range results {
		for i, r := range rs {
			if got, want := r(), s*perSubmitter+i; got != want {
				t.Fatalf("future %d of submitter %d holds %d", i, s, got)
			}
		}
	}
	for id := range ran {
		if n := ran[id].Load(); n != 1 {
			t.Fatalf("task %d ran %d times", id, n)
		}
	}
	// Workers start tasks in queue order, but two workers may reach
	// their starts in either order; with four workers a task can be
	// overtaken by at most three that were queued after it.
	if n := disorder.Load(); n > submitters*perSubmitter/2 {
		t.Errorf("%d starts out of order", n)
	}
}

// TestExecQueueShutdownRace shuts an executor down while goroutines
// submit to it: every submit either raises RuntimeError or returns a
// future that completes (runs, or is cancelled by cancel_futures), and
// nothing is left waiting.
func TestExecQueueShutdownRace(t *testing.T) {
	checkLeaks(t)
	for _, cancel := range []bool{false, true} {
		t.Run(fmt.Sprintf("cancel_futures=%v", cancel), func(t *testing.T) {
			e := NewThreadPoolExecutor(2)
			var mu sync.Mutex
			var fs []*Future[int]
			var wg sync.WaitGroup
			for range 3 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := 0; ; i++ {
						var f *Future[int]
						if err := Catch(func() { f = Submit1(e, func(x int) int { return x }, i) }); err != nil {
							if err.Type != RuntimeError {
								t.Errorf("submit raised %v", err)
							}
							return
						}
						mu.Lock()
						fs = append(fs, f)
						mu.Unlock()
					}
				}()
			}
			for {
				mu.Lock()
				n := len(fs)
				mu.Unlock()
				if n > 2000 {
					break
				}
				Sleep(0.001)
			}
			e.ShutdownCancel(true, cancel)
			wg.Wait()
			for i, f := range fs {
				if !f.c.waitDone(5) {
					t.Fatalf("future %d of %d never completed", i, len(fs))
				}
				if !cancel && f.Cancelled() {
					t.Fatalf("future %d cancelled by shutdown(cancel_futures=False)", i)
				}
			}
		})
	}
}
