package runtime

import (
	"sync"
	"testing"
)

func TestUpdateItemConcurrent(t *testing.T) {
	tests := []struct {
		name string
		c    Object
		key  Object
	}{
		{"dict", func() Object { d := NewDict(); d.Set("k", 0); return d }(), "k"},
		{"list", NewList(0, 0), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var wg sync.WaitGroup
			for g := 0; g < 8; g++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := 0; i < 1000; i++ {
						UpdateItem(tt.c, tt.key, 1, Add)
					}
				}()
			}
			wg.Wait()
			if got := GetItem(tt.c, tt.key); got != 8000 {
				t.Errorf("got %v, want 8000", got)
			}
		})
	}
}

func TestUpdateItemErrors(t *testing.T) {
	tests := []struct {
		name string
		f    func()
		want *ExceptionType
	}{
		{"missing key", func() { UpdateItem(NewDict(), "x", 1, Add) }, KeyError},
		{"list range", func() { UpdateItem(NewList(1), 3, 1, Add) }, IndexError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Catch(tt.f)
			if !err.Matches(tt.want) {
				t.Errorf("got %v, want %s", err, tt.want.Name)
			}
		})
	}
}
