package runtime

import (
	"bytes"
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

// reprWriter formats nested values. active holds the lists and dicts
// being formatted, so one that contains itself prints as [...] or {...},
// as in Python, instead of recursing forever.
type reprWriter struct {
	b      []byte
	active []any
}

func (w *reprWriter) repr(v any) {
	if b, ok := appendScalar(w.b, v); ok {
		w.b = b
		return
	}
	switch x := v.(type) {
	case string:
		w.b = appendQuoted(w.b, x)
	case *List:
		w.nested(x, "[...]", func() { w.seq(x.Items(), "[", "]") })
	case *Dict:
		w.nested(x, "{...}", func() { w.dict(x.snapshot()) })
	case Tuple:
		if len(x) == 1 {
			w.seq(x, "(", ",)")
		} else {
			w.seq(x, "(", ")")
		}
	case PyReprer:
		w.b = append(w.b, x.PyRepr()...)
	case PyStringer:
		if r, ok := defaultObjectRepr(v); ok {
			w.b = append(w.b, r...) // a class's __str__ is not its repr
			return
		}
		w.b = append(w.b, x.PyStr()...)
	case error:
		w.b = append(w.b, toError(x).PyRepr()...)
	default:
		w.reflect(v)
	}
}

// nested formats container c with body unless c is already being
// formatted further up.
func (w *reprWriter) nested(c any, cycle string, body func()) {
	for _, a := range w.active {
		if a == c {
			w.b = append(w.b, cycle...)
			return
		}
	}
	w.active = append(w.active, c)
	body()
	w.active = w.active[:len(w.active)-1]
}

func (w *reprWriter) seq(items []Object, open, close string) {
	w.b = append(w.b, open...)
	for i, v := range items {
		if i > 0 {
			w.b = append(w.b, ", "...)
		}
		w.repr(v)
	}
	w.b = append(w.b, close...)
}

func (w *reprWriter) dict(entries []dictEntry) {
	w.b = append(w.b, '{')
	for i, e := range entries {
		if i > 0 {
			w.b = append(w.b, ", "...)
		}
		w.repr(e.key)
		w.b = append(w.b, ": "...)
		w.repr(e.val)
	}
	w.b = append(w.b, '}')
}

// reflect formats values that are not Python types: a []byte as bytes
// (b'..'), other Go slices and arrays as lists and Go maps as dicts (keys
// sorted, since Go maps have no order; *Dict keeps insertion order).
// Anything else prints as an object without a repr, the way CPython prints
// `<T object at 0x...>`.
func (w *reprWriter) reflect(v any) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		if rv.Type().Elem().Kind() == reflect.Uint8 && rv.Kind() == reflect.Slice {
			w.b = appendBytes(w.b, rv.Bytes())
			return
		}
		items := make([]Object, rv.Len())
		for i := range items {
			items[i] = rv.Index(i).Interface()
		}
		w.seq(items, "[", "]")
	case reflect.Map:
		w.goMap(rv)
	case reflect.String:
		w.b = appendQuoted(w.b, rv.String())
	case reflect.Pointer, reflect.Func, reflect.Chan:
		if t := rv.Type(); t.Kind() == reflect.Pointer && t.Elem().PkgPath() == "main" {
			// A class of the script without __repr__: CPython's default.
			r, _ := defaultObjectRepr(v)
			w.b = append(w.b, r...)
			return
		}
		if r, ok := builtinValueRepr(rv); ok {
			w.b = append(w.b, r...)
			return
		}
		w.b = fmt.Appendf(w.b, "<%s object at %#x>", rv.Type(), rv.Pointer())
	default:
		w.b = fmt.Append(w.b, v)
	}
}

func (w *reprWriter) goMap(rv reflect.Value) {
	keys := rv.MapKeys()
	sort.Slice(keys, func(i, j int) bool {
		return lessForDisplay(keys[i].Interface(), keys[j].Interface())
	})
	entries := make([]dictEntry, len(keys))
	for i, k := range keys {
		entries[i] = dictEntry{key: k.Interface(), val: rv.MapIndex(k).Interface()}
	}
	w.dict(entries)
}

// appendBytes writes Python's repr of bytes: b'...' with the same quote
// choice as str, and \x escapes for everything outside printable ASCII.
func appendBytes(b []byte, p []byte) []byte {
	quote := byte('\'')
	if bytes.IndexByte(p, '\'') >= 0 && bytes.IndexByte(p, '"') < 0 {
		quote = '"'
	}
	b = append(b, 'b', quote)
	for _, c := range p {
		switch {
		case c == quote || c == '\\':
			b = append(b, '\\', c)
		case c == '\t':
			b = append(b, `\t`...)
		case c == '\n':
			b = append(b, `\n`...)
		case c == '\r':
			b = append(b, `\r`...)
		case c < ' ' || c >= 0x7f:
			b = appendHexEscape(b, 'x', uint32(c), 2)
		default:
			b = append(b, c)
		}
	}
	return append(b, quote)
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
