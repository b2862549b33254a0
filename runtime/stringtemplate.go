package runtime

import (
	"strconv"
	"strings"
)

// Template is string.Template: $name, ${name} and $$ placeholders, with
// CPython's rules for what a name is (ASCII letters, digits and _, not
// starting with a digit, any case) and its error messages.
type Template struct {
	// Text is the template string (the template attribute).
	Text string
}

// NewTemplate is string.Template(template).
func NewTemplate(text string) *Template { return &Template{Text: text} }

// PyRepr names the object as CPython does, without an address.
func (t *Template) PyRepr() string { return "<string.Template object>" }

// PyTypeName is the class's name.
func (t *Template) PyTypeName() string { return "Template" }

// placeholder is one $ in a template: its kind, where it starts and ends,
// and the name it refers to.
type placeholder struct {
	kind       byte // '$' escaped, 'n' named, 'b' braced, 'i' invalid
	start, end int
	name       string
}

// scan finds the placeholders of the template in order.
func (t *Template) scan() []placeholder {
	var out []placeholder
	s := t.Text
	for i := 0; i < len(s); i++ {
		if s[i] != '$' {
			continue
		}
		p := placeholder{kind: 'i', start: i, end: i + 1}
		switch {
		case i+1 < len(s) && s[i+1] == '$':
			p.kind, p.end = '$', i+2
		case identAt(s, i+1) > 0:
			n := identAt(s, i+1)
			p.kind, p.end, p.name = 'n', i+1+n, s[i+1:i+1+n]
		case i+1 < len(s) && s[i+1] == '{' && identAt(s, i+2) > 0 && i+2+identAt(s, i+2) < len(s) && s[i+2+identAt(s, i+2)] == '}':
			n := identAt(s, i+2)
			p.kind, p.end, p.name = 'b', i+3+n, s[i+2:i+2+n]
		}
		out = append(out, p)
		i = p.end - 1
	}
	return out
}

// identAt is the length of the identifier starting at s[i], 0 if none.
func identAt(s string, i int) int {
	n := 0
	for j := i; j < len(s); j++ {
		c := s[j]
		letter := c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (n == 0 || c < '0' || c > '9') {
			break
		}
		n++
	}
	return n
}

// Substitute is t.substitute(mapping, **kw): every placeholder replaced
// by str() of its value (kw first, then mapping, which may be nil);
// KeyError for a missing name, ValueError for a $ that starts none.
func (t *Template) Substitute(mapping Object, kw Kwargs) string {
	return t.substitute(mapping, kw, false)
}

// SafeSubstitute is t.safe_substitute(mapping, **kw): like Substitute,
// but a missing name or a stray $ stays as it is written.
func (t *Template) SafeSubstitute(mapping Object, kw Kwargs) string {
	return t.substitute(mapping, kw, true)
}

func (t *Template) substitute(mapping Object, kw Kwargs, safe bool) string {
	var b strings.Builder
	last := 0
	for _, p := range t.scan() {
		b.WriteString(t.Text[last:p.start])
		last = p.end
		switch p.kind {
		case '$':
			b.WriteByte('$')
		case 'i':
			if !safe {
				panic(ValueError.New(t.invalidAt(p.start + 1)))
			}
			b.WriteByte('$')
		default:
			v, ok := lookupName(p.name, mapping, kw)
			switch {
			case ok:
				b.WriteString(Str(v))
			case safe:
				b.WriteString(t.Text[p.start:p.end])
			default:
				panic(KeyError.New(p.name))
			}
		}
	}
	b.WriteString(t.Text[last:])
	return b.String()
}

func lookupName(name string, mapping Object, kw Kwargs) (Object, bool) {
	if v, ok := kw[name]; ok {
		return v, true
	}
	if mapping != nil && Contains(mapping, name) {
		return GetItem(mapping, name), true
	}
	return nil, false
}

// invalidAt is CPython's message for a stray $ before index i.
func (t *Template) invalidAt(i int) string {
	before := t.Text[:i]
	line := strings.Count(before, "\n") + 1
	col := i - (strings.LastIndexByte(before, '\n') + 1)
	if i == 0 {
		line, col = 1, 1
	}
	return "Invalid placeholder in string: line " + strconv.Itoa(line) + ", col " + strconv.Itoa(col)
}

// Identifiers is t.get_identifiers(): the names of the valid
// placeholders, each once, in order.
func (t *Template) Identifiers() []string {
	var out []string
	for _, p := range t.scan() {
		if (p.kind == 'n' || p.kind == 'b') && !containsStr(out, p.name) {
			out = append(out, p.name)
		}
	}
	return out
}

func containsStr(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// IsValid is t.is_valid(): no $ starts an invalid placeholder.
func (t *Template) IsValid() bool {
	for _, p := range t.scan() {
		if p.kind == 'i' {
			return false
		}
	}
	return true
}
