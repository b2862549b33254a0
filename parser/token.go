package parser

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token, as in CPython's tokenize module.
type tokKind uint8

const (
	tName tokKind = iota
	tNumber
	tString // every string literal, f-strings included, prefix and quotes kept
	tOp
	tNewline // the end of a logical line
	tNL      // a line break that does not end a logical line
	tComment
	tIndent
	tDedent
	tEOF
)

// token is one lexical token. Start and End are byte offsets into the
// original text; Indent and Dedent tokens are empty and sit at the first
// token of their line.
type token struct {
	Kind       tokKind
	Start, End int
}

// maxNesting is CPython's limit on open brackets (MAXLEVEL in tokenizer.c).
const maxNesting = 200

// problem is a syntax error found by the tokenizer, the rewrite or the
// checks on gpython's result, with CPython's wording.
type problem struct {
	Pos int
	Msg string
	// Fatal errors stop tokenizing: CPython stops at the first error of
	// its tokenizer, and what follows could only be nonsense.
	Fatal bool
	// Late marks indentation errors, which CPython reports only when its
	// parser found nothing wrong before them.
	Late bool
}

// tokenizer splits Python source into tokens the way CPython 3.11 does.
// It keeps comments and the exact extent of every token, which gpython's
// lexer does not, so that rewrites and error messages can point at the
// original text.
type tokenizer struct {
	src     string
	pos     int
	toks    []token
	errs    []problem
	indents []int // indentation columns with tabs to 8 (CPython's col)
	alt     []int // the same with tabs counted as 1 (altcol), for TabError
	parens  []int // offsets of open brackets
	// lineHasCode is true once a non-comment token was seen on the
	// current physical line; it decides whether a comment is trailing.
	lineHasCode bool
	// trailing records, per comment token index, whether it is trailing.
	trailing map[int]bool
	stopped  bool
	// unclosed is the offset of the innermost bracket still open at the
	// end, or -1. CPython reports it only when the parser does not fail
	// earlier on the bracket's line, so it is not an error yet.
	unclosed int
}

// tokenize returns the tokens of src (which must be valid UTF-8 without NUL
// bytes) and the problems found. Tokenizing continues after a recoverable
// error so one run reports several independent mistakes.
func tokenize(src string) *tokenizer {
	t := &tokenizer{src: src, indents: []int{0}, alt: []int{0}, trailing: map[int]bool{}, unclosed: -1}
	if strings.HasPrefix(src, "\uFEFF") {
		t.pos = 3
	}
	t.run()
	return t
}

func (t *tokenizer) emit(k tokKind, start, end int) {
	t.toks = append(t.toks, token{Kind: k, Start: start, End: end})
}

func (t *tokenizer) fail(pos int, fatal bool, format string, args ...any) {
	t.errs = append(t.errs, problem{Pos: pos, Msg: fmt.Sprintf(format, args...), Fatal: fatal})
	if fatal || len(t.errs) >= maxErrors {
		t.stopped = true // enough to act on; more would only bury the first
	}
}

// run tokenizes line by line: indentation first, then the tokens of the line.
func (t *tokenizer) run() {
	atLineStart := true
	for !t.stopped {
		if atLineStart && len(t.parens) == 0 {
			if !t.indentation() {
				continue
			}
		}
		atLineStart = false
		if t.pos >= len(t.src) {
			break
		}
		if t.lineEnd() {
			atLineStart = true
			continue
		}
		t.next()
	}
	t.finish()
}

// lineEnd consumes a line break, emitting NEWLINE or NL, and reports
// whether there was one.
func (t *tokenizer) lineEnd() bool {
	n := newlineLen(t.src, t.pos)
	if n == 0 {
		return false
	}
	kind := tNL
	if len(t.parens) == 0 && t.lineHasCode {
		kind = tNewline
	}
	t.emit(kind, t.pos, t.pos+n)
	t.pos += n
	t.lineHasCode = false
	return true
}

// newlineLen is the length of the line break at i: 2 for CRLF, 1 for LF or
// a lone CR, 0 when there is none.
func newlineLen(s string, i int) int {
	switch {
	case i >= len(s):
		return 0
	case s[i] == '\n':
		return 1
	case s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n':
		return 2
	case s[i] == '\r':
		return 1
	}
	return 0
}

// indentation measures the indentation of a new line and emits INDENT or
// DEDENT tokens. Blank and comment-only lines do not count; for them it
// returns true after consuming the whitespace so the caller lexes the rest.
func (t *tokenizer) indentation() bool {
	col, alt, i := 0, 0, t.pos
	for ; i < len(t.src); i++ {
		switch t.src[i] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/8 + 1) * 8
			alt++
		case '\f':
			col, alt = 0, 0
		default:
			goto done
		}
	}
done:
	start := t.pos
	t.pos = i
	if i >= len(t.src) || t.src[i] == '#' || newlineLen(t.src, i) > 0 {
		return true // blank line: no indentation change
	}
	if t.src[i] == '\\' {
		return true // a continuation line's indentation is the first line's
	}
	t.indent(start, i, col, alt)
	return !t.stopped
}

