package runtime

import (
	"reflect"
	"strings"
)

// PyMethoder is implemented by runtime and generated types whose methods
// CallMethod can call by name.
type PyMethoder interface {
	PyMethod(name string, args []Object) (Object, bool)
}

// PyMethoderKw is PyMethoder for types whose methods take keyword
// arguments (a namedtuple's _replace(x=1)).
type PyMethoderKw interface {
	PyMethodKw(name string, kw Kwargs, args []Object) (Object, bool)
}

// CallMethod is recv.name(*args) for a receiver whose type py2go could not
// prove: the methods of str, list, dict and set on the runtime's values,
// and of types implementing PyMethoder. Anything else raises
// AttributeError, as Python would for a method the type does not have.
func CallMethod(recv Object, name string, args ...Object) Object {
	return CallMethodKw(recv, name, nil, args...)
}

// CallMethodKw is recv.name(*args, **kw), CallMethod with keyword
// arguments (sort(key=..., reverse=...), split(maxsplit=...)).
func CallMethodKw(recv Object, name string, kw Kwargs, args ...Object) Object {
	var (
		out Object
		ok  bool
	)
	switch r := recv.(type) {
	case PyMethoderKw:
		out, ok = r.PyMethodKw(name, kw, args)
	case PyMethoder:
		out, ok = r.PyMethod(name, args)
	case string:
		out, ok = callStrMethod(r, name, kw, args)
	case *List:
		out, ok = callListMethod(r, name, kw, args)
	case *Dict:
		out, ok = callDictMethod(r, name, kw, args)
	case *Set:
		out, ok = callSetMethod(r, name, args)
	case Tuple:
		out, ok = callSeqMethod([]Object(r), name, args)
	case []byte:
		out, ok = bytesMethod(r, name, args)
	default:
		if rv := reflect.ValueOf(recv); rv.Kind() == reflect.Slice {
			out, ok = callSeqMethod(ItemsOf[Object](recv), name, args)
		}
	}
	if !ok && len(kw) == 0 {
		// An attribute of a function that is itself callable
		// (f.__wrapped__(x)).
		if attr, isAttr := funcAttr(recv, name); isAttr {
			return Call(attr, args...)
		}
	}
	if !ok {
		panic(AttributeError.New("'" + TypeName(recv) + "' object has no attribute '" + name + "'"))
	}
	return out
}

// arg returns args[i], or def when the call has fewer arguments.
func argAt(args []Object, i int, def Object) Object {
	if i < len(args) {
		return args[i]
	}
	return def
}

func intArg(args []Object, i int, def int) int {
	if i < len(args) && args[i] != nil {
		return ToInt(args[i])
	}
	return def
}

func strArg(args []Object, i int, method string) string {
	s, ok := argAt(args, i, nil).(string)
	if !ok {
		panic(TypeError.New(method + "() argument must be str, not " + TypeName(argAt(args, i, nil))))
	}
	return s
}

func callStrMethod(s, name string, kw Kwargs, args []Object) (Object, bool) {
	switch name {
	case "split", "rsplit":
		sep, maxsplit := argAt(args, 0, kw["sep"]), intArg(args, 1, -1)
		if m, ok := kw["maxsplit"]; ok {
			maxsplit = ToInt(m)
		}
		var parts []string
		switch {
		case sep == nil && name == "split":
			parts = SplitWhite(s, maxsplit)
		case sep == nil:
			parts = RSplitWhite(s, maxsplit)
		case name == "split":
			parts = Split(s, Str(sep), maxsplit)
		default:
			parts = RSplit(s, Str(sep), maxsplit)
		}
		return strsList(parts), true
	case "splitlines":
		return strsList(Splitlines(s, Truthy(argAt(args, 0, kw["keepends"])))), true
	case "join":
		return Join(s, argAt(args, 0, nil)), true
	case "strip":
		return Strip(s, argAt(args, 0, nil)), true
	case "lstrip":
		return LStrip(s, argAt(args, 0, nil)), true
	case "rstrip":
		return RStrip(s, argAt(args, 0, nil)), true
	case "upper":
		return Upper(s), true
	case "lower":
		return strings.ToLower(s), true
	case "casefold":
		return Casefold(s), true
	case "capitalize":
		return Capitalize(s), true
	case "title":
		return Title(s), true
	case "swapcase":
		return Swapcase(s), true
	case "replace":
		return strings.Replace(s, strArg(args, 0, name), strArg(args, 1, name), intArg(args, 2, -1)), true
	case "find":
		return Find(s, strArg(args, 0, name), argAt(args, 1, nil), argAt(args, 2, nil)), true
	case "rfind":
		return RFind(s, strArg(args, 0, name), argAt(args, 1, nil), argAt(args, 2, nil)), true
	case "index":
		return StrIndexOf(s, strArg(args, 0, name), argAt(args, 1, nil), argAt(args, 2, nil)), true
	case "rindex":
		return StrRIndexOf(s, strArg(args, 0, name), argAt(args, 1, nil), argAt(args, 2, nil)), true
	case "count":
		return StrCount(s, strArg(args, 0, name), argAt(args, 1, nil), argAt(args, 2, nil)), true
	case "startswith":
		return StartsWith(s, argAt(args, 0, nil), argAt(args, 1, nil), argAt(args, 2, nil)), true
	case "endswith":
		return EndsWith(s, argAt(args, 0, nil), argAt(args, 1, nil), argAt(args, 2, nil)), true
	case "zfill":
		return Zfill(s, intArg(args, 0, 0)), true
	case "translate":
		return Translate(s, argAt(args, 0, nil)), true
	case "format_map":
		return StrFormatKw(s, KwargsOf(Kwargs{}, argAt(args, 0, nil))), true
	case "center", "ljust", "rjust":
		fill := Str(argAt(args, 1, " "))
		w := intArg(args, 0, 0)
		return map[string]func(string, int, string) string{"center": Center, "ljust": Ljust, "rjust": Rjust}[name](s, w, fill), true
	case "partition":
		return Partition(s, strArg(args, 0, name)), true
	case "rpartition":
		return RPartition(s, strArg(args, 0, name)), true
	case "format":
		return StrFormatKw(s, kw, args...), true
	case "removeprefix":
		return strings.TrimPrefix(s, strArg(args, 0, name)), true
	case "removesuffix":
		return strings.TrimSuffix(s, strArg(args, 0, name)), true
	}
	if test, ok := strTests[name]; ok {
		return test(s), true
	}
	return nil, false
}

