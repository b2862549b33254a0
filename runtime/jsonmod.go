package runtime

import (
	"math"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// This file is Python's json module: dumps writes exactly the text
// CPython's encoder writes (separators, indent, sort_keys, ensure_ascii,
// float reprs, NaN and Infinity), loads reads JSON into dicts that keep the
// document's key order, lists, ints (exact), floats, str, bool and None,
// failing with CPython's JSONDecodeError messages.

// JSONDecodeError is json.JSONDecodeError, a ValueError.
var JSONDecodeError = library("JSONDecodeError", "json.decoder", ValueError)

// JSONOptions are json.dumps' keyword arguments.
type JSONOptions struct {
	// Indent is None (nil), an int (that many spaces) or a str.
	Indent Object
	// ItemSep and KeySep are separators=(item, key); empty means the
	// default, which depends on Indent.
	ItemSep, KeySep string
	HasSeps         bool
	SortKeys        bool
	// ASCII is ensure_ascii, true by default.
	ASCII bool
}

type jsonEncoder struct {
	o      JSONOptions
	indent string
	b      strings.Builder
}

// JSONDumps is json.dumps(obj, ...).
func JSONDumps(v Object, o JSONOptions) string {
	e := &jsonEncoder{o: o}
	switch ind := o.Indent.(type) {
	case nil:
	case string:
		e.indent = ind
	default:
		e.indent = strings.Repeat(" ", max(ToInt(ind), 0))
	}
	if !o.HasSeps {
		e.o.ItemSep, e.o.KeySep = ", ", ": "
		if o.Indent != nil {
			e.o.ItemSep = ","
		}
	}
	e.value(v, 0)
	return e.b.String()
}

func (e *jsonEncoder) newline(level int) {
	if e.o.Indent != nil {
		e.b.WriteByte('\n')
		e.b.WriteString(strings.Repeat(e.indent, level))
	}
}

func (e *jsonEncoder) value(v Object, level int) {
	switch x := v.(type) {
	case nil:
		e.b.WriteString("null")
	case bool:
		e.b.WriteString(strconv.FormatBool(x))
	case string:
		e.str(x)
	case float64:
		e.b.WriteString(jsonFloat(x))
	case int, *big.Int:
		e.b.WriteString(Str(x))
	case *Dict:
		e.dict(x.Keys(), x.GetItem, level)
	case *List:
		e.array(x.Items(), level)
	case Tuple:
		e.array(x, level)
	default:
		e.reflected(v, level)
	}
}

func (e *jsonEncoder) reflected(v Object, level int) {
	if n, ok := asNum(v); ok && n.kind != floatNum {
		e.b.WriteString(Str(fromBig(n.big())))
		return
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		items := make([]Object, rv.Len())
		for i := range items {
			items[i] = rv.Index(i).Interface()
		}
		e.array(items, level)
		return
	case reflect.Map:
		keys := make([]Object, 0, rv.Len())
		for _, k := range rv.MapKeys() {
			keys = append(keys, k.Interface())
		}
		sort.Slice(keys, func(i, j int) bool { return lessForDisplay(keys[i], keys[j]) })
		e.dict(keys, func(k Object) Object { return rv.MapIndex(reflect.ValueOf(k)).Interface() }, level)
		return
	case reflect.Float32, reflect.Float64:
		e.b.WriteString(jsonFloat(rv.Float()))
		return
	}
	panic(TypeError.New("Object of type " + TypeName(v) + " is not JSON serializable"))
}

func (e *jsonEncoder) array(items []Object, level int) {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return
	}
	e.b.WriteByte('[')
	for i, v := range items {
		if i > 0 {
			e.b.WriteString(e.o.ItemSep)
		}
		e.newline(level + 1)
		e.value(v, level+1)
	}
	e.newline(level)
	e.b.WriteByte(']')
}

