package runtime

import (
	"math"
	"math/big"
	"reflect"
)

// Eq is a == b: numbers compare by value across int, float and big ints
// (1 == 1.0 == True), sequences element by element, dicts by contents,
// other values by Go equality (identity for pointers).
func Eq(a, b Object) bool {
	if IsNone(a) || IsNone(b) {
		return IsNone(a) && IsNone(b)
	}
	if r, ok := richCompare("==", a, b); ok {
		return r
	}
	if x, ok := asNum(a); ok {
		if y, ok := asNum(b); ok {
			c, ordered := cmpNum(x, y)
			return ordered && c == 0
		}
		return false
	}
	switch x := a.(type) {
	case string:
		y, ok := b.(string)
		return ok && x == y
	case nil:
		return b == nil
	case *Dict:
		y, ok := b.(*Dict)
		return ok && dictEq(x, y)
	case TupleObject:
		// A NamedTuple class's object equals the plain tuple of its
		// fields; its own == compares it with another of its class.
		if eq, ok := x.(interface{ PyEq(Object) bool }); ok && reflect.TypeOf(a) == reflect.TypeOf(b) {
			return eq.PyEq(b)
		}
	case interface{ PyEq(Object) bool }:
		return x.PyEq(b)
	}
	if xs, kind, ok := seqItems(a); ok {
		ys, kind2, ok := seqItems(b)
		return ok && kind == kind2 && seqEq(xs, ys)
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	return ta == tb && ta.Comparable() && a == b
}

// Ne is a != b.
func Ne(a, b Object) bool { return !Eq(a, b) }

// Lt is a < b.
func Lt(a, b Object) bool { return order("<", a, b, func(c int) bool { return c < 0 }) }

// Le is a <= b.
func Le(a, b Object) bool { return order("<=", a, b, func(c int) bool { return c <= 0 }) }

// Gt is a > b.
func Gt(a, b Object) bool { return order(">", a, b, func(c int) bool { return c > 0 }) }

// Ge is a >= b.
func Ge(a, b Object) bool { return order(">=", a, b, func(c int) bool { return c >= 0 }) }

// order compares a and b and applies test to the sign of the result. A
// comparison involving NaN is false, as in Python.
func order(sym string, a, b Object, test func(int) bool) bool {
	if r, ok := richCompare(sym, a, b); ok {
		return r
	}
	c, ordered := compare(sym, a, b)
	return ordered && test(c)
}

// PyComparer is implemented by runtime types with an order of their own
// (Datetime, Timedelta): PyCompare returns the sign of a - b and false when
// other is not comparable with the receiver.
type PyComparer interface {
	PyCompare(other Object) (int, bool)
}

// compare orders numbers, strings (by code point, which UTF-8 byte order
// preserves), same-kind sequences (lexicographically) and PyComparers;
// anything else raises CPython's TypeError.
func compare(sym string, a, b Object) (int, bool) {
	if x, ok := a.(PyComparer); ok {
		if c, ok := x.PyCompare(b); ok {
			return c, true
		}
	}
	if x, ok := asNum(a); ok {
		if y, ok := asNum(b); ok {
			return cmpNum(x, y)
		}
	}
	if x, ok := a.(string); ok {
		if y, ok := b.(string); ok {
			return cmpOrdered(x, y), true
		}
	}
	if xs, kind, ok := seqItems(a); ok {
		if ys, kind2, ok := seqItems(b); ok && kind == kind2 {
			return cmpSeq(sym, xs, ys)
		}
	}
	panic(TypeError.New("'" + sym + "' not supported between instances of '" + TypeName(a) + "' and '" + TypeName(b) + "'"))
}

func cmpSeq(sym string, xs, ys []Object) (int, bool) {
	for i := 0; i < len(xs) && i < len(ys); i++ {
		if !Eq(xs[i], ys[i]) {
			return compare(sym, xs[i], ys[i])
		}
	}
	return cmpOrdered(len(xs), len(ys)), true
}

func cmpOrdered[T int | float64 | string](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpNum compares two numbers exactly, as Python does even between an int
// and a float (2**53 + 1 != 2.0**53). It reports false when NaN makes them
// unordered.
func cmpNum(x, y num) (int, bool) {
	switch {
	case x.kind == intNum && y.kind == intNum:
		return cmpOrdered(x.i, y.i), true
	case x.kind == floatNum && y.kind == floatNum:
		return cmpOrdered(x.f, y.f), !math.IsNaN(x.f) && !math.IsNaN(y.f)
	case x.kind == floatNum:
		c, ok := cmpFloatInt(x.f, y)
		return c, ok
	case y.kind == floatNum:
		c, ok := cmpFloatInt(y.f, x)
		return -c, ok
	}
	return x.big().Cmp(y.big()), true
}

// cmpFloatInt compares a float with an int or big int exactly.
func cmpFloatInt(f float64, n num) (int, bool) {
	switch {
	case math.IsNaN(f):
		return 0, false
	case math.IsInf(f, 0):
		return int(math.Copysign(1, f)), true
	case n.kind == intNum && n.i >= -1<<53 && n.i <= 1<<53:
		return cmpOrdered(f, float64(n.i)), true
	}
	return new(big.Rat).SetFloat64(f).Cmp(new(big.Rat).SetInt(n.big())), true
}

// seqItems returns the elements of a list-like value and whether it is a
// tuple ("tuple") or a list (*List or a Go slice or array: "list").
func seqItems(v Object) ([]Object, string, bool) {
	switch x := v.(type) {
	case *List:
		return x.Items(), "list", true
	case Tuple:
		return x, "tuple", true
	case TupleLike:
		return x.AsTuple(), "tuple", true
	case TupleObject:
		return objectTuple(x), "tuple", true
	case []Object:
		return x, "list", true
	case string, nil:
		return nil, "", false
	}
	rv := reflect.ValueOf(v)
	if k := rv.Kind(); k != reflect.Slice && k != reflect.Array {
		return nil, "", false
	}
	items := make([]Object, rv.Len())
	for i := range items {
		items[i] = rv.Index(i).Interface()
	}
	return items, "list", true
}

func seqEq(xs, ys []Object) bool {
	if len(xs) != len(ys) {
		return false
	}
	for i := range xs {
		if !Eq(xs[i], ys[i]) {
			return false
		}
	}
	return true
}

func dictEq(x, y *Dict) bool {
	if x == y {
		return true
	}
	entries := x.snapshot()
	if len(entries) != y.Len() {
		return false
	}
	for _, e := range entries {
		if v, ok := y.Get(e.key); !ok || !Eq(e.val, v) {
			return false
		}
	}
	return true
}
