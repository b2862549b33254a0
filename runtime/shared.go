package runtime

import (
	"reflect"
	"sync"
	"sync/atomic"
)

// Shared is a module global that several threads write. CPython's GIL
// makes each bytecode atomic, so a thread reading, assigning or doing
// `counter += 1` on a global never sees or leaves a torn value; Go
// package variables give no such promise, and concurrent writes are a
// data race. Generated code keeps such a global in a Shared, whose zero
// value holds the Go zero value: Load reads it, Store writes it, and
// Update does a whole read-modify-write as one step, so no increment is
// lost.
type Shared[T any] struct {
	mu sync.Mutex
	v  T
}

// Load is a read of the global.
func (s *Shared[T]) Load() T {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.v
}

// Store is an assignment to the global.
func (s *Shared[T]) Store(v T) {
	s.mu.Lock()
	s.v = v
	s.mu.Unlock()
}

// Update replaces the value by f(value) under the lock and returns the
// new value; f must not touch s (generated code evaluates the operand
// first).
func (s *Shared[T]) Update(f func(T) T) T {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.v = f(s.v)
	return s.v
}

// NewShared is a Shared holding v, for a class attribute that threads
// write, declared with its initial value.
func NewShared[T any](v T) *Shared[T] {
	return &Shared[T]{v: v}
}

// SharedInt is a Shared for a global int, the common counter: it needs
// no lock, and `counter += 1` is one atomic Add.
type SharedInt struct {
	v atomic.Int64
}

// Load is a read of the global.
func (s *SharedInt) Load() int { return int(s.v.Load()) }

// Store is an assignment to the global.
func (s *SharedInt) Store(v int) { s.v.Store(int64(v)) }

// Add is `x += d` (and `x -= d` with -d) as one step; it returns the new
// value.
func (s *SharedInt) Add(d int) int { return int(s.v.Add(int64(d))) }

// Update replaces the value by f(value) as one step and returns the new
// value; f may run more than once when other threads update meanwhile,
// so it must be a pure function of its argument (generated code
// evaluates the operand first).
func (s *SharedInt) Update(f func(int) int) int {
	for {
		old := s.v.Load()
		v := f(int(old))
		if s.v.CompareAndSwap(old, int64(v)) {
			return v
		}
	}
}

// NewSharedInt is a SharedInt holding v, for a class attribute that
// threads write.
func NewSharedInt(v int) *SharedInt {
	s := &SharedInt{}
	s.v.Store(int64(v))
	return s
}

// sharedField is a Shared held in a field of a program's object, which a
// copy of the object (a process's argument) copies with its value.
type sharedField interface {
	copyValue(c *copier)
}

// copyValue makes s, a bitwise copy of another Shared, an unlocked one
// holding a deep copy of the value.
func (s *Shared[T]) copyValue(c *copier) {
	s.mu = sync.Mutex{}
	v := reflect.ValueOf(&s.v).Elem()
	v.Set(c.elem(v))
}
