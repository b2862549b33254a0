package runtime

import (
	"fmt"
	"sort"
	"testing"
)

func TestQueueErrors(t *testing.T) {
	// Measured on CPython 3.11: queue.Queue(1).
	checkLeaks(t)
	q := NewQueue[int](1)
	tests := []struct {
		name string
		f    func()
		want string
	}{
		{"negative timeout", func() { q.GetTimeout(true, -2) }, "ValueError: 'timeout' must be a non-negative number"},
		{"get_nowait on empty", func() { q.GetNowait() }, "_queue.Empty"},
		{"get timeout", func() { q.GetTimeout(true, 0.02) }, "_queue.Empty"},
		{"put on full", func() { q.Put(1); q.PutTimeout(2, true, 0.02) }, "queue.Full"},
		{"put_nowait on full", func() { q.PutNowait(3) }, "queue.Full"},
		{"task_done once", func() { q.TaskDone() }, ""},
		{"task_done too often", func() { q.TaskDone() }, "ValueError: task_done() called too many times"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raised(tt.f); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if !q.Full() || q.Qsize() != 1 || q.Get() != 1 || !q.Empty() {
		t.Error("size accounting")
	}
}

func TestQueueWorkers(t *testing.T) {
	// thread_queue_workers.py.
	checkLeaks(t)
	tasks, done := NewQueue[Object](0), NewQueue[int](0)
	var ths []*Thread
	for i := 0; i < 3; i++ {
		th := NewThread(ThreadOptions{Daemon: true, Target: func() {
			for {
				item := tasks.Get()
				if item == nil {
					tasks.TaskDone()
					return
				}
				done.Put(item.(int) * 10)
				tasks.TaskDone()
			}
		}})
		th.Start()
		ths = append(ths, th)
	}
	for i := 0; i < 9; i++ {
		tasks.Put(i)
	}
	for range ths {
		tasks.Put(nil)
	}
	tasks.Join()
	var out []int
	for !done.Empty() {
		out = append(out, done.Get())
	}
	sort.Ints(out)
	if fmt.Sprint(out) != "[0 10 20 30 40 50 60 70 80]" {
		t.Errorf("got %v", out)
	}
	for _, th := range ths {
		th.Join()
	}
}
