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
