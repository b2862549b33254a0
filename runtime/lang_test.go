package runtime

import (
	"math"
	"testing"
)

func TestMulInt(t *testing.T) {
	tests := []struct {
		name     string
		a, b     int
		want     int
		overflow bool
	}{
		{"small", 6, 7, 42, false},
		{"negative", -6, 7, -42, false},
		{"zero", 0, math.MaxInt, 0, false},
		{"overflow", 1 << 40, 1 << 40, 0, true},
		{"min int", math.MinInt, -1, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Catch(func() {
				if got := MulInt(tt.a, tt.b); got != tt.want {
					t.Errorf("MulInt(%d, %d) = %d, want %d", tt.a, tt.b, got, tt.want)
				}
			})
			if (err != nil) != tt.overflow {
				t.Errorf("MulInt(%d, %d) raised %v, want overflow %v", tt.a, tt.b, err, tt.overflow)
			}
			if err != nil && !err.Matches(OverflowError) {
				t.Errorf("raised %v, want OverflowError", err)
			}
		})
	}
}

func TestSliceBounds(t *testing.T) {
	xs := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	tests := []struct {
		name         string
		lo, hi, step Object
		want         []int
	}{
		{"all", nil, nil, nil, xs},
		{"middle", 2, 5, nil, []int{2, 3, 4}},
		{"negative", -3, nil, nil, []int{7, 8, 9}},
		{"step", nil, nil, 3, []int{0, 3, 6, 9}},
		{"reverse", nil, nil, -1, []int{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}},
		{"reverse range", 8, 2, -2, []int{8, 6, 4}},
		{"past the end", 100, nil, nil, []int{}},
		{"before the start", -100, 2, nil, []int{0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SliceOf(xs, tt.lo, tt.hi, tt.step)
			if Repr(got) != Repr(tt.want) {
				t.Errorf("xs[%v:%v:%v] = %v, want %v", tt.lo, tt.hi, tt.step, got, tt.want)
			}
		})
	}
}

func TestStrByCodePoint(t *testing.T) {
	s := "héllo ✓"
	tests := []struct {
		name, got, want string
	}{
		{"index", StrIndex(s, 1), "é"},
		{"negative index", StrIndex(s, -1), "✓"},
		{"slice", StrSlice(s, 1, 4, nil), "éll"},
		{"reverse", StrSlice(s, nil, nil, -1), "✓ olléh"},
		{"ascii", StrSlice("abcdef", 1, -1, 2), "bd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func TestUnpack(t *testing.T) {
	tests := []struct {
		name string
		f    func()
		want string
	}{
		{"too many", func() { Unpack(NewList(1, 2, 3), 2) }, "too many values to unpack (expected 2)"},
		{"not enough", func() { Unpack(Tuple{1}, 2) }, "not enough values to unpack (expected 2, got 1)"},
		{"star", func() {
			got := UnpackStar("abcd", 1, 1)
			if Repr(got[1]) != "['b', 'c']" {
				panic(ValueError.New("bad rest " + Repr(got[1])))
			}
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Catch(tt.f)
			got := ""
			if err != nil {
				got = err.Str()
			}
			if got != tt.want {
				t.Errorf("raised %q, want %q", got, tt.want)
			}
		})
	}
}
