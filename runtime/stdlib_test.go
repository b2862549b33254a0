package runtime

import (
	"testing"
)

// Expected values were printed by CPython 3.11 on glibc.

func TestRandomMatchesCPython(t *testing.T) {
	tests := []struct {
		name string
		got  func() string
		want string
	}{
		{"seed 42 random", func() string {
			r := NewRandom(42)
			return Repr(Tuple{r.Random(), r.Random(), r.Random()})
		}, "(0.6394267984578837, 0.025010755222666936, 0.27502931836911926)"},
		{"str seed randint", func() string { return Str(NewRandom("py2go").Randint(0, 1000)) }, "592"},
		{"getrandbits 70", func() string { return Str(NewRandom(5).Getrandbits(70)) }, "871709100316485385285"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.got(); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestLibmCorrectlyRounded(t *testing.T) {
	tests := []struct {
		name string
		got  float64
		want string
	}{
		{"sin", CSin(0.37), "0.361615431964962"},
		{"exp", CExp(2.5), "12.182493960703473"},
		{"log", CLog(7.0), "1.9459101490553132"},
		{"atan2", CAtan2(1.0, -3.0), "2.819842099193151"},
		{"pow", CPow(1.7, 3.3), "5.760781994950998"},
		{"acos", CAcos(0.5), "1.0471975511965979"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Repr(tt.got); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestRegexTranslation(t *testing.T) {
	tests := []struct {
		name, pattern, want string
		flags               int
	}{
		{"end of text", `a\Z`, `a\z`, 0},
		{"open repeat", `a{,3}`, `a{0,3}`, 0},
		{"flags", `x`, `(?ims)x`, ReIgnoreCase | ReMultiline | ReDotAll},
		{"verbose", "a b # comment\n [ ]c", "ab[ ]c", ReVerbose},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := translateRegex(tt.pattern, tt.flags); got != tt.want {
				t.Errorf("translateRegex(%q) = %q, want %q", tt.pattern, got, tt.want)
			}
		})
	}
	for _, p := range []string{`(?=a)`, `(?<!b)c`, `(a)\1`, `(?P<x>a)(?P=x)`} {
		t.Run("unsupported "+p, func(t *testing.T) {
			if UnsupportedRegex(p) == "" {
				t.Errorf("UnsupportedRegex(%q) found nothing", p)
			}
		})
	}
}

func TestJSONRoundTrip(t *testing.T) {
	tests := []struct {
		name, in, want string
		opts           JSONOptions
	}{
		{"default", `{"b": [1, 2.5, null], "a": "\u00e9"}`, `{"b": [1, 2.5, null], "a": "\u00e9"}`, JSONOptions{ASCII: true}},
		{"compact sorted", `{"b": 1, "a": {"c": true}}`, `{"a":{"c":true},"b":1}`,
			JSONOptions{ASCII: true, SortKeys: true, ItemSep: ",", KeySep: ":", HasSeps: true}},
		{"indent", `[1, [2]]`, "[\n  1,\n  [\n    2\n  ]\n]", JSONOptions{ASCII: true, Indent: 2}},
		{"big int", `123456789012345678901234567890`, `123456789012345678901234567890`, JSONOptions{ASCII: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := JSONDumps(JSONLoads(tt.in), tt.opts); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
