package runtime

import (
	"math"
	"math/big"
	"reflect"
	"strings"
)

// Dynamic operators, for operands whose types py2go could not prove. They
// follow Python's rules: ints are exact (overflow promotes to *big.Int),
// int and float mix as in Python, strings, lists and tuples concatenate and
// repeat, and unsupported combinations raise CPython's TypeError. Where a
// typed helper already has the Python operator's name (FloorDiv, Mod,
// TrueDiv for ints and floats), the dynamic one carries an Obj suffix.

// Add is a + b.
func Add(a, b Object) Object {
	if x, ok := a.(int); ok {
		if y, ok := b.(int); ok {
			if c := x + y; (c > x) == (y > 0) {
				return c
			}
		}
	}
	if r, ok := arith(addOp, a, b); ok {
		return r
	}
	if r, ok := userOp("__add__", "__radd__", a, b); ok {
		return r
	}
	if r, ok := timeArith("+", a, b); ok {
		return r
	}
	a, b = plainTuple(a), plainTuple(b)
	switch x := a.(type) {
	case string:
		if y, ok := b.(string); ok {
			return x + y
		}
	case *List:
		if y, ok := b.(*List); ok {
			return &List{items: append(x.Items(), y.Items()...)}
		}
	case Tuple:
		if y, ok := b.(Tuple); ok {
			return append(append(Tuple{}, x...), y...)
		}
	default:
		if r, ok := concatGoSlices(a, b); ok {
			return r
		}
		panic(unsupported("+", a, b))
	}
	panic(TypeError.New("can only concatenate " + TypeName(a) + ` (not "` + TypeName(b) + `") to ` + TypeName(a)))
}

// Sub is a - b, for numbers and for datetimes and timedeltas.
func Sub(a, b Object) Object {
	if r, ok := setOp("-", a, b); ok {
		return r
	}
	if r, ok := userOp("__sub__", "__rsub__", a, b); ok {
		return r
	}
	if r, ok := timeArith("-", a, b); ok {
		return r
	}
	return numeric(subOp, a, b)
}

// Mul is a * b, including sequence repetition ("ab" * 3, 3 * [0]).
func Mul(a, b Object) Object {
	if r, ok := arith(mulOp, a, b); ok {
		return r
	}
	if r, ok := timeArith("*", a, b); ok {
		return r
	}
	a, b = plainTuple(a), plainTuple(b)
	if isSequence(a) {
		return repeat(a, b)
	}
	if isSequence(b) {
		return repeat(b, a)
	}
	panic(unsupported("*", a, b))
}

// TrueDivObj is a / b: always a float for numbers.
func TrueDivObj(a, b Object) Object {
	if r, ok := timeArith("/", a, b); ok {
		return r
	}
	return numeric(trueDivOp, a, b)
}

// FloorDivObj is a // b.
func FloorDivObj(a, b Object) Object {
	if r, ok := timeArith("//", a, b); ok {
		return r
	}
	return numeric(floorDivOp, a, b)
}

// ModObj is a % b: printf-style formatting when a is a str, otherwise
// the numeric modulo.
func ModObj(a, b Object) Object {
	if s, ok := a.(string); ok {
		return StrMod(s, b)
	}
	return numeric(modOp, a, b)
}

// Pow is a ** b: exact for ints with a non-negative exponent, a float for
// a negative one, as in Python.
func Pow(a, b Object) Object {
	return numeric(powOp, a, b)
}

// Neg is -a.
func Neg(a Object) Object {
	if td, ok := a.(Timedelta); ok {
		return td.Neg()
	}
	n, ok := asNum(a)
	if !ok {
		panic(TypeError.New("bad operand type for unary -: '" + TypeName(a) + "'"))
	}
	switch {
	case n.kind == floatNum:
		return -n.f
	case n.kind == intNum && n.i != math.MinInt:
		return -n.i
	}
	return fromBig(new(big.Int).Neg(n.big()))
}

func numeric(op *numOp, a, b Object) Object {
	if r, ok := arith(op, a, b); ok {
		return r
	}
	panic(unsupported(op.sym, a, b))
}

func unsupported(sym string, a, b Object) *Error {
	return TypeError.New("unsupported operand type(s) for " + sym + ": '" + TypeName(a) + "' and '" + TypeName(b) + "'")
}

func isSequence(v Object) bool {
	switch v.(type) {
	case string, *List, Tuple:
		return true
	}
	return isGoSlice(v)
}

func isGoSlice(v Object) bool {
	return v != nil && reflect.TypeOf(v).Kind() == reflect.Slice
}

// concatGoSlices is list + list for typed Go slices of one type, which
// code whose types were proven elsewhere can hand to dynamic code. The
// result is a new slice, as Python's + makes a new list.
func concatGoSlices(a, b Object) (Object, bool) {
	if !isGoSlice(a) || reflect.TypeOf(a) != reflect.TypeOf(b) {
		return nil, false
	}
	x, y := reflect.ValueOf(a), reflect.ValueOf(b)
	out := reflect.MakeSlice(x.Type(), 0, x.Len()+y.Len())
	return reflect.AppendSlice(reflect.AppendSlice(out, x), y).Interface(), true
}

// repeat is seq * n; a count below zero gives an empty sequence.
func repeat(seq, count Object) Object {
	n, ok := asNum(count)
	if !ok || n.kind == floatNum {
		panic(TypeError.New("can't multiply sequence by non-int of type '" + TypeName(count) + "'"))
	}
	if n.kind == bigNum {
		panic(OverflowError.New("cannot fit 'int' into an index-sized integer"))
	}
	times := max(n.i, 0)
	switch s := seq.(type) {
	case string:
		return strings.Repeat(s, times)
	case *List:
		return &List{items: repeatItems(s.Items(), times)}
	case Tuple:
		return Tuple(repeatItems(s, times))
	}
	x := reflect.ValueOf(seq)
	out := reflect.MakeSlice(x.Type(), 0, x.Len()*times)
	for i := 0; i < times; i++ {
		out = reflect.AppendSlice(out, x)
	}
	return out.Interface()
}

func repeatItems(items []Object, times int) []Object {
	out := make([]Object, 0, len(items)*times)
	for i := 0; i < times; i++ {
		out = append(out, items...)
	}
	return out
}

// plainTuple is v's items as a Tuple when v is tuple-like (a namedtuple),
// whose + and * give plain tuples; v itself otherwise.
func plainTuple(v Object) Object {
	if t, ok := v.(TupleLike); ok {
		return t.AsTuple()
	}
	if t, ok := v.(TupleObject); ok {
		return objectTuple(t)
	}
	return v
}
