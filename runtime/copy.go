package runtime

import (
	"reflect"
	"sync"
	"unsafe"
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
// does: containers and objects of the program's classes are copied
// deeply (an object reached twice is copied once), so the receiver never
// shares mutable state with the sender. Immutable values are returned as
// they are, and runtime objects that processes share (a Manager's
// proxies, queues, locks, shared Values) are not copied. Generated code
// calls it only where inference says the value may be mutable, so ints
// and strings cross at no cost.
func ProcessCopy[T any](v T) T {
	c, _ := deepCopy(any(v)).(T)
	return c
}

// deepCopy is ProcessCopy of a dynamic value.
func deepCopy(v any) any {
	switch v.(type) {
	case nil, bool, int, float64, string:
		return v
	}
	return (&copier{memo: map[any]any{}}).value(v)
}

// copier copies one value, remembering the pointers it has copied so
// shared references and cycles stay shared within the copy.
type copier struct {
	memo map[any]any
}

// value copies the runtime's containers, Go slices and maps, and the
// program's objects (pointers to structs of package main).
func (c *copier) value(v any) any {
	switch x := v.(type) {
	case nil, bool, int, float64, string:
		return v
	case *List:
		if isShared(x) {
			return x
		}
		if done, ok := c.memo[x]; ok {
			return done
		}
		out := NewList()
		c.memo[x] = out
		items := x.Items()
		for i, it := range items {
			items[i] = c.value(it)
		}
		out.items = items
		return out
	case *Dict:
		if isShared(x) {
			return x
		}
		if done, ok := c.memo[x]; ok {
			return done
		}
		d := NewDict()
		c.memo[x] = d
		for _, e := range x.snapshot() {
			if e.live {
				d.Set(c.value(e.key), c.value(e.val))
			}
		}
		return d
	case Tuple:
		out := make(Tuple, len(x))
		for i, it := range x {
			out[i] = c.value(it)
		}
		return out
	case enumMember:
		// Pickling a member gives back the receiver's own member.
		return v
	}
	return c.reflect(reflect.ValueOf(v)).Interface()
}

// reflect copies Go slices, maps and the program's objects of any type.
func (c *copier) reflect(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(c.elem(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(it.Key(), c.elem(it.Value()))
		}
		return out
	case reflect.Pointer:
		if v.IsNil() || v.Elem().Kind() != reflect.Struct || v.Type().Elem().PkgPath() != "main" {
			return v
		}
		if _, member := v.Interface().(enumMember); member {
			return v
		}
		if done, ok := c.memo[v.Interface()]; ok {
			return reflect.ValueOf(done)
		}
		out := reflect.New(v.Type().Elem())
		c.memo[v.Interface()] = out.Interface()
		out.Elem().Set(v.Elem())
		c.fields(out.Elem())
		return out
	}
	return v
}

// fields copies in place the fields of a struct of the program, which
// already holds the original's values; embedded base structs are walked
// too. Unexported fields are reached through their address.
func (c *copier) fields(s reflect.Value) {
	for i := 0; i < s.NumField(); i++ {
		f := s.Field(i)
		f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
		if f.Kind() == reflect.Struct {
			if f.Type().PkgPath() == "main" {
				c.fields(f)
			} else if s, ok := f.Addr().Interface().(sharedField); ok {
				s.copyValue(c)
			}
			continue
		}
		f.Set(c.elem(f))
	}
}

// elem copies one element of a slice, map or struct, keeping its static
// type.
func (c *copier) elem(v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		out.Set(reflect.ValueOf(c.value(v.Interface())))
		return out
	}
	return c.reflect(v)
}

// Pickled is what the receiver of a value sent through a pipe or a
// multiprocessing queue gets: a deep copy in which Go slices have become
// lists, as unpickling makes lists of them, so the receiver can append to
// what it got.
func Pickled(v Object) Object {
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
			items[i] = Pickled(rv.Index(i).Interface())
		}
		return NewList(items...)
	}
}
