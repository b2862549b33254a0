package parser

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

// blockKinds names a compound statement in CPython's "expected an
// indented block after ..." message.
var blockKinds = map[string]string{
	"def": "function definition", "class": "class definition", "if": "'if' statement",
	"elif": "'elif' statement", "else": "'else' statement", "for": "'for' statement",
	"while": "'while' statement", "with": "'with' statement", "try": "'try' statement",
	"except": "'except' statement", "finally": "'finally' statement",
}

// blockErrors finds indentation errors from the tokens alone: a block
// header not followed by an indented block, and an indent that follows no
// header. gpython would only say "invalid syntax" for both.
func blockErrors(src string, sig []token) []lexError {
	var errs []lexError
	start, prevStart := 0, 0
	for i, t := range sig {
		switch t.Kind {
		case tIndent:
			// After a header that lacks its colon the parser reports the
			// colon; the indent is then expected.
			first := realStart(sig, prevStart)
			header := headerKeywords[src[sig[first].Start:sig[first].End]]
			if (i == 0 || !header) && !(i >= 2 && sig[i-1].Kind == tNewline && isOp(src, sig[i-2], ":")) {
				errs = append(errs, lexError{Pos: t.Start - 1, Msg: "unexpected indent"})
			}
		case tNewline:
			prevStart = start
			if i > 0 && isOp(src, sig[i-1], ":") && i+1 < len(sig) && sig[i+1].Kind != tIndent {
				if e, ok := missingBlock(src, sig, start, i); ok {
					errs = append(errs, e)
				}
			}
			start = i + 1
		case tDedent:
			start = i + 1
		}
	}
	return errs
}

// realStart skips the INDENT and DEDENT tokens that open a logical line.
func realStart(sig []token, i int) int {
	for i < len(sig)-1 && (sig[i].Kind == tIndent || sig[i].Kind == tDedent) {
		i++
	}
	return i
}

func isOp(src string, t token, s string) bool {
	return t.Kind == tOp && src[t.Start:t.End] == s
}