func (e *jsonEncoder) dict(keys []Object, get func(Object) Object, level int) {
	if len(keys) == 0 {
		e.b.WriteString("{}")
		return
	}
	type entry struct {
		key string
		v   Object
	}
	entries := make([]entry, len(keys))
	for i, k := range keys {
		entries[i] = entry{jsonKey(k), get(k)}
	}
	if e.o.SortKeys {
		sort.SliceStable(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	}
	e.b.WriteByte('{')
	for i, en := range entries {
		if i > 0 {
			e.b.WriteString(e.o.ItemSep)
		}
		e.newline(level + 1)
		e.str(en.key)
		e.b.WriteString(e.o.KeySep)
		e.value(en.v, level+1)
	}
	e.newline(level)
	e.b.WriteByte('}')
}

// jsonKey converts a dict key as CPython's encoder does.
func jsonKey(k Object) string {
	switch x := k.(type) {
	case string:
		return x
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(x)
	case float64:
		return jsonFloat(x)
	}
	if _, ok := asNum(k); ok {
		return Str(k)
	}
	panic(TypeError.New("keys must be str, int, float, bool or None, not " + TypeName(k)))
}

func jsonFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return Repr(f)
}

func (e *jsonEncoder) str(s string) {
	e.b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			e.b.WriteString(`\"`)
		case '\\':
			e.b.WriteString(`\\`)
		case '\n':
			e.b.WriteString(`\n`)
		case '\r':
			e.b.WriteString(`\r`)
		case '\t':
			e.b.WriteString(`\t`)
		case '\b':
			e.b.WriteString(`\b`)
		case '\f':
			e.b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20:
				e.b.WriteString(`\u` + hex4(r))
			case r > 0x7e && e.o.ASCII:
				if r > 0xffff {
					r1, r2 := utf16.EncodeRune(r)
					e.b.WriteString(`\u` + hex4(r1) + `\u` + hex4(r2))
				} else {
					e.b.WriteString(`\u` + hex4(r))
				}
			default:
				e.b.WriteRune(r)
			}
		}
	}
	e.b.WriteByte('"')
}

func hex4(r rune) string {
	s := strconv.FormatInt(int64(r), 16)
	return strings.Repeat("0", 4-len(s)) + s
}

// JSONLoads is json.loads(s).
func JSONLoads(s string) Object {
	d := &jsonDecoder{s: s}
	d.skipSpace()
	v := d.value()
	d.skipSpace()
	if d.i != len(s) {
		d.fail("Extra data", d.i)
	}
	return v
}

type jsonDecoder struct {
	s string
	i int
}

// fail raises JSONDecodeError with CPython's "msg: line L column C (char
// N)", counting characters, not bytes.
func (d *jsonDecoder) fail(msg string, pos int) {
	prefix := d.s[:pos]
	line := strings.Count(prefix, "\n") + 1
	col := utf8.RuneCountInString(prefix[strings.LastIndexByte(prefix, '\n')+1:]) + 1
	char := utf8.RuneCountInString(prefix)
	panic(JSONDecodeError.New(msg + ": line " + strconv.Itoa(line) + " column " + strconv.Itoa(col) +
		" (char " + strconv.Itoa(char) + ")"))
}

func (d *jsonDecoder) skipSpace() {
	for d.i < len(d.s) && strings.IndexByte(" \t\n\r", d.s[d.i]) >= 0 {
		d.i++
	}
}

func (d *jsonDecoder) value() Object {
	if d.i >= len(d.s) {
		d.fail("Expecting value", d.i)
	}
	switch c := d.s[d.i]; {
	case c == '"':
		return d.str()
	case c == '{':
		return d.object()
	case c == '[':
		return d.array()
	case c == '-' || c >= '0' && c <= '9':
		if strings.HasPrefix(d.s[d.i:], "-Infinity") {
			d.i += 9
			return math.Inf(-1)
		}
		return d.number()
	}
	for _, lit := range []struct {
		text string
		v    Object
	}{{"null", nil}, {"true", true}, {"false", false}, {"NaN", math.NaN()}, {"Infinity", math.Inf(1)}} {
		if strings.HasPrefix(d.s[d.i:], lit.text) {
			d.i += len(lit.text)
			return lit.v
		}
	}
	d.fail("Expecting value", d.i)
	return nil
}