// indent compares one line's indentation with the stack, as tokenizer.c
// does, including its TabError check through the alternate column.
func (t *tokenizer) indent(lineStart, at, col, alt int) {
	top := len(t.indents) - 1
	switch {
	case col == t.indents[top]:
		if alt != t.alt[top] {
			t.fail(lineStart, true, "inconsistent use of tabs and spaces in indentation")
			t.markLate()
		}
	case col > t.indents[top]:
		if alt <= t.alt[top] {
			t.fail(lineStart, true, "inconsistent use of tabs and spaces in indentation")
			t.markLate()
			return
		}
		t.indents = append(t.indents, col)
		t.alt = append(t.alt, alt)
		t.emit(tIndent, at, at)
	default:
		for len(t.indents) > 1 && col < t.indents[len(t.indents)-1] {
			t.indents = t.indents[:len(t.indents)-1]
			t.alt = t.alt[:len(t.alt)-1]
			t.emit(tDedent, at, at)
		}
		top = len(t.indents) - 1
		if col != t.indents[top] {
			t.fail(t.lineEndOffset(at), true, "unindent does not match any outer indentation level")
		} else if alt != t.alt[top] {
			t.fail(lineStart, true, "inconsistent use of tabs and spaces in indentation")
		}
		t.markLate()
	}
}

// markLate marks the last error, if it was just added, as an indentation
// error.
func (t *tokenizer) markLate() {
	if t.stopped && len(t.errs) > 0 {
		t.errs[len(t.errs)-1].Late = true
	}
}

// lineEndOffset is the offset of the line break after i (or the end).
func (t *tokenizer) lineEndOffset(i int) int {
	for i < len(t.src) && newlineLen(t.src, i) == 0 {
		i++
	}
	return i
}

// finish closes the token stream: open brackets are an error, and the
// last logical line gets its NEWLINE and the open blocks their DEDENTs.
func (t *tokenizer) finish() {
	if t.stopped {
		return
	}
	if len(t.parens) > 0 {
		t.unclosed = t.parens[len(t.parens)-1]
		t.parens = nil
	}
	if t.lineHasCode {
		t.emit(tNewline, len(t.src), len(t.src))
	}
	for len(t.indents) > 1 {
		t.indents = t.indents[:len(t.indents)-1]
		t.emit(tDedent, len(t.src), len(t.src))
	}
	t.emit(tEOF, len(t.src), len(t.src))
}

// next lexes one token (or skips whitespace) at t.pos, which is not at a
// line break.
func (t *tokenizer) next() {
	c := t.src[t.pos]
	switch {
	case c == ' ' || c == '\t' || c == '\f':
		t.pos++
	case c == '#':
		t.comment()
	case c == '\\':
		t.continuation()
	case c >= '0' && c <= '9' || c == '.' && t.pos+1 < len(t.src) && isDigit(t.src[t.pos+1]):
		t.code()
		t.number()
	case c == '"' || c == '\'':
		t.code()
		t.str(t.pos)
	case c < utf8.RuneSelf && (isLetter(c) || c == '_') || c >= utf8.RuneSelf:
		t.code()
		t.name()
	default:
		t.code()
		t.op()
	}
}

// code notes that the current line holds code.
func (t *tokenizer) code() { t.lineHasCode = true }

func (t *tokenizer) comment() {
	end := t.lineEndOffset(t.pos)
	t.trailing[len(t.toks)] = t.lineHasCode || t.prevOnSameLine()
	t.emit(tComment, t.pos, end)
	t.pos = end
}

// prevOnSameLine reports whether a code token precedes t.pos on its
// physical line, which matters inside brackets where lineHasCode is reset
// only by logical lines.
func (t *tokenizer) prevOnSameLine() bool {
	for i := t.pos - 1; i >= 0; i-- {
		switch t.src[i] {
		case ' ', '\t', '\f':
			continue
		case '\n', '\r':
			return false
		}
		return true
	}
	return false
}

// continuation handles a backslash, which must end its line.
func (t *tokenizer) continuation() {
	n := newlineLen(t.src, t.pos+1)
	switch {
	case n > 0:
		t.pos += 1 + n
	case t.pos+1 >= len(t.src):
		t.fail(t.pos+1, true, "unexpected EOF while parsing")
	default:
		t.fail(t.pos+1, true, "unexpected character after line continuation character")
	}
	t.markLate()
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isIDStart and isIDContinue approximate Unicode's XID_Start and
// XID_Continue, which is what CPython accepts in identifiers.
func isIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) ||
		unicode.Is(unicode.Other_ID_Continue, r)
}

// name lexes an identifier or keyword, or a string with a prefix.
func (t *tokenizer) name() {
	start := t.pos
	r, n := utf8.DecodeRuneInString(t.src[t.pos:])
	if !isIDStart(r) {
		t.invalidChar(r, n)
		return
	}
	t.pos += n
	for t.pos < len(t.src) {
		r, n = utf8.DecodeRuneInString(t.src[t.pos:])
		if !isIDContinue(r) {
			break
		}
		t.pos += n
	}
	if t.pos < len(t.src) && (t.src[t.pos] == '"' || t.src[t.pos] == '\'') && isStringPrefix(t.src[start:t.pos]) {
		t.str(start)
		return
	}
	t.emit(tName, start, t.pos)
}

