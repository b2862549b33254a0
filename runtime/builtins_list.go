package runtime

import (
	"slices"
)

// The list methods for lists held in Go slices; generated code passes the
// slice (or a pointer to it when the method changes its length).

// Pop is list.pop(i) on a slice: it removes and returns the item at
// Python index i.
func Pop[T any](xs *[]T, i int) T {
	n := len(*xs)
	if n == 0 {
		panic(IndexError.New("pop from empty list"))
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		panic(IndexError.New("pop index out of range"))
	}
	v := (*xs)[i]
	*xs = slices.Delete(*xs, i, i+1)
	return v
}

// Insert is list.insert(i, v): i is clamped to the list as Python does.
func Insert[T any](xs []T, i int, v T) []T {
	return slices.Insert(xs, clampIndex(i, len(xs)), v)
}

// IndexOf is list.index(v).
func IndexOf[T any](xs []T, v T) int {
	for i, x := range xs {
		if Eq(x, v) {
			return i
		}
	}
	panic(ValueError.New(Repr(v) + " is not in list"))
}

// Count is list.count(v).
func Count[T any](xs []T, v T) int {
	n := 0
	for _, x := range xs {
		if Eq(x, v) {
			n++
		}
	}
	return n
}

// Remove is list.remove(v): the first equal item goes.
func Remove[T any](xs []T, v T) []T {
	for i, x := range xs {
		if Eq(x, v) {
			return slices.Delete(xs, i, i+1)
		}
	}
	panic(ValueError.New("list.remove(x): x not in list"))
}

// Pop is list.pop(i) on a runtime list.
func (l *List) Pop(i int) Object {
	l.mu.Lock()
	defer l.mu.Unlock()
	return Pop(&l.items, i)
}

// Insert is list.insert(i, v) on a runtime list.
func (l *List) Insert(i int, v Object) {
	l.mu.Lock()
	l.items = Insert(l.items, i, v)
	l.mu.Unlock()
}

// Remove is list.remove(v) on a runtime list.
func (l *List) Remove(v Object) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.items = Remove(l.items, v)
}

// Clear is list.clear().
func (l *List) Clear() {
	l.mu.Lock()
	l.items = nil
	l.mu.Unlock()
}

// Reverse is list.reverse().
func (l *List) Reverse() {
	l.mu.Lock()
	slices.Reverse(l.items)
	l.mu.Unlock()
}

// Copy is list.copy().
func (l *List) Copy() *List { return NewList(l.Items()...) }

// Sort is list.sort(key=key, reverse=reverse) on a runtime list; key may
// be nil.
func (l *List) Sort(key func(Object) Object, reverse bool) {
	items := l.Items()
	if key == nil {
		Sort(items, reverse)
	} else {
		SortKey(items, key, reverse)
	}
	l.mu.Lock()
	l.items = items
	l.mu.Unlock()
}
