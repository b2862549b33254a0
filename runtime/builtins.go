package runtime

import (
	"iter"
	"math"
	"math/big"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// The builtin functions. Generated code passes proven types as Go values
// ([]T, iter.Seq[T], func(T) K) so results keep their Go types; values of
// unknown type come as Object and go through Iter.

// ItemsOf collects an iterable into a []T: a []T is copied, anything else
// is iterated with Iter and each item converted to T (a TypeError when an
// item is not a T).
func ItemsOf[T any](v Object) []T {
	if xs, ok := v.([]T); ok {
		return slices.Clone(xs)
	}
	if seq, ok := v.(iter.Seq[T]); ok {
		return slices.Collect(seq)
	}
	var out []T
	for x := range Iter(v) {
		out = append(out, as[T](x))
	}
	if out == nil {
		out = []T{}
	}
	return out
}

// IterOf is iter(v) yielding T values.
func IterOf[T any](v Object) iter.Seq[T] {
	switch x := v.(type) {
	case iter.Seq[T]:
		return x
	case []T:
		return slices.Values(x)
	}
	return func(yield func(T) bool) {
		for x := range Iter(v) {
			if !yield(as[T](x)) {
				return
			}
		}
	}
}

// as converts a dynamic value to T: an int where a float is expected is
// converted, as Python's arithmetic would use it.
func as[T any](x Object) T {
	if t, ok := x.(T); ok {
		return t
	}
	var zero T
	switch any(zero).(type) {
	case float64:
		if n, ok := asNum(x); ok {
			return any(n.float()).(T)
		}
	case int:
		if n, ok := intValue(x); ok {
			return any(n).(T)
		}
	}
	panic(TypeError.New("unexpected value of type '" + TypeName(x) + "'"))
}

// Range is range(stop), range(start, stop) or range(start, stop, step) as
// a lazy sequence; a zero step raises ValueError as Python does.
func Range(args ...int) iter.Seq[int] {
	r := NewIntRange(args...)
	return func(yield func(int) bool) {
		for k, i := 0, r.start; k < r.n; k, i = k+1, i+r.step {
			if !yield(i) {
				return
			}
		}
	}
}

// cmpLess orders two values with Python's < only, as list.sort does.
func cmpLess[T any](a, b T) int {
	switch x := any(a).(type) {
	case int:
		if y, ok := any(b).(int); ok {
			return cmpOrdered(x, y)
		}
	case string:
		if y, ok := any(b).(string); ok {
			return cmpOrdered(x, y)
		}
	case float64:
		if y, ok := any(b).(float64); ok {
			if x < y {
				return -1
			} else if y < x {
				return 1
			}
			return 0
		}
	}
	if Lt(a, b) {
		return -1
	}
	if Lt(b, a) {
		return 1
	}
	return 0
}

// Sort is list.sort(reverse=...): stable, and equal items keep their
// order when reversed too, as in Python.
func Sort[T any](xs []T, reverse bool) {
	if reverse {
		slices.SortStableFunc(xs, func(a, b T) int { return cmpLess(b, a) })
		return
	}
	slices.SortStableFunc(xs, cmpLess[T])
}

// SortKey is list.sort(key=key, reverse=...): each key is computed once.
func SortKey[T, K any](xs []T, key func(T) K, reverse bool) {
	type pair struct {
		k K
		v T
	}
	ps := make([]pair, len(xs))
	for i, x := range xs {
		ps[i] = pair{key(x), x}
	}
	slices.SortStableFunc(ps, func(a, b pair) int {
		if reverse {
			return cmpLess(b.k, a.k)
		}
		return cmpLess(a.k, b.k)
	})
	for i, p := range ps {
		xs[i] = p.v
	}
}

// Sorted is sorted(xs, reverse=...): a new sorted slice.
func Sorted[T any](xs []T, reverse bool) []T {
	out := slices.Clone(xs)
	if out == nil {
		out = []T{}
	}
	Sort(out, reverse)
	return out
}

// SortedKey is sorted(xs, key=key, reverse=...).
func SortedKey[T, K any](xs []T, key func(T) K, reverse bool) []T {
	out := slices.Clone(xs)
	if out == nil {
		out = []T{}
	}
	SortKey(out, key, reverse)
	return out
}

// MinMax is min() or max() (max when want is 1) of a sequence, with an
// optional key (nil for none) and an optional default (used when xs is
// empty; hasDefault false raises ValueError then).
func MinMax[T, K any](name string, want int, xs []T, key func(T) K, def T, hasDefault bool) T {
	if len(xs) == 0 {
		if hasDefault {
			return def
		}
		panic(ValueError.New(name + "() arg is an empty sequence"))
	}
	best := xs[0]
	var bestKey K
	if key != nil {
		bestKey = key(best)
	}
	for _, x := range xs[1:] {
		if key == nil {
			if beats(x, best, want) {
				best = x
			}
			continue
		}
		if k := key(x); beats(k, bestKey, want) {
			best, bestKey = x, k
		}
	}
	return best
}

// beats is x < best for min (want -1) and x > best for max, with the
// operator CPython's min and max use, so errors name it.
func beats[T any](x, best T, want int) bool {
	switch a := any(x).(type) {
	case int:
		if b, ok := any(best).(int); ok {
			return cmpOrdered(a, b) == want
		}
	case float64:
		if b, ok := any(best).(float64); ok {
			return want < 0 && a < b || want > 0 && a > b
		}
	case string:
		if b, ok := any(best).(string); ok {
			return cmpOrdered(a, b) == want
		}
	}
	if want < 0 {
		return Lt(x, best)
	}
	return Gt(x, best)
}

// Min is min(xs) without key or default.
func Min[T any](xs ...T) T { return MinMax[T, T]("min", -1, xs, nil, *new(T), false) }

// Max is max(xs) without key or default.
func Max[T any](xs ...T) T { return MinMax[T, T]("max", 1, xs, nil, *new(T), false) }

// SumInt is sum() of ints.
func SumInt(xs iter.Seq[int], start int) int {
	for x := range xs {
		start += x
	}
	return start
}

// SumInts is sum() of a list proven to hold ints: a plain loop, with no
// iterator call per item.
func SumInts(xs []int, start int) int {
	for _, x := range xs {
		start += x
	}
	return start
}

// SumFloats is sum() of a list proven to hold floats, added left to right.
func SumFloats(xs []float64, start float64) float64 {
	for _, x := range xs {
		start += x
	}
	return start
}

// SumFloat is sum() of floats, added left to right as CPython 3.11 does.
func SumFloat(xs iter.Seq[float64], start float64) float64 {
	for x := range xs {
		start += x
	}
	return start
}

// Sum is sum(xs, start) for values of any type, with Python's +.
func Sum(xs Object, start Object) Object {
	if _, ok := start.(string); ok {
		panic(TypeError.New("sum() can't sum strings [use ''.join(seq) instead]"))
	}
	for x := range Iter(xs) {
		start = sumAdd(start, x)
	}
	return start
}

// sumAdd is start + x for sum(): lists of any Go element type concatenate
// into a list, as Python's list + list does.
func sumAdd(a, b Object) Object {
	if isListLike(a) && isListLike(b) {
		return append(ItemsOf[Object](a), ItemsOf[Object](b)...)
	}
	return Add(a, b)
}

func isListLike(v Object) bool {
	if _, ok := v.(*List); ok {
		return true
	}
	if _, ok := v.(Tuple); ok {
		return false
	}
	return reflect.ValueOf(v).Kind() == reflect.Slice
}

// Any is any(xs).
func Any[T any](xs iter.Seq[T]) bool {
	for x := range xs {
		if Truthy(x) {
			return true
		}
	}
	return false
}

// All is all(xs).
func All[T any](xs iter.Seq[T]) bool {
	for x := range xs {
		if !Truthy(x) {
			return false
		}
	}
	return true
}

// Map is map(f, xs), lazy as in Python.
func Map[T, R any](f func(T) R, xs iter.Seq[T]) iter.Seq[R] {
	return func(yield func(R) bool) {
		for x := range xs {
			if !yield(f(x)) {
				return
			}
		}
	}
}

// Filter is filter(f, xs); a nil f keeps the truthy items.
func Filter[T, K any](f func(T) K, xs iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for x := range xs {
			keep := f == nil && Truthy(x) || f != nil && Truthy(f(x))
			if keep && !yield(x) {
				return
			}
		}
	}
}

