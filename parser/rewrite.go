package parser

import (
	"strings"
)

// planner finds the constructs gpython's Python 3.4 grammar rejects and
// plans edits that turn them into forms it accepts, recording sentinels so
// the post-pass can turn them back. It works on significant tokens only
// (no comments, no NL).
type planner struct {
	src   string
	sig   []token
	edits []edit
	errs  []problem
	// top is true for a whole module, false for an f-string expression,
	// which has no statements.
	top bool
	// blank holds the logical lines (by index of their first token) that
	// error recovery replaces with a neutral statement.
	blank map[int]bool
}

// significant drops comments and NL tokens.
func significant(toks []token) []token {
	out := make([]token, 0, len(toks))
	for _, t := range toks {
		if t.Kind != tComment && t.Kind != tNL {
			out = append(out, t)
		}
	}
	return out
}

func (p *planner) text(i int) string {
	if i < 0 || i >= len(p.sig) {
		return ""
	}
	return p.src[p.sig[i].Start:p.sig[i].End]
}

// is reports whether token i is the operator or name s.
func (p *planner) is(i int, s string) bool {
	return i >= 0 && i < len(p.sig) && (p.sig[i].Kind == tOp || p.sig[i].Kind == tName) && p.text(i) == s
}

func (p *planner) add(start, end int, w func(e *emitter)) {
	p.edits = append(p.edits, edit{Start: start, End: end, Write: w})
}

// insert adds text at offset at, attributed to orig.
func (p *planner) insert(at int, text string, orig int) {
	p.add(at, at, func(e *emitter) { e.synth(text, orig) })
}

// replace replaces token i with text.
func (p *planner) replace(i int, text string) {
	t := p.sig[i]
	p.add(t.Start, t.End, func(e *emitter) { e.synth(text, t.Start) })
}

// plan walks the tokens once and plans every rewrite.
func (p *planner) plan() {
	stmtStart := true
	for i := 0; i < len(p.sig); i++ {
		switch p.sig[i].Kind {
		case tNewline, tIndent, tDedent, tEOF:
			stmtStart = true
			continue
		}
		if stmtStart && p.top {
			if p.blank[i] {
				i = p.blankLine(i)
				continue
			}
			p.statement(i)
		}
		stmtStart = p.is(i, ";")
		p.token(i)
	}
}

// token plans the rewrites that start at token i.
func (p *planner) token(i int) {
	switch p.sig[i].Kind {
	case tString:
		if i == 0 || p.sig[i-1].Kind != tString {
			p.strings(i)
		}
	case tNumber:
		p.number(i)
	case tName:
		switch p.text(i) {
		case "return", "yield":
			p.starredTuple(i+1, p.exprEnd(i+1))
		case "async":
			p.async(i)
		case "await":
			p.await(i)
		}
	case tOp:
		switch p.text(i) {
		case ":=":
			p.walrus(i)
		case "/":
			p.posOnly(i)
		case "(":
			p.call(i)
		case "**":
			p.dictUnpack(i)
		case "{":
			p.setDisplay(i)
		case "@", "@=":
			// gpython has no @ operator; * has its precedence, and the
			// converter reads the original operator back from the source.
			if i > 0 && !p.lineStart(i) {
				p.replace(i, strings.Replace(p.text(i), "@", "*", 1))
			}
		}
	}
}

// lineStart reports whether token i starts a logical line.
func (p *planner) lineStart(i int) bool {
	if i == 0 {
		return true
	}
	switch p.sig[i-1].Kind {
	case tNewline, tIndent, tDedent:
		return true
	}
	return false
}

// stmtEnd is the index of the NEWLINE, `;` or EOF ending the simple
// statement that contains token i.
func (p *planner) stmtEnd(i int) int {
	depth := 0
	for ; i < len(p.sig); i++ {
		switch p.sig[i].Kind {
		case tNewline, tEOF:
			return i
		case tOp:
			switch p.text(i) {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				depth--
			case ";":
				if depth == 0 {
					return i
				}
			}
		}
	}
	return len(p.sig) - 1
}

