package runtime

import (
	"fmt"
	"sort"
	"testing"
	"time"
)

func TestConditionErrorsAndTimeout(t *testing.T) {
	// th7.py's texts.
	checkLeaks(t)
	for _, lock := range []ConditionLock{nil, NewLock()} {
		c := NewCondition(lock)
		name := fmt.Sprintf("%T", c.lock)
		t.Run(name, func(t *testing.T) {
			if got := raised(func() { c.Notify(1) }); got != "RuntimeError: cannot notify on un-acquired lock" {
				t.Errorf("notify raised %q", got)
			}
			if got := raised(func() { c.Wait() }); got != "RuntimeError: cannot wait on un-acquired lock" {
				t.Errorf("wait raised %q", got)
			}
			c.Acquire()
			if c.WaitTimeout(0.02) {
				t.Error("wait(0.02) notified")
			}
			if !c.lock.owned() {
				t.Error("lock not held after wait")
			}
			c.Release()
		})
	}
}

func TestConditionProducerConsumer(t *testing.T) {
	checkLeaks(t)
	c := NewCondition(nil)
	var items []int
	var got []int
	consumer := NewThread(ThreadOptions{Target: func() {
		for len(got) < 3 {
			c.Acquire()
			c.WaitFor(func() bool { return len(items) > 0 }, NoTimeout)
			got = append(got, items[0])
			items = items[1:]
			c.Release()
		}
	}})
	consumer.Start()
	for i := 1; i <= 3; i++ {
		c.Acquire()
		items = append(items, i)
		c.Notify(1)
		c.Release()
	}
	consumer.Join()
	if fmt.Sprint(got) != "[1 2 3]" {
		t.Errorf("got %v", got)
	}
	c.Acquire()
	if c.WaitFor(func() bool { return false }, 0.02) {
		t.Error("wait_for of a false predicate")
	}
	c.NotifyAll()
	c.Release()
}

func TestSemaphore(t *testing.T) {
	checkLeaks(t)
	s := NewSemaphore(2)
	tests := []struct {
		name string
		f    func() any
		want any
	}{
		{"first", func() any { return s.Acquire() }, true},
		{"second", func() any { return s.AcquireTimeout(true, NoTimeout) }, true},
		{"third times out", func() any { return s.AcquireTimeout(true, 0.02) }, false},
		{"over-release allowed", func() any { s.Release(); s.Release(); s.Release(); return s.value }, 3},
		{"negative", func() any { return raised(func() { NewSemaphore(-1) }) }, "ValueError: semaphore initial value must be >= 0"},
		{"bounded over-release", func() any { return raised(NewBoundedSemaphore(1).Release) }, "ValueError: Semaphore released too many times"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f(); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSemaphoreWakesWaiter(t *testing.T) {
	checkLeaks(t)
	s := NewSemaphore(0)
	th := NewThread(ThreadOptions{Target: func() { Sleep(0.02); s.Release() }})
	th.Start()
	if !s.AcquireTimeout(true, 5) {
		t.Error("waiter not woken by release")
	}
	th.Join()
}

func TestBarrier(t *testing.T) {
	// th7.py: the action runs in the last arriving thread; wait() returns
	// arrival indexes 0..parties-1.
	checkLeaks(t)
	var actionThread string
	b := NewBarrier(3, func() { actionThread = CurrentThreadName() }, NoTimeout)
	indexes := make([]int, 3)
	var ths []*Thread
	for i := 0; i < 3; i++ {
		th := NewThread(ThreadOptions{Name: fmt.Sprint("b", i), Target: func() {
			Sleep(0.01 * float64(i))
			indexes[i] = b.Wait()
		}})
		th.Start()
		ths = append(ths, th)
	}
	for _, th := range ths {
		th.Join()
	}
	sorted := append([]int(nil), indexes...)
	sort.Ints(sorted)
	if fmt.Sprint(sorted) != "[0 1 2]" || actionThread != fmt.Sprint("b", lastArrival(indexes)) {
		t.Errorf("indexes %v, action ran in %s", indexes, actionThread)
	}
}

func lastArrival(xs []int) int {
	for i, v := range xs {
		if v == len(xs)-1 {
			return i
		}
	}
	return -1
}

func TestBarrierTimeoutBreaks(t *testing.T) {
	checkLeaks(t)
	b := NewBarrier(2, nil, 0.02)
	if got := raised(func() { b.Wait() }); got != "threading.BrokenBarrierError" || !b.Broken() {
		t.Errorf("raised %q broken %v", got, b.Broken())
	}
	if got := raised(func() { b.Wait() }); got != "threading.BrokenBarrierError" {
		t.Errorf("second wait raised %q", got)
	}
	b.Reset()
	if b.Broken() || b.Parties() != 2 {
		t.Error("reset barrier still broken")
	}
}

func TestTimer(t *testing.T) {
	// Timer is named Thread-N without a suffix; cancel() then join()
	// means it never fires.
	checkLeaks(t)
	fired := NewEvent()
	n := threadCounter.Load()
	tm := NewTimer(0.01, fired.Set)
	if tm.Name() != fmt.Sprintf("Thread-%d", n+1) {
		t.Errorf("name %s", tm.Name())
	}
	tm.Start()
	if !fired.WaitTimeout(5) {
		t.Error("timer did not fire")
	}
	tm.Join()
	never := NewEvent()
	tm = NewTimer(0.05, never.Set)
	tm.Start()
	tm.Cancel()
	tm.Join()
	time.Sleep(60 * time.Millisecond)
	if never.IsSet() {
		t.Error("cancelled timer fired")
	}
}
