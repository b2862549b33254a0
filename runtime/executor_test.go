package runtime

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestExecutorThreadsAreLazyAndNamed(t *testing.T) {
	// A1: ThreadPoolExecutor-<executor#>_<worker#>; an idle worker is
	// reused instead of starting a new one.
	checkLeaks(t)
	e := NewThreadPoolExecutor(4)
	defer e.Shutdown(true)
	name := func() string { return CurrentThreadName() }
	first := Submit(e, name).Result()
	second := Submit(e, name).Result()
	want := fmt.Sprintf("ThreadPoolExecutor-%d_0", e.id)
	if first != want || second != want {
		t.Errorf("names %q %q, want %q", first, second, want)
	}
	if n := e.workers; n != 1 {
		t.Errorf("%d threads for sequential work, want 1", n)
	}
}

func TestExecutorErrors(t *testing.T) {
	checkLeaks(t)
	tests := []struct {
		name string
		f    func()
		want string
	}{
		{"negative workers", func() { NewThreadPoolExecutor(-1) }, "ValueError: max_workers must be greater than 0"},
		{"submit after shutdown", func() {
			e := NewThreadPoolExecutor(1)
			e.Shutdown(true)
			Submit(e, func() int { return 1 })
		}, "RuntimeError: cannot schedule new futures after shutdown"},
		{"result re-raises", func() {
			e := NewThreadPoolExecutor(1)
			defer e.Shutdown(true)
			Submit(e, func() int { panic(ValueError.New("bad value 7")) }).Result()
		}, "ValueError: bad value 7"},
		{"result timeout", func() {
			e := NewThreadPoolExecutor(1)
			defer e.Shutdown(true)
			Submit(e, func() int { Sleep(0.1); return 1 }).ResultTimeout(0.01)
		}, "TimeoutError"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raised(tt.f); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if e := NewThreadPoolExecutor(0); e.max != min(32, CPUCount()+4) {
		t.Errorf("default max_workers %d", e.max)
	}
}

func TestFutureStates(t *testing.T) {
	// cf1.py: states, reprs, cancel of pending only.
	checkLeaks(t)
	e := NewThreadPoolExecutor(1)
	gate := NewEvent()
	running := Submit(e, func() int { gate.Wait(); return 1 })
	pending := Submit(e, func() int { return 2 })
	failing := Submit(e, func() int { panic(ValueError.New("bad 1")) })
	for !running.Running() {
		time.Sleep(time.Millisecond)
	}
	checks := []struct {
		name string
		got  any
		want any
	}{
		{"cancel running", running.Cancel(), false},
		{"cancel pending", pending.Cancel(), true},
		{"cancel twice", pending.Cancel(), true},
		{"cancelled done", pending.Done(), true},
		{"cancelled result", raised(func() { pending.Result() }), "concurrent.futures._base.CancelledError"},
		{"running repr", reprState(running), "running"},
		{"cancelled repr", reprState(pending), "cancelled"},
	}
	gate.Set()
	checks = append(checks,
		struct {
			name string
			got  any
			want any
		}{"finished repr", func() string { running.Result(); return reprState(running) }(), "finished returned int"},
		struct {
			name string
			got  any
			want any
		}{"raised repr", func() string { failing.Exception(); return reprState(failing) }(), "finished raised ValueError"})
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("got %v, want %v", c.got, c.want)
			}
		})
	}
	if err := failing.Exception(); err == nil || err.Error() != "ValueError: bad 1" {
		t.Errorf("exception() %v", err)
	}
	e.Shutdown(true)
}

// reprState extracts the state part of a Future's repr.
func reprState[T any](f *Future[T]) string {
	m := regexp.MustCompile(`^<Future at 0x[0-9a-f]+ state=(.*)>$`).FindStringSubmatch(f.PyRepr())
	if m == nil {
		return f.PyRepr()
	}
	return m[1]
}

