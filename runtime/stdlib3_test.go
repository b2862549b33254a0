package runtime

import (
	"slices"
	"testing"
)

// Expected values were printed by CPython 3.11.

// outcome runs f and gives what it returned, or the exception it raised
// as "Type: message".
func outcome(f func() Object) (out string) {
	if err := Catch(func() { out = Str(f()) }); err != nil {
		return err.Type.Name + ": " + err.Str()
	}
	return out
}

func TestNamedTuple(t *testing.T) {
	point := NewNamedTupleType("Point", "x, y", NewList(0))
	p := point.New(1, 2)
	tests := []struct {
		name string
		got  func() Object
		want string
	}{
		{"repr", func() Object { return Repr(p) }, "Point(x=1, y=2)"},
		{"default", func() Object { return point.New(5) }, "Point(x=5, y=0)"},
		{"keywords", func() Object { return point.NewKw(Kwargs{"y": 3, "x": 4}) }, "Point(x=4, y=3)"},
		{"equals a tuple", func() Object { return Eq(p, Tuple{1, 2}) }, "True"},
		{"orders as a tuple", func() Object { return Lt(p, point.New(1, 3)) }, "True"},
		{"dict key of its tuple", func() Object { d := NewDict(); d.Set(p, "a"); return d.GetItem(Tuple{1, 2}) }, "a"},
		{"slice is a tuple", func() Object { return Repr(Slice(p, 0, 1, nil)) }, "(1,)"},
		{"plus is a tuple", func() Object { return Repr(Add(p, Tuple{3})) }, "(1, 2, 3)"},
		{"field", func() Object { return GetAttr(p, "y") }, "2"},
		{"replace", func() Object { return CallMethodKw(p, "_replace", Kwargs{"x": 9}) }, "Point(x=9, y=2)"},
		{"asdict", func() Object { return CallMethod(p, "_asdict") }, "{'x': 1, 'y': 2}"},
		{"missing", func() Object { return NewNamedTupleType("P", []string{"a", "b"}, nil).New(1) },
			"TypeError: P.__new__() missing 1 required positional argument: 'b'"},
		{"too many", func() Object { return point.New(1, 2, 3) },
			"TypeError: Point.__new__() takes from 2 to 3 positional arguments but 4 were given"},
		{"unknown field", func() Object { return GetAttr(p, "z") }, "AttributeError: 'Point' object has no attribute 'z'"},
		{"bad replace", func() Object { return p.Replace(Kwargs{"z": 1}) }, "ValueError: Got unexpected field names: ['z']"},
		{"duplicate", func() Object { return NewNamedTupleType("P", "a a", nil) }, "ValueError: Encountered duplicate field name: 'a'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := outcome(tt.got); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestTemplate(t *testing.T) {
	tests := []struct {
		name, text string
		safe       bool
		mapping    Object
		kw         Kwargs
		want       string
	}{
		{"named and braced", "$a-${a}x $$", false, nil, Kwargs{"a": 1}, "1-1x $"},
		{"keywords first", "$a", false, DictOf("a", 1), Kwargs{"a": 2}, "2"},
		{"missing", "$a $b", false, nil, Kwargs{"a": 1}, "KeyError: 'b'"},
		{"invalid", "ab\ncd $ x", false, nil, nil, "ValueError: Invalid placeholder in string: line 2, col 4"},
		{"safe keeps", "$a ${b} $ $1", true, nil, Kwargs{"a": 1}, "1 ${b} $ $1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tmpl := NewTemplate(tt.text)
			got := outcome(func() Object {
				if tt.safe {
					return tmpl.SafeSubstitute(tt.mapping, tt.kw)
				}
				return tmpl.Substitute(tt.mapping, tt.kw)
			})
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestListRepeatAndInPlace(t *testing.T) {
	shared := NewList(1.0)
	alias := shared
	tests := []struct {
		name string
		got  func() Object
		want string
	}{
		{"repeat", func() Object { return RepeatSlice([]float64{0.5}, 3) }, "[0.5, 0.5, 0.5]"},
		{"repeat negative", func() Object { return RepeatSlice([]int{1}, -1) }, "[]"},
		{"str repeat", func() Object { return StrRepeat("ab", 2) + StrRepeat("x", -1) }, "abab"},
		{"iadd extends in place", func() Object { IAdd(shared, Tuple{2.0}); return alias }, "[1.0, 2.0]"},
		{"imul repeats in place", func() Object { IMul(shared, 2); return alias }, "[1.0, 2.0, 1.0, 2.0]"},
		{"iadd of ints adds", func() Object { return IAdd(1, 2) }, "3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := outcome(tt.got); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestFunctools(t *testing.T) {
	greet := Named(func(name string, punct string) string { return name + punct },
		FuncInfo{Name: "greet", Params: []string{"name", "punct"}, Defaults: []Object{"!"}})
	wrapper := Wraps(func(args ...Object) Object { return Call(greet, args...) }, greet)
	byLen := CmpToKey(func(a, b string) int { return len(a) - len(b) })
	tests := []struct {
		name string
		got  func() Object
		want string
	}{
		{"defaults filled", func() Object { return Call(greet, "ann") }, "ann!"},
		{"keyword bound", func() Object { return CallKw(greet, DictOf("punct", "?"), "bob") }, "bob?"},
		{"unknown keyword", func() Object { return CallKw(greet, DictOf("x", 1), "bob") },
			"TypeError: greet() got an unexpected keyword argument 'x'"},
		{"wraps copies the name", func() Object { return FuncName(wrapper) }, "greet"},
		{"wrapped", func() Object { return Call(GetAttr(wrapper, "__wrapped__"), "cy", ".") }, "cy."},
		{"cmp_to_key", func() Object { return SortedKey([]string{"ccc", "a", "bb"}, byLen, false) }, "['a', 'bb', 'ccc']"},
		{"tee", func() Object {
			its := Tee(slices.Values([]int{1, 2}), 2)
			first := its[0].Next()
			return Tuple{first, slices.Collect(its[1].All()), slices.Collect(its[0].All())}
		}, "(1, [1, 2], [2])"},
		{"starmap", func() Object {
			add := func(a, b int) int { return a + b }
			return slices.Collect(Starmap[int](add, slices.Values([]Object{Tuple{1, 2}, Tuple{3, 4}})))
		}, "[3, 7]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := outcome(tt.got); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
