package runtime

import (
	"iter"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// This file is Python's re module on Go's regexp (RE2). Python's syntax is
// translated where the two differ in spelling only (\Z, {,n}, verbose
// patterns, flags); what RE2 cannot do (lookaround, backreferences in a
// pattern) raises re.error naming the feature. Positions are counted in
// code points, as Python counts them, not in bytes.

// The re flags, with CPython's values.
const (
	ReIgnoreCase = 2
	ReMultiline  = 8
	ReDotAll     = 16
	ReVerbose    = 64
	ReASCII      = 256
)

// ReError is re.error.
var ReError = library("error", "re", Exception)

// Pattern is a compiled regular expression, re.Pattern.
type Pattern struct {
	Pattern string
	Flags   int
	search  *regexp.Regexp
	anchors sync.Once
	match   *regexp.Regexp // \A(?:p)
	full    *regexp.Regexp // \A(?:p)\z
}

var patternCache sync.Map // "flags:pattern" -> *Pattern

// ReCompile is re.compile(pattern, flags), cached as CPython caches.
func ReCompile(pattern string, flags int) *Pattern {
	key := strconv.Itoa(flags) + ":" + pattern
	if p, ok := patternCache.Load(key); ok {
		return p.(*Pattern)
	}
	src := translateRegex(pattern, flags)
	re, err := regexp.Compile(src)
	if err != nil {
		panic(ReError.New(strings.TrimPrefix(err.Error(), "error parsing regexp: ")))
	}
	p := &Pattern{Pattern: pattern, Flags: flags | 32, search: re} // 32 is re.UNICODE, set for str patterns
	patternCache.Store(key, p)
	return p
}

// translateRegex spells a Python pattern in RE2's syntax.
func translateRegex(p string, flags int) string {
	if flags&ReVerbose != 0 {
		p = stripVerbose(p)
	}
	if f := UnsupportedRegex(p); f != "" {
		panic(ReError.New("not supported by Go's regexp: " + f))
	}
	var b strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			if p[i+1] == 'Z' && !inClass {
				b.WriteString(`\z`)
			} else {
				b.WriteString(p[i : i+2])
			}
			i++
			continue
		case c == '[' && !inClass:
			inClass = true
			b.WriteByte(c)
			if i+1 < len(p) && p[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(p) && p[i+1] == ']' {
				b.WriteString(`\]`)
				i++
			}
			continue
		case c == ']' && inClass:
			inClass = false
		case c == '{' && !inClass && strings.HasPrefix(p[i:], "{,"):
			b.WriteString("{0")
			continue
		}
		b.WriteByte(c)
	}
	prefix := ""
	if flags&ReIgnoreCase != 0 {
		prefix += "i"
	}
	if flags&ReMultiline != 0 {
		prefix += "m"
	}
	if flags&ReDotAll != 0 {
		prefix += "s"
	}
	if prefix != "" {
		return "(?" + prefix + ")" + b.String()
	}
	return b.String()
}

// UnsupportedRegex names a feature of p that Go's regexp lacks, or "".
// It is exported for py2go itself, which checks literal patterns at
// transpile time with it, so both find the same features.
func UnsupportedRegex(p string) string {
	inClass := false
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '\\' && i+1 < len(p):
			if d := p[i+1]; d >= '1' && d <= '9' && !inClass {
				return "backreference \\" + string(d)
			}
			i++
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '(' && !inClass && strings.HasPrefix(p[i:], "(?"):
			rest := p[i+2:]
			for _, f := range [][2]string{{"=", "lookahead (?=...)"}, {"!", "negative lookahead (?!...)"},
				{"<=", "lookbehind (?<=...)"}, {"<!", "negative lookbehind (?<!...)"},
				{"P=", "backreference (?P=name)"}, {"(", "conditional group (?(...)"}, {">", "atomic group (?>...)"}} {
				if strings.HasPrefix(rest, f[0]) {
					return f[1]
				}
			}
		}
	}
	return ""
}