// Enumerate is enumerate(xs, start): (index, item) tuples.
func Enumerate[T any](xs iter.Seq[T], start int) iter.Seq[Tuple] {
	return func(yield func(Tuple) bool) {
		i := start
		for x := range xs {
			if !yield(Tuple{i, x}) {
				return
			}
			i++
		}
	}
}

// Zip is zip(*iterables): tuples until the shortest ends.
func Zip(its ...Object) iter.Seq[Tuple] {
	return func(yield func(Tuple) bool) {
		nexts := make([]func() (Object, bool), len(its))
		for i, it := range its {
			next, stop := iter.Pull(Iter(it))
			defer stop()
			nexts[i] = next
		}
		if len(its) == 0 {
			return
		}
		for {
			t := make(Tuple, len(its))
			for i, next := range nexts {
				v, ok := next()
				if !ok {
					return
				}
				t[i] = v
			}
			if !yield(t) {
				return
			}
		}
	}
}

// Reversed is reversed(xs).
func Reversed[T any](xs []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := len(xs) - 1; i >= 0; i-- {
			if !yield(xs[i]) {
				return
			}
		}
	}
}

// AbsInt is abs() of an int.
func AbsInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Abs is abs(x) for a number of unknown type.
func Abs(x Object) Object {
	if a, ok := x.(interface{ PyAbs() Object }); ok {
		return a.PyAbs()
	}
	n, ok := asNum(x)
	if !ok {
		panic(TypeError.New("bad operand type for abs(): '" + TypeName(x) + "'"))
	}
	switch n.kind {
	case floatNum:
		return math.Abs(n.f)
	case bigNum:
		return fromBig(new(big.Int).Abs(n.b))
	}
	if n.i < 0 {
		return Neg(n.i)
	}
	return n.i
}

