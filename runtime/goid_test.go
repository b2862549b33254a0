package runtime

import "testing"

func TestGoid(t *testing.T) {
	here := goid()
	if here == 0 || goid() != here {
		t.Fatalf("goid() = %d, then %d", here, goid())
	}
	other := make(chan uint64)
	go func() { other <- goid() }()
	if id := <-other; id == here || id == 0 {
		t.Errorf("another goroutine has id %d, this one %d", id, here)
	}
}