// stripVerbose drops white space and comments outside character classes,
// as re.VERBOSE does.
func stripVerbose(p string) string {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			b.WriteString(p[i : i+2])
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
			b.WriteByte(c)
		case c == '[':
			inClass = true
			b.WriteByte(c)
		case c == '#':
			for i < len(p) && p[i] != '\n' {
				i++
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func (p *Pattern) anchored() {
	p.anchors.Do(func() {
		src := p.search.String()
		p.match = regexp.MustCompile(`\A(?:` + src + `)`)
		p.full = regexp.MustCompile(`\A(?:` + src + `)\z`)
	})
}

// Groups is p.groups: the number of capturing groups.
func (p *Pattern) Groups() int { return p.search.NumSubexp() }

// PyRepr is repr(p): "re.compile('a+')".
func (p *Pattern) PyRepr() string { return "re.compile(" + Repr(p.Pattern) + ")" }

// PyTypeName is the name CPython's error messages give the type.
func (p *Pattern) PyTypeName() string { return "re.Pattern" }

func (p *Pattern) matchWith(re *regexp.Regexp, s string) *Match {
	loc := re.FindStringSubmatchIndex(s)
	if loc == nil {
		return nil
	}
	return &Match{re: p, s: s, loc: loc}
}

// Match is p.match(s): a match at the start of s, or None.
func (p *Pattern) Match(s string) *Match {
	p.anchored()
	return p.matchWith(p.match, s)
}

// Fullmatch is p.fullmatch(s): a match of all of s, or None.
func (p *Pattern) Fullmatch(s string) *Match {
	p.anchored()
	return p.matchWith(p.full, s)
}

// Search is p.search(s): the first match anywhere in s, or None.
func (p *Pattern) Search(s string) *Match { return p.matchWith(p.search, s) }

// Finditer is p.finditer(s): every non-overlapping match.
func (p *Pattern) Finditer(s string) iter.Seq[*Match] {
	return func(yield func(*Match) bool) {
		for _, loc := range p.search.FindAllStringSubmatchIndex(s, -1) {
			if !yield(&Match{re: p, s: s, loc: loc}) {
				return
			}
		}
	}
}

// Findall is p.findall(s) for a pattern with at most one group: the
// matched texts (the group's text when there is one).
func (p *Pattern) Findall(s string) []string {
	g := min(p.Groups(), 1)
	out := []string{}
	for _, loc := range p.search.FindAllStringSubmatchIndex(s, -1) {
		if loc[2*g] < 0 {
			out = append(out, "")
			continue
		}
		out = append(out, s[loc[2*g]:loc[2*g+1]])
	}
	return out
}

// FindallObj is p.findall(s) for any pattern: strings, or tuples of the
// groups' texts when there are two or more groups.
func (p *Pattern) FindallObj(s string) *List {
	if p.Groups() < 2 {
		items := p.Findall(s)
		out := make([]Object, len(items))
		for i, v := range items {
			out[i] = v
		}
		return NewList(out...)
	}
	var out []Object
	for m := range p.Finditer(s) {
		out = append(out, m.Groups(""))
	}
	return NewList(out...)
}

// Split is p.split(s, maxsplit) for a pattern without groups.
func (p *Pattern) Split(s string, maxsplit int) []string {
	var out []string
	last := 0
	for _, loc := range p.search.FindAllStringIndex(s, -1) {
		if maxsplit > 0 && len(out) >= maxsplit {
			break
		}
		out = append(out, s[last:loc[0]])
		last = loc[1]
	}
	return append(out, s[last:])
}

// SplitObj is p.split(s, maxsplit) for any pattern: the groups' texts (or
// None) go between the pieces.
func (p *Pattern) SplitObj(s string, maxsplit int) *List {
	var out []Object
	last, n := 0, 0
	for m := range p.Finditer(s) {
		if maxsplit > 0 && n >= maxsplit {
			break
		}
		n++
		out = append(out, s[last:m.loc[0]])
		for g := 1; g <= p.Groups(); g++ {
			out = append(out, m.Group(g))
		}
		last = m.loc[1]
	}
	return NewList(append(out, s[last:])...)
}

// Sub is p.sub(repl, s, count) with a replacement template: \1, \g<1>,
// \g<name> and the usual escapes.
func (p *Pattern) Sub(repl, s string, count int) string {
	tmpl := parseTemplate(p, repl)
	return p.SubFunc(func(m *Match) string { return m.expand(tmpl) }, s, count)
}

// SubFunc is p.sub(fn, s, count): each match replaced by fn(match).
func (p *Pattern) SubFunc(fn func(*Match) string, s string, count int) string {
	var b strings.Builder
	last, n := 0, 0
	for m := range p.Finditer(s) {
		if count > 0 && n >= count {
			break
		}
		n++
		b.WriteString(s[last:m.loc[0]])
		b.WriteString(fn(m))
		last = m.loc[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// Subn is p.subn(repl, s, count): the new string and the number of
// replacements.
func (p *Pattern) Subn(repl, s string, count int) Tuple {
	n := 0
	tmpl := parseTemplate(p, repl)
	out := p.SubFunc(func(m *Match) string { n++; return m.expand(tmpl) }, s, count)
	return Tuple{out, n}
}

// templatePiece is literal text, or a group reference when group >= 0.
type templatePiece struct {
	text  string
	group int
}

func parseTemplate(p *Pattern, repl string) []templatePiece {
	var out []templatePiece
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			out = append(out, templatePiece{text: lit.String(), group: -1})
			lit.Reset()
		}
	}
	for i := 0; i < len(repl); i++ {
		c := repl[i]
		if c != '\\' || i+1 == len(repl) {
			lit.WriteByte(c)
			continue
		}
		i++
		switch d := repl[i]; {
		case d >= '0' && d <= '9':
			j := i + 1
			if j < len(repl) && repl[j] >= '0' && repl[j] <= '9' {
				j++
			}
			g, _ := strconv.Atoi(repl[i:j])
			flush()
			out = append(out, templatePiece{group: p.checkGroup(g)})
			i = j - 1
		case d == 'g' && i+1 < len(repl) && repl[i+1] == '<':
			end := strings.IndexByte(repl[i:], '>')
			if end < 0 {
				panic(ReError.New("missing >, unterminated name"))
			}
			name := repl[i+2 : i+end]
			flush()
			out = append(out, templatePiece{group: p.groupIndex(name)})
			i += end
		default:
			if e, ok := templateEscapes[d]; ok {
				lit.WriteString(e)
			} else if d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' {
				panic(ReError.New("bad escape \\" + string(d)))
			} else {
				lit.WriteByte('\\')
				lit.WriteByte(d)
			}
		}
	}
	flush()
	return out
}

var templateEscapes = map[byte]string{'n': "\n", 't': "\t", 'r': "\r", 'f': "\f", 'v': "\v", 'a': "\a", '\\': "\\"}

func (p *Pattern) checkGroup(g int) int {
	if g > p.Groups() {
		panic(ReError.New("invalid group reference " + strconv.Itoa(g)))
	}
	return g
}

// groupIndex resolves a group given by number or name.
func (p *Pattern) groupIndex(name string) int {
	if g, err := strconv.Atoi(name); err == nil {
		return p.checkGroup(g)
	}
	if i := p.search.SubexpIndex(name); i >= 0 {
		return i
	}
	panic(IndexError.New("unknown group name '" + name + "'"))
}

// Match is a successful match, re.Match. A nil *Match is Python's None.
type Match struct {
	re  *Pattern
	s   string
	loc []int
}

// PyBool makes a match true and None false in conditions.
func (m *Match) PyBool() bool { return m != nil }

// PyRepr is repr(m): "<re.Match object; span=(0, 3), match='abc'>".
func (m *Match) PyRepr() string {
	if m == nil {
		return "None"
	}
	return "<re.Match object; span=" + Repr(m.Span(0)) + ", match=" + Repr(m.Group0()) + ">"
}

// PyStr is str(m), the same as its repr.
func (m *Match) PyStr() string { return m.PyRepr() }

// PyTypeName is the name CPython's error messages give the type.
func (m *Match) PyTypeName() string {
	if m == nil {
		return "NoneType"
	}
	return "re.Match"
}

func (m *Match) noneCheck(attr string) {
	if m == nil {
		panic(AttributeError.New("'NoneType' object has no attribute '" + attr + "'"))
	}
}

// Group0 is m.group() and m.group(0): the whole match.
func (m *Match) Group0() string {
	m.noneCheck("group")
	return m.s[m.loc[0]:m.loc[1]]
}

// Group is m.group(g) for a group given by number or name: its text, or
// None when it did not take part in the match.
func (m *Match) Group(g Object) Object {
	m.noneCheck("group")
	i := m.index(g)
	if m.loc[2*i] < 0 {
		return nil
	}
	return m.s[m.loc[2*i]:m.loc[2*i+1]]
}

// GroupN is m.group(g1, g2, ...): a tuple.
func (m *Match) GroupN(gs ...Object) Tuple {
	out := make(Tuple, len(gs))
	for i, g := range gs {
		out[i] = m.Group(g)
	}
	return out
}

func (m *Match) index(g Object) int {
	switch x := g.(type) {
	case string:
		return m.re.groupIndex(x)
	case int:
		if x >= 0 && x <= m.re.Groups() {
			return x
		}
	}
	panic(IndexError.New("no such group"))
}

// PyGetItem is m[g], the same as m.group(g).
func (m *Match) PyGetItem(g Object) Object { return m.Group(g) }

// Groups is m.groups(default): every group's text, default for those that
// did not take part.
func (m *Match) Groups(def Object) Tuple {
	m.noneCheck("groups")
	out := make(Tuple, m.re.Groups())
	for i := range out {
		if v := m.Group(i + 1); v != nil {
			out[i] = v
		} else {
			out[i] = def
		}
	}
	return out
}

// Groupdict is m.groupdict(default): the named groups' texts.
func (m *Match) Groupdict(def Object) *Dict {
	m.noneCheck("groupdict")
	d := NewDict()
	for i, name := range m.re.search.SubexpNames() {
		if name == "" {
			continue
		}
		if v := m.Group(i); v != nil {
			d.Set(name, v)
		} else {
			d.Set(name, def)
		}
	}
	return d
}

// runeIndex converts a byte offset in m's string to a code-point index.
func (m *Match) runeIndex(b int) int {
	if b < 0 {
		return -1
	}
	return utf8.RuneCountInString(m.s[:b])
}

// Start is m.start(g).
func (m *Match) Start(g Object) int {
	m.noneCheck("start")
	return m.runeIndex(m.loc[2*m.index(g)])
}

// End is m.end(g).
func (m *Match) End(g Object) int {
	m.noneCheck("end")
	return m.runeIndex(m.loc[2*m.index(g)+1])
}

// Span is m.span(g): (start, end).
func (m *Match) Span(g Object) Tuple { return Tuple{m.Start(g), m.End(g)} }

// String is m.string, the text searched.
func (m *Match) String() string { return m.s }

// Expand is m.expand(template).
func (m *Match) Expand(template string) string { return m.expand(parseTemplate(m.re, template)) }

func (m *Match) expand(t []templatePiece) string {
	var b strings.Builder
	for _, p := range t {
		if p.group < 0 {
			b.WriteString(p.text)
		} else if v := m.Group(p.group); v != nil {
			b.WriteString(v.(string))
		}
	}
	return b.String()
}

// ReEscape is re.escape(s): every character that is special in a pattern
// gets a backslash, as CPython 3.7+ escapes.
func ReEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// PyItemSetter is implemented by runtime types that support c[k] = v;
// SetItem calls it.
type PyItemSetter interface{ PySetItem(k, v Object) }
