package runtime

import (
	"reflect"
	"sync"
	"testing"
)

func TestShared(t *testing.T) {
	t.Run("zero value", func(t *testing.T) {
		var s Shared[int]
		if got := s.Load(); got != 0 {
			t.Fatalf("Load = %d, want 0", got)
		}
	})
	t.Run("store and load", func(t *testing.T) {
		var s Shared[string]
		s.Store("x")
		if got := s.Load(); got != "x" {
			t.Fatalf("Load = %q, want x", got)
		}
	})
	t.Run("concurrent updates lose nothing", func(t *testing.T) {
		var s Shared[int]
		var wg sync.WaitGroup
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 1000 {
					s.Update(func(v int) int { return v + 1 })
				}
			}()
		}
		wg.Wait()
		if got := s.Load(); got != 8000 {
			t.Fatalf("Load = %d, want 8000", got)
		}
	})
}

func TestSharedInt(t *testing.T) {
	t.Run("add and update lose nothing", func(t *testing.T) {
		s := NewSharedInt(5)
		var wg sync.WaitGroup
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 1000 {
					s.Add(1)
					s.Update(func(v int) int { return v + 2 })
				}
			}()
		}
		wg.Wait()
		if got := s.Load(); got != 5+8*3000 {
			t.Fatalf("Load = %d, want %d", got, 5+8*3000)
		}
	})
	t.Run("store", func(t *testing.T) {
		var s SharedInt
		s.Store(-3)
		if got := s.Add(-1); got != -4 {
			t.Fatalf("Add = %d, want -4", got)
		}
	})
}

// boxWithShared stands for a program's object with a field threads write.
type boxWithShared struct {
	items Shared[Object]
	n     SharedInt
}

func TestSharedFieldCopy(t *testing.T) {
	b := &boxWithShared{}
	b.items.Store(NewList(1, 2))
	b.n.Store(2)
	c := &copier{memo: map[any]any{}}
	out := reflect.New(reflect.TypeOf(b).Elem()).Elem()
	out.Set(reflect.ValueOf(b).Elem())
	c.fields(out)
	cp := out.Addr().Interface().(*boxWithShared)
	cp.items.Load().(*List).Append(3)
	for _, tc := range []struct {
		name      string
		got, want string
	}{
		{"original list unchanged", Repr(b.items.Load()), "[1, 2]"},
		{"copy has its own list", Repr(cp.items.Load()), "[1, 2, 3]"},
		{"int copied", Repr(cp.n.Load()), "2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %s, want %s", tc.got, tc.want)
			}
		})
	}
}