func TestDoneCallbacks(t *testing.T) {
	// cf3.py: a callback added before completion runs in the worker; on
	// a done future at once in the caller; a failing one is logged and
	// the later ones still run.
	checkLeaks(t)
	r := &recorder{}
	stderr := captureStderr(t, func() {
		e := NewThreadPoolExecutor(1)
		gate := NewEvent()
		f := Submit(e, func() int { gate.Wait(); return 3 })
		f.AddDoneCallback(func(f *Future[int]) { r.add(fmt.Sprint("cb1 ", f.Result(), " ", CurrentThreadName())) })
		f.AddDoneCallback(func(*Future[int]) { panic(RuntimeError.New("cb failed")) })
		f.AddDoneCallback(func(*Future[int]) { r.add("cb3") })
		gate.Set()
		f.Result()
		e.Shutdown(true)
		f.AddDoneCallback(func(*Future[int]) { r.add("late " + CurrentThreadName()) })
	})
	want := fmt.Sprintf("cb1 3 ThreadPoolExecutor-%d_0|cb3|late MainThread", executorCounter.Load()-1)
	if r.String() != want {
		t.Errorf("events %s, want %s", r, want)
	}
	re := regexp.MustCompile(`^exception calling callback for <Future at 0x[0-9a-f]+ state=finished returned int>\n(?s:.*)RuntimeError: cb failed\n$`)
	if !re.MatchString(stderr) {
		t.Errorf("stderr:\n%s", stderr)
	}
}

func TestAsCompleted(t *testing.T) {
	// cf4.py/cf5.py: done ones first, then completion order (forced here
	// with gates, not sleeps, so load cannot reorder it), duplicates once.
	checkLeaks(t)
	e := NewThreadPoolExecutor(3)
	defer e.Shutdown(true)
	gates := []*Event{NewEvent(), NewEvent(), NewEvent()}
	gated := func(i int) func() int { return func() int { gates[i].Wait(); return i } }
	done := Submit(e, func() int { return -1 })
	done.Result()
	fs := []*Future[int]{Submit(e, gated(0)), Submit(e, gated(1)), Submit(e, gated(2)), done}
	release := []int{2, 0, 1}
	var got []int
	for f := range AsCompleted(append(fs, fs[0]), NoTimeout) {
		got = append(got, f.Result())
		if len(release) > 0 {
			gates[release[0]].Set()
			release = release[1:]
		}
	}
	if fmt.Sprint(got) != "[-1 2 0 1]" {
		t.Errorf("order %v", got)
	}
}

func TestAsCompletedTimeout(t *testing.T) {
	// cf5.py: the timeout is a total and names the unfinished count.
	checkLeaks(t)
	e := NewThreadPoolExecutor(3)
	defer e.Shutdown(true)
	gate := NewEvent()
	defer gate.Set()
	quick := Submit(e, func() int { return 1 })
	quick.Result()
	fs := []*Future[int]{quick, Submit(e, func() int { gate.Wait(); return 2 }), Submit(e, func() int { gate.Wait(); return 3 })}
	var got []int
	start := time.Now()
	msg := raised(func() {
		for f := range AsCompleted(fs, 0.1) {
			got = append(got, f.Result())
		}
	})
	if msg != "TimeoutError: 2 (of 3) futures unfinished" || fmt.Sprint(got) != "[1]" {
		t.Errorf("raised %q after %v", msg, got)
	}
	if d := time.Since(start); d < 100*time.Millisecond {
		t.Errorf("timed out after %v", d)
	}
}

func TestAsCompletedBreak(t *testing.T) {
	checkLeaks(t)
	e := NewThreadPoolExecutor(2)
	defer e.Shutdown(true)
	fs := []*Future[int]{Submit(e, func() int { return 1 }), Submit(e, func() int { Sleep(0.05); return 2 })}
	for range AsCompleted(fs, NoTimeout) {
		break
	}
	fs[1].Result()
	for _, f := range fs {
		if n := f.core().waiterCount(); n != 0 {
			t.Errorf("%d waiters left after break", n)
		}
	}
}