// DivmodInt is divmod(a, b) for ints.
func DivmodInt(a, b int) Tuple { return Tuple{FloorDiv(a, b), Mod(a, b)} }

// Divmod is divmod(a, b) for numbers of any type.
func Divmod(a, b Object) Tuple { return Tuple{FloorDivObj(a, b), ModObj(a, b)} }

// PowMod is pow(base, exp, mod) for ints.
func PowMod(base, exp, mod Object) Object {
	b, ok1 := asNum(base)
	e, ok2 := asNum(exp)
	m, ok3 := asNum(mod)
	if !ok1 || !ok2 || !ok3 || b.kind == floatNum || e.kind == floatNum || m.kind == floatNum {
		panic(TypeError.New("pow() 3rd argument not allowed unless all arguments are integers"))
	}
	mb := m.big()
	if mb.Sign() == 0 {
		panic(ValueError.New("pow() 3rd argument cannot be 0"))
	}
	bb, eb := b.big(), e.big()
	if eb.Sign() < 0 {
		inv := new(big.Int).ModInverse(bb, new(big.Int).Abs(mb))
		if inv == nil {
			panic(ValueError.New("base is not invertible for the given modulus"))
		}
		bb, eb = inv, new(big.Int).Neg(eb)
	}
	r := new(big.Int).Exp(bb, eb, new(big.Int).Abs(mb))
	if r.Sign() != 0 && mb.Sign() < 0 {
		r.Add(r, mb)
	}
	return fromBig(r)
}

