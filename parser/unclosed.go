package parser

import (
	"fmt"
	"sort"
)

// CPython reports a bracket that is never closed only when its parser,
// failing somewhere after the bracket, has read past the bracket's line;
// otherwise it reports where the parser failed. How far it reads depends
// on which error messages it tries to give. This file imitates that for
// the common cases.

// unclosedError reports the bracket at open that is never closed, or the
// error CPython's parser meets first.
func (p *parse) unclosedError(open int) {
	pl := &planner{src: p.src, sig: p.sig, top: true, blank: p.blank}
	pl.plan()
	em := p.emit(pl)
	if _, err := gpythonParse(em.out); err != nil {
		e, i := p.syntaxError(newConverter(p.src, p.sig, em, p.log), em, err)
		if e, ok := p.beforeUnclosed(e, i, open); ok {
			p.report(e)
			return
		}
	}
	p.report(problem{Pos: open, Msg: fmt.Sprintf("'%c' was never closed", p.src[open])})
}

// beforeUnclosed decides whether CPython reports error e, found at token
// i, rather than the unclosed bracket at open, and returns the error as
// CPython words it then.
func (p *parse) beforeUnclosed(e problem, i, open int) (problem, bool) {
	if i < 0 {
		return e, false
	}
	t := p.sig[i]
	tl, ol := lineOf(p.src, t.Start), lineOf(p.src, open)
	switch kw := p.tokText(p.lineStart(t.Start)); {
	case t.Kind == tEOF || tl > ol:
		return e, false
	case tl < ol || kw == "import" || kw == "from" || kw == "def":
		return e, true
	}
	// Where two expressions meet, or after `name =`, CPython parses one
	// more expression to word its error, and so reads on.
	b := -1
	switch {
	case i > 0 && p.endsExpr(i-1) && p.tokText(i) == "=":
		b = i + 1
	case i > 0 && p.endsExpr(i-1) && p.startsExpr(i):
		b = i
	default:
		return e, true
	}
	ob := sort.Search(len(p.sig), func(k int) bool { return p.sig[k].Start >= open })
	if b == ob && !p.startsExpr(ob+1) {
		return problem{Pos: p.sig[ob].Start, Msg: "invalid syntax"}, true
	}
	stop := p.exprStop(b)
	if stop >= len(p.sig) || p.sig[stop].Kind == tEOF || lineOf(p.src, p.sig[stop].Start) > ol {
		return e, false
	}
	return e, true
}

// exprStop returns the index of the first token after the expression that
// starts at token b, or len(p.sig) when it runs into an unclosed bracket.
func (p *parse) exprStop(b int) int {
	operand := true // an operand is expected next
	for j := b; j < len(p.sig); j++ {
		t := p.tokText(j)
		switch {
		case t == "(" || t == "[" || t == "{":
			if !operand && t == "{" {
				return j
			}
			m := p.matchOf(j)
			if m < 0 {
				return len(p.sig)
			}
			j, operand = m, false
		case operand && p.startsExpr(j):
			operand = false
		case operand && (t == "-" || t == "+" || t == "~" || t == "not" || t == "await" || t == "*"):
		case !operand && t == ".":
			j++
		case !operand && p.sig[j].Kind == tString && p.sig[j-1].Kind == tString:
		case !operand && (binaryOps[t] || compareOps[t] || t == "if" || t == "else"):
			operand = true
		default:
			return j
		}
	}
	return len(p.sig)
}

// matchOf is the index of the bracket closing the one at token j, or -1.
func (p *parse) matchOf(j int) int {
	depth := 0
	for k := j; k < len(p.sig); k++ {
		switch p.tokText(k) {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}
