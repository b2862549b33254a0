package parser

import "strings"

// strings rewrites a group of adjacent string literals that contains an
// f-string into one sentinel call whose arguments are the fields'
// expressions; the literal text and field details go to the sentinel.
func (p *planner) strings(i int) {
	end := i
	hasF, bytes := false, 0
	for ; end < len(p.sig) && p.sig[end].Kind == tString; end++ {
		lit := splitString(p.src, p.sig[end].Start, p.sig[end].End)
		hasF = hasF || lit.F
		if lit.Bytes {
			bytes++
		}
	}
	if bytes > 0 && bytes < end-i {
		p.errs = append(p.errs, problem{Pos: p.sig[end-1].End, Msg: "cannot mix bytes and nonbytes literals"})
		return
	}
	if !hasF {
		p.checkLiterals(i, end)
		return
	}
	fs, err := parseFStringGroup(p.src, p.sig[i:end])
	if err != nil {
		p.errs = append(p.errs, *err)
		return
	}
	var fields []fieldPlan
	for _, f := range fs.fields() {
		tz := tokenizeExpr(p.src, f.ExprStart, f.ExprEnd)
		sub := &planner{src: p.src[:f.ExprEnd], sig: significant(tz.toks)}
		sub.plan()
		p.errs = append(append(p.errs, tz.errs...), sub.errs...)
		fields = append(fields, fieldPlan{f, sub.sig, sub.edits})
	}
	start, stop := p.sig[i].Start, p.sig[end-1].End
	p.add(start, stop, func(e *emitter) { p.emitFString(e, fs, fields, start, stop) })
}

// fieldPlan is the rewrite planned for one f-string field's expression.
type fieldPlan struct {
	f     *fField
	sig   []token
	edits []edit
}

// checkLiterals reports what CPython rejects in plain string literals
// [i, end): bad escapes, and non-ASCII characters in bytes.
func (p *planner) checkLiterals(i, end int) {
	for j := i; j < end; j++ {
		t := p.sig[j]
		lit := splitString(p.src, t.Start, t.End)
		if lit.Bytes && !isASCII(lit.Body) {
			p.errs = append(p.errs, problem{Pos: t.Start, Msg: "bytes can only contain ASCII literal characters"})
			return
		}
		if _, err := decodeLiteral(lit); err != nil {
			p.errs = append(p.errs, problem{Pos: t.End, Msg: err.Error()})
			return
		}
	}
}

// emitFString writes `_f((e1),(e2),...)`, keeping the line breaks of the
// original so that lines do not move.
func (p *planner) emitFString(e *emitter, fs *fString, fields []fieldPlan, start, stop int) {
	e.call("_f", &sentinel{Kind: sFString, Orig: start, FString: fs})
	at := start
	for _, fp := range fields {
		f := fp.f
		// The parenthesis stands at the `{`, where CPython puts a tuple.
		e.synth(strings.Repeat("\n", strings.Count(p.src[at:f.ExprStart], "\n"))+"(", f.ExprStart-1)
		e.subTokens = append(e.subTokens, fp.sig...)
		e.emitRange(f.ExprStart, f.ExprEnd, fp.edits)
		e.synth("),", f.ExprEnd)
		at = f.ExprEnd
	}
	e.synth(strings.Repeat("\n", strings.Count(p.src[at:stop], "\n"))+")", stop)
}

// argKind classifies one call argument.
type argKind uint8

const (
	argPos argKind = iota
	argStar
	argDStar
	argKw
)

// callArg is one argument of a call: tokens [From, To].
type callArg struct {
	Kind     argKind
	From, To int
}

// call checks the argument list of the call whose `(` is token i and,
// when gpython's 3.4 grammar would reject its order, wraps every starred
// and keyword argument in a sentinel call so that all are positional.
func (p *planner) call(i int) {
	if i >= 2 && p.is(i-2, "def") {
		p.trailingComma(i)
	}
	if i == 0 || !p.callable(i-1) {
		return
	}
	p.trailingComma(i)
	args := p.callArgs(i)
	if len(args) == 0 || p.argError(args) || p.callOrderError(args) || gpythonAccepts(args) {
		return
	}
	for _, a := range args {
		from, to := p.sig[a.From], p.sig[a.To]
		switch a.Kind {
		case argStar, argDStar:
			kind, name := sStar, "_s"
			if a.Kind == argDStar {
				kind, name = sDStar, "_k"
			}
			p.add(from.Start, from.End, func(e *emitter) { e.call(name, &sentinel{Kind: kind, Orig: from.Start}) })
		case argKw:
			p.add(from.Start, from.Start, func(e *emitter) { e.call("_q", &sentinel{Kind: sKeyword, Orig: from.Start}) })
		default:
			continue
		}
		p.insert(to.End, ")", to.End)
	}
}

