package runtime

import (
	"math/bits"
	"strconv"
	"strings"
	"sync"
)

// EnumKind is the enum base class an enum class derives from; it decides
// how the members print (str of an IntEnum member is its value in 3.11)
// and whether they compare and compute as their values.
type EnumKind int

// The enum base classes py2go knows.
const (
	// KindEnum is enum.Enum: members equal only themselves.
	KindEnum EnumKind = iota
	// KindIntEnum is enum.IntEnum: members are ints too.
	KindIntEnum
	// KindStrEnum is enum.StrEnum: members are strings too.
	KindStrEnum
	// KindFlag is enum.Flag: members combine with |, & and ^.
	KindFlag
	// KindIntFlag is enum.IntFlag: a Flag whose members are ints too.
	KindIntFlag
	// KindStrMixin is class C(str, Enum): members are strings too, but
	// print as Enum members do.
	KindStrMixin
	// KindIntMixin is class C(int, Enum): members are ints too, but print
	// as Enum members do.
	KindIntMixin
)

// Enum is the state of one member of an enum class. Generated enum
// classes embed it, so a member is a pointer to a struct of the program:
// the pointer's identity is the member's (`is`, dict keys), and its
// fields Name and Value are what Python's .name and .value read.
type Enum[V any] struct {
	// Class is the enum class's name, for str and repr.
	Class string
	// Kind is the base class the enum class derives from.
	Kind EnumKind
	// Name is the member's name; a Flag's combined members join theirs
	// with "|", and its zero value has none ("").
	Name  string
	Value V
}

// enumMember is what every member has, through the embedded Enum: the
// runtime reaches its class, name and value without knowing its Go type.
type enumMember interface {
	enumState() (class string, kind EnumKind, name string, value Object)
}

func (m Enum[V]) enumState() (string, EnumKind, string, Object) {
	return m.Class, m.Kind, m.Name, m.Value
}

// isValueKind reports whether members of kind k are also instances of
// their value's type (int or str), so they compare, hash, print and
// compute as their values.
func (k EnumKind) isValueKind() bool {
	return k == KindIntEnum || k == KindIntFlag || k == KindStrEnum || k == KindStrMixin || k == KindIntMixin
}

// printsValue reports whether str() and format() of members of kind k
// are their values' (Python 3.11's ReprEnum classes).
func (k EnumKind) printsValue() bool {
	return k == KindIntEnum || k == KindIntFlag || k == KindStrEnum
}

// PyStr is str(member): Color.RED, or the value for IntEnum, IntFlag and
// StrEnum (Python 3.11), or Perm(0) for a Flag member without a name.
func (m Enum[V]) PyStr() string {
	if m.Kind.printsValue() {
		return Str(m.Value)
	}
	if m.Name == "" {
		return m.Class + "(" + Repr(m.Value) + ")"
	}
	return m.Class + "." + m.Name
}

// PyRepr is repr(member): <Color.RED: 1>, or <Perm: 0> without a name.
func (m Enum[V]) PyRepr() string {
	if m.Name == "" {
		return "<" + m.Class + ": " + Repr(m.Value) + ">"
	}
	return "<" + m.Class + "." + m.Name + ": " + Repr(m.Value) + ">"
}

// formatEnum is format(member, spec): the value's format for members
// that are ints or strings, the format of str(member) otherwise (which
// a class's own __str__ gives, so Format reaches it through the member
// itself, not the embedded Enum).
func formatEnum(m enumMember, spec string) string {
	if _, kind, _, value := m.enumState(); kind.printsValue() {
		return Format(value, spec)
	}
	return Format(Str(m), spec)
}

// PyTypeName is the enum class's name, for type(member).__name__ and
// error messages.
func (m Enum[V]) PyTypeName() string { return m.Class }

// PyBool is bool(member): true except for a Flag's zero member and the
// zero of an IntEnum, as Python's Flag.__bool__ and int.__bool__ say.
func (m Enum[V]) PyBool() bool {
	if m.Kind.isValueKind() || m.Kind == KindFlag {
		return Truthy(m.Value)
	}
	return true
}

// PyEq is member == other: identity (same class and name) for Enum and
// Flag, and equality of values for members that are ints or strings.
func (m Enum[V]) PyEq(other Object) bool {
	if m.Kind.isValueKind() {
		return Eq(Object(m.Value), enumValue(other))
	}
	o, ok := other.(enumMember)
	if !ok {
		return false
	}
	class, _, name, _ := o.enumState()
	return class == m.Class && name == m.Name
}

// PyCompare orders members that are ints or strings by their values;
// other members have no order (TypeError, as in Python).
func (m Enum[V]) PyCompare(other Object) (int, bool) {
	if !m.Kind.isValueKind() {
		return 0, false
	}
	a, b := Object(m.Value), enumValue(other)
	if Lt(a, b) {
		return -1, true
	}
	if Eq(a, b) {
		return 0, true
	}
	return 1, true
}