// invalidChar reports a character that cannot start any token and skips it.
func (t *tokenizer) invalidChar(r rune, n int) {
	if unicode.IsPrint(r) {
		t.fail(t.pos, false, "invalid character '%c' (U+%04X)", r, r)
	} else {
		t.fail(t.pos, false, "invalid non-printable character U+%04X", r)
	}
	t.pos += n
}

// isStringPrefix reports whether p is one of Python's string prefixes.
func isStringPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// str lexes a string literal whose prefix starts at start and whose quote
// is at t.pos. An f-string is one token here, as in CPython 3.11; its
// fields are parsed later.
func (t *tokenizer) str(start int) {
	q := t.src[t.pos]
	triple := strings.HasPrefix(t.src[t.pos:], strings.Repeat(string(q), 3))
	i := t.pos + 1
	if triple {
		i = t.pos + 3
	}
	for i < len(t.src) {
		c := t.src[i]
		switch {
		case c == '\\':
			i += 1 + max(newlineLen(t.src, i+1), 1)
			continue
		case c == q && !triple:
			t.emitString(start, i+1)
			return
		case c == q && strings.HasPrefix(t.src[i:], strings.Repeat(string(q), 3)):
			t.emitString(start, i+3)
			return
		case !triple && newlineLen(t.src, i) > 0:
			t.unterminated(start, i, "unterminated string literal (detected at line %d)")
			return
		}
		i++
	}
	if triple {
		t.unterminated(start, len(t.src), "unterminated triple-quoted string literal (detected at line %d)")
	} else {
		t.unterminated(start, len(t.src), "unterminated string literal (detected at line %d)")
	}
}

func (t *tokenizer) emitString(start, end int) {
	t.emit(tString, start, end)
	t.pos = end
}

// unterminated reports a string that does not end, naming the line where
// the tokenizer noticed, as CPython does. It is fatal because everything
// after an unclosed quote would be misread.
func (t *tokenizer) unterminated(start, at int, format string) {
	line := 1 + strings.Count(t.src[:at], "\n") + strings.Count(t.src[:at], "\r") - strings.Count(t.src[:at], "\r\n")
	if at == len(t.src) && at > 0 && newlineLen(t.src, at-1) > 0 && strings.Contains(format, "triple") {
		line-- // CPython counts the last line break as the end of a line, not a new one
	}
	t.fail(start, true, format, line)
}

// operators lists Python's operators, longest first so the first match wins.
var operators = []string{
	"**=", "//=", ">>=", "<<=", "...", "!=",
	"->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
	"+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=",
}

// op lexes an operator or delimiter and tracks bracket nesting.
func (t *tokenizer) op() {
	for _, o := range operators {
		if strings.HasPrefix(t.src[t.pos:], o) {
			t.bracket(o)
			if t.stopped {
				return
			}
			t.emit(tOp, t.pos, t.pos+len(o))
			t.pos += len(o)
			return
		}
	}
	if t.src[t.pos] == '!' || t.src[t.pos] == '$' || t.src[t.pos] == '?' || t.src[t.pos] == '`' {
		// CPython lexes these as an error token; the parser then reports
		// invalid syntax there.
		t.emit(tOp, t.pos, t.pos+1)
		t.pos++
		return
	}
	r, n := utf8.DecodeRuneInString(t.src[t.pos:])
	t.invalidChar(r, n)
}

// bracket checks an operator that opens or closes a bracket.
func (t *tokenizer) bracket(o string) {
	switch o {
	case "(", "[", "{":
		if len(t.parens) >= maxNesting {
			t.fail(t.pos, true, "too many nested parentheses")
			return
		}
		t.parens = append(t.parens, t.pos)
	case ")", "]", "}":
		if len(t.parens) == 0 || t.parens[len(t.parens)-1] < 0 {
			t.fail(t.pos, true, "unmatched '%s'", o)
			return
		}
		open := t.parens[len(t.parens)-1]
		if closing(t.src[open]) != o[0] {
			t.mismatch(open, o)
			return
		}
		t.parens = t.parens[:len(t.parens)-1]
	}
}

func (t *tokenizer) mismatch(open int, o string) {
	ol, cl := lineOf(t.src, open), lineOf(t.src, t.pos)
	if ol == cl {
		t.fail(t.pos, true, "closing parenthesis '%s' does not match opening parenthesis '%c'", o, t.src[open])
	} else {
		t.fail(t.pos, true, "closing parenthesis '%s' does not match opening parenthesis '%c' on line %d", o, t.src[open], ol)
	}
}

// lineOf is the 1-based line of offset i.
func lineOf(s string, i int) int {
	n := 1
	for j := 0; j < i && j < len(s); j++ {
		if s[j] == '\n' || s[j] == '\r' && (j+1 >= len(s) || s[j+1] != '\n') {
			n++
		}
	}
	return n
}

func closing(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}
