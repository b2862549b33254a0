package runtime

import (
	"iter"
	"math/big"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// This file holds what generated code needs for Python's data syntax:
// big int literals, unpacking, slicing, str indexing by code point, dict
// displays, del and identity.

// BigInt is an int literal too large for a Go int.
func BigInt(digits string) Object {
	b, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		panic(ValueError.New("invalid int literal " + strconv.Quote(digits)))
	}
	return fromBig(b)
}

// Chars iterates over a string's code points as one-character strings,
// as `for c in s` does.
func Chars(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, r := range s {
			if !yield(string(r)) {
				return
			}
		}
	}
}

// ListFrom makes a runtime list (reference semantics) of a slice.
func ListFrom[T any](xs []T) *List {
	items := make([]Object, len(xs))
	for i, x := range xs {
		items[i] = x
	}
	return NewList(items...)
}

// itemsOf lists the items of any iterable.
func itemsOf(v Object) []Object {
	if xs, _, ok := seqItems(v); ok {
		return xs
	}
	var out []Object
	for x := range Iter(v) {
		out = append(out, x)
	}
	return out
}

// Unpack gives the n items of v for `a, b = v`, raising ValueError as
// Python does when the count differs.
func Unpack(v Object, n int) []Object {
	items := itemsOf(v)
	switch {
	case len(items) > n:
		panic(ValueError.New("too many values to unpack (expected " + strconv.Itoa(n) + ")"))
	case len(items) < n:
		panic(ValueError.New("not enough values to unpack (expected " + strconv.Itoa(n) + ", got " + strconv.Itoa(len(items)) + ")"))
	}
	return items
}

// UnpackStar gives the items of v for `a, *b, c = v`: before items, then
// the starred rest as a list, then after items.
func UnpackStar(v Object, before, after int) []Object {
	items := itemsOf(v)
	if len(items) < before+after {
		panic(ValueError.New("not enough values to unpack (expected at least " + strconv.Itoa(before+after) + ", got " + strconv.Itoa(len(items)) + ")"))
	}
	out := append([]Object{}, items[:before]...)
	out = append(out, NewList(append([]Object{}, items[before:len(items)-after]...)...))
	return append(out, items[len(items)-after:]...)
}

// sliceBounds resolves Python's slice bounds (nil for None) for a length
// n into start, the step and the number of items.
func sliceBounds(lo, hi, step Object, n int) (start, st, count int) {
	st = 1
	if step != nil {
		st = ToInt(step)
		if st == 0 {
			panic(ValueError.New("slice step cannot be zero"))
		}
	}
	clamp := func(v Object, def int) int {
		if v == nil {
			return def
		}
		i := ToInt(v)
		if i < 0 {
			i += n
			if i < 0 {
				if st < 0 {
					return -1
				}
				return 0
			}
		}
		if i >= n {
			if st < 0 {
				return n - 1
			}
			return n
		}
		return i
	}
	if st > 0 {
		start, stop := clamp(lo, 0), clamp(hi, n)
		if stop > start {
			count = (stop - start + st - 1) / st
		}
		return start, st, count
	}
	start, stop := clamp(lo, n-1), clamp(hi, -1)
	if start > stop {
		count = (start - stop - st - 1) / -st
	}
	return start, st, count
}

// SliceOf is xs[lo:hi:step] on a Go slice; it always copies, as Python
// does.
func SliceOf[T any](xs []T, lo, hi, step Object) []T {
	start, st, count := sliceBounds(lo, hi, step, len(xs))
	out := make([]T, count)
	for i := range out {
		out[i] = xs[start+i*st]
	}
	return out
}

// StrSlice is s[lo:hi:step], counting code points.
func StrSlice(s string, lo, hi, step Object) string {
	if step == nil && isASCII(s) {
		start, _, count := sliceBounds(lo, hi, nil, len(s))
		return s[start : start+count]
	}
	return string(SliceOf([]rune(s), lo, hi, step))
}

