package parser

import (
	"fmt"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

// headerKeywords start a compound statement whose header ends in a colon.
var headerKeywords = map[string]bool{
	"if": true, "elif": true, "else": true, "for": true, "while": true, "def": true, "class": true,
	"with": true, "try": true, "except": true, "finally": true, "async": true,
}

// syntaxError turns gpython's error into one at the offending token of the
// original text, with CPython's wording. It also returns the index of the
// offending token, or -1 when gpython does not say where it is.
func (p *parse) syntaxError(c *converter, em *emitter, err error) (problem, int) {
	msg, line, col := gpythonError(err)
	if strings.HasPrefix(msg, "interface conversion:") {
		ls := p.lineStart(p.stmtStartBefore(c, line, col))
		return p.assignError(ls, assignKind(msg)), ls
	}
	if msg != "invalid syntax" && msg != "unexpected EOF while parsing" {
		// Errors from grammar actions point at the start of the next line.
		ls := p.lineStart(p.prevStmtStart(c, line))
		if k, ok := strings.CutPrefix(msg, "can't assign to "); ok {
			if k == "operator" {
				k = "expression"
			}
			if e, ok := p.anyAssignError(k); ok {
				return e, p.lineStart(e.Pos)
			}
			return p.assignError(ls, k), ls
		}
		if msg == "keyword can't be an expression" {
			msg = `expression cannot contain assignment, perhaps you meant "=="?`
		}
		return problem{Pos: p.sig[ls].Start, Msg: strings.ReplaceAll(msg, "can't", "cannot")}, -1
	}
	newOff := 0
	if line >= 1 && line <= len(c.newLines) {
		newOff = c.newLines[line-1] + col
	}
	i := p.offender(em, newOff)
	return p.wording(i), i
}

// gpythonError extracts the message and position of a gpython error.
func gpythonError(err error) (msg string, line, col int) {
	e, ok := err.(*py.Exception)
	if !ok {
		return err.Error(), 0, 0
	}
	if len(e.Args.(py.Tuple)) > 0 {
		msg = fmtArg(e.Args.(py.Tuple)[0])
	}
	if l, ok := e.Dict["lineno"].(py.Int); ok {
		line = int(l)
	}
	if o, ok := e.Dict["offset"].(py.Int); ok {
		col = int(o)
	}
	return msg, line, col
}

func fmtArg(o py.Object) string {
	if s, ok := o.(py.String); ok {
		return string(s)
	}
	if e, ok := o.(error); ok {
		return e.Error()
	}
	return "invalid syntax"
}

// offender finds the token gpython's error offset points after. The offset
// is just past the lookahead token, except for a NEWLINE lookahead, which
// gpython places after the whitespace ending the line (the space the
// rewrite puts at each line's end tells the two apart), and for characters
// its lexer rejects, where it is their start.
func (p *parse) offender(em *emitter, newOff int) int {
	for j := newOff; j > 0 && (em.out[j-1] == ' ' || em.out[j-1] == '\t'); {
		j--
		if nl, ok := em.lineEnds[j]; ok && j < newOff {
			return nl
		}
	}
	if newOff >= len(em.out) {
		return len(p.sig) - 1
	}
	orig := em.origOf(newOff-1) + 1
	if newOff == 0 {
		orig = em.origOf(0)
	}
	k := sort.Search(len(p.sig), func(i int) bool { return p.sig[i].Start >= orig })
	if k < len(p.sig) && p.sig[k].Start == orig && strings.Contains("!$?`", p.tokText(k)) && p.tokText(k) != "" {
		return k
	}
	for i := k; i > 0 && i > k-3; i-- {
		if t := p.sig[i-1]; t.End == orig && t.Kind != tNewline && t.Kind != tDedent && t.Kind != tIndent {
			return i - 1
		}
	}
	return min(k, len(p.sig)-1)
}

// errorAt is where CPython reports an error at token i: a NEWLINE after a
// comment is reported at the comment, and the end of the file at the end
// of the last line with content.
func (p *parse) errorAt(i int) int { return errorOffset(p.src, p.sig, i) }

func errorOffset(src string, sig []token, i int) int {
	t := sig[i]
	switch t.Kind {
	case tNewline:
		prev := 0
		if i > 0 {
			prev = sig[i-1].End
		}
		if c := strings.IndexByte(src[prev:t.Start], '#'); c >= 0 {
			return prev + c
		}
	case tEOF, tDedent:
		if t.Start >= len(src) {
			return len(strings.TrimRight(src, " \t\f\r\n"))
		}
		// CPython puts a DEDENT at the last blank of the indentation
		// (column 0 for none, which an offset cannot express).
		if t.Kind == tDedent && t.Start > 0 && (src[t.Start-1] == ' ' || src[t.Start-1] == '\t') {
			return t.Start - 1
		}
	}
	return t.Start
}

// wording words the error at token i as CPython does for the common
// cases, and "invalid syntax" otherwise.
func (p *parse) wording(i int) problem {
	at := p.errorAt(i)
	ls := p.lineStart(p.sig[i].Start)
	kw := p.tokText(ls)
	if kw == "async" {
		kw = p.tokText(ls + 1)
	}
	switch {
	case (kw == "else" || kw == "try" || kw == "finally") && i == ls+1:
		return problem{Pos: at, Msg: "expected ':'"}
	case kw == "def" && p.tokText(i-2) == "def" && p.sig[i-1].Kind == tName:
		return problem{Pos: at, Msg: "expected '('"}
	case (kw == "def" || kw == "class") && p.afterHeadParens(ls, i):
		return problem{Pos: at, Msg: "expected ':'"}
	case kw == "def" && i <= ls+2 || kw == "class" && i <= ls+1:
		return problem{Pos: at, Msg: "invalid syntax"}
	case headerKeywords[kw] && p.sig[i].Kind == tNewline && !p.hasColon(ls, i) && (kw != "for" || p.hasIn(ls, i)):
		return problem{Pos: at, Msg: "expected ':'"}
	case p.tokText(i) == ":" && i == ls+1 && p.sig[i+1].Kind == tNewline && p.sig[ls].Kind == tName && !isKeyword(kw):
		// `name:` could begin an annotation; CPython misses the type.
		return problem{Pos: p.errorAt(i + 1), Msg: "invalid syntax"}
	case kw == "def" && p.tokText(i-1) == "=" && (p.tokText(i) == "," || p.tokText(i) == ")"):
		return problem{Pos: p.sig[i-1].Start, Msg: "expected default value expression"}
	case (kw == "print" || kw == "exec") && i == ls+1 && p.startsExpr(i):
		return problem{Pos: p.sig[ls].Start, Msg: fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", kw, kw)}
	}
	if start, ok := p.missingComma(ls, i); ok && kw != "def" && kw != "import" && kw != "from" {
		return problem{Pos: p.sig[start].Start, Msg: "invalid syntax. Perhaps you forgot a comma?"}
	}
	return problem{Pos: at, Msg: "invalid syntax"}
}

// afterHeadParens reports whether token i directly follows the parameter
// list of a def (or the bases of a class) without being `->` or `:`.
func (p *parse) afterHeadParens(ls, i int) bool {
	open := ls + 2
	if p.tokText(ls) == "async" {
		open++
	}
	if p.tokText(open) != "(" || p.tokText(i) == ":" || p.tokText(i) == "->" {
		return false
	}
	depth := 0
	for j := open; j < i; j++ {
		switch p.tokText(j) {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
			if depth == 0 {
				return j == i-1
			}
		}
	}
	return false
}

// hasIn reports whether tokens [from, to) hold `in` outside brackets.
func (p *parse) hasIn(from, to int) bool {
	depth := 0
	for j := from; j < to; j++ {
		switch p.tokText(j) {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		case "in":
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

// missingComma recognizes two expressions side by side inside brackets,
// where CPython suggests a comma, and returns where the first one starts.
func (p *parse) missingComma(ls, i int) (int, bool) {
	if i == 0 || !p.endsExpr(i-1) || !p.startsExpr(i) {
		return 0, false
	}
	depth := 0
	for j := i - 1; j >= ls; j-- {
		switch t := p.tokText(j); {
		case t == ")" || t == "]" || t == "}":
			depth++
		case t == "(" || t == "[" || t == "{":
			if depth == 0 {
				return p.commaHint(j+1, i)
			}
			depth--
		case depth == 0 && commaBoundary[t]:
			return p.commaHint(j+1, i)
		}
	}
	return 0, false
}

// commaBoundary holds the tokens after which an expression list item (a
// disjunction, in CPython's grammar) can start.
var commaBoundary = map[string]bool{
	",": true, ":": true, "=": true, ":=": true, "for": true, "if": true, "else": true,
	"lambda": true, "yield": true, "return": true, "in": true,
}

// commaHint applies CPython's exceptions to the missing-comma hint for the
// item starting at token start: none when it starts with a name and a
// string (a likely string prefix typo) or with a soft keyword, and none
// unless the text is inside brackets.
func (p *parse) commaHint(start, i int) (int, bool) {
	if start >= i || p.sig[start].Kind == tName && p.sig[start+1].Kind == tString {
		return 0, false
	}
	switch p.tokText(start) {
	case "match", "case", "_":
		return 0, false
	}
	return start, p.inBrackets(start)
}

// inBrackets reports whether token i is inside brackets.
func (p *parse) inBrackets(i int) bool {
	depth := 0
	for j := i - 1; j >= 0 && p.sig[j].Kind != tNewline; j-- {
		switch p.tokText(j) {
		case ")", "]", "}":
			depth++
		case "(", "[", "{":
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// endsExpr reports whether token i can end an expression.
func (p *parse) endsExpr(i int) bool { return endsExpr(p.src, p.sig[i]) }

// startsExpr reports whether token i can start an expression.
func (p *parse) startsExpr(i int) bool { return startsExpr(p.src, p.sig[i]) }

func endsExpr(src string, tok token) bool {
	t := src[tok.Start:tok.End]
	switch tok.Kind {
	case tNumber, tString:
		return true
	case tName:
		return !isKeyword(t) || t == "None" || t == "True" || t == "False"
	}
	return t == ")" || t == "]" || t == "}"
}

func startsExpr(src string, tok token) bool {
	t := src[tok.Start:tok.End]
	switch tok.Kind {
	case tNumber, tString:
		return true
	case tName:
		return !isKeyword(t) || t == "None" || t == "True" || t == "False"
	}
	return t == "(" || t == "[" || t == "{"
}

func (p *parse) tokText(i int) string {
	if i < 0 || i >= len(p.sig) {
		return ""
	}
	return p.src[p.sig[i].Start:p.sig[i].End]
}

// hasColon reports whether tokens [from, to) hold a colon outside brackets
// and lambdas.
func (p *parse) hasColon(from, to int) bool { return hasColon(p.src, p.sig, from, to) }

func hasColon(src string, sig []token, from, to int) bool {
	depth, lambdas := 0, 0
	for j := from; j < to; j++ {
		switch src[sig[j].Start:sig[j].End] {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		case "lambda":
			if depth == 0 {
				lambdas++
			}
		case ":":
			if depth == 0 && lambdas == 0 {
				return true
			}
			if depth == 0 {
				lambdas--
			}
		}
	}
	return false
}

// stmtStartBefore is the start of the logical line at a gpython position.
func (p *parse) stmtStartBefore(c *converter, line, col int) int {
	off := 0
	if line >= 1 && line <= len(c.newLines) {
		off = c.em.origOf(c.newLines[line-1] + col)
	}
	return p.sig[p.lineStart(off)].Start
}

// prevStmtStart is the start of the logical line before the gpython line
// `line`, where grammar-action errors point.
func (p *parse) prevStmtStart(c *converter, line int) int {
	off := len(p.src)
	if line >= 1 && line <= len(c.newLines) {
		off = c.em.origOf(c.newLines[line-1])
	}
	for j := len(p.sig) - 1; j >= 0; j-- {
		if p.sig[j].Kind == tNewline && p.sig[j].Start < off {
			return p.sig[p.lineStart(p.sig[j].Start)].Start
		}
	}
	return 0
}
