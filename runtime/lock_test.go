package runtime

import (
	"testing"
	"time"
)

func TestLock(t *testing.T) {
	// th7.py's results.
	checkLeaks(t)
	l := NewLock()
	tests := []struct {
		name string
		f    func() any
		want any
	}{
		{"acquire", func() any { return l.Acquire() }, true},
		{"locked", func() any { return l.Locked() }, true},
		{"non-blocking on held", func() any { return l.AcquireTimeout(false, NoTimeout) }, false},
		{"timeout on held", func() any { return l.AcquireTimeout(true, 0.02) }, false},
		{"release", func() any { l.Release(); return l.Locked() }, false},
		{"release unlocked", func() any { return raised(l.Release) }, "RuntimeError: release unlocked lock"},
		{"timeout on free", func() any { return l.AcquireTimeout(true, 0.02) }, true},
		{"release from another thread", func() any {
			th := NewThread(ThreadOptions{Target: l.Release})
			th.Start()
			th.Join()
			return l.Locked()
		}, false},
		{"timeout with non-blocking", func() any { return raised(func() { l.AcquireTimeout(false, 1) }) },
			"ValueError: can't specify a timeout for a non-blocking call"},
		{"negative timeout", func() any { return raised(func() { l.AcquireTimeout(true, -2) }) },
			"ValueError: timeout value must be positive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f(); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestLockCounter(t *testing.T) {
	// thread_lock_counter.py: a lock makes read-modify-write exact.
	checkLeaks(t)
	l := NewLock()
	count := 0
	var ths []*Thread
	for i := 0; i < 4; i++ {
		th := NewThread(ThreadOptions{Target: func() {
			for j := 0; j < 1000; j++ {
				l.Acquire()
				count++
				l.Release()
			}
		}})
		th.Start()
		ths = append(ths, th)
	}
	for _, th := range ths {
		th.Join()
	}
	if count != 4000 {
		t.Errorf("count %d", count)
	}
}

func TestRLock(t *testing.T) {
	checkLeaks(t)
	r := NewRLock()
	r.Acquire()
	r.Acquire()
	var other string
	var got bool
	th := NewThread(ThreadOptions{Target: func() {
		other = raised(r.Release)
		got = r.AcquireTimeout(true, 0.02)
	}})
	th.Start()
	th.Join()
	if other != "RuntimeError: cannot release un-acquired lock" || got {
		t.Errorf("non-owner release %q, acquire %v", other, got)
	}
	r.Release()
	r.Release()
	if e := raised(r.Release); e != "RuntimeError: cannot release un-acquired lock" {
		t.Errorf("over-release %q", e)
	}
	if !r.AcquireTimeout(false, NoTimeout) {
		t.Error("free rlock not acquired")
	}
	r.Release()
}

func TestEvent(t *testing.T) {
	checkLeaks(t)
	e := NewEvent()
	start := time.Now()
	if e.WaitTimeout(0.03) || time.Since(start) < 30*time.Millisecond {
		t.Error("wait(0.03) on a clear event")
	}
	th := NewThread(ThreadOptions{Target: func() { Sleep(0.02); e.Set() }})
	th.Start()
	if !e.Wait() || !e.IsSet() {
		t.Error("wait() after set")
	}
	th.Join()
	e.Clear()
	if e.IsSet() || e.WaitTimeout(0) {
		t.Error("cleared event still set")
	}
}
