package runtime

import "sync/atomic"

// Executors hand out their work items (a future and its call in
// one struct) from slabs: blocks of items of one type, so a program that
// submits 200,000 tasks makes a few hundred allocations instead of
// 200,000, and the garbage collector tracks a few hundred objects. A slab
// lives as long as any future taken from it, so the blocks stay small
// (slabMax items) and grow from slabMin, which keeps a program that
// submits a handful of tasks from paying for a large block.
const (
	slabMin = 8
	slabMax = 256
)

// slab is one block of work items of type W, taken in order.
type slab[W any] struct {
	items []W
	next  atomic.Int64 // index of the next item to hand out
}

// slabBox holds an executor's current slab, whatever its item type.
type slabBox struct{ s any }

// slabAlloc returns a zeroed W from e's current slab, starting a new slab
// when the current one is used up or holds another type (the program
// switched to submitting a different kind of call). Several goroutines
// may submit to one executor: an item index is claimed with an atomic
// add, and a goroutine that loses the race to install a new slab still
// uses the one it made.
func slabAlloc[W any](e *Executor) *W {
	size := slabMin
	if b := e.slab.Load(); b != nil {
		if s, ok := b.s.(*slab[W]); ok {
			if i := s.next.Add(1) - 1; i < int64(len(s.items)) {
				return &s.items[i]
			}
			size = min(2*len(s.items), slabMax)
		}
	}
	s := &slab[W]{items: make([]W, size)}
	s.next.Store(1)
	e.slab.Store(&slabBox{s})
	return &s.items[0]
}
