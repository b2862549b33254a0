package runtime

import (
	"strings"
	"testing"
)

// The expected texts below are what CPython 3.11 prints for the same
// operations.

type testMember struct{ Enum[int] }

func TestEnumText(t *testing.T) {
	tests := []struct {
		name           string
		m              Enum[int]
		str, repr, fmt string
	}{
		{"plain", Enum[int]{Class: "Color", Name: "RED", Value: 1}, "Color.RED", "<Color.RED: 1>", "Color.RED"},
		{"intenum", Enum[int]{Class: "P", Kind: KindIntEnum, Name: "LOW", Value: 1}, "1", "<P.LOW: 1>", "1"},
		{"flag zero", Enum[int]{Class: "Perm", Kind: KindFlag, Value: 0}, "Perm(0)", "<Perm: 0>", "Perm(0)"},
		{"int mixin", Enum[int]{Class: "I", Kind: KindIntMixin, Name: "ONE", Value: 1}, "I.ONE", "<I.ONE: 1>", "I.ONE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &testMember{tt.m}
			if got := Str(m); got != tt.str {
				t.Errorf("str = %q, want %q", got, tt.str)
			}
			if got := Repr(m); got != tt.repr {
				t.Errorf("repr = %q, want %q", got, tt.repr)
			}
			if got := Format(m, ""); got != tt.fmt {
				t.Errorf("format = %q, want %q", got, tt.fmt)
			}
		})
	}
}

func TestFlagOf(t *testing.T) {
	mk := func(e Enum[int]) *testMember { return &testMember{e} }
	r := mk(Enum[int]{Class: "Perm", Kind: KindFlag, Name: "R", Value: 1})
	w := mk(Enum[int]{Class: "Perm", Kind: KindFlag, Name: "W", Value: 2})
	members := []*testMember{r, w}
	t.Run("named", func(t *testing.T) {
		if FlagOf(members, 2, mk) != w {
			t.Error("Perm(2) is not Perm.W")
		}
	})
	t.Run("combined once", func(t *testing.T) {
		a, b := FlagOf(members, 3, mk), FlagOf(members, 3, mk)
		if a != b || Repr(a) != "<Perm.R|W: 3>" {
			t.Errorf("Perm(3) = %s twice the same: %v", Repr(a), a == b)
		}
	})
	t.Run("invalid", func(t *testing.T) {
		err := Catch(func() { FlagOf(members, 8, mk) })
		want := "ValueError: <flag 'Perm'> invalid value 8\n    given 0b0 1000\n  allowed 0b0 0011"
		if err == nil || err.Error() != want {
			t.Errorf("got %v, want %q", err, want)
		}
	})
}

func TestBytesHelpers(t *testing.T) {
	tests := []struct {
		name string
		f    func() Object
		want string
	}{
		{"fromhex", func() Object { return BytesFromHex("de ad BE") }, `b'\xde\xad\xbe'`},
		{"fromhex bad", func() Object { return BytesFromHex("0g") }, "ValueError: non-hexadecimal number found in fromhex() arg at position 1"},
		{"concat", func() Object { return Add([]byte("a"), NewByteArray([]byte("b"), nil, nil)) }, "b'ab'"},
		{"repeat", func() Object { return Mul(2, []byte("ab")) }, "b'abab'"},
		{"item", func() Object { return GetItem([]byte("ab"), -1) }, "98"},
		{"item range", func() Object { return GetItem([]byte("ab"), 2) }, "IndexError: index out of range"},
		{"string needs encoding", func() Object { return NewBytes("x", nil, nil) }, "TypeError: string argument without an encoding"},
		{"byte range", func() Object { return NewBytes(NewList(256), nil, nil) }, "ValueError: byte must be in range(0, 256)"},
		{"decode start", func() Object { return Decode([]byte("a\xff"), "utf-8", "strict") },
			"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"},
		{"decode end", func() Object { return Decode([]byte("ab\xe2\x82"), "utf-8", "strict") },
			"UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 2-3: unexpected end of data"},
		{"decode replace", func() Object { return Decode([]byte("a\xc3("), "utf-8", "replace") }, "'a\ufffd('"},
		{"split", func() Object { return CallMethod([]byte(" a  b "), "split") }, "[b'a', b'b']"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			if err := Catch(func() { got = Repr(tt.f()) }); err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestZipStrict(t *testing.T) {
	tests := []struct {
		name string
		its  []Object
		want string
	}{
		{"equal", []Object{NewList(1, 2), "ab"}, ""},
		{"shorter", []Object{NewList(1, 2), "a"}, "ValueError: zip() argument 2 is shorter than argument 1"},
		{"longer third", []Object{NewList(1), "a", "bc"}, "ValueError: zip() argument 3 is longer than arguments 1-2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if err := Catch(func() {
				for range ZipStrict(true, tt.its...) {
				}
			}); err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestArgparseUsageWraps(t *testing.T) {
	p := NewArgumentParser("tool", nil, nil, true)
	for _, n := range []string{"--alpha", "--bravo", "--charlie", "--delta", "--echo", "--foxtrot"} {
		p.AddArgument(ArgSpec{Names: []string{n}})
	}
	p.AddArgument(ArgSpec{Names: []string{"files"}, Nargs: "*"})
	want := "usage: tool [-h] [--alpha ALPHA] [--bravo BRAVO] [--charlie CHARLIE]\n" +
		"            [--delta DELTA] [--echo ECHO] [--foxtrot FOXTROT]\n" +
		"            [files ...]\n"
	t.Setenv("COLUMNS", "")
	if got := p.FormatUsage(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	ns := p.ParseArgs(NewList("a", "--echo", "e"))
	if got := Repr(ns); !strings.Contains(got, "echo='e'") || !strings.Contains(got, "files=['a']") {
		t.Errorf("namespace %s", got)
	}
}

func TestPFormat(t *testing.T) {
	d := DictOf("b", NewList(1, 2), "a", "x")
	tests := []struct {
		name  string
		width int
		want  string
	}{
		{"fits", 80, "{'a': 'x', 'b': [1, 2]}"},
		{"wraps", 10, "{'a': 'x',\n 'b': [1,\n       2]}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PFormat(d, PPrintOptions{Indent: 1, Width: tt.width, SortDicts: true}); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
