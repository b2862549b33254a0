package runtime

import (
	"math"
	"slices"
	"sync"
	"testing"
)

// Expected values and messages were printed by CPython 3.11.

func TestListAndDict(t *testing.T) {
	tests := []struct {
		name string
		f    func() Object
		want string
	}{
		{"list aliasing", func() Object { a := NewList(1); b := a; b.Append(2); return a }, "[1, 2]"},
		{"negative index", func() Object { return NewList(1, 2, 3).Get(-1) }, "3"},
		{"index error", func() Object { return NewList(1).Get(5) }, "IndexError: list index out of range"},
		{"set", func() Object { l := NewList(1, 2); l.Set(-2, "x"); return l }, "['x', 2]"},
		{"set out of range", func() Object { NewList(1).Set(5, 1); return nil }, "IndexError: list assignment index out of range"},
		{"NewList copies", func() Object { s := []Object{1}; l := NewList(s...); s[0] = 2; return l }, "[1]"},
		{"equal keys", func() Object { return dictOf(1, "a", 1.0, "b", true, "c", "x", NewList(1), Tuple{1, 2}, nil) }, "{1: 'c', 'x': [1], (1, 2): None}"},
		{"delete", func() Object { d := dictOf(1, "a", "x", 2); d.Delete(1); return Tuple{d, d.Len()} }, "({'x': 2}, 1)"},
		{"missing key", func() Object { return NewDict().GetItem("k") }, "KeyError: 'k'"},
		{"delete missing", func() Object { NewDict().Delete(Tuple{1}); return nil }, "KeyError: (1,)"},
		{"unhashable", func() Object { NewDict().Set(NewList(1), 2); return nil }, "TypeError: unhashable type: 'list'"},
		{"get float key as int", func() Object { v, _ := dictOf(1.0, "a").Get(1); return v }, "'a'"},
		{"big key", func() Object { v, _ := dictOf(Pow(2, 64), "a").Get(Mul(Pow(2, 32), Pow(2, 32))); return v }, "'a'"},
		{"empty", func() Object { return NewDict() }, "{}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := opResult(tt.f); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestDictKeepsOrderThroughCompaction(t *testing.T) {
	d := NewDict()
	for i := 0; i < 100; i++ {
		d.Set(i, i)
	}
	for i := 0; i < 90; i++ {
		d.Delete(i)
	}
	d.Set(5, "new")
	want := []Object{90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 5}
	if got := d.Keys(); !slices.Equal(got, want) {
		t.Errorf("keys %v, want %v", got, want)
	}
}

func TestContainerOps(t *testing.T) {
	m := map[string]int{"b": 2, "a": 1}
	tests := []struct {
		name string
		f    func() Object
		want string
	}{
		{"len str", func() Object { return Len("héllo") }, "5"},
		{"len list", func() Object { return Len(NewList(1, 2)) }, "2"},
		{"len dict", func() Object { return Len(dictOf(1, 2)) }, "1"},
		{"len slice", func() Object { return Len([]int{1, 2, 3}) }, "3"},
		{"len map", func() Object { return Len(m) }, "2"},
		{"len int", func() Object { return Len(5) }, "TypeError: object of type 'int' has no len()"},
		{"str item", func() Object { return GetItem("héllo", 1) }, "'é'"},
		{"str item negative", func() Object { return GetItem("héllo", -1) }, "'o'"},
		{"str item range", func() Object { return GetItem("a", 5) }, "IndexError: string index out of range"},
		{"str item type", func() Object { return GetItem("a", "x") }, "TypeError: string indices must be integers, not 'str'"},
		{"str item float", func() Object { return GetItem("a", 1.0) }, "TypeError: string indices must be integers, not 'float'"},
		{"tuple item range", func() Object { return GetItem(Tuple{1}, 5) }, "IndexError: tuple index out of range"},
		{"tuple item type", func() Object { return GetItem(Tuple{1}, "x") }, "TypeError: tuple indices must be integers or slices, not str"},
		{"list item type", func() Object { return GetItem(NewList(1), "a") }, "TypeError: list indices must be integers or slices, not str"},
		{"list item bool", func() Object { return GetItem(NewList(1, 2), true) }, "2"},
		{"dict item", func() Object { return GetItem(dictOf("k", 1), "k") }, "1"},
		{"dict missing", func() Object { return GetItem(NewDict(), "k") }, "KeyError: 'k'"},
		{"slice item", func() Object { return GetItem([]string{"a", "b"}, -1) }, "'b'"},
		{"map item", func() Object { return GetItem(m, "a") }, "1"},
		{"map missing", func() Object { return GetItem(m, "z") }, "KeyError: 'z'"},
		{"map wrong key type", func() Object { return GetItem(m, 1) }, "KeyError: 1"},
		{"int item", func() Object { return GetItem(5, 0) }, "TypeError: 'int' object is not subscriptable"},
		{"set list", func() Object { l := NewList(1); SetItem(l, 0, "x"); return l }, "['x']"},
		{"set dict", func() Object { d := NewDict(); SetItem(d, "k", 1); return d }, "{'k': 1}"},
		{"set slice", func() Object { s := []int{1, 2}; SetItem(s, -1, 5); return s }, "[1, 5]"},
		{"set slice wrong type", func() Object { SetItem([]int{1}, 0, "x"); return nil }, "TypeError: cannot store a 'str' in a container of int"},
		{"set map", func() Object { mm := map[string]int{}; SetItem(mm, "k", 3); return mm }, "{'k': 3}"},
		{"set tuple", func() Object { SetItem(Tuple{1}, 0, 1); return nil }, "TypeError: 'tuple' object does not support item assignment"},
		{"set str", func() Object { SetItem("ab", 0, "x"); return nil }, "TypeError: 'str' object does not support item assignment"},
		{"set int", func() Object { SetItem(5, 0, 1); return nil }, "TypeError: 'int' object does not support item assignment"},
		{"in str", func() Object { return Contains("abc", "a") }, "True"},
		{"int in str", func() Object { return Contains("abc", 1) }, "TypeError: 'in <string>' requires string as left operand, not int"},
		{"in list", func() Object { return Contains(NewList(1, 2.5), 2.5) }, "True"},
		{"in tuple", func() Object { return Contains(Tuple{1}, 1.0) }, "True"},
		{"in dict", func() Object { return Contains(dictOf("a", 1), "a") }, "True"},
		{"in map", func() Object { return Contains(m, "a") }, "True"},
		{"not in map", func() Object { return Contains(m, 1) }, "False"},
		{"in slice", func() Object { return Contains([]int{1, 2}, 3) }, "False"},
		{"in int", func() Object { return Contains(5, 1) }, "TypeError: argument of type 'int' is not iterable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := opResult(tt.f); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func collect(v Object) *List {
	l := NewList()
	for x := range Iter(v) {
		l.Append(x)
	}
	return l
}

func TestIter(t *testing.T) {
	tests := []struct {
		name string
		in   Object
		want string
	}{
		{"string", "hé", "['h', 'é']"},
		{"list", NewList(1, "a"), "[1, 'a']"},
		{"tuple", Tuple{1, 2}, "[1, 2]"},
		{"dict keys in order", dictOf("b", 1, "a", 2), "['b', 'a']"},
		{"slice", []float64{0.5}, "[0.5]"},
		{"map sorted", map[int]bool{3: true, 1: false}, "[1, 3]"},
		{"seq", Iter(Tuple{7}), "[7]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Repr(collect(tt.in)); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
	if err := Catch(func() { Iter(5) }); err.Error() != "TypeError: 'int' object is not iterable" {
		t.Errorf("Iter(5): %v", err)
	}
	l := NewList(1)
	for x := range Iter(l) {
		if x == 1 {
			l.Append(2) // seen by the loop, as in Python
		}
	}
	if l.Len() != 2 || Repr(collect(l)) != "[1, 2]" {
		t.Errorf("live iteration: %s", Repr(l))
	}
}

func TestTruthy(t *testing.T) {
	tests := []struct {
		name string
		in   Object
		want bool
	}{
		{"None", nil, false}, {"0", 0, false}, {"1", 1, true}, {"0.0", 0.0, false},
		{"-0.0", math.Copysign(0, -1), false}, {"nan", math.NaN(), true}, {"''", "", false},
		{"'a'", "a", true}, {"[]", NewList(), false}, {"[0]", NewList(0), true},
		{"{}", NewDict(), false}, {"()", Tuple{}, false}, {"(0,)", Tuple{0}, true},
		{"empty slice", []int{}, false}, {"big", Pow(2, 100), true}, {"error", ValueError.New(), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Truthy(tt.in); got != tt.want {
				t.Errorf("Truthy = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestConversions(t *testing.T) {
	tests := []struct {
		name string
		f    func() Object
		want string
	}{
		{"int str", func() Object { return ToInt(" -12_3 ") }, "-123"},
		{"int float", func() Object { return ToInt(-2.7) }, "-2"},
		{"int bool", func() Object { return ToInt(true) }, "1"},
		{"int bad", func() Object { return ToInt("1__0") }, "ValueError: invalid literal for int() with base 10: '1__0'"},
		{"int signs", func() Object { return ToInt("+-1") }, "ValueError: invalid literal for int() with base 10: '+-1'"},
		{"int decimal", func() Object { return ToInt("1.5") }, "ValueError: invalid literal for int() with base 10: '1.5'"},
		{"int empty", func() Object { return ToInt("") }, "ValueError: invalid literal for int() with base 10: ''"},
		{"int inf", func() Object { return ToInt(math.Inf(1)) }, "OverflowError: cannot convert float infinity to integer"},
		{"int nan", func() Object { return ToInt(math.NaN()) }, "ValueError: cannot convert float NaN to integer"},
		{"int None", func() Object { return ToInt(nil) }, "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"},
		{"float str", func() Object { return ToFloat("1_000.5") }, "1000.5"},
		{"float dot", func() Object { return ToFloat(" .5 ") }, "0.5"},
		{"float trailing dot", func() Object { return ToFloat("5.") }, "5.0"},
		{"float huge", func() Object { return ToFloat("1e500") }, "inf"},
		{"float -Infinity", func() Object { return ToFloat("-Infinity") }, "-inf"},
		{"float nan", func() Object { return ToFloat("nan") }, "nan"},
		{"float int", func() Object { return ToFloat(3) }, "3.0"},
		{"float big", func() Object { return ToFloat(Pow(2, 64)) }, "1.8446744073709552e+19"},
		{"float huge int", func() Object { return ToFloat(Pow(10, 400)) }, "OverflowError: int too large to convert to float"},
		{"float double underscore", func() Object { return ToFloat("1__0") }, "ValueError: could not convert string to float: '1__0'"},
		{"float leading underscore", func() Object { return ToFloat("_1") }, "ValueError: could not convert string to float: '_1'"},
		{"float hex", func() Object { return ToFloat("0x10") }, "ValueError: could not convert string to float: '0x10'"},
		{"float bad exponent", func() Object { return ToFloat("1e") }, "ValueError: could not convert string to float: '1e'"},
		{"float None", func() Object { return ToFloat(nil) }, "TypeError: float() argument must be a string or a real number, not 'NoneType'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := opResult(tt.f); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestTypeName(t *testing.T) {
	tests := []struct {
		in   Object
		want string
	}{
		{nil, "NoneType"}, {true, "bool"}, {1, "int"}, {int64(1), "int"}, {Pow(2, 100), "int"},
		{1.5, "float"}, {"s", "str"}, {NewList(), "list"}, {NewDict(), "dict"}, {Tuple{}, "tuple"},
		{[]int{}, "list"}, {map[string]int{}, "dict"}, {ValueError.New(), "ValueError"},
		{ValueError, "type"}, {func() {}, "function"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := TypeName(tt.in); got != tt.want {
				t.Errorf("TypeName(%#v) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestListConcurrentAppend appends from many goroutines (run with -race),
// as threads appending results to a shared list do.
func TestListConcurrentAppend(t *testing.T) {
	l := NewList()
	d := NewDict()
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				l.Append(i)
				d.Set(g*100+i, i)
			}
		}()
	}
	wg.Wait()
	if l.Len() != 2000 || d.Len() != 2000 {
		t.Errorf("list %d, dict %d entries", l.Len(), d.Len())
	}
}