// StrIndex is s[i], counting code points.
func StrIndex(s string, i int) string {
	if isASCII(s) {
		return s[seqIndex(i, len(s), "string") : seqIndex(i, len(s), "string")+1]
	}
	runes := []rune(s)
	return string(runes[seqIndex(i, len(runes), "string")])
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// PySlicer is a runtime type with a slice operation of its own (a shared
// Array, whose slices are lists).
type PySlicer interface {
	PySlice(lo, hi, step Object) Object
}

// PySliceSetter is a runtime type with slice assignment of its own.
type PySliceSetter interface {
	SetSlice(lo, hi, items Object)
}

// Slice is v[lo:hi:step] on a dynamic value.
func Slice(v, lo, hi, step Object) Object {
	switch x := v.(type) {
	case string:
		return StrSlice(x, lo, hi, step)
	case *List:
		return NewList(SliceOf(x.Items(), lo, hi, step)...)
	case Tuple:
		return Tuple(SliceOf([]Object(x), lo, hi, step))
	case TupleLike:
		return Tuple(SliceOf([]Object(x.AsTuple()), lo, hi, step))
	case TupleObject:
		return Tuple(SliceOf([]Object(objectTuple(x)), lo, hi, step))
	case PySlicer:
		return x.PySlice(lo, hi, step)
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Slice {
		start, st, count := sliceBounds(lo, hi, step, rv.Len())
		out := reflect.MakeSlice(rv.Type(), count, count)
		for i := 0; i < count; i++ {
			out.Index(i).Set(rv.Index(start + i*st))
		}
		return out.Interface()
	}
	panic(TypeError.New("'" + TypeName(v) + "' object is not subscriptable"))
}

// DictOf builds a dict from a display's keys and values, alternating.
func DictOf(kv ...Object) *Dict {
	d := NewDict()
	for i := 0; i+1 < len(kv); i += 2 {
		d.Set(kv[i], kv[i+1])
	}
	return d
}

// DelItem is `del c[k]`.
func DelItem(c, k Object) {
	switch x := c.(type) {
	case *Dict:
		if _, ok := x.Get(k); !ok {
			panic(KeyError.New(k))
		}
		x.Delete(k)
		return
	case *List:
		items := x.Items()
		i := seqIndex(indexOf(k, "list"), len(items), "list assignment")
		x.mu.Lock()
		x.items = append(x.items[:i:i], x.items[i+1:]...)
		x.mu.Unlock()
		return
	case *Set:
		panic(TypeError.New("'set' object doesn't support item deletion"))
	}
	panic(TypeError.New("'" + TypeName(c) + "' object doesn't support item deletion"))
}

// Delete removes item i (a Python index) from a Go slice, for `del xs[i]`.
func Delete[T any](xs []T, i int) []T {
	i = seqIndex(i, len(xs), "list assignment")
	return append(xs[:i:i], xs[i+1:]...)
}

// Is is Python's identity test on dynamic values: the same object for
// references, the same value for immutable scalars.
func Is(a, b Object) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb {
		return false
	}
	if !ta.Comparable() {
		va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
		if va.Kind() == reflect.Slice {
			return va.Len() == vb.Len() && (va.Len() == 0 || va.Pointer() == vb.Pointer())
		}
		return false
	}
	return a == b
}

// ListAs converts a dynamic sequence into a Go slice of T, for a value
// whose type inference proved to be a list of T. Each item must be a T
// (an int item for a float slice is converted).
func ListAs[T any](v Object) []T {
	if xs, ok := v.([]T); ok {
		return xs
	}
	items := itemsOf(v)
	out := make([]T, len(items))
	for i, x := range items {
		t, ok := x.(T)
		if !ok {
			var zero T
			if _, isFloat := any(zero).(float64); isFloat {
				out[i] = any(ToFloat(x)).(T)
				continue
			}
			panic(TypeError.New("unexpected " + TypeName(x) + " in a list of " + TypeName(zero)))
		}
		out[i] = t
	}
	return out
}

// Splice is `xs[lo:hi] = items` on a Go slice: the items replace that part,
// growing or shrinking the list. It returns the new slice.
func Splice[T any](xs []T, lo, hi Object, items []T) []T {
	start, _, count := sliceBounds(lo, hi, nil, len(xs))
	out := make([]T, 0, len(xs)-count+len(items))
	out = append(out, xs[:start]...)
	out = append(out, items...)
	return append(out, xs[start+count:]...)
}

// SetSlice is `v[lo:hi] = items` on a dynamic list.
func SetSlice(v, lo, hi, items Object) {
	if s, ok := v.(PySliceSetter); ok {
		s.SetSlice(lo, hi, items)
		return
	}
	l, ok := v.(*List)
	if !ok {
		panic(TypeError.New("'" + TypeName(v) + "' object does not support slice assignment"))
	}
	out := Splice(l.Items(), lo, hi, itemsOf(items))
	l.mu.Lock()
	l.items = out
	l.mu.Unlock()
}