func TestWait(t *testing.T) {
	// futures_wait.py and cf6.py, with gates standing in for sleeps.
	checkLeaks(t)
	e := NewThreadPoolExecutor(4)
	defer e.Shutdown(true)
	gates := []*Event{NewEvent(), NewEvent(), NewEvent()}
	fs := make([]*Future[int], 3)
	for i := range fs {
		fs[i] = Submit(e, func() int { gates[i].Wait(); return i })
	}
	results := func(fs []*Future[int]) string {
		var s []int
		for _, f := range fs {
			s = append(s, f.Result())
		}
		return fmt.Sprint(s)
	}
	gates[1].Set()
	done, pending := Wait(fs, NoTimeout, FirstCompleted)
	if results(done) != "[1]" || len(pending) != 2 {
		t.Errorf("FIRST_COMPLETED done %s pending %d", results(done), len(pending))
	}
	gates[0].Set()
	fs[0].Result()
	done, pending = Wait(fs, 0.05, AllCompleted)
	if results(done) != "[0 1]" || len(pending) != 1 {
		t.Errorf("timeout: done %s pending %d", results(done), len(pending))
	}
	gates[2].Set()
	done, pending = Wait(fs, NoTimeout, AllCompleted)
	if len(done) != 3 || len(pending) != 0 {
		t.Errorf("ALL_COMPLETED done %d pending %d", len(done), len(pending))
	}
	if got := raised(func() { Wait(fs, NoTimeout, "SOMETIMES") }); got != "ValueError: Invalid return condition: 'SOMETIMES'" {
		t.Errorf("bad return_when raised %q", got)
	}
}

func TestWaitFirstException(t *testing.T) {
	// cf6b.py: returns when a task raises; like ALL_COMPLETED otherwise.
	checkLeaks(t)
	e := NewThreadPoolExecutor(2)
	defer e.Shutdown(true)
	gate := NewEvent()
	defer gate.Set()
	slow := Submit(e, func() int { gate.Wait(); return 1 })
	bad := Submit(e, func() int { panic(ValueError.New("x")) })
	done, pending := Wait([]*Future[int]{slow, bad}, NoTimeout, FirstException)
	if len(done) != 1 || done[0] != bad || len(pending) != 1 {
		t.Errorf("FIRST_EXCEPTION done %d pending %d", len(done), len(pending))
	}
	ok := Submit(e, func() int { return 2 })
	gate.Set()
	done, pending = Wait([]*Future[int]{slow, ok}, NoTimeout, FirstException)
	if len(done) != 2 || len(pending) != 0 {
		t.Errorf("no exception: done %d pending %d", len(done), len(pending))
	}
}

func TestExitRunsQueuedExecutorWork(t *testing.T) {
	// cf13-16.py: queued work still runs at exit even after
	// shutdown(wait=False) or with no shutdown at all.
	checkLeaks(t)
	r := &recorder{}
	a := NewThreadPoolExecutor(1)
	b := NewThreadPoolExecutor(1)
	for i := 0; i < 3; i++ {
		Submit(a, func() int { Sleep(0.01); r.add("a"); return 0 })
	}
	Submit(b, func() int { r.add("b"); return 0 })
	a.Shutdown(false)
	shutdownExecutorsAtExit()
	if got := strings.Count(r.String(), "a"); got != 3 || !strings.Contains(r.String(), "b") {
		t.Errorf("ran %s", r)
	}
}

func TestExecutorMap(t *testing.T) {
	// cf7.py and futures_map.py: input order, the first exception in input
	// order raised when reached, a total timeout with an empty message.
	checkLeaks(t)
	e := NewThreadPoolExecutor(3)
	defer e.Shutdown(true)
	var got []int
	for n := range ExecutorMap(e, func(w string) int { return len(w) }, []string{"alpha", "be", "gamma"}, NoTimeout) {
		got = append(got, n)
	}
	if fmt.Sprint(got) != "[5 2 5]" {
		t.Errorf("map %v", got)
	}
	got = nil
	msg := raised(func() {
		for v := range ExecutorMap(e, func(x int) int {
			if x >= 2 {
				panic(ValueError.New("bad " + itoaTest(x)))
			}
			return x
		}, []int{0, 1, 2, 3}, NoTimeout) {
			got = append(got, v)
		}
	})
	if msg != "ValueError: bad 2" || fmt.Sprint(got) != "[0 1]" {
		t.Errorf("raised %q after %v", msg, got)
	}
	gate := NewEvent()
	defer gate.Set()
	msg = raised(func() {
		for range ExecutorMap(e, func(x int) int { gate.Wait(); return x }, []int{1}, 0.05) {
		}
	})
	if msg != "TimeoutError" {
		t.Errorf("timeout raised %q", msg)
	}
}

