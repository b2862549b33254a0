package runtime

import (
	"reflect"
	"strconv"
)

// Call calls a function value whose signature the compiler did not prove:
// a function taken from a list or dict, or a variable holding different
// functions. f is a Go func (generated from a Python def or lambda); each
// argument is converted to its parameter's Go type as Python's dynamic
// typing allows (an int where a float is expected), and the result comes
// back as a dynamic value (None for a func without results).
func Call(f Object, args ...Object) Object {
	fv := reflect.ValueOf(f)
	if fv.Kind() != reflect.Func {
		panic(TypeError.New("'" + TypeName(f) + "' object is not callable"))
	}
	ft := fv.Type()
	fixed := ft.NumIn()
	if ft.IsVariadic() {
		fixed--
	}
	args = withDefaults(f, args, fixed)
	if len(args) < fixed || len(args) > fixed && !ft.IsVariadic() {
		panic(TypeError.New("function takes " + strconv.Itoa(fixed) + " positional arguments but " + strconv.Itoa(len(args)) + " were given"))
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		var pt reflect.Type
		if i < fixed {
			pt = ft.In(i)
		} else {
			pt = ft.In(fixed).Elem()
		}
		in[i] = argValue(a, pt)
	}
	out := fv.Call(in)
	if len(out) == 0 {
		return nil
	}
	return out[0].Interface()
}

// argValue converts a dynamic argument to a parameter's Go type.
func argValue(a Object, t reflect.Type) reflect.Value {
	if a == nil {
		return reflect.Zero(t)
	}
	switch t.Kind() {
	case reflect.Interface:
		v := reflect.New(t).Elem()
		v.Set(reflect.ValueOf(a))
		return v
	case reflect.Int:
		return reflect.ValueOf(ToInt(a))
	case reflect.Float64:
		return reflect.ValueOf(ToFloat(a))
	}
	v := reflect.ValueOf(a)
	if v.Type().AssignableTo(t) {
		return v
	}
	if t.Kind() == reflect.Slice {
		items := itemsOf(a)
		s := reflect.MakeSlice(t, len(items), len(items))
		for i, x := range items {
			s.Index(i).Set(argValue(x, t.Elem()))
		}
		return s
	}
	panic(TypeError.New("unexpected argument of type '" + TypeName(a) + "'"))
}
