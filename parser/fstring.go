package parser

import (
	"fmt"
	"strings"
)

// fString is an implicitly concatenated group of string literals with at
// least one f-string, taken apart: literal text (decoded) and fields.
type fString struct {
	Parts []fPart
}

// fPart is literal text or a field.
type fPart struct {
	Lit   string
	Field *fField
}

// fField is one `{expr=!c:spec}` field.
type fField struct {
	ExprStart, ExprEnd int // the expression's text in the source
	Debug              string
	Conv               rune
	HasSpec            bool
	Spec               []fPart
	// Tok is where the f-string token holding the field starts; CPython
	// puts a format spec's parts there.
	Tok int
}

// fields lists the fields in the order their expressions are emitted:
// each field, then the fields of its format spec.
func (fs *fString) fields() []*fField {
	var out []*fField
	var walk func(parts []fPart)
	walk = func(parts []fPart) {
		for _, p := range parts {
			if p.Field != nil {
				out = append(out, p.Field)
				walk(p.Field.Spec)
			}
		}
	}
	walk(fs.Parts)
	return out
}

// parseFStringGroup takes apart adjacent string tokens, at least one of
// them an f-string.
func parseFStringGroup(src string, toks []token) (*fString, *problem) {
	fs := &fString{}
	for _, t := range toks {
		lit := splitString(src, t.Start, t.End)
		if lit.Bytes {
			return nil, &problem{Pos: toks[len(toks)-1].End, Msg: "cannot mix bytes and nonbytes literals"}
		}
		if !lit.F {
			v, err := decodeLiteral(lit)
			if err != nil {
				return nil, &problem{Pos: t.End, Msg: err.Error()}
			}
			fs.Parts = appendLit(fs.Parts, v)
			continue
		}
		s := &fScanner{src: src, raw: lit.Raw, end: lit.BodyStart + len(lit.Body), errAt: t.End, tok: t.Start}
		parts, _, err := s.parts(lit.BodyStart, 0, false)
		if err != nil {
			return nil, err
		}
		for _, p := range parts {
			if p.Field != nil {
				fs.Parts = append(fs.Parts, p)
			} else {
				fs.Parts = appendLit(fs.Parts, p.Lit)
			}
		}
	}
	return fs, nil
}

// appendLit adds literal text, merging it with a literal before it as
// CPython does.
func appendLit(parts []fPart, s string) []fPart {
	if s == "" {
		return parts
	}
	if n := len(parts); n > 0 && parts[n-1].Field == nil {
		parts[n-1].Lit += s
		return parts
	}
	return append(parts, fPart{Lit: s})
}

// decodeLiteral decodes the body of a plain string literal.
func decodeLiteral(lit strLit) (string, *escapeError) {
	if lit.Raw {
		return normalizeNewlines(lit.Body), nil
	}
	return decodeEscapes(lit.Body, lit.Bytes)
}

// fScanner reads the inside of one f-string with CPython 3.11's rules.
type fScanner struct {
	src   string
	raw   bool
	end   int // end of the body
	errAt int // CPython reports f-string errors at the end of the token
	tok   int // the token's start
}

func (s *fScanner) fail(msg string) *problem {
	return &problem{Pos: s.errAt, Msg: "f-string: " + msg}
}

// parts reads literal text and fields from i up to the end of the body
// or, in a format spec, up to its closing brace. It returns where it
// stopped.
func (s *fScanner) parts(i, depth int, inSpec bool) ([]fPart, int, *problem) {
	var parts []fPart
	var lit strings.Builder
	flush := func() *problem {
		text := lit.String()
		lit.Reset()
		if !s.raw {
			var err *escapeError
			if text, err = decodeEscapes(text, false); err != nil {
				return &problem{Pos: s.errAt, Msg: err.Error()}
			}
		} else {
			text = normalizeNewlines(text)
		}
		parts = appendLit(parts, text)
		return nil
	}
	for i < s.end {
		c := s.src[i]
		switch {
		case c == '}' && inSpec:
			return parts, i, flush()
		case c == '{' && i+1 < s.end && s.src[i+1] == '{' && !inSpec, c == '}' && i+1 < s.end && s.src[i+1] == '}':
			lit.WriteByte(c)
			i += 2
		case c == '{':
			if err := flush(); err != nil {
				return nil, 0, err
			}
			f, next, err := s.field(i, depth)
			if err != nil {
				return nil, 0, err
			}
			parts = append(parts, fPart{Field: f})
			i = next
		case c == '}':
			return nil, 0, s.fail("single '}' is not allowed")
		case c == '\\' && !s.raw && i+1 < s.end:
			n := 2
			if s.src[i+1] == '{' || s.src[i+1] == '}' {
				n = 1
			} else if s.src[i+1] == 'N' && i+2 < s.end && s.src[i+2] == '{' {
				if k := strings.IndexByte(s.src[i:s.end], '}'); k > 0 {
					n = k + 1
				}
			}
			lit.WriteString(s.src[i : i+n])
			i += n
		default:
			lit.WriteByte(c)
			i++
		}
	}
	if inSpec {
		return nil, 0, s.fail("expecting '}'")
	}
	return parts, i, flush()
}

