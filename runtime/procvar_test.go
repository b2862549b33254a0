package runtime

import "testing"

func TestProcessVarForkCopiesDeeply(t *testing.T) {
	// A child's in-place change to a global list stays in the child.
	checkLeaks(t)
	cache := NewProcessVar[Object]()
	cache.Set(NewList(1, NewList(2)))
	child := NewProcess(ProcessOptions{Target: func() {
		l := cache.Get().(*List)
		l.Append(3)
		l.Items()[1].(*List).Append(4)
	}})
	child.Start()
	child.Join()
	if got := Repr(cache.Get()); got != "[1, [2]]" {
		t.Errorf("parent sees %s", got)
	}
}

func TestDeepCopyKeepsShared(t *testing.T) {
	m := NewManager()
	tests := []struct {
		name   string
		value  Object
		shared bool
	}{
		{"list", NewList(1), false},
		{"dict", NewDict(), false},
		{"manager list", m.List(nil), true},
		{"manager dict", m.Dict(), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if same := deepCopy(tt.value) == tt.value; same != tt.shared {
				t.Errorf("copy is the same object: %v, want %v", same, tt.shared)
			}
		})
	}
}

func BenchmarkProcessVarInWorker(b *testing.B) {
	v := NewProcessVar[int]()
	p := NewPool(1)
	defer p.Terminate()
	Apply(p, func() int {
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			*v.Ptr() += 1
		}
		return 0
	})
}
