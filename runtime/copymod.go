package runtime

import (
	"reflect"
)

// This file is Python's copy module for the runtime's containers, Go
// slices and maps, and objects of the program's classes (copy_object.go);
// other values (numbers, strings, tuples of immutable items, the
// runtime's objects) are returned as they are, which is what copy.copy
// does for immutable values.

// Copy is copy.copy(x): a new container holding the same items.
func Copy[T any](x T) T {
	return copyValue(any(x), false).(T)
}

// Deepcopy is copy.deepcopy(x): containers copied all the way down, a
// container reached twice copied once.
func Deepcopy[T any](x T) T {
	return deepcopyMemo(any(x), map[any]any{}).(T)
}

func copyValue(x Object, deep bool) Object {
	switch v := x.(type) {
	case *List:
		return NewList(v.Items()...)
	case *Dict:
		d := NewDict()
		for _, k := range v.Keys() {
			d.Set(k, v.GetItem(k))
		}
		return d
	case *Deque:
		return &Deque{items: v.snapshot(), maxlen: v.maxlen}
	case *Counter:
		return &Counter{d: copyValue(v.d, false).(*Dict)}
	case *DefaultDict:
		return &DefaultDict{d: copyValue(v.d, false).(*Dict), factory: v.factory, name: v.name}
	case *OrderedDict:
		return &OrderedDict{d: copyValue(v.d, false).(*Dict)}
	}
	rv := reflect.ValueOf(x)
	switch rv.Kind() {
	case reflect.Slice:
		if rv.IsNil() {
			return x
		}
		out := reflect.MakeSlice(rv.Type(), rv.Len(), rv.Len())
		reflect.Copy(out, rv)
		return out.Interface()
	case reflect.Map:
		if rv.IsNil() {
			return x
		}
		out := reflect.MakeMapWithSize(rv.Type(), rv.Len())
		for it := rv.MapRange(); it.Next(); {
			out.SetMapIndex(it.Key(), it.Value())
		}
		return out.Interface()
	case reflect.Pointer:
		if isProgramObject(rv) {
			return copyObject(rv).Interface()
		}
	}
	return x
}

func deepcopyMemo(x Object, memo map[any]any) Object {
	rv := reflect.ValueOf(x)
	if rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Map {
		if done, ok := memo[x]; ok {
			return done
		}
	}
	switch v := x.(type) {
	case *List:
		out := NewList()
		memo[x] = out
		for _, item := range v.Items() {
			out.Append(deepcopyMemo(item, memo))
		}
		return out
	case *Dict:
		out := NewDict()
		memo[x] = out
		for _, k := range v.Keys() {
			out.Set(k, deepcopyMemo(v.GetItem(k), memo))
		}
		return out
	case Tuple:
		out := make(Tuple, len(v))
		for i, item := range v {
			out[i] = deepcopyMemo(item, memo)
		}
		return out
	case *Deque, *Counter, *DefaultDict, *OrderedDict:
		return copyValue(x, true)
	}
	switch rv.Kind() {
	case reflect.Slice:
		if rv.IsNil() {
			return x
		}
		out := reflect.MakeSlice(rv.Type(), rv.Len(), rv.Len())
		for i := 0; i < rv.Len(); i++ {
			out.Index(i).Set(deepValue(rv.Index(i), memo))
		}
		return out.Interface()
	case reflect.Map:
		if rv.IsNil() {
			return x
		}
		out := reflect.MakeMapWithSize(rv.Type(), rv.Len())
		memo[x] = out.Interface()
		for it := rv.MapRange(); it.Next(); {
			out.SetMapIndex(it.Key(), deepValue(it.Value(), memo))
		}
		return out.Interface()
	case reflect.Pointer:
		if isProgramObject(rv) {
			out := copyObject(rv)
			memo[x] = out.Interface()
			deepFields(out.Elem(), memo)
			return out.Interface()
		}
	}
	return x
}

// deepValue deep-copies one element of a typed container, keeping its Go
// type.
func deepValue(v reflect.Value, memo map[any]any) reflect.Value {
	if !v.IsValid() || v.Kind() == reflect.Interface && v.IsNil() {
		return v
	}
	c := reflect.ValueOf(deepcopyMemo(v.Interface(), memo))
	if !c.IsValid() {
		return reflect.Zero(v.Type())
	}
	return c.Convert(v.Type())
}
