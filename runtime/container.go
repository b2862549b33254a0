package runtime

import (
	"iter"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"
)

// Lengther is implemented by runtime and generated types that have a
// Python len(); Len and Truthy use it.
type Lengther interface{ Len() int }

// Len is len(v). Strings count code points, as Python's str does.
func Len(v Object) int {
	switch x := v.(type) {
	case string:
		return utf8.RuneCountInString(x)
	case Tuple:
		return len(x)
	case Lengther:
		return x.Len()
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
		return rv.Len()
	}
	panic(TypeError.New("object of type '" + TypeName(v) + "' has no len()"))
}

// Truthy is bool(v): None, False, zero numbers and empty containers are
// false; a type can take part by having Len() or PyBool().
func Truthy(v Object) bool {
	if IsNone(v) {
		return false
	}
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case interface{ PyBool() bool }:
		return x.PyBool()
	}
	if n, ok := asNum(v); ok {
		switch n.kind {
		case intNum:
			return n.i != 0
		case floatNum:
			return n.f != 0
		}
		return n.b.Sign() != 0
	}
	switch reflect.ValueOf(v).Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
		return Len(v) != 0
	}
	if l, ok := v.(Lengther); ok {
		return l.Len() != 0
	}
	return true
}

// Contains is `item in container`.
func Contains(container, item Object) bool {
	switch c := container.(type) {
	case string:
		s, ok := item.(string)
		if !ok {
			panic(TypeError.New("'in <string>' requires string as left operand, not " + TypeName(item)))
		}
		return strings.Contains(c, s)
	case []byte:
		return bytesContains(c, item)
	case *Dict:
		_, ok := c.Get(item)
		return ok
	case interface{ PyContains(Object) bool }:
		return c.PyContains(item)
	}
	if rv := reflect.ValueOf(container); rv.Kind() == reflect.Map {
		_, ok := mapLookup(rv, item)
		return ok
	}
	for v := range iterate(container, "argument of type '"+TypeName(container)+"' is not iterable") {
		if Eq(v, item) {
			return true
		}
	}
	return false
}

// GetItem is c[k] for lists, tuples, strings (by code point), dicts and
// Go slices and maps.
func GetItem(c, k Object) Object {
	if g, ok := c.(PyItemGetter); ok {
		return g.PyGetItem(k)
	}
	switch x := c.(type) {
	case *List:
		return x.Get(indexOf(k, "list"))
	case Tuple:
		return x[seqIndex(indexOf(k, "tuple"), len(x), "tuple")]
	case *Dict:
		return x.GetItem(k)
	case string:
		return stringItem(x, k)
	case []byte:
		return bytesItem(x, k)
	}
	rv := reflect.ValueOf(c)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		return rv.Index(seqIndex(indexOf(k, "list"), rv.Len(), "list")).Interface()
	case reflect.Map:
		if v, ok := mapLookup(rv, k); ok {
			return v.Interface()
		}
		panic(KeyError.New(k))
	}
	panic(TypeError.New("'" + TypeName(c) + "' object is not subscriptable"))
}

func stringItem(s string, k Object) Object {
	if _, ok := asNum(k); !ok || isFloat(k) {
		panic(TypeError.New("string indices must be integers, not '" + TypeName(k) + "'"))
	}
	runes := []rune(s)
	return string(runes[seqIndex(indexOf(k, "string"), len(runes), "string")])
}

func isFloat(v Object) bool {
	switch v.(type) {
	case float64, float32:
		return true
	}
	return false
}

// mapLookup finds a dynamic key in a Go map. A key of another type is
// converted when Python would consider it equal (1.0 for an int key);
// otherwise it cannot be in the map.
func mapLookup(m reflect.Value, k Object) (reflect.Value, bool) {
	keyType := m.Type().Key()
	kv := reflect.ValueOf(k)
	switch {
	case !kv.IsValid():
		if keyType.Kind() != reflect.Interface && keyType.Kind() != reflect.Pointer {
			return reflect.Value{}, false
		}
		kv = reflect.Zero(keyType)
	case kv.Type().AssignableTo(keyType):
	case kv.CanConvert(keyType) && Eq(kv.Convert(keyType).Interface(), k):
		kv = kv.Convert(keyType)
	default:
		return reflect.Value{}, false
	}
	v := m.MapIndex(kv)
	return v, v.IsValid()
}

