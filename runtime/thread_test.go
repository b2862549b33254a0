package runtime

import (
	"fmt"
	"regexp"
	"testing"
	"time"
)

func TestThreadNames(t *testing.T) {
	// th1.py: one counter; an explicit name does not consume a number.
	n := threadCounter.Load()
	tests := []struct {
		name string
		opts ThreadOptions
		want string
	}{
		{"target name", ThreadOptions{TargetName: "f"}, fmt.Sprintf("Thread-%d (f)", n+1)},
		{"lambda", ThreadOptions{TargetName: "<lambda>"}, fmt.Sprintf("Thread-%d (<lambda>)", n+2)},
		{"no target", ThreadOptions{}, fmt.Sprintf("Thread-%d", n+3)},
		{"explicit name", ThreadOptions{Name: "worker"}, "worker"},
		{"after explicit", ThreadOptions{TargetName: "g"}, fmt.Sprintf("Thread-%d (g)", n+4)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NewThread(tt.opts).Name(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestThreadRunsInParallelWithIdentity(t *testing.T) {
	checkLeaks(t)
	var name, proc string
	th := NewThread(ThreadOptions{Name: "w", Target: func() {
		name, proc = CurrentThreadName(), CurrentProcessName()
	}})
	if th.IsAlive() || th.PyRepr() != "<Thread(w, initial)>" {
		t.Errorf("before start: alive %v repr %s", th.IsAlive(), th.PyRepr())
	}
	th.Start()
	th.Join()
	if name != "w" || proc != "MainProcess" || CurrentThreadName() != "MainThread" {
		t.Errorf("in thread %q/%q, main %q", name, proc, CurrentThreadName())
	}
	if th.IsAlive() || th.PyRepr() != "<Thread(w, stopped)>" {
		t.Errorf("after join: alive %v repr %s", th.IsAlive(), th.PyRepr())
	}
}

func TestThreadErrors(t *testing.T) {
	checkLeaks(t)
	tests := []struct {
		name string
		f    func()
		want string
	}{
		{"join before start", func() { NewThread(ThreadOptions{}).Join() },
			"RuntimeError: cannot join thread before it is started"},
		{"start twice", func() {
			th := NewThread(ThreadOptions{Target: func() {}})
			th.Start()
			defer th.Join()
			th.Start()
		}, "RuntimeError: threads can only be started once"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raised(tt.f); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestThreadJoinItself(t *testing.T) {
	checkLeaks(t)
	var got string
	var self *Thread
	self = NewThread(ThreadOptions{Target: func() { got = raised(self.Join) }})
	self.Start()
	self.Join()
	if got != "RuntimeError: cannot join current thread" {
		t.Errorf("got %q", got)
	}
}

func TestThreadExceptionIsReportedAndProgramGoesOn(t *testing.T) {
	// thread_exception_continues.py; SystemExit in a thread is silent.
	checkLeaks(t)
	out := captureStderr(t, func() {
		a := NewThread(ThreadOptions{TargetName: "boom", Target: func() { panic(RuntimeError.New("worker failed")) }})
		b := NewThread(ThreadOptions{Name: "quiet", Target: func() { panic(SystemExit.New(3)) }})
		a.Start()
		b.Start()
		a.Join()
		b.Join()
	})
	re := regexp.MustCompile(`^Exception in thread Thread-\d+ \(boom\):\n(?s:.*)RuntimeError: worker failed\n$`)
	if !re.MatchString(out) {
		t.Errorf("stderr:\n%s", out)
	}
}

func TestThreadJoinTimeoutAndActiveCount(t *testing.T) {
	checkLeaks(t)
	ev := NewEvent()
	th := NewThread(ThreadOptions{Target: func() { ev.Wait() }, Daemon: true})
	th.Start()
	start := time.Now()
	th.JoinTimeout(0.05)
	if !th.IsAlive() || time.Since(start) < 50*time.Millisecond {
		t.Errorf("join(0.05): alive %v after %v", th.IsAlive(), time.Since(start))
	}
	if n := ActiveCount(); n != 2 {
		t.Errorf("active_count %d, want 2", n)
	}
	if !th.Daemon() || th.PyRepr() != "<Thread("+th.Name()+", started daemon)>" {
		t.Errorf("daemon %v repr %s", th.Daemon(), th.PyRepr())
	}
	ev.Set()
	th.Join()
	if n := ActiveCount(); n != 1 {
		t.Errorf("active_count %d after join, want 1", n)
	}
}

func TestExitWaitsForNonDaemonThreadsOnly(t *testing.T) {
	// th3.py: non-daemon threads are waited for, daemon ones dropped.
	checkLeaks(t)
	release := NewEvent()
	r := &recorder{}
	daemon := NewThread(ThreadOptions{Daemon: true, Target: func() { release.Wait() }})
	worker := NewThread(ThreadOptions{Target: func() { Sleep(0.05); r.add("worker done") }})
	daemon.Start()
	worker.Start()
	joinNonDaemonThreads()
	r.add("exit")
	if r.String() != "worker done|exit" || !daemon.IsAlive() {
		t.Errorf("events %s, daemon alive %v", r, daemon.IsAlive())
	}
	release.Set()
	daemon.Join()
}

func TestSleepKeepsFractions(t *testing.T) {
	checkLeaks(t)
	if seconds(0.1) != 100*time.Millisecond || seconds(1.5) != 1500*time.Millisecond {
		t.Errorf("seconds(0.1)=%v seconds(1.5)=%v", seconds(0.1), seconds(1.5))
	}
	start := time.Now()
	Sleep(0.03)
	if d := time.Since(start); d < 30*time.Millisecond {
		t.Errorf("Sleep(0.03) took %v", d)
	}
	if got := raised(func() { Sleep(-1) }); got != "ValueError: sleep length must be non-negative" {
		t.Errorf("Sleep(-1) raised %q", got)
	}
}

func TestThreadSetters(t *testing.T) {
	checkLeaks(t)
	gate := NewEvent()
	th := NewThread(ThreadOptions{Target: func() { gate.Wait() }})
	th.SetDaemon(true)
	th.Start()
	if got := raised(func() { th.SetDaemon(false) }); got != "RuntimeError: cannot set daemon status of active thread" {
		t.Errorf("SetDaemon after start raised %q", got)
	}
	th.SetName("renamed")
	if th.Name() != "renamed" || !th.Daemon() {
		t.Errorf("name %s daemon %v", th.Name(), th.Daemon())
	}
	gate.Set()
	th.Join()
}
