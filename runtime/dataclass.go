package runtime

import "reflect"

// Dataclass is what the struct of a @dataclass class provides when the
// program calls dataclasses.asdict or astuple: its fields' names and
// values, in declaration order.
type Dataclass interface {
	PyDataclassFields() (names []string, values []Object)
}

// AsDict is dataclasses.asdict(obj): a dict of obj's fields, dataclasses
// inside it (in lists, tuples and dicts too) turned into dicts as well,
// and every other value deep-copied.
func AsDict(obj Object) *Dict {
	dc := checkDataclass("asdict", obj)
	names, values := dc.PyDataclassFields()
	d := NewDict()
	for i, n := range names {
		d.Set(n, dataclassValue(values[i], true))
	}
	return d
}

// AsTuple is dataclasses.astuple(obj): AsDict's values as a tuple, the
// dataclasses inside turned into tuples.
func AsTuple(obj Object) Tuple {
	dc := checkDataclass("astuple", obj)
	_, values := dc.PyDataclassFields()
	t := make(Tuple, len(values))
	for i, v := range values {
		t[i] = dataclassValue(v, false)
	}
	return t
}

func checkDataclass(fn string, obj Object) Dataclass {
	dc, ok := obj.(Dataclass)
	if !ok {
		panic(TypeError.New(fn + "() should be called on dataclass instances"))
	}
	return dc
}

// dataclassValue converts one field value for AsDict (asDict) or AsTuple.
func dataclassValue(v Object, asDict bool) Object {
	switch x := v.(type) {
	case Dataclass:
		if asDict {
			return AsDict(x)
		}
		return AsTuple(x)
	case *List:
		items := x.Items()
		out := make([]Object, len(items))
		for i, it := range items {
			out[i] = dataclassValue(it, asDict)
		}
		return NewList(out...)
	case Tuple:
		out := make(Tuple, len(x))
		for i, it := range x {
			out[i] = dataclassValue(it, asDict)
		}
		return out
	case *Dict:
		d := NewDict()
		for _, k := range x.Keys() {
			d.Set(dataclassValue(k, asDict), dataclassValue(x.GetItem(k), asDict))
		}
		return d
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Slice && !rv.IsNil() && hasDataclassElems(rv) {
		out := make([]Object, rv.Len())
		for i := range out {
			out[i] = dataclassValue(rv.Index(i).Interface(), asDict)
		}
		return NewList(out...)
	}
	return Deepcopy(v)
}

// hasDataclassElems reports whether a Go slice may hold dataclasses,
// which must be converted; other slices are deep-copied as they are.
func hasDataclassElems(rv reflect.Value) bool {
	et := rv.Type().Elem()
	return et.Kind() == reflect.Interface || et.Implements(reflect.TypeOf((*Dataclass)(nil)).Elem())
}
