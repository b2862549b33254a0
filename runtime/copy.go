package runtime

import (
	"reflect"
	"sync"
)

// sharedObjects are the containers every process shares (a Manager's list
// and dict proxies): crossing a process boundary does not copy them.
var sharedObjects sync.Map

// markShared records that x is shared by every process, and returns it.
func markShared(x Object) Object {
	sharedObjects.Store(x, struct{}{})
	return x
}

// isShared reports whether x was marked with markShared.
func isShared(x Object) bool {
	_, ok := sharedObjects.Load(x)
	return ok
}

// ProcessCopy copies a value that crosses a process boundary (a worker's
// argument or result, a global inherited by a forked child), as pickling
// does: containers are copied deeply, so the receiver never shares
// mutable state with the sender. Immutable values are returned as they
// are, and a Manager's proxies are shared, not copied. Generated code
// calls it only where inference says the value may be mutable, so ints
// and strings cross at no cost.
func ProcessCopy[T any](v T) T {
	c, _ := deepCopy(any(v)).(T)
	return c
}

// deepCopy copies the runtime's containers and Go slices and maps, item
// by item.
func deepCopy(v any) any {
	switch x := v.(type) {
	case nil, bool, int, float64, string:
		return v
	case *List:
		if isShared(x) {
			return x
		}
		items := x.Items()
		for i, it := range items {
			items[i] = deepCopy(it)
		}
		return NewList(items...)
	case *Dict:
		if isShared(x) {
			return x
		}
		d := NewDict()
		for _, e := range x.snapshot() {
			if e.live {
				d.Set(deepCopy(e.key), deepCopy(e.val))
			}
		}
		return d
	case Tuple:
		out := make(Tuple, len(x))
		for i, it := range x {
			out[i] = deepCopy(it)
		}
		return out
	}
	return reflectCopy(reflect.ValueOf(v)).Interface()
}

// reflectCopy copies Go slices and maps of any element type.
func reflectCopy(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(copyElem(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(it.Key(), copyElem(it.Value()))
		}
		return out
	}
	return v
}

// copyElem copies one element of a slice or map, keeping its static type.
func copyElem(v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return v
		}
		c := reflect.ValueOf(deepCopy(v.Interface()))
		out := reflect.New(v.Type()).Elem()
		out.Set(c)
		return out
	}
	return reflectCopy(v)
}

// pickled is what the receiver of a dynamic value sent through a pipe
// gets: a deep copy in which Go slices have become lists, as unpickling
// makes lists of them, so the receiver can append to what it got.
func pickled(v Object) Object {
	switch x := v.(type) {
	case nil, bool, int, float64, string, Tuple, *List, *Dict:
		return deepCopy(v)
	default:
		rv := reflect.ValueOf(x)
		if rv.Kind() != reflect.Slice || rv.IsNil() {
			return deepCopy(v)
		}
		items := make([]Object, rv.Len())
		for i := range items {
			items[i] = pickled(rv.Index(i).Interface())
		}
		return NewList(items...)
	}
}
