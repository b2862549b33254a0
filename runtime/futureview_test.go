package runtime

import (
	"fmt"
	"sync"
	"testing"
	"unsafe"
)

// TestFutureViews checks that a view (AnyFuture) acts on the original:
// its state, result, exception, callbacks, cancellation, waits and
// identity are the original's, its result converted.
func TestFutureViews(t *testing.T) {
	checkLeaks(t)
	e := NewThreadPoolExecutor(2)
	defer e.Shutdown(true)
	var gate sync.WaitGroup
	gate.Add(1)
	orig := Submit(e, func() int { gate.Wait(); return 21 })
	view := AnyFuture(orig, func(v int) Object { return fmt.Sprint(v * 2) })
	calls := make(chan string, 2)
	view.AddDoneCallback(func(f *Future[Object]) { calls <- fmt.Sprint(f.Result()) })
	if view.Done() {
		t.Fatal("view done before its original")
	}
	gate.Done()
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"result", view.Result(), Object("42")},
		{"done", view.Done(), true},
		{"original result", orig.Result(), 21},
		{"equal", view.PyEq(orig) && orig.PyEq(view), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
	t.Run("callback", func(t *testing.T) {
		if got := <-calls; got != "42" || len(calls) != 0 {
			t.Errorf("the callback saw %q (%d more calls), want one call with 42", got, len(calls))
		}
	})
	t.Run("wait", func(t *testing.T) {
		done, notDone := Wait([]*Future[Object]{view}, NoTimeout, AllCompleted)
		if len(done) != 1 || len(notDone) != 0 {
			t.Errorf("wait: %d done, %d not done", len(done), len(notDone))
		}
	})
	t.Run("cancel", func(t *testing.T) {
		f := NewFuture[int]()
		v := AnyFuture(f, ToObject[int])
		if !v.Cancel() || !f.Cancelled() || reprState(f) != "cancelled" {
			t.Errorf("cancelling a view left the original %s", reprState(f))
		}
	})
	t.Run("exception", func(t *testing.T) {
		f := NewFuture[int]()
		v := AnyFuture(f, ToObject[int])
		f.SetException(ValueError.New("bad"))
		if err := v.Exception(); err == nil || err.Type != ValueError {
			t.Errorf("view's exception %v, want the original's ValueError", err)
		}
	})
}

// TestWorkItemSize pins the size of a one-argument submit's work item:
// tiny tasks are bounded by the fresh memory their futures touch, so a
// field added to Future or futureCore should be a deliberate choice.
func TestWorkItemSize(t *testing.T) {
	if got := unsafe.Sizeof(call1[int, int]{}); got != 40 {
		t.Errorf("call1[int, int] is %d bytes, want 40", got)
	}
}
