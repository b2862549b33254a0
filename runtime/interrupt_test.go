package runtime

import "testing"

func TestCheckInterrupt(t *testing.T) {
	t.Run("nothing pending", func(t *testing.T) {
		if err := Catch(CheckInterrupt); err != nil {
			t.Errorf("raised %v", err)
		}
	})
	t.Run("pending on the main thread", func(t *testing.T) {
		interruptPending.Store(true)
		interrupts <- struct{}{}
		err := Catch(CheckInterrupt)
		if err == nil || !err.Matches(KeyboardInterrupt) {
			t.Errorf("raised %v, want KeyboardInterrupt", err)
		}
		if interruptPending.Load() || len(interrupts) != 0 {
			t.Error("the interrupt is still pending")
		}
	})
	t.Run("taken by a blocking call", func(t *testing.T) {
		interruptPending.Store(true) // and the channel is empty
		if err := Catch(CheckInterrupt); err != nil {
			t.Errorf("raised %v", err)
		}
		if interruptPending.Load() {
			t.Error("the flag stayed set")
		}
	})
}

// BenchmarkLoopCheck measures what the check adds to a loop iteration
// that does almost nothing else.
func BenchmarkLoopCheck(b *testing.B) {
	b.Run("plain", func(b *testing.B) {
		total := 0
		for i := 0; i < b.N; i++ {
			total += i % 7
		}
		sink = total
	})
	b.Run("checked", func(b *testing.B) {
		total := 0
		for i := 0; i < b.N; i++ {
			CheckInterrupt()
			total += i % 7
		}
		sink = total
	})
}

var sink int