// field reads the field whose `{` is at i and returns where it ends.
func (s *fScanner) field(i, depth int) (*fField, int, *problem) {
	if depth >= 2 {
		return nil, 0, s.fail("expressions nested too deeply")
	}
	f := &fField{ExprStart: i + 1, Tok: s.tok}
	j, err := s.expr(i + 1)
	if err != nil {
		return nil, 0, err
	}
	f.ExprEnd = j
	if strings.Contains(s.src[f.ExprStart:f.ExprEnd], "\\") {
		return nil, 0, &problem{Pos: s.errAt, Msg: "f-string expression part cannot include a backslash"}
	}
	if strings.TrimSpace(s.src[f.ExprStart:f.ExprEnd]) == "" {
		return nil, 0, s.fail("empty expression not allowed")
	}
	if s.src[j] == '=' {
		j++
		for j < s.end && (s.src[j] == ' ' || s.src[j] == '\t' || s.src[j] == '\n' || s.src[j] == '\r') {
			j++
		}
		f.Debug = s.src[f.ExprStart:j]
	}
	if j < s.end && s.src[j] == '!' {
		if j+1 >= s.end || !strings.ContainsRune("sra", rune(s.src[j+1])) {
			return nil, 0, s.fail("invalid conversion character: expected 's', 'r', or 'a'")
		}
		f.Conv = rune(s.src[j+1])
		j += 2
	}
	if j < s.end && s.src[j] == ':' {
		f.HasSpec = true
		f.Spec, j, err = s.parts(j+1, depth+1, true)
		if err != nil {
			return nil, 0, err
		}
	}
	if j >= s.end || s.src[j] != '}' {
		return nil, 0, s.fail("expecting '}'")
	}
	if f.Debug != "" && f.Conv == 0 && !f.HasSpec {
		f.Conv = 'r'
	}
	return f, j + 1, nil
}

// expr finds the end of a field's expression: the first `}`, `!` (not
// `!=`), `:` or `=` (not part of `==`, `<=`, ...) outside brackets and
// strings.
func (s *fScanner) expr(i int) (int, *problem) {
	var open []byte // brackets open in the expression
	for ; i < s.end; i++ {
		c := s.src[i]
		switch {
		case c == '#':
			return 0, &problem{Pos: s.errAt, Msg: "f-string expression part cannot include '#'"}
		case c == '\'' || c == '"':
			i = s.skipQuoted(i) - 1
		case c == '(' || c == '[' || c == '{':
			open = append(open, c)
		case (c == ')' || c == ']' || c == '}') && len(open) > 0:
			if o := open[len(open)-1]; closing(o) != c {
				return 0, s.fail(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, o))
			}
			open = open[:len(open)-1]
		case len(open) > 0:
		case c == '}' || c == ':':
			return i, nil
		case c == '!' && !(i+1 < s.end && s.src[i+1] == '='):
			return i, nil
		case c == '=' && !(i+1 < s.end && s.src[i+1] == '=') && !(i > 0 && strings.ContainsRune("=!<>", rune(s.src[i-1]))):
			return i, nil
		}
	}
	return 0, s.fail("expecting '}'")
}

// skipQuoted returns the offset after the string literal starting at i.
func (s *fScanner) skipQuoted(i int) int {
	q := s.src[i]
	if i+2 < s.end && s.src[i+1] == q && s.src[i+2] == q {
		if k := strings.Index(s.src[i+3:s.end], strings.Repeat(string(q), 3)); k >= 0 {
			return i + 3 + k + 3
		}
		return s.end
	}
	if k := strings.IndexByte(s.src[i+1:s.end], q); k >= 0 {
		return i + 1 + k + 1
	}
	return s.end
}

// tokenizeExpr tokenizes the expression of an f-string field, which sits
// at [start, end) of src, as if it were inside parentheses.
func tokenizeExpr(src string, start, end int) *tokenizer {
	t := &tokenizer{src: src[:end], pos: start, indents: []int{0}, alt: []int{0}, trailing: map[int]bool{}, parens: []int{-1}}
	for t.pos < len(t.src) && !t.stopped {
		if !t.lineEnd() {
			t.next()
		}
	}
	t.emit(tEOF, end, end)
	return t
}
