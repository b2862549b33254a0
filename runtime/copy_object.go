package runtime

import (
	"reflect"
	"unsafe"
)

// copy.copy and copy.deepcopy of an object of a program class, which
// Python copies through its __reduce_ex__: a new object of the same class
// whose attributes are the same values (copy) or copies of them
// (deepcopy). A program class is a struct type of package main; the
// runtime's own objects (locks, executors, futures) are not copied.

// isProgramObject reports whether v is a non-nil pointer to a struct
// declared by the generated program.
func isProgramObject(v reflect.Value) bool {
	return v.Kind() == reflect.Pointer && !v.IsNil() && v.Elem().Kind() == reflect.Struct &&
		v.Type().Elem().PkgPath() == "main"
}

// copyObject is a new object holding the same field values as the one v
// points to.
func copyObject(v reflect.Value) reflect.Value {
	out := reflect.New(v.Type().Elem())
	out.Elem().Set(v.Elem())
	return out
}

// deepFields replaces, in place, each field of a program struct by its
// deep copy; embedded base-class structs are walked too, and embedded
// runtime structs are kept. Unexported fields are reached through their
// address.
func deepFields(s reflect.Value, memo map[any]any) {
	for i := 0; i < s.NumField(); i++ {
		f := s.Field(i)
		f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
		if f.Kind() == reflect.Struct {
			if f.Type().PkgPath() == "main" {
				deepFields(f, memo)
			}
			continue
		}
		f.Set(deepValue(f, memo))
	}
}
