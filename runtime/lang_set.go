package runtime

import (
	"iter"
	"sort"
)

// Set is a Python set or frozenset. It keeps its items in a Dict (keys
// only), so hashing and equality are the dict's. Iteration order: CPython
// orders a set by hash slots, which for small ints is ascending order; a
// set holding only ints iterates in ascending order, any other set in
// insertion order.
type Set struct {
	d      *Dict
	frozen bool
}

// SetOf builds a set of items, as a display {a, b} does.
func SetOf(items ...Object) *Set {
	s := &Set{d: NewDict()}
	for _, x := range items {
		s.d.Set(x, true)
	}
	return s
}

// SetFrom is set(iterable); without an argument (nil) the empty set.
func SetFrom(v Object) *Set {
	if v == nil {
		return SetOf()
	}
	return SetOf(itemsOf(v)...)
}

// FrozenSetFrom is frozenset(iterable).
func FrozenSetFrom(v Object) *Set {
	s := SetFrom(v)
	s.frozen = true
	return s
}

// Add is set.add.
func (s *Set) Add(x Object) { s.d.Set(x, true) }

// Discard is set.discard.
func (s *Set) Discard(x Object) { s.d.Delete(x) }

// Remove is set.remove: KeyError when x is missing.
func (s *Set) Remove(x Object) {
	if _, ok := s.d.Get(x); !ok {
		panic(KeyError.New(x))
	}
	s.d.Delete(x)
}

// Len is len(s).
func (s *Set) Len() int { return s.d.Len() }

// Items lists the items in iteration order.
func (s *Set) Items() []Object {
	keys := s.d.Keys()
	for _, k := range keys {
		if _, ok := k.(int); !ok {
			return keys
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].(int) < keys[j].(int) })
	return keys
}

// PyIter iterates over a snapshot of the items.
func (s *Set) PyIter() iter.Seq[Object] { return sliceIter(s.Items()) }

// PyContains is `x in s`.
func (s *Set) PyContains(x Object) bool {
	_, ok := s.d.Get(x)
	return ok
}

// PyEq is s == other: the same items, sets and frozensets alike.
func (s *Set) PyEq(other Object) bool {
	o, ok := other.(*Set)
	if !ok || o.Len() != s.Len() {
		return false
	}
	for _, k := range s.d.Keys() {
		if !o.PyContains(k) {
			return false
		}
	}
	return true
}

// PyTypeName is set or frozenset.
func (s *Set) PyTypeName() string {
	if s.frozen {
		return "frozenset"
	}
	return "set"
}

// PyRepr is {1, 2}, set() or frozenset({1, 2}).
func (s *Set) PyRepr() string {
	items := s.Items()
	if len(items) == 0 {
		return s.PyTypeName() + "()"
	}
	w := reprWriter{}
	w.seq(items, "{", "}")
	if s.frozen {
		return "frozenset(" + string(w.b) + ")"
	}
	return string(w.b)
}

func (s *Set) derive(keep func(Object) bool, extra *Set) *Set {
	out := &Set{d: NewDict(), frozen: s.frozen}
	for _, k := range s.d.Keys() {
		if keep(k) {
			out.d.Set(k, true)
		}
	}
	if extra != nil {
		for _, k := range extra.d.Keys() {
			out.d.Set(k, true)
		}
	}
	return out
}

// Union is s | o.
func (s *Set) Union(o *Set) *Set { return s.derive(func(Object) bool { return true }, o) }

// Intersection is s & o.
func (s *Set) Intersection(o *Set) *Set { return s.derive(o.PyContains, nil) }

// Difference is s - o.
func (s *Set) Difference(o *Set) *Set {
	return s.derive(func(k Object) bool { return !o.PyContains(k) }, nil)
}

// SymmetricDifference is s ^ o.
func (s *Set) SymmetricDifference(o *Set) *Set {
	return s.Difference(o).Union(o.Difference(s))
}

// setOp applies a set operator when both operands are sets.
func setOp(sym string, a, b Object) (Object, bool) {
	x, ok1 := a.(*Set)
	y, ok2 := b.(*Set)
	if !ok1 || !ok2 {
		return nil, false
	}
	switch sym {
	case "|":
		return x.Union(y), true
	case "&":
		return x.Intersection(y), true
	case "-":
		return x.Difference(y), true
	case "^":
		return x.SymmetricDifference(y), true
	}
	return nil, false
}
