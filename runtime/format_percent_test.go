package runtime

import "testing"

func dictForTest(kv ...Object) *Dict {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		d.Set(kv[i], kv[i+1])
	}
	return d
}

// TestStrMod checks the % operator against CPython 3.11's results.
func TestStrMod(t *testing.T) {
	cases := []struct {
		format string
		args   Tuple
		want   string
	}{
		{"%s-%05.2f-%x", Tuple{"id", float64(3.14159), 255}, "id-03.14-ff"},
		{"%d%%", Tuple{50}, "50%"},
		{"%5s|%-5s|", Tuple{"a", "b"}, "    a|b    |"},
		{"%r", Tuple{"x"}, "'x'"},
		{"%+d % d", Tuple{5, 5}, "+5  5"},
		{"%#x %#o %X", Tuple{255, 8, 255}, "0xff 0o10 FF"},
		{"%.3s", Tuple{"abcdef"}, "abc"},
		{"%c%c", Tuple{65, "b"}, "Ab"},
		{"%e", Tuple{float64(12345.678)}, "1.234568e+04"},
		{"%g %g", Tuple{float64(1e-05), float64(123456789.0)}, "1e-05 1.23457e+08"},
		{"%*d|%-*d", Tuple{5, 1, 4, 2}, "    1|2   "},
		{"%.*f", Tuple{2, float64(3.14159)}, "3.14"},
		{"%d", Tuple{float64(3.99)}, "3"},
		{"%i", Tuple{true}, "1"},
		{"%s", Tuple{NewList(1, "a")}, "[1, 'a']"},
		{"%s and %s", Tuple{Tuple{1, 2}, nil}, "(1, 2) and None"},
		{"%05d", Tuple{-42}, "-0042"},
		{"%x", Tuple{-255}, "-ff"},
		{"%10.3f|", Tuple{float64(3.14159)}, "     3.142|"},
		{"%-10.3e|", Tuple{float64(3.14159)}, "3.142e+00 |"},
		{"%a", Tuple{"\u00e9"}, "'\\xe9'"},
		{"%s", Tuple{"solo"}, "solo"},
		{"%.2f%%", Tuple{float64(99.5)}, "99.50%"},
		{"%o", Tuple{8}, "10"},
		{"%G", Tuple{float64(1e-10)}, "1E-10"},
	}
	for _, c := range cases {
		t.Run(c.format, func(t *testing.T) {
			var args Object = c.args
			if len(c.args) == 1 {
				args = c.args[0]
			}
			if got := StrMod(c.format, args); got != c.want {
				t.Errorf("%q %% %s = %q, want %q", c.format, Repr(args), got, c.want)
			}
		})
	}
}

// TestStrFormat checks str.format against CPython 3.11's results.
func TestStrFormat(t *testing.T) {
	cases := []struct {
		format string
		kw     Kwargs
		args   []Object
		want   string
	}{
		{"{} {}", nil, []Object{"a", 1}, "a 1"},
		{"{1}{0}{1}", nil, []Object{"a", "b"}, "bab"},
		{"{:>6}|{:<4}|{:^5}", nil, []Object{"r", "l", "c"}, "     r|l   |  c  "},
		{"{name}={val:.2f}", Kwargs{"name": "pi", "val": float64(3.14159)}, []Object{}, "pi=3.14"},
		{"{0!r} {0!s} {0!a}", nil, []Object{"\u00e9"}, "'\u00e9' \u00e9 '\\xe9'"},
		{"{:{w}.{p}f}", Kwargs{"w": 10, "p": 3}, []Object{float64(3.14159)}, "     3.142"},
		{"{{literal}} {}", nil, []Object{5}, "{literal} 5"},
		{"{0[1]} {0[0]}", nil, []Object{NewList("x", "y")}, "y x"},
		{"{:,}", nil, []Object{1234567}, "1,234,567"},
		{"{:*^{}}", nil, []Object{"mid", 9}, "***mid***"},
		{"{!r:>8}", nil, []Object{"q"}, "     'q'"},
		{"{:08.3f}", nil, []Object{float64(-3.14159)}, "-003.142"},
		{"{:x} {:#b}", nil, []Object{255, 5}, "ff 0b101"},
		{"{}", nil, []Object{NewList(1, Tuple{2, "b"}, dictForTest("k", nil))}, "[1, (2, 'b'), {'k': None}]"},
		{"{:5}|{:<5}|", nil, []Object{42, 42}, "   42|42   |"},
	}
	for _, c := range cases {
		t.Run(c.format, func(t *testing.T) {
			if got := StrFormatKw(c.format, c.kw, c.args...); got != c.want {
				t.Errorf("%q.format(...) = %q, want %q", c.format, got, c.want)
			}
		})
	}
}
