package runtime

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

func TestPoolApplyAsync(t *testing.T) {
	// mp1.py's results.
	checkLeaks(t)
	p := NewPool(2)
	defer func() { p.Close(); p.Join() }()
	gate := NewEvent()
	slow := ApplyAsync(p, func() int { gate.Wait(); return 9 })
	boom := ApplyAsync(p, func() int { panic(ValueError.New("bad 1")) })
	notReady := raised(func() { slow.Successful() })
	if !regexp.MustCompile(`^ValueError: <multiprocessing.pool.ApplyResult object at 0x[0-9a-f]+> not ready$`).MatchString(notReady) {
		t.Errorf("successful() before ready raised %q", notReady)
	}
	if got := raised(func() { slow.GetTimeout(0.02) }); got != "multiprocessing.context.TimeoutError" {
		t.Errorf("get(timeout) raised %q", got)
	}
	slow.WaitTimeout(0.01)
	if slow.Ready() {
		t.Error("ready before the task ended")
	}
	gate.Set()
	slow.Wait()
	if !slow.Ready() || !slow.Successful() || slow.Get() != 9 {
		t.Errorf("ready %v successful %v", slow.Ready(), slow.Successful())
	}
	boom.Wait()
	if boom.Successful() {
		t.Error("failed task successful")
	}
	if got := raised(func() { boom.Get() }); got != "ValueError: bad 1" {
		t.Errorf("get raised %q", got)
	}
}