// SetItem is c[k] = v for lists, dicts and Go slices and maps.
func SetItem(c, k, v Object) {
	switch x := c.(type) {
	case *List:
		x.Set(indexOf(k, "list"), v)
		return
	case *Dict:
		x.Set(k, v)
		return
	case Tuple:
		panic(TypeError.New("'tuple' object does not support item assignment"))
	case PyItemSetter:
		x.PySetItem(k, v)
		return
	}
	rv := reflect.ValueOf(c)
	switch rv.Kind() {
	case reflect.Slice:
		i := seqIndex(indexOf(k, "list"), rv.Len(), "list assignment")
		rv.Index(i).Set(goValue(v, rv.Type().Elem()))
		return
	case reflect.Map:
		if rv.IsNil() {
			panic(TypeError.New("'NoneType' object does not support item assignment"))
		}
		rv.SetMapIndex(goValue(k, rv.Type().Key()), goValue(v, rv.Type().Elem()))
		return
	}
	panic(TypeError.New("'" + TypeName(c) + "' object does not support item assignment"))
}

// goValue converts a dynamic value for storing in a typed Go container,
// raising TypeError when the container cannot hold it.
func goValue(v Object, t reflect.Type) reflect.Value {
	if v == nil {
		switch t.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Slice, reflect.Map, reflect.Func, reflect.Chan:
			return reflect.Zero(t)
		}
	} else if rv := reflect.ValueOf(v); rv.Type().AssignableTo(t) {
		return rv
	}
	panic(TypeError.New("cannot store a '" + TypeName(v) + "' in a container of " + t.String()))
}

// Iter is iter(v) as a Go range-over-func sequence: characters of a
// string, elements of a list or tuple (a list is read live, by index, as
// Python's list iterator does), keys of a dict in insertion order (a
// snapshot), elements of Go slices, keys of Go maps in sorted order, and
// any iter.Seq[Object] as is.
func Iter(v Object) iter.Seq[Object] {
	return iterate(v, "'"+TypeName(v)+"' object is not iterable")
}

func iterate(v Object, notIterable string) iter.Seq[Object] {
	switch x := v.(type) {
	case iter.Seq[Object]:
		return x
	case func(func(Object) bool):
		return x // a generator expression over dynamic values
	case string:
		return stringIter(x)
	case []byte:
		return bytesIter(x)
	case *List:
		return x.live
	case Tuple:
		return sliceIter(x)
	case []Object:
		return sliceIter(x)
	case *Dict:
		return sliceIter(x.Keys())
	case interface{ PyIter() iter.Seq[Object] }:
		return x.PyIter()
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		return reflectIter(rv)
	case reflect.Func:
		if seq, ok := funcSeq(rv); ok {
			return seq
		}
	case reflect.Map:
		keys := make([]Object, 0, rv.Len())
		for _, k := range rv.MapKeys() {
			keys = append(keys, k.Interface())
		}
		sort.Slice(keys, func(i, j int) bool { return lessForDisplay(keys[i], keys[j]) })
		return sliceIter(keys)
	}
	panic(TypeError.New(notIterable))
}

// live yields the list's elements by index, so appends made during the
// loop are seen, as with Python's list iterator.
func (l *List) live(yield func(Object) bool) {
	for i := 0; ; i++ {
		l.mu.Lock()
		if i >= len(l.items) {
			l.mu.Unlock()
			return
		}
		v := l.items[i]
		l.mu.Unlock()
		if !yield(v) {
			return
		}
	}
}

func stringIter(s string) iter.Seq[Object] {
	return func(yield func(Object) bool) {
		for _, r := range s {
			if !yield(string(r)) {
				return
			}
		}
	}
}

func sliceIter(items []Object) iter.Seq[Object] {
	return func(yield func(Object) bool) {
		for _, v := range items {
			if !yield(v) {
				return
			}
		}
	}
}

func reflectIter(rv reflect.Value) iter.Seq[Object] {
	return func(yield func(Object) bool) {
		for i := 0; i < rv.Len(); i++ {
			if !yield(rv.Index(i).Interface()) {
				return
			}
		}
	}
}