func TestProcessPoolExecutor(t *testing.T) {
	// futures_process_primes.py: work runs in ForkProcess-N workers, all
	// started on the first submit.
	checkLeaks(t)
	first := childCounter.Load() + 1
	threadsBefore := threadCounter.Load()
	e := NewProcessPoolExecutor(2)
	name := Submit(e, func() string { return CurrentProcessName() + "/" + CurrentThreadName() }).Result()
	if name != fmt.Sprintf("ForkProcess-%d/MainThread", first) && name != fmt.Sprintf("ForkProcess-%d/MainThread", first+1) {
		t.Errorf("worker %s", name)
	}
	if e.workers != 2 || childCounter.Load() != first+1 || threadCounter.Load() != threadsBefore+1 {
		t.Errorf("%d workers, counter %d, threads %d", e.workers, childCounter.Load(), threadCounter.Load()-threadsBefore)
	}
	var got []bool
	for p := range ExecutorMap(e, isPrime, []int{1000000007, 1000000011, 999999937}, NoTimeout) {
		got = append(got, p)
	}
	if fmt.Sprint(got) != "[true false true]" {
		t.Errorf("primes %v", got)
	}
	e.Shutdown(true)
	if got := raised(func() { NewProcessPoolExecutor(-1) }); got != "ValueError: max_workers must be greater than 0" {
		t.Errorf("negative raised %q", got)
	}
}

func isPrime(n int) bool {
	if n%2 == 0 {
		return n == 2
	}
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func TestShutdownCancelFutures(t *testing.T) {
	// cf11.py: shutdown(wait=False, cancel_futures=True) returns at once;
	// the running future finishes, the queued ones are cancelled.
	checkLeaks(t)
	e := NewThreadPoolExecutor(1)
	gate := NewEvent()
	fs := []*Future[int]{Submit(e, func() int { gate.Wait(); return 0 })}
	for !fs[0].Running() {
		time.Sleep(time.Millisecond)
	}
	for i := 1; i < 5; i++ {
		fs = append(fs, Submit(e, func() int { return i }))
	}
	e.ShutdownCancel(false, true)
	var states []string
	for _, f := range fs {
		states = append(states, reprState(f))
	}
	if strings.Join(states, ",") != "running,cancelled,cancelled,cancelled,cancelled" {
		t.Errorf("states %v", states)
	}
	gate.Set()
	e.Shutdown(true)
}

func TestBareFuture(t *testing.T) {
	// cf1.py: a script-made Future, set once; a second set raises
	// InvalidStateError naming the state and the repr.
	checkLeaks(t)
	f := NewFuture[int]()
	if !f.SetRunningOrNotifyCancel() || !f.Running() {
		t.Error("not running")
	}
	f.SetResult(1)
	got := raised(func() { f.SetResult(2) })
	if !regexp.MustCompile(`^concurrent.futures._base.InvalidStateError: FINISHED: <Future at 0x[0-9a-f]+ state=finished returned int>$`).MatchString(got) {
		t.Errorf("second set raised %q", got)
	}
	g := NewFuture[int]()
	g.Cancel()
	if g.SetRunningOrNotifyCancel() {
		t.Error("cancelled future set running")
	}
	h := NewFuture[int]()
	h.SetException(ValueError.New("bad"))
	if e := h.Exception(); e == nil || e.PyRepr() != "ValueError('bad')" || f.Result() != 1 {
		t.Errorf("exception %v", e)
	}
}
