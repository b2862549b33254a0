package runtime

import (
	"reflect"
	"sync"
)

// UnboundMethod is a method of a builtin type taken from the type
// (str.upper, list.append) used as a value: a function whose first
// argument is the object, calling the method by name as CallMethod does.
func UnboundMethod(name string) func(self Object, args ...Object) Object {
	return func(self Object, args ...Object) Object {
		return CallMethod(self, name, args...)
	}
}

// The builtins below stand for max, min, sum and sorted used as values
// (run(max, 3, 7), a dict of functions): the runtime calls them with
// Objects, positionally, as Python's own functions take them.

// MaxValue is max(iterable) or max(a, b, ...).
func MaxValue(args ...Object) Object {
	return MinMax[Object, Object]("max", 1, minMaxItems("max", args), nil, nil, false)
}

// MinValue is min(iterable) or min(a, b, ...).
func MinValue(args ...Object) Object {
	return MinMax[Object, Object]("min", -1, minMaxItems("min", args), nil, nil, false)
}

// minMaxItems are the values max or min compares: the items of a lone
// iterable argument, or the arguments.
func minMaxItems(name string, args []Object) []Object {
	switch len(args) {
	case 0:
		panic(TypeError.New(name + " expected at least 1 argument, got 0"))
	case 1:
		return ItemsOf[Object](args[0])
	}
	return args
}

// SumValue is sum(iterable[, start]).
func SumValue(xs Object, start ...Object) Object {
	if len(start) == 0 {
		return Sum(xs, 0)
	}
	return Sum(xs, start[0])
}

// SortedValue is sorted(iterable): a new list.
func SortedValue(xs Object) Object {
	return NewList(Sorted(ItemsOf[Object](xs), false)...)
}

// builtinReprs are the reprs of the runtime functions that stand for
// builtins used as values, by code pointer: print(len) shows
// <built-in function len>, print(str) <class 'str'>.
var (
	builtinReprsOnce sync.Once
	builtinReprMap   map[uintptr]string
)

// builtinReprs builds builtinReprMap once; a function, not a package
// variable's initializer, since the functions it names reach Repr.
func builtinReprs() map[uintptr]string {
	builtinReprsOnce.Do(func() { builtinReprMap = makeBuiltinReprs() })
	return builtinReprMap
}

func makeBuiltinReprs() map[uintptr]string {
	m := map[uintptr]string{}
	add := func(f any, s string) { m[reflect.ValueOf(f).Pointer()] = s }
	add(Str, "<class 'str'>")
	add(ToInt, "<class 'int'>")
	add(ToFloat, "<class 'float'>")
	add(Truthy, "<class 'bool'>")
	for _, b := range []struct {
		f    any
		name string
	}{
		{Len, "len"}, {Repr, "repr"}, {Abs, "abs"}, {OrdObj, "ord"}, {Print, "print"}, {Chr, "chr"},
		{Hex, "hex"}, {MaxValue, "max"}, {MinValue, "min"}, {SumValue, "sum"}, {SortedValue, "sorted"},
		{Pow, "pow"}, {Divmod, "divmod"}, {Oct, "oct"}, {Bin, "bin"}, {Hash, "hash"},
	} {
		add(b.f, "<built-in function "+b.name+">")
	}
	return m
}

// builtinValueRepr is the repr of fn when it is a runtime function that
// stands for a builtin.
func builtinValueRepr(fn reflect.Value) (string, bool) {
	if fn.Kind() != reflect.Func || fn.IsNil() {
		return "", false
	}
	s, ok := builtinReprs()[fn.Pointer()]
	return s, ok
}