// RoundObj is round(x, ndigits) for a number of unknown type: ints stay
// ints (rounded to tens, hundreds, ... for negative ndigits).
func RoundObj(x Object, ndigits int) Object {
	n, ok := asNum(x)
	if !ok {
		panic(TypeError.New("type " + TypeName(x) + " doesn't define __round__ method"))
	}
	if n.kind == floatNum {
		return RoundTo(n.f, ndigits)
	}
	if ndigits >= 0 {
		return x
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
	r := new(big.Rat).SetFrac(n.big(), scale)
	return fromBig(roundHalfEven(r).Mul(roundHalfEven(r), scale))
}

// Chr is chr(i).
func Chr(i int) string {
	if i < 0 || i > 0x10ffff {
		panic(ValueError.New("chr() arg not in range(0x110000)"))
	}
	return string(rune(i))
}

// Ord is ord(c).
func Ord(c string) int {
	rs := []rune(c)
	if len(rs) != 1 {
		panic(TypeError.New("ord() expected a character, but string of length " + strconv.Itoa(len(rs)) + " found"))
	}
	return int(rs[0])
}

func baseText(x Object, name string, base int, prefix string) string {
	n, ok := asNum(x)
	if !ok || n.kind == floatNum {
		panic(TypeError.New("'" + TypeName(x) + "' object cannot be interpreted as an integer"))
	}
	b := n.big()
	s := prefix + new(big.Int).Abs(b).Text(base)
	if b.Sign() < 0 {
		return "-" + s
	}
	return s
}

// Hex is hex(x).
func Hex(x Object) string { return baseText(x, "hex", 16, "0x") }

// Oct is oct(x).
func Oct(x Object) string { return baseText(x, "oct", 8, "0o") }

// Bin is bin(x).
func Bin(x Object) string { return baseText(x, "bin", 2, "0b") }

// IntBase is int(s, base): base 0 reads a prefix as a literal does.
func IntBase(s string, base int) Object {
	t := strings.ReplaceAll(strings.TrimSpace(s), "_", "")
	neg := strings.HasPrefix(t, "-")
	t = strings.TrimLeft(t, "+-")
	lower := strings.ToLower(t)
	for p, b := range map[string]int{"0x": 16, "0o": 8, "0b": 2} {
		if strings.HasPrefix(lower, p) && (base == b || base == 0) {
			t, base = t[2:], b
		}
	}
	if base == 0 {
		base = 10
	}
	n, ok := new(big.Int).SetString(t, base)
	if !ok || base < 2 || base > 36 || len(strings.TrimSpace(s))-len(t) > 3 {
		panic(ValueError.New("invalid literal for int() with base " + strconv.Itoa(base) + ": " + Repr(s)))
	}
	if neg {
		n.Neg(n)
	}
	return fromBig(n)
}

// Hash is hash(x) for the basic values: ints hash to themselves (with -1
// mapped to -2), bools to 0 and 1, other values by a stable string hash.
func Hash(x Object) int {
	switch k := hashKey(x).(type) {
	case int:
		if k == -1 {
			return -2
		}
		return k
	case float64:
		return int(math.Float64bits(k) >> 1)
	case userKey:
		return k.hash
	}
	h := uint64(14695981039346656037)
	for _, c := range []byte(Repr(plainTuple(x))) {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return int(h >> 1)
}

// BoolOf is bool(x).
func BoolOf(x Object) bool { return Truthy(x) }

// OrdObj is ord(c) for a value of unknown type.
func OrdObj(c Object) int {
	s, ok := c.(string)
	if !ok {
		panic(TypeError.New("ord() expected string of length 1, but " + TypeName(c) + " found"))
	}
	return Ord(s)
}

// Class is a Python class as a value: what type(x) returns. Its Name is
// type(x).__name__; Module is "__main__" for a class of the program.
type Class struct{ Name, Module string }

// PyStr is str(type(x)): "<class 'int'>", "<class '__main__.Point'>".
func (c Class) PyStr() string {
	if c.Module != "" {
		return "<class '" + c.Module + "." + c.Name + "'>"
	}
	return "<class '" + c.Name + "'>"
}

// PyRepr is repr(type(x)).
func (c Class) PyRepr() string { return c.PyStr() }

// TypeOf is type(x).
func TypeOf(x Object) Class {
	if t := reflect.TypeOf(x); t != nil && t.Kind() == reflect.Pointer && t.Elem().PkgPath() == "main" {
		return Class{Name: TypeName(x), Module: "__main__"} // a class of the program
	}
	return Class{Name: TypeName(x)}
}

// PyName is type(x).__name__: the name without the module that error
// messages show for some library classes (defaultdict, not
// collections.defaultdict).
func (c Class) PyName() string { return shortName(c.Name) }

// ClassName is type(x).__name__.
func ClassName(x Object) string { return shortName(TypeName(x)) }

func shortName(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// IsInstance is isinstance(x, classes): each class is a builtin type's
// name ("int", "str", ...) or an exception class. bool counts as an int,
// as it is a subclass of int.
func IsInstance(x Object, classes ...Object) bool {
	name := TypeName(x)
	for _, c := range classes {
		switch c := c.(type) {
		case string:
			if c == name || c == "object" || (c == "int" && name == "bool") {
				return true
			}
			if _, ok := x.(TupleObject); ok && c == "tuple" {
				return true
			}
			if _, ok := x.(TupleLike); ok && c == "tuple" {
				return true // a namedtuple is a tuple
			}
		case *ExceptionType:
			if e, ok := x.(*Error); ok && e.Matches(c) {
				return true
			}
		}
	}
	return false
}

// funcSeq adapts an iter.Seq[T] of any T (a generator expression, map(),
// zip()) to iter.Seq[Object], so values of proven iterator types can be
// used where a dynamic iterable is expected.
func funcSeq(rv reflect.Value) (iter.Seq[Object], bool) {
	t := rv.Type()
	if t.NumIn() != 1 || t.NumOut() != 0 {
		return nil, false
	}
	y := t.In(0)
	if y.Kind() != reflect.Func || y.NumIn() != 1 || y.NumOut() != 1 || y.Out(0).Kind() != reflect.Bool {
		return nil, false
	}
	return func(yield func(Object) bool) {
		fn := reflect.MakeFunc(y, func(args []reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf(yield(args[0].Interface()))}
		})
		rv.Call([]reflect.Value{fn})
	}, true
}