// missingBlock builds the error for the header [start, nl) whose block is
// missing; it sits at the next token, or at the end of the last line with
// content when the file ends.
func missingBlock(src string, sig []token, start, nl int) (lexError, bool) {
	start = realStart(sig, start)
	kw := src[sig[start].Start:sig[start].End]
	if kw == "async" && start+1 < nl {
		kw = src[sig[start+1].Start:sig[start+1].End]
	}
	kind, ok := blockKinds[kw]
	if !ok {
		return lexError{}, false
	}
	line := lineOf(src, sig[start].Start)
	pos := sig[nl+1].Start
	for pos < len(src) && (src[pos] == ' ' || src[pos] == '\t') {
		pos++
	}
	if sig[nl+1].Kind == tEOF || sig[nl+1].Kind == tDedent && pos >= len(src) {
		pos = len(strings.TrimRight(src, " \t\f\r\n"))
	}
	return lexError{Pos: pos, Msg: "expected an indented block after " + kind + " on line " + itoa(line)}, true
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// headerKeywords start a compound statement whose header ends in a colon.
var headerKeywords = map[string]bool{
	"if": true, "elif": true, "else": true, "for": true, "while": true, "def": true, "class": true,
	"with": true, "try": true, "except": true, "finally": true, "async": true,
}

// syntaxError turns gpython's error into one at the offending token of the
// original text, with CPython's wording.
func (p *parse) syntaxError(c *converter, em *emitter, err error) lexError {
	msg, line, col := gpythonError(err)
	if strings.HasPrefix(msg, "interface conversion:") {
		return p.assignError(p.lineStart(p.stmtStartBefore(c, line, col)), assignKind(msg))
	}
	if msg != "invalid syntax" && msg != "unexpected EOF while parsing" {
		// Errors from grammar actions point at the start of the next line.
		ls := p.lineStart(p.prevStmtStart(c, line))
		if k, ok := strings.CutPrefix(msg, "can't assign to "); ok {
			if k == "operator" {
				k = "expression"
			}
			return p.assignError(ls, k)
		}
		return lexError{Pos: p.sig[ls].Start, Msg: strings.ReplaceAll(msg, "can't", "cannot")}
	}
	newOff := 0
	if line >= 1 && line <= len(c.newLines) {
		newOff = c.newLines[line-1] + col
	}
	i := p.offender(em, newOff)
	return p.expectedColon(i)
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
// gpython places after the whitespace ending the line; the space the
// rewrite puts at each line's end tells the two apart.
func (p *parse) offender(em *emitter, newOff int) int {
	j := newOff
	for j > 0 && (em.out[j-1] == ' ' || em.out[j-1] == '\t') {
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
	best := -1
	for i, t := range p.sig {
		if t.End == orig && t.Kind != tNewline && t.Kind != tDedent {
			best = i
		}
		if t.Start > orig {
			break
		}
	}
	if best < 0 {
		for i, t := range p.sig {
			if t.Start >= orig {
				return i
			}
		}
		return len(p.sig) - 1
	}
	return best
}

// expectedColon words the error at token i: CPython says "expected ':'"
// when a block header lacks its colon, and "invalid syntax" otherwise.
func (p *parse) expectedColon(i int) lexError {
	t := p.sig[i]
	ls := p.lineStart(t.Start)
	kw := p.tokText(ls)
	if headerKeywords[kw] && (kw == "else" || kw == "try" || kw == "finally") && i == ls+1 {
		return lexError{Pos: t.Start, Msg: "expected ':'"}
	}
	if headerKeywords[kw] && t.Kind == tNewline && !p.hasColon(ls, i) {
		return lexError{Pos: t.Start, Msg: "expected ':'"}
	}
	if (kw == "print" || kw == "exec") && i == ls+1 && p.startsExpr(i) {
		return lexError{Pos: p.sig[ls].Start, Msg: fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", kw, kw)}
	}
	if start, ok := p.missingComma(ls, i); ok {
		return lexError{Pos: p.sig[start].Start, Msg: "invalid syntax. Perhaps you forgot a comma?"}
	}
	return lexError{Pos: t.Start, Msg: "invalid syntax"}
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
				return j + 1, true
			}
			depth--
		case depth == 0 && (t == "," || t == ":"):
			return j + 1, true
		}
	}
	return 0, false
}

// endsExpr reports whether token i can end an expression.
func (p *parse) endsExpr(i int) bool {
	t := p.tokText(i)
	switch p.sig[i].Kind {
	case tNumber, tString:
		return true
	case tName:
		return !isKeyword(t) || t == "None" || t == "True" || t == "False"
	}
	return t == ")" || t == "]" || t == "}"
}

// startsExpr reports whether token i can start an expression.
func (p *parse) startsExpr(i int) bool {
	t := p.tokText(i)
	switch p.sig[i].Kind {
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
func (p *parse) hasColon(from, to int) bool {
	depth, lambdas := 0, 0
	for j := from; j < to; j++ {
		switch p.tokText(j) {
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

// assignKind names the bad assignment target in gpython's panic (a failed
// interface conversion of the target node) the way CPython does.
func assignKind(panicMsg string) string {
	switch {
	case strings.Contains(panicMsg, "*ast.Num"), strings.Contains(panicMsg, "*ast.Str"),
		strings.Contains(panicMsg, "*ast.Bytes"), strings.Contains(panicMsg, "*ast.NameConstant"),
		strings.Contains(panicMsg, "*ast.Ellipsis"):
		return "literal"
	case strings.Contains(panicMsg, "*ast.Call"):
		return "function call"
	case strings.Contains(panicMsg, "*ast.Compare"):
		return "comparison"
	case strings.Contains(panicMsg, "*ast.Lambda"):
		return "lambda"
	}
	return "expression"
}

// assignError finds the bad target of kind in the statement starting at
// token ls and words the error as CPython does: with a hint about `==`
// when the target is a whole, unbracketed target of the first `=`.
func (p *parse) assignError(ls int, kind string) lexError {
	msg := "cannot assign to " + kind
	end := ls
	for end < len(p.sig)-1 && p.sig[end].Kind != tNewline {
		end++
	}
	at, hint := p.findTarget(ls, end, kind)
	if hint {
		msg += " here. Maybe you meant '==' instead of '='?"
	}
	return lexError{Pos: p.sig[at].Start, Msg: msg}
}

// findTarget scans the assignment targets of tokens [ls, end) element by
// element for one of the given kind. It returns its first token and
// whether it is unbracketed in the first target.
func (p *parse) findTarget(ls, end int, kind string) (int, bool) {
	if p.tokText(ls) == "for" {
		ls++
	}
	isFor := p.tokText(ls-1) == "for"
	// groups holds, per open bracket, whether it groups targets (it opens
	// an element) rather than belonging to one (a call, a subscript).
	var groups []bool
	nested := func() bool {
		for _, g := range groups {
			if g {
				return true
			}
		}
		return false
	}
	es, region := ls, 0
	for j := ls; j < end; j++ {
		t := p.tokText(j)
		inGroup := len(groups) == 0 || groups[len(groups)-1]
		closes := len(groups) > 0 && groups[len(groups)-1] && (t == ")" || t == "]")
		if inGroup && t == "," || closes || len(groups) == 0 && (t == "=" || t == "in") {
			if p.targetIs(es, j, kind) {
				return es, !nested() && region == 0 && !isFor
			}
			es = j + 1
		}
		switch {
		case (t == "(" || t == "[") && j == es:
			groups = append(groups, true)
			es = j + 1
		case t == "(" || t == "[" || t == "{":
			groups = append(groups, false)
		case (t == ")" || t == "]" || t == "}") && len(groups) > 0:
			groups = groups[:len(groups)-1]
		case len(groups) == 0 && t == "=":
			region++
		case len(groups) == 0 && t == "in" && isFor:
			return ls, false
		}
	}
	return ls, region <= 1
}

// targetIs reports whether tokens [from, to) form a target of kind.
func (p *parse) targetIs(from, to int, kind string) bool {
	if from >= to {
		return false
	}
	switch kind {
	case "literal":
		k := p.sig[from].Kind
		t := p.tokText(from)
		return to-from == 1 && (k == tNumber || k == tString || t == "None" || t == "True" || t == "False" || t == "...")
	case "function call":
		return p.sig[from].Kind == tName && p.tokText(to-1) == ")"
	}
	return to-from > 1
}
