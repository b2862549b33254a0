package runtime

import (
	"iter"
	"math"
	"sync"
)

// Set is a Python set. Its table follows CPython's (the same sizes,
// probing and resizing), so a set of ints iterates and prints in the order
// CPython shows; other keys hash differently from CPython, so their order
// is deterministic but not CPython's (string hashing is randomized there
// anyway). Like List it is used through a pointer and locks per operation.
type Set struct {
	mu     sync.Mutex
	slots  []setSlot
	fill   int // active and dummy slots
	used   int // active slots
	frozen bool
}

type setSlot struct {
	key   Object
	hash  uint64
	state uint8 // 0 empty, 1 active, 2 dummy (deleted)
}

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

// SetOf makes a set of items, added in order as a set display does.
func SetOf(items ...Object) *Set {
	s := &Set{}
	for _, x := range items {
		s.Add(x)
	}
	return s
}

// SetFrom is set(iterable).
func SetFrom(it Object) *Set {
	s := &Set{}
	if it != nil {
		s.Update(it)
	}
	return s
}

// ConstSetOf is a set display whose items are all constants, with more
// than two of them. CPython compiles it to a frozenset constant (built
// from the items, then rebuilt in that set's order when the compiler
// merges constants) copied into a new set, and the table layout, so the
// order of ints, follows those steps.
func ConstSetOf(items ...Object) *Set {
	folded := SetOf(SetOf(items...).Items()...)
	out := &Set{}
	out.merge(folded)
	return out
}

// FrozenSetFrom is frozenset(iterable).
func FrozenSetFrom(it Object) *Set {
	s := SetFrom(it)
	s.frozen = true
	return s
}

