package runtime

import "strings"

// This file holds list * n for typed Go slices, str * n, and the
// in-place forms (+= and *=) that a Python list, being a reference, must
// apply to the list itself so that every name bound to it sees the change.

// RepeatSlice is s * n (and n * s) for a list of a proven element type: a
// new slice holding s's items n times; a count below one gives an empty
// list, as in Python.
func RepeatSlice[T any](s []T, n int) []T {
	if n <= 0 || len(s) == 0 {
		return []T{}
	}
	out := make([]T, 0, len(s)*n)
	for range n {
		out = append(out, s...)
	}
	return out
}

// StrRepeat is s * n for a str and an int: a count below one gives "".
func StrRepeat(s string, n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(s, n)
}

// IAdd is a += b on a dynamic value: a runtime list is extended in place
// by any iterable and returned (so aliases see the new items); anything
// else is a + b.
func IAdd(a, b Object) Object {
	if l, ok := a.(*List); ok {
		var items []Object
		for v := range Iter(b) {
			items = append(items, v)
		}
		l.Extend(items...)
		return l
	}
	return Add(a, b)
}

// IMul is a *= b on a dynamic value: a runtime list repeats its own items
// in place and is returned; anything else is a * b.
func IMul(a, b Object) Object {
	l, ok := a.(*List)
	if !ok {
		return Mul(a, b)
	}
	rep := repeat(l, b).(*List)
	l.mu.Lock()
	l.items = rep.items
	l.mu.Unlock()
	return l
}
