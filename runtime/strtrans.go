package runtime

import (
	"strings"
	"unicode/utf8"
)

// Maketrans is str.maketrans(x, y, z): with one argument, a dict mapping
// characters (or their code points) to strings, code points or None;
// with two, strings of equal length mapped character by character; z
// lists characters to delete. The table maps code points, as CPython's.
func Maketrans(x, y, z Object) *Dict {
	table := NewDict()
	if y == nil {
		d, ok := x.(*Dict)
		if !ok {
			panic(TypeError.New("if you give only one argument to maketrans it must be a dict"))
		}
		for _, k := range d.Keys() {
			key := k
			if s, isStr := k.(string); isStr {
				if utf8.RuneCountInString(s) != 1 {
					panic(ValueError.New("string keys in translate table must be of length 1"))
				}
				r, _ := utf8.DecodeRuneInString(s)
				key = int(r)
			}
			table.Set(key, d.GetItem(k))
		}
		return table
	}
	from, to := []rune(Str(x)), []rune(Str(y))
	if len(from) != len(to) {
		panic(ValueError.New("the first two maketrans arguments must have equal length"))
	}
	for i, r := range from {
		table.Set(int(r), int(to[i]))
	}
	if z != nil {
		for _, r := range Str(z) {
			table.Set(int(r), nil)
		}
	}
	return table
}

// Translate is s.translate(table): each character whose code point the
// table maps is replaced by the string or code point it maps to, or
// dropped when that is None.
func Translate(s string, table Object) string {
	var b strings.Builder
	for _, r := range s {
		v, ok := lookupTrans(table, int(r))
		switch {
		case !ok:
			b.WriteRune(r)
		case v == nil:
		default:
			if n, isInt := intValue(v); isInt {
				b.WriteRune(rune(n))
			} else if str, isStr := v.(string); isStr {
				b.WriteString(str)
			} else {
				panic(TypeError.New("character mapping must return integer, None or str"))
			}
		}
	}
	return b.String()
}

func lookupTrans(table Object, r int) (Object, bool) {
	if d, ok := table.(*Dict); ok {
		return d.Get(r)
	}
	var v Object
	err := Catch(func() { v = GetItem(table, r) })
	if err != nil {
		if err.Matches(LookupError) {
			return nil, false
		}
		panic(err)
	}
	return v, true
}