// trailingComma blanks a comma before the `)` closing the bracket at
// token i when the list holds `*` or `**` items: Python 3.6 allows it
// there, gpython's 3.4 grammar does not.
func (p *planner) trailingComma(i int) {
	end := p.closeOf(i)
	if !p.is(end, ")") || !p.is(end-1, ",") {
		return
	}
	depth := 0
	for j := i + 1; j < end; j++ {
		switch t := p.text(j); {
		case t == "(" || t == "[" || t == "{":
			depth++
		case t == ")" || t == "]" || t == "}":
			depth--
		case depth == 0 && (t == "*" || t == "**") && (p.is(j-1, ",") || j == i+1):
			p.replace(end-1, " ")
			return
		}
	}
}

// callable reports whether token i can end the expression a call applies
// to (a name that is not a keyword, a closing bracket or a string), and is
// not the name in `def f(` or `class C(`.
func (p *planner) callable(i int) bool {
	switch t := p.text(i); {
	case t == ")" || t == "]":
		return true
	case p.sig[i].Kind == tString:
		return true
	case p.sig[i].Kind == tName:
		return !isKeyword(t) && !p.is(i-1, "def") && !p.is(i-1, "class")
	}
	return false
}

// callArgs splits the arguments of the call opened at token i.
func (p *planner) callArgs(i int) []callArg {
	var args []callArg
	depth, from := 0, i+1
	target := false // in the target list of a generator's `for`, where commas do not split
	lambdas := 0    // lambdas whose parameter lists, where commas do not split either, are open
	for j := i + 1; j < len(p.sig); j++ {
		t := p.text(j)
		switch {
		case p.sig[j].Kind == tNewline || p.sig[j].Kind == tEOF:
			return nil
		case t == "(" || t == "[" || t == "{":
			depth++
		case (t == ")" || t == "]" || t == "}") && depth > 0:
			depth--
		case depth == 0 && p.sig[j].Kind == tName && (t == "for" || t == "in"):
			target = t == "for"
		case depth == 0 && p.sig[j].Kind == tName && t == "lambda":
			lambdas++
		case depth == 0 && t == ":" && lambdas > 0:
			lambdas--
		case t == "," && (target || lambdas > 0):
		case t == ")" || t == "," && depth == 0:
			if j > from {
				args = append(args, p.classify(from, j-1))
			}
			if t == ")" {
				return args
			}
			from = j + 1
		}
	}
	return nil
}

func (p *planner) classify(from, to int) callArg {
	a := callArg{From: from, To: to}
	switch {
	case p.is(from, "*"):
		a.Kind = argStar
	case p.is(from, "**"):
		a.Kind = argDStar
	case p.sig[from].Kind == tName && p.is(from+1, "="):
		a.Kind = argKw
	}
	return a
}

// argError reports a repeated keyword, a positional argument holding `=`
// (CPython suspects a mistyped `==`) and a generator expression that is
// not the only argument, with CPython's wording; gpython accepts the
// first and the last.
func (p *planner) argError(args []callArg) bool {
	seen := map[string]bool{}
	for _, a := range args {
		if a.Kind == argKw {
			name := p.text(a.From)
			if seen[name] {
				p.errs = append(p.errs, problem{Pos: p.sig[a.From].Start, Msg: "keyword argument repeated: " + name})
				return true
			}
			seen[name] = true
		}
		if a.Kind != argPos {
			continue
		}
		depth := 0
		for j := a.From; j <= a.To; j++ {
			t := p.text(j)
			switch {
			case t == "(" || t == "[" || t == "{":
				depth++
			case t == ")" || t == "]" || t == "}":
				depth--
			case depth > 0:
			case t == "lambda":
				j = a.To // a lambda's defaults hold `=`, and it ends the argument
			case t == "=" && !p.juxtaposed(a.From, j):
				p.errs = append(p.errs, problem{Pos: p.sig[a.From].Start, Msg: `expression cannot contain assignment, perhaps you meant "=="?`})
				return true
			case t == "for" && len(args) > 1:
				p.errs = append(p.errs, problem{Pos: p.sig[a.From].Start, Msg: "Generator expression must be parenthesized"})
				return true
			}
		}
	}
	return false
}

// juxtaposed reports whether two expressions meet without an operator in
// tokens [from, to), so that they do not form one expression.
func (p *planner) juxtaposed(from, to int) bool {
	for j := from + 1; j < to; j++ {
		if endsExpr(p.src, p.sig[j-1]) && startsExpr(p.src, p.sig[j]) && !p.is(j, "(") && !p.is(j, "[") {
			return true
		}
	}
	return false
}