var strTests = map[string]func(string) bool{
	"isdigit": IsDigit, "isdecimal": IsDecimal, "isnumeric": IsNumeric, "isalpha": IsAlpha,
	"isalnum": IsAlnum, "isspace": IsSpace, "isupper": IsUpper, "islower": IsLower, "istitle": IsTitle,
}

func strsList(parts []string) *List {
	items := make([]Object, len(parts))
	for i, p := range parts {
		items[i] = p
	}
	return NewList(items...)
}

func callListMethod(l *List, name string, kw Kwargs, args []Object) (Object, bool) {
	switch name {
	case "append":
		l.Append(argAt(args, 0, nil))
	case "extend":
		l.Extend(ItemsOf[Object](argAt(args, 0, nil))...)
	case "insert":
		l.Insert(intArg(args, 0, 0), argAt(args, 1, nil))
	case "pop":
		return l.Pop(intArg(args, 0, -1)), true
	case "remove":
		l.Remove(argAt(args, 0, nil))
	case "clear":
		l.Clear()
	case "reverse":
		l.Reverse()
	case "copy":
		return l.Copy(), true
	case "sort":
		l.Sort(keyFunc(kw["key"]), Truthy(kw["reverse"]))
	default:
		return callSeqMethod(l.Items(), name, args)
	}
	return nil, true
}

// callSeqMethod is index and count, which every sequence has.
func callSeqMethod(items []Object, name string, args []Object) (Object, bool) {
	switch name {
	case "index":
		return IndexOf(items, argAt(args, 0, nil)), true
	case "count":
		return Count(items, argAt(args, 0, nil)), true
	}
	return nil, false
}

// keyFunc turns a key function of any Go func type taking one argument
// into a func(Object) Object; nil stays nil.
func keyFunc(f Object) func(Object) Object {
	if f == nil {
		return nil
	}
	if k, ok := f.(func(Object) Object); ok {
		return k
	}
	fv := reflect.ValueOf(f)
	if fv.Kind() != reflect.Func || fv.Type().NumIn() != 1 || fv.Type().NumOut() != 1 {
		panic(TypeError.New("'" + TypeName(f) + "' object is not callable"))
	}
	in := fv.Type().In(0)
	return func(x Object) Object {
		return fv.Call([]reflect.Value{goValue(x, in)})[0].Interface()
	}
}

func callDictMethod(d *Dict, name string, kw Kwargs, args []Object) (Object, bool) {
	switch name {
	case "get":
		return d.GetDefault(argAt(args, 0, nil), argAt(args, 1, nil)), true
	case "setdefault":
		return d.SetDefault(argAt(args, 0, nil), argAt(args, 1, nil)), true
	case "pop":
		return d.Pop(argAt(args, 0, nil), argAt(args, 1, nil), len(args) > 1), true
	case "popitem":
		return d.PopItem(), true
	case "items":
		return d.ItemsView(), true
	case "keys":
		return d.KeysView(), true
	case "values":
		return d.ValuesView(), true
	case "update":
		d.Update(argAt(args, 0, nil), kw)
		return nil, true
	case "copy":
		return d.Copy(), true
	case "clear":
		d.Clear()
		return nil, true
	}
	return nil, false
}

func callSetMethod(s *Set, name string, args []Object) (Object, bool) {
	switch name {
	case "add":
		s.Add(argAt(args, 0, nil))
	case "discard":
		s.Discard(argAt(args, 0, nil))
	case "remove":
		s.Remove(argAt(args, 0, nil))
	case "clear":
		s.Clear()
	case "update":
		s.Update(args...)
	case "pop":
		return s.Pop(), true
	case "copy":
		return s.Copy(), true
	case "union":
		return s.Union(args...), true
	case "intersection":
		return s.Intersection(args...), true
	case "difference":
		return s.Difference(args...), true
	case "symmetric_difference":
		return s.SymmetricDifference(argAt(args, 0, nil)), true
	case "issubset":
		return s.IsSubset(argAt(args, 0, nil)), true
	case "issuperset":
		return s.IsSuperset(argAt(args, 0, nil)), true
	case "isdisjoint":
		return s.IsDisjoint(argAt(args, 0, nil)), true
	default:
		return nil, false
	}
	return nil, true
}

// bytesMethod is the part of bytes' methods scripts use with text.
func bytesMethod(b []byte, name string, args []Object) (Object, bool) {
	switch name {
	case "decode":
		return Decode(b, Str(argAt(args, 0, "utf-8")), Str(argAt(args, 1, "strict"))), true
	case "hex":
		return hexString(b), true
	}
	return bytesTextMethod(b, name, args)
}
