package runtime

import (
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kwargs holds keyword arguments passed to a runtime function that takes
// Python's **kwargs (str.format, dict.update).
type Kwargs map[string]Object

// KwargsOf is the keyword arguments kw with the items of mappings added,
// for f(**mapping) (str.format(**d), str.format_map(d)); their keys must
// be strings.
func KwargsOf(kw Kwargs, mappings ...Object) Kwargs {
	out := Kwargs{}
	for k, v := range kw {
		out[k] = v
	}
	for _, m := range mappings {
		d := NewDict()
		DictUnpack(d, m)
		for _, k := range d.Keys() {
			name, ok := k.(string)
			if !ok {
				panic(TypeError.New("keywords must be strings"))
			}
			out[name] = d.GetItem(k)
		}
	}
	return out
}

// StrFormat is str.format with positional arguments only.
func StrFormat(format string, args ...Object) string {
	return StrFormatKw(format, nil, args...)
}

// StrFormatKw is str.format(*args, **kw): replacement fields
// {name!conv:spec} with automatic or explicit numbering, keyword names,
// attribute (.name) and index ([key]) lookups, and nested fields in the
// spec.
func StrFormatKw(format string, kw Kwargs, args ...Object) string {
	f := &strFormatter{args: args, kw: kw}
	return f.format(format, 2)
}

// strFormatter is one str.format call.
type strFormatter struct {
	args   []Object
	kw     Kwargs
	auto   int  // next automatic field number
	manual bool // a field gave its number explicitly
	usedAt bool // an automatic number was used
}

func (f *strFormatter) format(s string, depth int) string {
	if depth < 0 {
		panic(ValueError.New("Max string recursion exceeded"))
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '{' && i+1 < len(s) && s[i+1] == '{':
			b.WriteByte('{')
			i += 2
		case c == '}' && i+1 < len(s) && s[i+1] == '}':
			b.WriteByte('}')
			i += 2
		case c == '}':
			panic(ValueError.New("Single '}' encountered in format string"))
		case c == '{':
			end := matchBrace(s, i)
			b.WriteString(f.field(s[i+1:end], depth))
			i = end + 1
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

// matchBrace finds the '}' closing the field opened at s[open].
func matchBrace(s string, open int) int {
	depth := 0
	for j := open; j < len(s); j++ {
		switch s[j] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	if strings.IndexByte(s[open:], '}') < 0 {
		panic(ValueError.New("Single '{' encountered in format string"))
	}
	panic(ValueError.New("expected '}' before end of string"))
}

// field formats one replacement field's text (between the braces).
func (f *strFormatter) field(text string, depth int) string {
	name, spec := text, ""
	conv := byte(0)
	if i := fieldEnd(text); i < len(text) {
		name = text[:i]
		rest := text[i:]
		if rest[0] == '!' {
			if len(rest) < 2 || (len(rest) > 2 && rest[2] != ':') {
				panic(ValueError.New("expected ':' after conversion specifier"))
			}
			conv = rest[1]
			rest = rest[2:]
		}
		spec = strings.TrimPrefix(rest, ":")
	}
	v := f.lookup(name)
	switch conv {
	case 0:
	case 'r':
		v = Repr(v)
	case 's':
		v = Str(v)
	case 'a':
		v = ASCII(v)
	default:
		panic(ValueError.New("Unknown conversion specifier " + string(rune(conv))))
	}
	if strings.IndexByte(spec, '{') >= 0 {
		spec = f.format(spec, depth-1)
	}
	return Format(v, spec)
}

// fieldEnd is where the field name ends: at '!' or ':' outside brackets.
func fieldEnd(text string) int {
	inBracket := false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '[':
			inBracket = true
		case c == ']':
			inBracket = false
		case (c == '!' || c == ':') && !inBracket:
			return i
		}
	}
	return len(text)
}

// lookup resolves a field name: a number or keyword, then .attr and
// [key] parts.
func (f *strFormatter) lookup(name string) Object {
	first := len(name)
	if i := strings.IndexAny(name, ".["); i >= 0 {
		first = i
	}
	v := f.argument(name[:first])
	rest := name[first:]
	for rest != "" {
		if rest[0] == '.' {
			end := len(rest)
			if i := strings.IndexAny(rest[1:], ".["); i >= 0 {
				end = i + 1
			}
			v = attrOf(v, rest[1:end])
			rest = rest[end:]
			continue
		}
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			panic(ValueError.New("Missing ']' in format string"))
		}
		key := rest[1:end]
		if n, err := strconv.Atoi(key); err == nil {
			v = GetItem(v, n)
		} else {
			v = GetItem(v, key)
		}
		rest = rest[end+1:]
		if rest != "" && rest[0] != '.' && rest[0] != '[' {
			panic(ValueError.New("Only '.' or '[' may follow ']' in format field specifier"))
		}
	}
	return v
}

func (f *strFormatter) argument(name string) Object {
	if name == "" {
		if f.manual {
			panic(ValueError.New("cannot switch from manual field specification to automatic field numbering"))
		}
		f.usedAt = true
		f.auto++
		return f.positional(f.auto - 1)
	}
	if n, err := strconv.Atoi(name); err == nil {
		if f.usedAt {
			panic(ValueError.New("cannot switch from automatic field numbering to manual field specification"))
		}
		f.manual = true
		return f.positional(n)
	}
	v, ok := f.kw[name]
	if !ok {
		panic(KeyError.New(name))
	}
	return v
}

func (f *strFormatter) positional(i int) Object {
	if i >= len(f.args) {
		panic(IndexError.New("Replacement index " + strconv.Itoa(i) + " out of range for positional args tuple"))
	}
	return f.args[i]
}

// PyAttrGetter is implemented by runtime and generated types whose
// attributes str.format's {x.name} fields may read.
type PyAttrGetter interface {
	PyGetAttr(name string) (Object, bool)
}

// attrOf reads attribute name of v: through PyGetAttr, or a Go struct
// field whose name is the attribute's in mixedCaps.
func attrOf(v Object, name string) Object {
	if g, ok := v.(PyAttrGetter); ok {
		if a, ok := g.PyGetAttr(name); ok {
			return a
		}
	}
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	if rv.Kind() == reflect.Struct {
		for _, field := range []string{name, goFieldName(name), lowerFirst(goFieldName(name))} {
			if v, ok := fieldValue(rv.FieldByName(field)); ok {
				return v
			}
		}
	}
	panic(AttributeError.New("'" + TypeName(v) + "' object has no attribute '" + name + "'"))
}

// fieldValue reads a struct field, unexported ones included for the
// basic kinds (a generated class keeps its attributes in unexported
// fields).
func fieldValue(fv reflect.Value) (Object, bool) {
	switch {
	case !fv.IsValid():
		return nil, false
	case fv.CanInterface():
		return fv.Interface(), true
	}
	switch fv.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32:
		return int(fv.Int()), true
	case reflect.Float64, reflect.Float32:
		return fv.Float(), true
	case reflect.String:
		return fv.String(), true
	case reflect.Bool:
		return fv.Bool(), true
	}
	return nil, false
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// goFieldName is snake_case in mixedCaps with a capital first letter.
func goFieldName(name string) string {
	var b strings.Builder
	up := true
	for _, r := range name {
		if r == '_' {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// runeLen is the length of s in code points, Python's len(s).
func runeLen(s string) int { return utf8.RuneCountInString(s) }