func (d *jsonDecoder) number() Object {
	start := d.i
	if d.s[d.i] == '-' {
		d.i++
	}
	digits := d.i
	for d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9' {
		d.i++
	}
	if d.i == digits {
		d.fail("Expecting value", start)
	}
	if d.s[digits] == '0' && d.i-digits > 1 {
		d.i = digits + 1
		return 0
	}
	isFloat := false
	if d.i+1 < len(d.s) && d.s[d.i] == '.' && d.s[d.i+1] >= '0' && d.s[d.i+1] <= '9' {
		isFloat = true
		d.i++
		for d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9' {
			d.i++
		}
	}
	if d.i < len(d.s) && (d.s[d.i] == 'e' || d.s[d.i] == 'E') {
		j := d.i + 1
		if j < len(d.s) && (d.s[j] == '+' || d.s[j] == '-') {
			j++
		}
		if j < len(d.s) && d.s[j] >= '0' && d.s[j] <= '9' {
			isFloat = true
			for d.i = j; d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9'; d.i++ {
			}
		}
	}
	text := d.s[start:d.i]
	if isFloat {
		f, _ := strconv.ParseFloat(text, 64)
		return f
	}
	if n, err := strconv.Atoi(text); err == nil {
		return n
	}
	b, _ := new(big.Int).SetString(text, 10)
	return b
}

func (d *jsonDecoder) str() string {
	start := d.i
	d.i++
	var b strings.Builder
	for {
		if d.i >= len(d.s) {
			d.fail("Unterminated string starting at", start)
		}
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			return b.String()
		case c < 0x20:
			d.fail("Invalid control character at", d.i)
		case c == '\\':
			d.escape(&b)
		default:
			b.WriteByte(c)
			d.i++
		}
	}
}

func (d *jsonDecoder) escape(b *strings.Builder) {
	if d.i+1 >= len(d.s) {
		d.fail("Unterminated string starting at", d.i)
	}
	c := d.s[d.i+1]
	if r, ok := map[byte]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}[c]; ok {
		b.WriteByte(r)
		d.i += 2
		return
	}
	if c != 'u' {
		d.fail("Invalid \\escape", d.i)
	}
	r := d.hex(d.i + 2)
	d.i += 6
	if utf16.IsSurrogate(r) && strings.HasPrefix(d.s[d.i:], `\u`) {
		if r2 := d.hex(d.i + 2); r2 >= 0xdc00 && r2 <= 0xdfff {
			r = utf16.DecodeRune(r, r2)
			d.i += 6
		}
	}
	b.WriteRune(r)
}

func (d *jsonDecoder) hex(at int) rune {
	if at+4 > len(d.s) {
		d.fail("Invalid \\uXXXX escape", at-1)
	}
	n, err := strconv.ParseUint(d.s[at:at+4], 16, 32)
	if err != nil {
		d.fail("Invalid \\uXXXX escape", at-1)
	}
	return rune(n)
}

func (d *jsonDecoder) array() *List {
	d.i++
	out := NewList()
	d.skipSpace()
	if d.i < len(d.s) && d.s[d.i] == ']' {
		d.i++
		return out
	}
	for {
		d.skipSpace()
		out.Append(d.value())
		d.skipSpace()
		if d.i < len(d.s) && d.s[d.i] == ']' {
			d.i++
			return out
		}
		if d.i >= len(d.s) || d.s[d.i] != ',' {
			d.fail("Expecting ',' delimiter", d.i)
		}
		d.i++
	}
}

func (d *jsonDecoder) object() *Dict {
	d.i++
	out := NewDict()
	d.skipSpace()
	if d.i < len(d.s) && d.s[d.i] == '}' {
		d.i++
		return out
	}
	for {
		d.skipSpace()
		if d.i >= len(d.s) || d.s[d.i] != '"' {
			d.fail("Expecting property name enclosed in double quotes", d.i)
		}
		k := d.str()
		d.skipSpace()
		if d.i >= len(d.s) || d.s[d.i] != ':' {
			d.fail("Expecting ':' delimiter", d.i)
		}
		d.i++
		d.skipSpace()
		out.Set(k, d.value())
		d.skipSpace()
		if d.i < len(d.s) && d.s[d.i] == '}' {
			d.i++
			return out
		}
		if d.i >= len(d.s) || d.s[d.i] != ',' {
			d.fail("Expecting ',' delimiter", d.i)
		}
		d.i++
	}
}