func TestPoolErrors(t *testing.T) {
	checkLeaks(t)
	tests := []struct {
		name string
		f    func()
		want string
	}{
		{"zero processes", func() { NewPool(0) }, "ValueError: Number of processes must be at least 1"},
		{"join while running", func() {
			p := NewPool(1)
			defer func() { p.Close(); p.Join() }()
			p.Join()
		}, "ValueError: Pool is still running"},
		{"apply after close", func() {
			p := NewPool(1)
			p.Close()
			p.Join()
			ApplyAsync(p, func() int { return 1 })
		}, "ValueError: Pool not running"},
		{"map after terminate", func() {
			p := NewPool(1)
			p.Terminate()
			p.Join()
			PoolMap(p, func(int) int { return 1 }, []int{1}, 0)
		}, "ValueError: Pool not running"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raised(tt.f); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPoolMap(t *testing.T) {
	checkLeaks(t)
	p := NewPool(2)
	defer func() { p.Close(); p.Join() }()
	sq := func(x int) int { return x * x }
	for _, cs := range []int{0, 1, 2, 3, 100} {
		t.Run("chunksize "+itoaTest(cs%10), func(t *testing.T) {
			got := PoolMap(p, sq, []int{0, 1, 2, 3, 4, 5, 6}, cs)
			if want := []int{0, 1, 4, 9, 16, 25, 36}; !equalInts(got, want) {
				t.Errorf("got %v", got)
			}
		})
	}
	if got := PoolMap(p, sq, nil, 0); len(got) != 0 {
		t.Errorf("empty map %v", got)
	}
	got := raised(func() {
		PoolMap(p, func(x int) int {
			if x > 0 {
				panic(ValueError.New("bad " + itoaTest(x)))
			}
			return x
		}, []int{0, 1, 2}, 1)
	})
	if got != "ValueError: bad 1" && got != "ValueError: bad 2" {
		t.Errorf("map raised %q", got)
	}
}

func TestDefaultChunksize(t *testing.T) {
	// CPython: divmod(len, workers*4), rounded up.
	for _, c := range []struct{ n, workers, want int }{{7, 2, 1}, {100, 2, 13}, {80, 2, 10}, {1000, 6, 42}} {
		if got := defaultChunksize(c.n, c.workers); got != c.want {
			t.Errorf("defaultChunksize(%d, %d) = %d, want %d", c.n, c.workers, got, c.want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestPoolWorkersAreProcesses(t *testing.T) {
	// Worker names come from one counter per program; the parent stays
	// MainProcess; tasks run on all workers in parallel.
	checkLeaks(t)
	first := childCounter.Load() + 1
	p := NewPool(3)
	arrived, release := make(chan struct{}), make(chan struct{})
	var rs []*AsyncResult[string]
	for i := 0; i < 3; i++ {
		rs = append(rs, ApplyAsync(p, func() string {
			arrived <- struct{}{}
			<-release
			return CurrentProcessName() + "/" + CurrentThreadName()
		}))
	}
	for i := 0; i < 3; i++ {
		<-arrived // all three tasks run at once
	}
	close(release)
	var names []string
	for _, r := range rs {
		names = append(names, r.Get())
	}
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) < len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
	want := []string{}
	for i := int64(0); i < 3; i++ {
		want = append(want, fmt.Sprintf("ForkPoolWorker-%d/MainThread", first+i))
	}
	if strings.Join(names, ",") != strings.Join(want, ",") || CurrentProcessName() != "MainProcess" {
		t.Errorf("names %v, want %v", names, want)
	}
	p.Close()
	p.Join()
}

func TestPoolTerminateAbandonsPending(t *testing.T) {
	// A result still pending at terminate() never becomes ready.
	checkLeaks(t)
	p := NewPool(1)
	gate := make(chan struct{})
	running := ApplyAsync(p, func() int { <-gate; return 1 })
	queued := ApplyAsync(p, func() int { return 2 })
	time.Sleep(10 * time.Millisecond)
	p.Terminate()
	p.Join()
	close(gate)
	if got := raised(func() { queued.GetTimeout(0.05) }); got != "multiprocessing.context.TimeoutError" {
		t.Errorf("queued get raised %q", got)
	}
	if running.Ready() {
		t.Error("running task's result became ready after terminate")
	}
}

func TestPoolCallbacks(t *testing.T) {
	// mp1.py: callbacks run in the parent's result-handler thread, which
	// took the third of the pool's three thread numbers; callback= is not
	// called on failure; map_async's callback gets the whole list.
	checkLeaks(t)
	before := threadCounter.Load()
	p := NewPool(2)
	r := &recorder{}
	ok := ApplyAsyncWith(p, func() int { return 16 }, func(v int) {
		r.add(fmt.Sprint("callback ", v, " ", CurrentThreadName(), " ", CurrentProcessName()))
	}, func(e *Error) { r.add("wrong") })
	ok.Get()
	bad := ApplyAsyncWith(p, func() int { panic(ValueError.New("bad 2")) }, func(int) { r.add("wrong") },
		func(e *Error) { r.add("error_callback " + e.PyRepr()) })
	bad.Wait()
	MapAsync(p, func(x int) int { return x * x }, []int{0, 1, 2, 3}, 0, func(v []int) { r.add(fmt.Sprint("map_async ", v)) }, nil).Wait()
	if got := Apply(p, func() int { return 25 }); got != 25 {
		t.Errorf("apply %d", got)
	}
	p.Close()
	p.Join()
	want := fmt.Sprintf("callback 16 Thread-%d (_handle_results) MainProcess|error_callback ValueError('bad 2')|map_async [0 1 4 9]", before+3)
	if r.String() != want {
		t.Errorf("got  %s\nwant %s", r, want)
	}
	if n := NewThread(ThreadOptions{}).Name(); n != fmt.Sprintf("Thread-%d", before+4) {
		t.Errorf("next thread %s", n)
	}
}

func TestPoolImap(t *testing.T) {
	// pool_starmap_imap.py and mp1.py: imap in input order,
	// imap_unordered in completion order, an exception at its item.
	checkLeaks(t)
	p := NewPool(3)
	defer func() { p.Close(); p.Join() }()
	double := func(x int) int { return 2 * x }
	var got []int
	for v := range Imap(p, double, []int{0, 1, 2, 3, 4, 5}, 0) {
		got = append(got, v)
	}
	if fmt.Sprint(got) != "[0 2 4 6 8 10]" {
		t.Errorf("imap %v", got)
	}
	gates := []*Event{NewEvent(), NewEvent(), NewEvent()}
	release := []int{0, 1}
	gates[2].Set()
	got = nil
	for v := range ImapUnordered(p, func(i int) int { gates[i].Wait(); return i }, []int{0, 1, 2}, 1) {
		got = append(got, v)
		if len(release) > 0 {
			gates[release[0]].Set()
			release = release[1:]
		}
	}
	if fmt.Sprint(got) != "[2 0 1]" {
		t.Errorf("imap_unordered %v", got)
	}
	got = nil
	msg := raised(func() {
		for v := range Imap(p, func(x int) int {
			if x == 2 {
				panic(ValueError.New("bad 2"))
			}
			return x
		}, []int{0, 1, 2, 3}, 1) {
			got = append(got, v)
		}
	})
	if msg != "ValueError: bad 2" || fmt.Sprint(got) != "[0 1]" {
		t.Errorf("imap raised %q after %v", msg, got)
	}
}