// setHash is the hash CPython gives ints (and equal floats and bools);
// other values get a stable hash of their own.
func setHash(k Object) uint64 {
	key := hashKey(k)
	if u, ok := key.(userKey); ok {
		key = u.hash // a class's own __hash__
	}
	switch h := key.(type) {
	case int:
		if h == -1 {
			h = -2
		}
		const mod = 1<<61 - 1
		if h >= mod || h <= -mod {
			h %= mod
		}
		return uint64(h)
	case float64:
		return math.Float64bits(h)
	}
	var h uint64 = 14695981039346656037
	for _, c := range []byte(Repr(plainTuple(k))) {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// Add is s.add(x).
func (s *Set) Add(x Object) {
	h := setHash(x)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.slots == nil {
		s.slots = make([]setSlot, setMinSize)
	}
	s.addLocked(x, h)
}

// addLocked is CPython's set_add_entry; s.mu is held.
func (s *Set) addLocked(x Object, h uint64) {
	i, found := s.lookup(x, h)
	if found {
		return
	}
	wasEmpty := s.slots[i].state == 0
	s.slots[i] = setSlot{key: x, hash: h, state: 1}
	s.used++
	if !wasEmpty {
		return // a dummy slot reused: CPython does not resize then
	}
	s.fill++
	mask := len(s.slots) - 1
	if s.fill*5 >= mask*3 {
		if s.used > 50000 {
			s.resize(s.used * 2)
		} else {
			s.resize(s.used * 4)
		}
	}
}

// lookup finds x: its slot and true, or the slot to insert it in (the
// first dummy passed, else the empty slot ending the probe) and false.
func (s *Set) lookup(x Object, h uint64) (int, bool) {
	mask := uint64(len(s.slots) - 1)
	i, perturb := h&mask, h
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			e := &s.slots[i+j]
			switch {
			case e.state == 0:
				if free >= 0 {
					return free, false
				}
				return int(i + j), false
			case e.state == 1 && e.hash == h && Eq(e.key, x):
				return int(i + j), true
			case e.state == 2 && free < 0:
				free = int(i + j)
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table for minUsed entries, as set_table_resize
// does; s.mu is held.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.slots
	s.slots = make([]setSlot, size)
	for _, e := range old {
		if e.state == 1 {
			s.insertClean(e)
		}
	}
	s.fill = s.used
}

// merge adds the items of o as CPython's set_merge does: one resize up
// front, then a slot-for-slot copy into an empty table of the same size,
// clean inserts into another empty table, or plain adds.
func (s *Set) merge(o *Set) {
	o.mu.Lock()
	slots := append([]setSlot(nil), o.slots...)
	oused, ofill := o.used, o.fill
	o.mu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.slots == nil {
		s.slots = make([]setSlot, setMinSize)
	}
	if oused == 0 {
		return
	}
	if (s.fill+oused)*5 >= (len(s.slots)-1)*3 {
		s.resize((s.used + oused) * 2)
	}
	if s.fill == 0 && len(s.slots) == len(slots) && ofill == oused {
		for i, e := range slots {
			if e.state == 1 {
				s.slots[i] = e
			}
		}
		s.fill, s.used = oused, oused
		return
	}
	if s.fill == 0 {
		for _, e := range slots {
			if e.state == 1 {
				s.insertClean(e)
			}
		}
		s.fill, s.used = oused, oused
		return
	}
	for _, e := range slots {
		if e.state == 1 {
			s.addLocked(e.key, e.hash)
		}
	}
}

// insertClean puts e in the first free slot of its probe sequence, as
// set_insert_clean does in a table without dummies; s.mu is held.
func (s *Set) insertClean(e setSlot) {
	mask := uint64(len(s.slots) - 1)
	i, perturb := e.hash&mask, e.hash
	for {
		if s.slots[i].state == 0 {
			s.slots[i] = e
			return
		}
		if i+linearProbes <= mask {
			for j := uint64(1); j <= linearProbes; j++ {
				if s.slots[i+j].state == 0 {
					s.slots[i+j] = e
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// Contains is `x in s`.
func (s *Set) Contains(x Object) bool {
	h := setHash(x)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.slots == nil {
		return false
	}
	_, found := s.lookup(x, h)
	return found
}

// PyContains is `x in s` for the dynamic `in`.
func (s *Set) PyContains(x Object) bool { return s.Contains(x) }

// Discard is s.discard(x); it reports whether x was there.
func (s *Set) Discard(x Object) bool {
	h := setHash(x)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.slots == nil {
		return false
	}
	i, found := s.lookup(x, h)
	if found {
		s.slots[i] = setSlot{hash: math.MaxUint64, state: 2}
		s.used--
	}
	return found
}

// Remove is s.remove(x): a missing x raises KeyError.
func (s *Set) Remove(x Object) {
	if !s.Discard(x) {
		panic(KeyError.New(x))
	}
}

// Pop is s.pop(): the first item in table order.
func (s *Set) Pop() Object {
	items := s.Items()
	if len(items) == 0 {
		panic(KeyError.New("pop from an empty set"))
	}
	s.Discard(items[0])
	return items[0]
}

// Clear is s.clear().
func (s *Set) Clear() {
	s.mu.Lock()
	s.slots, s.fill, s.used = nil, 0, 0
	s.mu.Unlock()
}

// Len is len(s).
func (s *Set) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.used
}

// Items returns the elements in iteration order.
func (s *Set) Items() []Object {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Object, 0, s.used)
	for _, e := range s.slots {
		if e.state == 1 {
			out = append(out, e.key)
		}
	}
	return out
}

// PyIter iterates over a snapshot of the elements.
func (s *Set) PyIter() iter.Seq[Object] { return sliceIter(s.Items()) }

// PyRepr is repr(s): "{1, 2}", or "set()" when empty;
// "frozenset({1, 2})" for a frozenset.
func (s *Set) PyRepr() string {
	items := s.Items()
	body := "set()"
	if len(items) > 0 {
		body = seqRepr(items, "{", "}")
	}
	if !s.frozen {
		return body
	}
	if len(items) == 0 {
		return "frozenset()"
	}
	return "frozenset(" + body + ")"
}

// PyTypeName is "set" or "frozenset".
func (s *Set) PyTypeName() string {
	if s.frozen {
		return "frozenset"
	}
	return "set"
}

// Copy is s.copy().
func (s *Set) Copy() *Set {
	out := &Set{frozen: s.frozen}
	out.merge(s)
	return out
}

// Union is s.union(*others) and s | other.
func (s *Set) Union(others ...Object) *Set {
	out := s.Copy()
	out.frozen = false
	out.Update(others...)
	return out
}

// Update is s.update(*others).
func (s *Set) Update(others ...Object) {
	for _, o := range others {
		if os, ok := o.(*Set); ok {
			s.merge(os)
			continue
		}
		for x := range Iter(o) {
			s.Add(x)
		}
	}
}

// Intersection is s.intersection(*others) and s & other.
func (s *Set) Intersection(others ...Object) *Set {
	out := s.Copy()
	for _, o := range others {
		other := asSet(o)
		next := &Set{}
		small, big := other, out
		if other.Len() > out.Len() {
			small, big = out, other
		}
		for _, x := range small.Items() {
			if big.Contains(x) {
				next.Add(x)
			}
		}
		out = next
	}
	return out
}

// Difference is s.difference(*others) and s - other.
func (s *Set) Difference(others ...Object) *Set {
	if len(others) == 1 {
		if o := asSet(others[0]); s.Len()>>2 > o.Len() {
			out := s.Copy()
			out.frozen = false
			for _, x := range o.Items() {
				out.Discard(x)
			}
			return out
		}
	}
	out := &Set{}
	for _, x := range s.Items() {
		keep := true
		for _, o := range others {
			if asSet(o).Contains(x) {
				keep = false
				break
			}
		}
		if keep {
			out.Add(x)
		}
	}
	return out
}

// SymmetricDifference is s.symmetric_difference(other) and s ^ other.
func (s *Set) SymmetricDifference(other Object) *Set {
	out := SetFrom(other)
	for _, x := range s.Items() {
		if !out.Discard(x) {
			out.Add(x)
		}
	}
	return out
}

// IsSubset is s.issubset(other) and s <= other.
func (s *Set) IsSubset(other Object) bool {
	o := asSet(other)
	for _, x := range s.Items() {
		if !o.Contains(x) {
			return false
		}
	}
	return true
}

// IsSuperset is s.issuperset(other) and s >= other.
func (s *Set) IsSuperset(other Object) bool { return asSet(other).IsSubset(s) }

// IsDisjoint is s.isdisjoint(other).
func (s *Set) IsDisjoint(other Object) bool { return s.Intersection(other).Len() == 0 }

// PyEq is s == other: the same elements.
func (s *Set) PyEq(other Object) bool {
	o, ok := other.(*Set)
	return ok && o.Len() == s.Len() && s.IsSubset(o)
}

func asSet(o Object) *Set {
	if s, ok := o.(*Set); ok {
		return s
	}
	return SetFrom(o)
}

// setOp is a binary operator on sets: | & - ^, or ok false when a is not
// a set, so the caller goes on with the numeric meaning.
func setOp(op string, a, b Object) (Object, bool) {
	s, ok := a.(*Set)
	if !ok {
		return nil, false
	}
	if _, ok := b.(*Set); !ok {
		panic(TypeError.New("unsupported operand type(s) for " + op + ": 'set' and '" + TypeName(b) + "'"))
	}
	switch op {
	case "|":
		return s.Union(b), true
	case "&":
		return s.Intersection(b), true
	case "-":
		return s.Difference(b), true
	case "^":
		return s.SymmetricDifference(b), true
	}
	return nil, false
}

// seqRepr is the repr of items between open and close.
func seqRepr(items []Object, open, close string) string {
	w := &reprWriter{}
	w.seq(items, open, close)
	return string(w.b)
}

// PyRichCompare gives sets their order, inclusion: a <= b is a subset
// test, a < b a proper one; ok is false when other is not a set.
func (s *Set) PyRichCompare(op string, other Object) (result, ok bool) {
	o, isSet := other.(*Set)
	if !isSet {
		return false, false
	}
	switch op {
	case "<=":
		return s.IsSubset(o), true
	case ">=":
		return o.IsSubset(s), true
	case "<":
		return s.Len() < o.Len() && s.IsSubset(o), true
	case ">":
		return o.Len() < s.Len() && o.IsSubset(s), true
	}
	return false, false
}
