package runtime

import (
	"reflect"
	"testing"
)

// sleeper is a coroutine that sleeps, records its name and returns it.
func sleeper(log *[]string, name string, delay float64) *Coro[string] {
	return NewCoro("sleeper", func() string {
		AsyncSleep(delay).Await()
		*log = append(*log, name)
		return name
	})
}

func TestAsyncio(t *testing.T) {
	tests := []struct {
		name string
		run  func(log *[]string) []string
		want []string
	}{
		{"gather keeps argument order", func(log *[]string) []string {
			return Gather(sleeper(log, "a", 0.02), sleeper(log, "b", 0.01), sleeper(log, "c", 0)).Await()
		}, []string{"c", "b", "a", "a", "b", "c"}},
		{"sleep(0) goes to the back of the ready queue", func(log *[]string) []string {
			step := func(name string) *Coro[Object] {
				return NewCoroProc(name, func() {
					for i := 0; i < 2; i++ {
						*log = append(*log, name)
						AsyncSleep(0).Await()
					}
				})
			}
			GatherList[Object]([]*Coro[Object]{step("x"), step("y")}).Await()
			return nil
		}, []string{"x", "y", "x", "y"}},
		{"a cancelled task raises CancelledError in its awaiter", func(log *[]string) []string {
			task := CreateTask(sleeper(log, "never", 10), "")
			AsyncSleep(0).Await()
			task.Cancel()
			err := Catch(func() { task.Await() })
			return []string{err.Type.Name, task.GetName()[:5]}
		}, []string{"CancelledError", "Task-"}},
		{"wait_for raises TimeoutError", func(log *[]string) []string {
			err := Catch(func() { AsyncWaitFor[string](sleeper(log, "slow", 10), 0.01).Await() })
			return []string{err.Type.Name}
		}, []string{"TimeoutError"}},
		{"priority and lifo queues", func(log *[]string) []string {
			pq, lq := NewAsyncPriorityQueue(0), NewAsyncLifoQueue(0)
			for _, v := range []Object{Tuple{2, "b"}, Tuple{1, "z"}, Tuple{3, "a"}, Tuple{1, "y"}} {
				pq.PutNowait(v)
				lq.PutNowait(v)
			}
			var out []string
			for !pq.Empty() {
				out = append(out, Str(pq.GetNowait()))
			}
			return append(out, Str(lq.GetNowait()))
		}, []string{"(1, 'y')", "(1, 'z')", "(2, 'b')", "(3, 'a')", "(1, 'y')"}},
		{"condition wakes waiters with the lock held", func(log *[]string) []string {
			cond := NewAsyncCondition()
			ready := false
			waiter := func(name string) *Coro[Object] {
				return NewCoroProc(name, func() {
					cond.AEnter()
					ConditionWaitFor(cond, func() bool { return ready }).Await()
					*log = append(*log, name+" locked="+Str(cond.Locked()))
					cond.AExit()
				})
			}
			a, b := CreateTask(waiter("a"), ""), CreateTask(waiter("b"), "")
			AsyncSleep(0.001).Await()
			cond.AEnter()
			ready = true
			cond.NotifyAll()
			cond.AExit()
			Gather[Object](a, b).Await()
			err := Catch(func() { cond.Notify(1) })
			return []string{err.Error()}
		}, []string{"a locked=True", "b locked=True", "RuntimeError: cannot notify on un-acquired lock"}},
		{"call_later in deadline order, a cancelled one never runs", func(log *[]string) []string {
			loop := GetRunningLoop()
			loop.CallLater(0.02, func() { *log = append(*log, "late") })
			loop.CallLater(0.01, func() { *log = append(*log, "early") })
			loop.CallLater(0.015, func() { *log = append(*log, "cancelled") }).Cancel()
			loop.CallSoon(func() { *log = append(*log, "soon") })
			AsyncSleep(0.03).Await()
			return nil
		}, []string{"soon", "early", "late"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var log []string
			got := AsyncioRun(NewCoro("main", func() []string {
				return append(append([]string{}, log...), tc.run(&log)...)
			}))
			got = append(log, got...)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