// callOrderError reports the argument orders CPython rejects, with its
// wording, and returns whether there was one.
func (p *planner) callOrderError(args []callArg) bool {
	seenKw, seenDStar := false, false
	for _, a := range args {
		msg := ""
		switch a.Kind {
		case argPos:
			if seenDStar {
				msg = "positional argument follows keyword argument unpacking"
			} else if seenKw {
				msg = "positional argument follows keyword argument"
			}
		case argStar:
			if seenDStar {
				msg = "iterable argument unpacking follows keyword argument unpacking"
			}
		case argKw:
			seenKw = true
		case argDStar:
			seenDStar = true
		}
		if msg != "" {
			pos := p.sig[a.From].Start
			if a.Kind == argPos {
				pos = p.sig[a.To].End // CPython points just past a misplaced positional argument
			}
			p.errs = append(p.errs, problem{Pos: pos, Msg: msg})
			return true
		}
	}
	return false
}

// gpythonAccepts reports whether the 3.4 grammar takes this argument
// order: positional, keywords, at most one *x followed by keywords only,
// and at most one **y, last.
func gpythonAccepts(args []callArg) bool {
	star, kw := false, false
	for i, a := range args {
		switch a.Kind {
		case argPos:
			if star || kw {
				return false
			}
		case argKw:
			kw = true
		case argStar:
			if star {
				return false
			}
			star = true
		case argDStar:
			return i == len(args)-1
		}
	}
	return true
}

// dictUnpack turns `**x` in a dict display into `_d: x`.
func (p *planner) dictUnpack(i int) {
	if !(p.is(i-1, "{") || p.is(i-1, ",") && p.enclosing(i) == "{") {
		return
	}
	t := p.sig[i]
	p.add(t.Start, t.End, func(e *emitter) {
		e.mark(&sentinel{Kind: sDictUnpack, Orig: t.Start})
		e.synth("_d:", t.Start)
	})
}

// enclosing is the innermost bracket open at token i.
func (p *planner) enclosing(i int) string {
	depth := 0
	for j := i - 1; j >= 0; j-- {
		switch t := p.text(j); t {
		case ")", "]", "}":
			depth++
		case "(", "[", "{":
			if depth == 0 {
				return t
			}
			depth--
		}
	}
	return ""
}

// setDisplay turns a set display with starred items, `{*a, b}`, which
// gpython rejects, into `_S([*a, b])`.
func (p *planner) setDisplay(i int) {
	end := p.closeOf(i)
	starred, depth := false, 0
	for j := i + 1; j < end; j++ {
		switch t := p.text(j); {
		case t == "(" || t == "[" || t == "{":
			depth++
		case t == ")" || t == "]" || t == "}":
			depth--
		case depth == 0 && (t == ":" || t == "**" || t == "for"):
			return
		case depth == 0 && t == "*" && (j == i+1 || p.is(j-1, ",")):
			starred = true
		}
	}
	if !starred {
		return
	}
	o, c := p.sig[i], p.sig[end]
	p.add(o.Start, o.End, func(e *emitter) {
		e.call("_S", &sentinel{Kind: sSet, Orig: o.Start})
		e.synth("[", o.Start)
	})
	p.add(c.Start, c.End, func(e *emitter) { e.synth("])", c.Start) })
}

// annotation rewrites `t: T = v` (from token i to the statement's end)
// into `t = _a(T, (v))`, and `t: T` into `t = _a(T)`.
func (p *planner) annotation(i, end int) {
	colon, eq := -1, -1
	depth, lambdas := 0, 0
	for j := i; j < end; j++ {
		switch t := p.text(j); {
		case t == "(" || t == "[" || t == "{":
			depth++
		case t == ")" || t == "]" || t == "}":
			depth--
		case depth > 0:
		case t == "lambda":
			lambdas++
		case t == ":" && lambdas > 0:
			lambdas--
		case t == ":" && colon < 0:
			colon = j
		case t == "=" && colon >= 0 && eq < 0:
			eq = j
		case t == "=" && colon < 0:
			return // an assignment whose value holds a colon, like a lambda
		}
	}
	if colon < 0 || colon == end-1 {
		return
	}
	c := p.sig[colon]
	p.add(c.Start, c.End, func(e *emitter) {
		e.synth(" = ", c.Start)
		e.call("_a", &sentinel{Kind: sAnn, Orig: p.sig[i].Start})
	})
	last := p.sig[end-1]
	if eq < 0 {
		p.insert(last.End, ")", last.End)
		return
	}
	p.replace(eq, ", (")
	p.insert(last.End, "))", last.End)
}

// starredTuple wraps `return 1, *a` (tokens [from, end)) in parentheses,
// since gpython only takes a starred item in a tuple display.
func (p *planner) starredTuple(from, end int) {
	depth, starred, comma := 0, false, false
	for j := from; j < end; j++ {
		switch t := p.text(j); {
		case t == "(" || t == "[" || t == "{":
			depth++
		case t == ")" || t == "]" || t == "}":
			depth--
		case depth == 0 && t == ",":
			comma = true
		case depth == 0 && t == "*" && (j == from || p.is(j-1, ",")):
			starred = true
		}
	}
	if !starred || !comma || p.is(from, "from") {
		return
	}
	first, last := p.sig[from], p.sig[end-1]
	p.insert(first.Start, "(", first.Start)
	p.insert(last.End, ")", last.End)
}