// enumValue is v's value when v is a member that is an int or a string,
// v itself otherwise.
func enumValue(v Object) Object {
	if o, ok := v.(enumMember); ok {
		if _, kind, _, value := o.enumState(); kind.isValueKind() {
			return value
		}
	}
	return v
}

// enumNumber is the int an IntEnum or IntFlag member stands for in
// arithmetic, false for other values.
func enumNumber(v Object) (int, bool) {
	if o, ok := v.(enumMember); ok {
		if _, kind, _, value := o.enumState(); kind == KindIntEnum || kind == KindIntFlag || kind == KindIntMixin {
			n, ok := value.(int)
			return n, ok
		}
	}
	return 0, false
}

// EnumByValue is Color(value): the member whose value equals value (the
// first, as aliases come after it), or for a Flag class the combination
// of members value stands for. Anything else raises CPython's ValueError.
func EnumByValue[M enumMember](class string, members []M, value Object) M {
	value = enumValue(value)
	if o, ok := value.(enumMember); ok {
		if c, _, _, _ := o.enumState(); c == class {
			return o.(M)
		}
	}
	for _, m := range members {
		if _, _, _, v := m.enumState(); Eq(v, value) {
			return m
		}
	}
	panic(ValueError.New(Repr(value) + " is not a valid " + class))
}

// EnumByName is Color[name]: the member called name, or KeyError(name).
func EnumByName[M enumMember](members []M, name string) M {
	for _, m := range members {
		if _, _, n, _ := m.enumState(); n == name {
			return m
		}
	}
	panic(KeyError.New(name))
}

// EnumContains is `value in Color`: true for the class's own members
// (Python 3.11 also accepts a value of a member, with a
// DeprecationWarning py2go does not print).
func EnumContains[M comparable](members []M, value Object) bool {
	for _, m := range members {
		if Object(m) == value {
			return true
		}
	}
	return false
}

// FlagNames is the name of a Flag member of the given value: the names of
// the named members whose bits it holds, in definition order, joined with
// "|"; "" for zero. ok is false when value has bits no member has.
func FlagNames(names []string, values []int, value int) (string, bool) {
	var parts []string
	rest := value
	for i, v := range values {
		if v != 0 && value&v == v && singleBit(v) {
			parts = append(parts, names[i])
			rest &^= v
		}
	}
	return strings.Join(parts, "|"), rest == 0
}

func singleBit(v int) bool { return v > 0 && v&(v-1) == 0 }

// flagKey names a combined Flag member: its class and value.
type flagKey struct {
	class string
	value int
}

// flagMembers holds the combined Flag members made so far, so that
// Perm(3) is Perm.R | Perm.W, as CPython keeps its pseudo-members.
var flagMembers sync.Map

// FlagOf is Perm(value) for a Flag or IntFlag class: the member with that
// value (the first, aliases come later), or else the one combined member
// standing for it, made by mk the first time. A Flag value with bits no
// member has raises CPython's ValueError; an IntFlag keeps them.
func FlagOf[M enumMember](members []M, value int, mk func(Enum[int]) M) M {
	names, values := make([]string, len(members)), make([]int, len(members))
	var class string
	var kind EnumKind
	all := 0
	for i, m := range members {
		c, k, n, v := m.enumState()
		class, kind, names[i], values[i] = c, k, n, v.(int)
		if values[i] == value {
			return m
		}
		all |= values[i]
	}
	key := flagKey{class, value}
	if m, ok := flagMembers.Load(key); ok {
		return m.(M)
	}
	name, ok := FlagNames(names, values, value)
	if !ok && kind == KindFlag || value < 0 {
		panic(ValueError.New(flagInvalid(class, value, all)))
	}
	if !ok {
		if name != "" {
			name += "|"
		}
		name += strconv.Itoa(value &^ all)
		if value&all == 0 {
			name = ""
		}
	}
	m, _ := flagMembers.LoadOrStore(key, mk(Enum[int]{Class: class, Kind: kind, Name: name, Value: value}))
	return m.(M)
}

// FlagAll is the value holding every bit of the class's members, which ~
// complements within.
func FlagAll[M enumMember](members []M) int {
	all := 0
	for _, m := range members {
		_, _, _, v := m.enumState()
		all |= v.(int)
	}
	return all
}

// flagInvalid is CPython's message for a Flag value with bits no member
// has.
func flagInvalid(class string, value, all int) string {
	width := max(bits.Len(uint(value)), bits.Len(uint(all)))
	pad := func(v int) string {
		s := strconv.FormatInt(int64(v), 2)
		return "0b0 " + strings.Repeat("0", width-len(s)) + s
	}
	return "<flag '" + class + "'> invalid value " + strconv.Itoa(value) +
		"\n    given " + pad(value) + "\n  allowed " + pad(all)
}

// FlagIn is `a in b` for Flag members of the values bits and in: whether
// in holds every bit of bits.
func FlagIn(bits, in int) bool { return bits&in == bits }
