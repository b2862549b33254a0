package runtime

import "sync"

// List is a Python list of dynamic values. It is used through a pointer,
// so aliasing works as in Python (b = a; b.append(1) changes a). Its
// methods take a lock, as each list operation is atomic under CPython's
// GIL, so threads appending to a shared list are race-free.
type List struct {
	mu    sync.Mutex
	items []Object
}

// NewList makes a list holding a copy of items.
func NewList(items ...Object) *List {
	return &List{items: append([]Object(nil), items...)}
}

// Append is list.append(v).
func (l *List) Append(v Object) {
	l.mu.Lock()
	l.items = append(l.items, v)
	l.mu.Unlock()
}

// Len is len(list).
func (l *List) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.items)
}

// Get is list[i]; a negative i counts from the end. Out of range raises
// IndexError("list index out of range").
func (l *List) Get(i int) Object {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.items[l.index(i, "list index out of range")]
}

// Set is list[i] = v, with Get's index rules and CPython's message
// "list assignment index out of range".
func (l *List) Set(i int, v Object) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.items[l.index(i, "list assignment index out of range")] = v
}

// index resolves a Python index against the current length; l.mu is held.
func (l *List) index(i int, msg string) int {
	if i < 0 {
		i += len(l.items)
	}
	if i < 0 || i >= len(l.items) {
		panic(IndexError.New(msg))
	}
	return i
}

// Items returns a snapshot of the elements. Later changes to the list do
// not show in it, and changing it does not change the list.
func (l *List) Items() []Object {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]Object(nil), l.items...)
}

// Extend is list.extend(items) for values already in Go form.
func (l *List) Extend(items ...Object) {
	l.mu.Lock()
	l.items = append(l.items, items...)
	l.mu.Unlock()
}

// PyRepr is repr(list): "[1, 'a']"; a list inside itself is "[...]".
func (l *List) PyRepr() string {
	return Repr(l)
}

// indexOf converts a dynamic index (int, bool or *big.Int) for a sequence
// of the given Python type name, raising CPython's TypeError otherwise.
func indexOf(k Object, typeName string) int {
	switch v := k.(type) {
	case int:
		return v
	case bool:
		if v {
			return 1
		}
		return 0
	}
	if n, ok := intValue(k); ok {
		return n
	}
	if isBigInt(k) {
		// Larger than any sequence can be.
		panic(IndexError.New("cannot fit 'int' into an index-sized integer"))
	}
	panic(TypeError.New(typeName + " indices must be integers or slices, not " + TypeName(k)))
}

// seqIndex resolves Python index i against length n for error messages
// naming kind ("tuple index out of range").
func seqIndex(i, n int, kind string) int {
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		panic(IndexError.New(kind + " index out of range"))
	}
	return i
}
