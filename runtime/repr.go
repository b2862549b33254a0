package runtime

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tuple is a Python tuple. It is a plain slice: tuples are immutable, so
// value semantics are what Python code can observe.
type Tuple []Object

const hexDigits = "0123456789abcdef"

// appendQuoted writes Python's repr of a string: single quotes unless the
// text holds a ' and no ", backslash escapes for quotes, \t \n \r and
// other control characters, and printable non-ASCII text kept as is.
func appendQuoted(b []byte, s string) []byte {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b = append(b, quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = appendHexEscape(b, 'x', uint32(s[i]), 2)
		} else {
			b = appendQuotedRune(b, r, quote)
		}
		i += size
	}
	return append(b, quote)
}

func appendQuotedRune(b []byte, r rune, quote byte) []byte {
	switch {
	case r == rune(quote) || r == '\\':
		return append(b, '\\', byte(r))
	case r == '\t':
		return append(b, `\t`...)
	case r == '\n':
		return append(b, `\n`...)
	case r == '\r':
		return append(b, `\r`...)
	case r < ' ' || r == 0x7f:
		return appendHexEscape(b, 'x', uint32(r), 2)
	case r < utf8.RuneSelf || unicode.IsPrint(r):
		return utf8.AppendRune(b, r)
	case r <= 0xff:
		return appendHexEscape(b, 'x', uint32(r), 2)
	case r <= 0xffff:
		return appendHexEscape(b, 'u', uint32(r), 4)
	}
	return appendHexEscape(b, 'U', uint32(r), 8)
}

func appendHexEscape(b []byte, kind byte, v uint32, width int) []byte {
	b = append(b, '\\', kind)
	for shift := 4 * (width - 1); shift >= 0; shift -= 4 {
		b = append(b, hexDigits[(v>>shift)&0xf])
	}
	return b
}

// appendReflect formats values that are not Python types: Go slices and
// arrays print as lists and Go maps as dicts (keys sorted, since Go maps
// have no order; *Dict keeps insertion order). Anything else prints as an
// object without a repr, the way CPython prints `<T object at 0x...>`.
func appendReflect(b []byte, v any) []byte {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		return appendSeq(b, rv)
	case reflect.Map:
		return appendMap(b, rv)
	case reflect.String:
		return appendQuoted(b, rv.String())
	case reflect.Pointer, reflect.Func, reflect.Chan:
		return fmt.Appendf(b, "<%s object at %#x>", rv.Type(), rv.Pointer())
	}
	return fmt.Append(b, v)
}

func appendSeq(b []byte, rv reflect.Value) []byte {
	b = append(b, '[')
	for i := 0; i < rv.Len(); i++ {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendRepr(b, rv.Index(i).Interface())
	}
	return append(b, ']')
}

func appendMap(b []byte, rv reflect.Value) []byte {
	keys := rv.MapKeys()
	sort.Slice(keys, func(i, j int) bool {
		return lessForDisplay(keys[i].Interface(), keys[j].Interface())
	})
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendRepr(b, k.Interface())
		b = append(b, ": "...)
		b = appendRepr(b, rv.MapIndex(k).Interface())
	}
	return append(b, '}')
}

// lessForDisplay orders map keys for printing: numbers by value, strings
// lexically, anything else by repr, so a Go map prints the same every run.
func lessForDisplay(a, b any) bool {
	if fa, ok := numberValue(a); ok {
		if fb, ok := numberValue(b); ok {
			return fa < fb
		}
	}
	if sa, ok := a.(string); ok {
		if sb, ok := b.(string); ok {
			return sa < sb
		}
	}
	return Repr(a) < Repr(b)
}

func numberValue(v any) (float64, bool) {
	rv := reflect.ValueOf(v)
	switch {
	case rv.CanInt():
		return float64(rv.Int()), true
	case rv.CanUint():
		return float64(rv.Uint()), true
	case rv.CanFloat():
		return rv.Float(), true
	}
	return 0, false
}
