package runtime

import (
	"sync"
	"sync/atomic"
)

// Executors hand out their work items (a future and its call in one
// struct) from slabs: blocks of items of one type, so a program that
// submits 200,000 tasks makes a few hundred allocations instead of
// 200,000, and the garbage collector tracks a few hundred objects. A slab
// lives as long as any future taken from it, so the blocks are bounded
// (slabMax items, 40 KB for a one-argument call returning an int) and
// grow from slabMin, which keeps a program that submits a handful of
// tasks from paying for a large block. slabMax is that large because
// allocating blocks of a few KB (each a span of its own from Go's
// central lists) cost more per task than the atomic add that hands out
// an item; at 1024 items, executor_tiny spends 8% less CPU than at 256.
//
// The slabs are also the executor's work queue (execqueue.go): they are
// chained in the order their items are handed out, and workers walk the
// chain. Handing out an item is one atomic add; only starting a new slab
// takes a lock.
const (
	slabMin = 8
	slabMax = 1024
)

// itemPtr is the pointer type of a slab's items, which are work items.
type itemPtr[W any] interface {
	*W
	executorItem
}

// slab is one block of work items of type W, handed out in order.
type slab[W any, P itemPtr[W]] struct {
	slabLink
	items []W
}

// slabLink is the untyped part of a slab: how far it has been handed out
// and the slab that follows it.
type slabLink struct {
	size int64 // len(items)
	// end is how many items were handed out (the rest are never used),
	// written before after is set and final from then on.
	end   int64
	after atomic.Pointer[slabBox]

	// next is the index of the next item to hand out (size or more once
	// the slab is used up). Every submit adds to it, so it has a cache
	// line of its own: the workers read the fields above for every item
	// they take, and sharing a line with next would pass it back and
	// forth between the submitter's core and theirs.
	_    [64]byte
	next atomic.Int64
	_    [56]byte
}

// anySlab is a slab of any item type.
type anySlab interface {
	link() *slabLink
	// ready returns item i if it is published (execQueue), else nil; it
	// reads only the item's atomic state, so it may be called for an item
	// another goroutine is still filling in.
	ready(i int64) executorItem
}

// slabBox holds a slab as a pointer, for atomic.Pointer.
type slabBox struct{ s anySlab }

// newSlab makes a slab of n items.
func newSlab[W any, P itemPtr[W]](n int) *slab[W, P] {
	return &slab[W, P]{slabLink{size: int64(n)}, make([]W, n)}
}

// link returns the untyped part of s.
func (s *slab[W, P]) link() *slabLink { return &s.slabLink }

// ready returns item i if it is published.
func (s *slab[W, P]) ready(i int64) executorItem {
	it := P(&s.items[i])
	if it.futureOf().state.Load()&queued == 0 {
		return nil
	}
	return it
}

// link returns l: a bare slabLink is the empty slab a chain starts with.
func (l *slabLink) link() *slabLink { return l }

// ready is never called: the empty slab has no items.
func (l *slabLink) ready(int64) executorItem { return nil }

// slabChain is an executor's chain of slabs as seen by submitters: the
// slab items are handed out from. It starts at an empty slab so that the
// first real slab, like every other, is linked after another.
type slabChain struct {
	last atomic.Pointer[slabBox]
	grow sync.Mutex // serializes starting a slab
}

// init starts the chain and returns its first link, where workers
// start reading.
func (c *slabChain) init() *slabBox {
	b := &slabBox{&slabLink{}}
	c.last.Store(b)
	return b
}

// slabAlloc returns a zeroed W from e's current slab, starting a new slab
// when the current one is used up or holds another type (the program
// switched to submitting a different kind of call). Several goroutines
// may submit to one executor: an item index is claimed with an atomic
// add, and the goroutine that starts a slab does so under the chain's
// lock, after finding the slab it saw still the last one.
func slabAlloc[W any, P itemPtr[W]](c *slabChain) P {
	for {
		b := c.last.Load()
		s, ok := b.s.(*slab[W, P])
		if ok {
			if i := s.next.Add(1) - 1; i < s.size {
				return &s.items[i]
			}
		}
		size := slabMin
		if ok {
			size = int(min(2*s.size, slabMax))
		}
		c.extend(b, func() anySlab { return newSlab[W, P](size) })
	}
}

// extend links a slab made by newSlab after b, unless another goroutine has
// extended the chain since b was read. No item of b is handed out
// afterwards.
func (c *slabChain) extend(b *slabBox, newSlab func() anySlab) {
	c.grow.Lock()
	defer c.grow.Unlock()
	if c.last.Load() != b {
		return
	}
	l := b.s.link()
	// Adding size makes every later claim fail; the claims before it
	// are the items handed out.
	l.end = min(l.next.Add(l.size)-l.size, l.size)
	nb := &slabBox{newSlab()}
	l.after.Store(nb)
	c.last.Store(nb)
}
