package runtime

import (
	"iter"
	"slices"
	"sync"
)

// Deque is collections.deque: a double-ended queue, bounded when maxlen is
// not negative. Its operations are atomic, as CPython's are: threads
// append to and pop from one deque without a lock of their own.
type Deque struct {
	mu     sync.Mutex
	items  []Object
	maxlen int
}

// NewDeque is deque(iterable, maxlen); maxlen < 0 stands for None.
func NewDeque(src Object, maxlen int) *Deque {
	if maxlen < -1 {
		panic(ValueError.New("maxlen must be non-negative"))
	}
	d := &Deque{maxlen: maxlen}
	if src != nil {
		d.Extend(src)
	}
	return d
}

// snapshot copies the items, for the operations that compare them
// (which may run Python code) outside the lock.
func (d *Deque) snapshot() []Object {
	d.mu.Lock()
	defer d.mu.Unlock()
	return slices.Clone(d.items)
}

// Append is d.append(x); a full bounded deque drops from the left.
func (d *Deque) Append(x Object) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.items = append(d.items, x)
	if d.maxlen >= 0 && len(d.items) > d.maxlen {
		d.items = d.items[len(d.items)-d.maxlen:]
	}
}

// Appendleft is d.appendleft(x); a full bounded deque drops from the
// right.
func (d *Deque) Appendleft(x Object) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.items = append([]Object{x}, d.items...)
	if d.maxlen >= 0 && len(d.items) > d.maxlen {
		d.items = d.items[:d.maxlen]
	}
}

// Extend is d.extend(iterable).
func (d *Deque) Extend(src Object) {
	for v := range Iter(src) {
		d.Append(v)
	}
}

// Extendleft is d.extendleft(iterable): each item goes to the left in
// turn, so they end up reversed.
func (d *Deque) Extendleft(src Object) {
	for v := range Iter(src) {
		d.Appendleft(v)
	}
}

// Pop is d.pop().
func (d *Deque) Pop() Object {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.items) == 0 {
		panic(IndexError.New("pop from an empty deque"))
	}
	v := d.items[len(d.items)-1]
	d.items = d.items[:len(d.items)-1]
	return v
}

// Popleft is d.popleft().
func (d *Deque) Popleft() Object {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.items) == 0 {
		panic(IndexError.New("pop from an empty deque"))
	}
	v := d.items[0]
	d.items = d.items[1:]
	return v
}

// Rotate is d.rotate(n): n steps to the right (left when negative).
func (d *Deque) Rotate(n int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.items) == 0 {
		return
	}
	n = Mod(n, len(d.items))
	d.items = append(d.items[len(d.items)-n:], d.items[:len(d.items)-n]...)
}

// Clear is d.clear().
func (d *Deque) Clear() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.items = nil
}

// Reverse is d.reverse(), in place.
func (d *Deque) Reverse() {
	d.mu.Lock()
	defer d.mu.Unlock()
	slices.Reverse(d.items)
}

// Index is d.index(x): the position of the first item equal to x.
func (d *Deque) Index(x Object) int {
	for i, v := range d.snapshot() {
		if Eq(v, x) {
			return i
		}
	}
	panic(ValueError.New(Repr(x) + " is not in deque"))
}

// Remove is d.remove(x): the first item equal to x goes.
func (d *Deque) Remove(x Object) {
	i := d.Index(x)
	d.mu.Lock()
	defer d.mu.Unlock()
	d.items = slices.Delete(d.items, i, i+1)
}

// Insert is d.insert(i, x), with list.insert's clamping of i.
func (d *Deque) Insert(i int, x Object) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.maxlen >= 0 && len(d.items) >= d.maxlen {
		panic(IndexError.New("deque already at its maximum size"))
	}
	n := len(d.items)
	if i < 0 {
		i = max(i+n, 0)
	}
	d.items = slices.Insert(d.items, min(i, n), x)
}

// Maxlen is d.maxlen: None when unbounded.
func (d *Deque) Maxlen() Object {
	if d.maxlen < 0 {
		return nil
	}
	return d.maxlen
}

// Len is len(d).
func (d *Deque) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.items)
}

// PyIter iterates from left to right over the items as they were.
func (d *Deque) PyIter() iter.Seq[Object] { return sliceIter(d.snapshot()) }

// PyContains is `x in d`.
func (d *Deque) PyContains(x Object) bool {
	for _, v := range d.snapshot() {
		if Eq(v, x) {
			return true
		}
	}
	return false
}

// PyGetItem is d[i].
func (d *Deque) PyGetItem(k Object) Object {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.items[seqIndex(indexOf(k, "deque"), len(d.items), "deque")]
}

// PySetItem is d[i] = v.
func (d *Deque) PySetItem(k, v Object) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.items[seqIndex(indexOf(k, "deque"), len(d.items), "deque assignment")] = v
}

// Count is d.count(x).
func (d *Deque) Count(x Object) int {
	n := 0
	for _, v := range d.snapshot() {
		if Eq(v, x) {
			n++
		}
	}
	return n
}

// PyRepr is repr(d): "deque([1, 2])" or "deque([1, 2], maxlen=3)".
func (d *Deque) PyRepr() string {
	s := "deque(" + Repr(NewList(d.snapshot()...))
	if d.maxlen >= 0 {
		s += ", maxlen=" + Str(d.maxlen)
	}
	return s + ")"
}

// PyEq is d == o.
func (d *Deque) PyEq(o Object) bool {
	other, ok := o.(*Deque)
	return ok && seqEq(d.snapshot(), other.snapshot())
}

// PyTypeName is the name CPython's error messages give the type.
func (d *Deque) PyTypeName() string { return "collections.deque" }
