package runtime

import "iter"

// Iterator is a Python iterator object: iter(x), or a generator stored in a
// variable and advanced with next(). Unlike an iter.Seq, which starts
// over on every range, it keeps its position: next() and a for loop share
// it, as in Python.
type Iterator[T any] struct {
	next func() (T, bool)
}

// NewIterator starts an iterator over seq.
func NewIterator[T any](seq iter.Seq[T]) *Iterator[T] {
	next, _ := iter.Pull(seq)
	return &Iterator[T]{next: next}
}

// Next is next(it): StopIteration when it is exhausted.
func (it *Iterator[T]) Next() T {
	v, ok := it.next()
	if !ok {
		panic(StopIteration.New())
	}
	return v
}

// NextOr is next(it, default) for a default of the item type.
func (it *Iterator[T]) NextOr(def T) T {
	if v, ok := it.next(); ok {
		return v
	}
	return def
}

// NextObj is next(it, default) for a default of another type.
func NextObj[T any](it *Iterator[T], def Object) Object {
	if v, ok := it.next(); ok {
		return v
	}
	return def
}

// All iterates over what is left, for `for x in it`.
func (it *Iterator[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for {
			v, ok := it.next()
			if !ok || !yield(v) {
				return
			}
		}
	}
}

// PyIter lets the dynamic operations iterate over it.
func (it *Iterator[T]) PyIter() iter.Seq[Object] {
	return func(yield func(Object) bool) {
		for v := range it.All() {
			if !yield(v) {
				return
			}
		}
	}
}

// PyTypeName is Python's name for an iterator.
func (it *Iterator[T]) PyTypeName() string { return "generator" }

// Seq converts a typed sequence for the dynamic operations.
func Seq[T any](seq iter.Seq[T]) iter.Seq[Object] {
	return func(yield func(Object) bool) {
		for v := range seq {
			if !yield(v) {
				return
			}
		}
	}
}