// exprEnd is the index of the token ending the expression list that
// starts at i: a NEWLINE, `;` or EOF, or a bracket closing one opened
// before i.
func (p *planner) exprEnd(i int) int {
	depth := 0
	for ; i < len(p.sig); i++ {
		switch t := p.text(i); {
		case p.sig[i].Kind == tNewline || p.sig[i].Kind == tEOF:
			return i
		case p.sig[i].Kind != tOp:
		case t == "(" || t == "[" || t == "{":
			depth++
		case t == ")" || t == "]" || t == "}":
			if depth == 0 {
				return i
			}
			depth--
		case t == ";" && depth == 0:
			return i
		}
	}
	return len(p.sig) - 1
}

// closeOf is the index of the bracket closing the one at i.
func (p *planner) closeOf(i int) int {
	depth := 0
	for j := i; j < len(p.sig); j++ {
		if p.sig[j].Kind != tOp {
			continue
		}
		switch p.text(j) {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return len(p.sig) - 1
}

// statement plans rewrites that concern a whole simple statement: the
// space that marks the end of its logical line, annotations, and starred
// tuples after return and yield.
func (p *planner) statement(i int) {
	end := p.stmtEnd(i)
	if end > i && p.sig[end].Kind == tNewline {
		last := p.sig[end-1]
		nl := end
		p.edits = append(p.edits, edit{Start: last.End, End: last.End, Write: func(e *emitter) {
			e.lineEnds[len(e.out)] = nl
			e.synth(" ", last.End)
		}})
	}
	switch {
	case p.is(i, "match") && p.is(end-1, ":") && end > i+2:
		p.errs = append(p.errs, problem{Pos: p.sig[i].Start, Msg: "not supported yet: the match statement", Fatal: true})
	case p.is(i, "except") && p.is(i+1, "*"):
		p.exceptStar(i)
	case p.is(i, "with") || p.is(i, "async") && p.is(i+1, "with"):
		p.withParens(i)
	case p.is(i, "@"):
		p.decorator(i, end)
	case p.sig[i].Kind == tName && !isKeyword(p.text(i)) || p.is(i, "("):
		p.annotation(i, end)
	}
}

// exceptStar turns `except* T` into `except  T`, recording the clause's
// `except` offset so the converter marks the try statement as a TryStar.
// `except*:` names no type, which CPython rejects.
func (p *planner) exceptStar(i int) {
	if p.is(i+2, ":") {
		p.errs = append(p.errs, problem{Pos: p.sig[i+2].Start, Msg: "expected one or more exception types"})
		return
	}
	kw, star := p.sig[i], p.sig[i+1]
	p.add(star.Start, star.End, func(e *emitter) {
		e.exceptStar[kw.Start] = true
		e.synth(" ", star.Start)
	})
}

// withParens removes the parentheses of `with (a as b, c as d):`, a form
// gpython does not know; the items are the same without them.
func (p *planner) withParens(i int) {
	if p.is(i, "async") {
		i++
	}
	if !p.is(i+1, "(") {
		return
	}
	end := p.closeOf(i + 1)
	if !p.is(end+1, ":") {
		return
	}
	items, depth := false, 0
	for j := i + 2; j < end; j++ {
		switch t := p.text(j); {
		case t == "(" || t == "[" || t == "{":
			depth++
		case t == ")" || t == "]" || t == "}":
			depth--
		case depth == 0 && (t == "as" && p.sig[j].Kind == tName || t == ","):
			items = true
		}
	}
	if items {
		p.replace(i+1, " ")
		p.replace(end, " ")
	}
}

// decorator wraps a decorator that is not a dotted name with optional
// arguments (PEP 614 allows any expression) in a sentinel call, which
// gpython's grammar takes. gpython puts a decorator at its `@`, so the
// sentinel is keyed there.
func (p *planner) decorator(i, end int) {
	j := i + 1
	for j < end && p.sig[j].Kind == tName && (j+1 == end || p.is(j+1, ".")) {
		j += 2
	}
	if j > end {
		return // a dotted name
	}
	if p.sig[j-1].Kind == tName && p.is(j, "(") && p.closeOf(j) == end-1 && p.is(j-1+1, "(") && j > i+1 {
		return // a dotted name with arguments
	}
	at, first, last := p.sig[i], p.sig[i+1], p.sig[end-1]
	p.add(at.Start, at.End, func(e *emitter) {
		e.mark(&sentinel{Kind: sDecorator, Orig: first.Start})
		e.synth("@_D(", at.Start)
	})
	p.insert(last.End, ")", last.End)
}

// blankLine replaces the logical line starting at token i with a statement
// of the same kind that cannot fail, so that parsing can go on and find the
// next independent error. It returns the index of the line's NEWLINE.
func (p *planner) blankLine(i int) int {
	end := i
	for end < len(p.sig)-1 && p.sig[end].Kind != tNewline {
		end++
	}
	repl := "pass"
	if end+1 < len(p.sig) && p.sig[end+1].Kind == tIndent {
		switch p.text(i) {
		case "else", "try", "finally":
			repl = p.text(i) + ":"
		case "elif":
			repl = "elif 1:"
		case "except":
			repl = "except:"
		default:
			repl = "if 1:"
		}
	}
	start, stop := p.sig[i].Start, p.sig[end-1].End
	if end == i {
		return end
	}
	lines := strings.Count(p.src[start:stop], "\n")
	p.add(start, stop, func(e *emitter) { e.synth(repl+strings.Repeat("\n", lines), start) })
	return end
}

// keywords are Python's reserved words.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

func isKeyword(s string) bool { return keywords[s] }

// number removes underscores from a numeric literal, padding with spaces
// so the columns after it do not move.
func (p *planner) number(i int) {
	text := p.text(i)
	if !strings.Contains(text, "_") {
		return
	}
	clean := strings.ReplaceAll(text, "_", "")
	p.replace(i, clean+strings.Repeat(" ", len(text)-len(clean)))
}

// async turns `async def|for|with` into the plain statement, marked as
// async, and an `async for` clause of a comprehension into a plain one
// whose iterable is wrapped in a sentinel.
func (p *planner) async(i int) {
	kw := p.text(i + 1)
	if kw != "def" && kw != "for" && kw != "with" {
		return
	}
	a, k := p.sig[i], p.sig[i+1]
	if p.lineStart(i) {
		pad := strings.Repeat(" ", k.End-a.Start-len(kw))
		p.add(a.Start, k.End, func(e *emitter) {
			e.mark(&sentinel{Kind: sAsync, Orig: a.Start})
			e.synth(kw+pad, a.Start)
		})
		return
	}
	if kw != "for" {
		return
	}
	p.add(a.Start, k.End, func(e *emitter) { e.synth("for", a.Start) })
	from, to := p.compIter(i + 2)
	if from < 0 {
		return
	}
	p.add(p.sig[from].Start, p.sig[from].Start, func(e *emitter) {
		e.call("_A", &sentinel{Kind: sAsyncIter, Orig: a.Start})
	})
	p.insert(p.sig[to].End, ")", p.sig[to].End)
}

// compIter finds the iterable of a comprehension clause whose target
// starts at token i: from after `in` to before the next clause or the
// closing bracket. It returns -1, -1 when the clause is malformed.
func (p *planner) compIter(i int) (from, to int) {
	depth := 0
	from = -1
	for j := i; j < len(p.sig); j++ {
		t := p.text(j)
		switch {
		case p.sig[j].Kind == tNewline || p.sig[j].Kind == tEOF:
			return -1, -1
		case t == "(" || t == "[" || t == "{":
			depth++
		case t == ")" || t == "]" || t == "}":
			if depth == 0 {
				return from, j - 1
			}
			depth--
		case depth == 0 && from < 0 && t == "in" && p.sig[j].Kind == tName:
			from = j + 1
		case depth == 0 && from >= 0 && p.sig[j].Kind == tName && (t == "for" || t == "if" || t == "async"):
			return from, j - 1
		}
	}
	return -1, -1
}

// await turns `await P` into `_w(P)`, where P is the primary after it, so
// that `await x ** 2` still groups as `(await x) ** 2`.
func (p *planner) await(i int) {
	end := p.primaryEnd(i + 1)
	if end < 0 {
		return
	}
	a := p.sig[i]
	p.add(a.Start, a.End, func(e *emitter) { e.call("_w", &sentinel{Kind: sAwait, Orig: a.Start}) })
	p.insert(p.sig[end].End, ")", p.sig[end].End)
}

// primaryEnd is the index of the last token of the primary expression
// (an atom with its trailers) starting at i, or -1 when there is none.
func (p *planner) primaryEnd(i int) int {
	if i >= len(p.sig) {
		return -1
	}
	var end int
	switch t := p.text(i); {
	case t == "await":
		return p.primaryEnd(i + 1)
	case t == "(" || t == "[" || t == "{":
		end = p.closeOf(i)
	case p.sig[i].Kind == tString:
		end = i
		for end+1 < len(p.sig) && p.sig[end+1].Kind == tString {
			end++
		}
	case p.sig[i].Kind == tNumber || t == "..." || p.sig[i].Kind == tName && (!isKeyword(t) || t == "None" || t == "True" || t == "False"):
		end = i
	default:
		return -1
	}
	for end+1 < len(p.sig) {
		switch {
		case p.is(end+1, ".") && end+2 < len(p.sig) && p.sig[end+2].Kind == tName:
			end += 2
		case p.is(end+1, "(") || p.is(end+1, "["):
			end = p.closeOf(end + 1)
		default:
			return end
		}
	}
	return end
}

// walrus turns `n := e` into `lambda n: e`: a lambda has exactly the
// walrus's precedence, so gpython finds the end of e for us.
func (p *planner) walrus(i int) {
	if i == 0 || p.sig[i-1].Kind != tName || isKeyword(p.text(i-1)) || p.is(i-2, ".") {
		p.errs = append(p.errs, p.walrusTargetError(i))
		return
	}
	if p.top && p.lineStart(i-1) {
		p.errs = append(p.errs, problem{Pos: p.sig[i].Start, Msg: "invalid syntax"})
		return
	}
	n, w := p.sig[i-1], p.sig[i]
	p.add(n.Start, w.End, func(e *emitter) {
		e.mark(&sentinel{Kind: sWalrus, Orig: n.Start})
		e.synth("lambda ", n.Start)
		e.copy(n.Start, n.End)
		e.synth(":", w.Start)
	})
}

// walrusTargetError words the error for a `:=` whose target is not a
// name, as CPython does, at the start of the target.
func (p *planner) walrusTargetError(i int) problem {
	kind := ""
	j := i - 1
	switch {
	case j < 0:
	case p.sig[j].Kind == tNumber || p.sig[j].Kind == tString:
		kind = "literal"
	case p.sig[j].Kind == tName && p.is(j-1, "."):
		kind = "attribute"
	case p.is(j, "]"):
		kind = "subscript"
	case p.is(j, ")"):
		kind = "function call"
	}
	if kind == "" {
		return problem{Pos: p.sig[i].Start, Msg: "invalid syntax"}
	}
	return problem{Pos: p.sig[p.primaryStart(j)].Start, Msg: "cannot use assignment expressions with " + kind}
}

// primaryStart walks back from token j, the last of a primary expression
// (`a.b[c](d)`), to its first token.
func (p *planner) primaryStart(j int) int {
	for j > 0 {
		switch {
		case p.is(j, ")") || p.is(j, "]"):
			j = p.openOf(j)
			if j > 0 && (p.sig[j-1].Kind == tName || p.is(j-1, ")") || p.is(j-1, "]")) {
				j--
				continue
			}
			return j
		case p.sig[j].Kind == tName && p.is(j-1, ".") && j >= 2:
			j -= 2
		default:
			return j
		}
	}
	return j
}

// openOf is the index of the bracket opening the one closing at j.
func (p *planner) openOf(j int) int {
	depth := 0
	for k := j; k >= 0; k-- {
		switch p.text(k) {
		case ")", "]", "}":
			depth++
		case "(", "[", "{":
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return 0
}

// posOnly removes the `/` marker of positional-only parameters and marks
// the first parameter with how many come before the marker.
func (p *planner) posOnly(i int) {
	if !p.is(i-1, ",") || !(p.is(i+1, ",") || p.is(i+1, ")") || p.is(i+1, ":")) {
		return
	}
	open, count := -1, 1
	depth := 0
	for j := i - 2; j >= 0 && open < 0; j-- {
		switch t := p.text(j); {
		case t == ")" || t == "]" || t == "}":
			depth++
		case (t == "(" || t == "[" || t == "{") && depth > 0:
			depth--
		case t == "(" || t == "lambda" && p.sig[j].Kind == tName && depth == 0:
			open = j
		case t == "," && depth == 0:
			count++
		}
	}
	if open < 0 || p.is(open, "(") && !p.is(open-2, "def") {
		return
	}
	first := p.sig[open+1]
	p.add(first.Start, first.Start, func(e *emitter) { e.mark(&sentinel{Kind: sPosOnly, Orig: first.Start, Count: count}) })
	end := p.sig[i].End
	if p.is(i+1, ",") {
		end = p.sig[i+1].End
	}
	start := p.sig[i].Start
	p.add(start, end, func(e *emitter) { e.synth(strings.Repeat(" ", end-start), start) })
}
