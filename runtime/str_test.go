package runtime

import (
	"errors"
	"math"
	"math/big"
	"testing"
)

// Expected values in this file were printed by CPython 3.11.

var pointOne, pointTwo = 0.1, 0.2 // variables, so Go does not fold the sum

func TestReprFloat(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		want string
	}{
		{"1e16", 1e16, "1e+16"},
		{"1e-5", 1e-5, "1e-05"},
		{"0.1+0.2", pointOne + pointTwo, "0.30000000000000004"},
		{"1234567890123456.7", 1234567890123456.7, "1234567890123456.8"},
		{"5e-324", 5e-324, "5e-324"},
		{"-0.0", math.Copysign(0, -1), "-0.0"},
		{"inf", math.Inf(1), "inf"},
		{"-inf", math.Inf(-1), "-inf"},
		{"nan", math.NaN(), "nan"},
		{"1e22", 1e22, "1e+22"},
		{"100.0", 100.0, "100.0"},
		{"1.0", 1.0, "1.0"},
		{"1/3", 1.0 / 3, "0.3333333333333333"},
		{"1e15", 1e15, "1000000000000000.0"},
		{"12345678901234567.0", 12345678901234567.0, "1.2345678901234568e+16"},
		{"1e-4", 1e-4, "0.0001"},
		{"1.5e-7", 1.5e-7, "1.5e-07"},
		{"0.5", 0.5, "0.5"},
		{"123456.0", 123456.0, "123456.0"},
		{"1e6", 1e6, "1000000.0"},
		{"-2.5e-10", -2.5e-10, "-2.5e-10"},
		{"max", math.MaxFloat64, "1.7976931348623157e+308"},
		{"min normal", 2.2250738585072014e-308, "2.2250738585072014e-308"},
		{"9999999999999998.0", 9999999999999998.0, "9999999999999998.0"},
		{"0.001", 0.001, "0.001"},
		{"0.0", 0, "0.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Repr(tt.in); got != tt.want {
				t.Errorf("Repr(%v) = %q, want %q", tt.in, got, tt.want)
			}
			if got := Str(tt.in); got != tt.want {
				t.Errorf("Str(%v) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestReprString(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"apostrophe", "it's", `"it's"`},
		{"double quotes", `say "hi"`, `'say "hi"'`},
		{"both quotes", `both ' and "`, `'both \' and "'`},
		{"escapes", "\n\t\\", `'\n\t\\'`},
		{"latin", "é", `'é'`},
		{"controls", "\x00\x7f", `'\x00\x7f'`},
		{"carriage return", "\r", `'\r'`},
		{"non-printable unicode", "\u00a0\u200b\U0001f600\u0085", `'\xa0\u200b😀\x85'`},
		{"cjk", "日本", `'日本'`},
		{"escape sequence", "\x1b[0m", `'\x1b[0m'`},
		{"empty", "", `''`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Repr(tt.in); got != tt.want {
				t.Errorf("Repr(%q) = %s, want %s", tt.in, got, tt.want)
			}
			if got := Str(tt.in); got != tt.in {
				t.Errorf("Str(%q) = %q", tt.in, got)
			}
		})
	}
}

type reprOnly struct{}

func (reprOnly) PyRepr() string { return "R()" }

type strAndRepr struct{}

func (strAndRepr) PyRepr() string { return "SR()" }
func (strAndRepr) PyStr() string  { return "sr" }

func TestStrScalarsAndContainers(t *testing.T) {
	big100, _ := new(big.Int).SetString("1267650600228229401496703205376", 10)
	tests := []struct {
		name      string
		in        any
		str, repr string
	}{
		{"None", nil, "None", "None"},
		{"True", true, "True", "True"},
		{"False", false, "False", "False"},
		{"int", -42, "-42", "-42"},
		{"int64", int64(1) << 62, "4611686018427387904", "4611686018427387904"},
		{"uint8", uint8(255), "255", "255"},
		{"float32", float32(0.1), "0.1", "0.1"},
		{"big", big100, "1267650600228229401496703205376", "1267650600228229401496703205376"},
		{"tuple0", Tuple{}, "()", "()"},
		{"tuple1", Tuple{1}, "(1,)", "(1,)"},
		{"tuple2", Tuple{1, "a"}, "(1, 'a')", "(1, 'a')"},
		{"slice", []any{1, "a", 2.0, nil, true, "it's"}, `[1, 'a', 2.0, None, True, "it's"]`, `[1, 'a', 2.0, None, True, "it's"]`},
		{"int slice", []int{1, 2}, "[1, 2]", "[1, 2]"},
		{"empty slice", []string{}, "[]", "[]"},
		{"nested", []any{[]float64{0.5}, Tuple{nil}}, "[[0.5], (None,)]", "[[0.5], (None,)]"},
		{"map", map[string]any{"b": []int{3}, "a": 1}, "{'a': 1, 'b': [3]}", "{'a': 1, 'b': [3]}"},
		{"int map", map[int]string{10: "x", 2: "y"}, "{2: 'y', 10: 'x'}", "{2: 'y', 10: 'x'}"},
		{"repr only", reprOnly{}, "R()", "R()"},
		{"str and repr", strAndRepr{}, "sr", "SR()"},
		{"in container", []any{strAndRepr{}}, "[SR()]", "[SR()]"},
		{"bytes", []byte("it's\x00\xff\n\"ab"), `b'it\'s\x00\xff\n"ab'`, `b'it\'s\x00\xff\n"ab'`},
		{"bytes dquote", []byte(`"`), `b'"'`, `b'"'`},
		{"empty bytes", []byte{}, "b''", "b''"},
		{"self-containing list", selfList(), "[1, [...]]", "[1, [...]]"},
		{"self-containing dict", selfDict(), "{'a': {...}}", "{'a': {...}}"},
		{"shared, not cyclic", sharedList(), "[[1], [1]]", "[[1], [1]]"},
		{"error", ValueError.New("bad 1"), "bad 1", "ValueError('bad 1')"},
		{"go error", errors.New("boom"), "boom", "RuntimeError('boom')"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Str(tt.in); got != tt.str {
				t.Errorf("Str = %q, want %q", got, tt.str)
			}
			if got := Repr(tt.in); got != tt.repr {
				t.Errorf("Repr = %q, want %q", got, tt.repr)
			}
		})
	}
}

func selfList() *List {
	l := NewList(1)
	l.Append(l)
	return l
}

func selfDict() *Dict {
	d := NewDict()
	d.Set("a", d)
	return d
}

func sharedList() *List {
	inner := NewList(1)
	return NewList(inner, inner)
}

var sinkString string

func BenchmarkStrFloat(b *testing.B) {
	x := pointOne + pointTwo
	for i := 0; i < b.N; i++ {
		sinkString = Str(x)
	}
}
