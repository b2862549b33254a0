// Package parser turns Python 3 source into py2go's syntax tree.
//
// gpython's parser understands the Python 3.4 grammar only, with wrong
// positions on some nodes and 3.4-era error messages. This package
// therefore tokenizes the source itself, rewrites newer syntax (f-strings,
// async/await, annotations, walrus, positional-only parameters, newer
// call and display forms, numeric underscores, the @ operator, PEP 614
// decorators) into forms gpython accepts without moving any line,
// recording sentinels keyed by their offset in the rewritten text (where
// no user token can be, so user names never collide with them), parses
// with gpython, and converts the result into package ast: sentinels become
// the constructs they stand for, literals are decoded from the original
// tokens, and every position is mapped back to the original text. Syntax
// errors are reported with CPython 3.11's wording, line and column.
//
// Conventions of the tree it builds, beyond those of package ast:
//
//   - A docstring is the first statement of its body, an *ast.ExprStmt
//     holding a string *ast.Constant; nothing marks it further.
//   - Decorators are in source order, outermost first; a FunctionDef or
//     ClassDef starts at its `def`, `async` or `class` keyword, not at the
//     first decorator (as in CPython 3.8+).
//   - Adjacent string literals are one Constant; if any of them is an
//     f-string the whole group is one *ast.JoinedStr whose Values are
//     string Constants (adjacent text merged, empty text dropped) and
//     *ast.FormattedValue fields. A FormattedValue's FormatSpec is itself a
//     JoinedStr (`{x:>{w}}` gives Constant(">") and a field for w); it is
//     nil without a colon. Conversion is 0, 's', 'r' or 'a'.
//   - `{x=}` gives one FormattedValue with DebugText "x=" (the exact text up
//     to and including `=` and any spaces after it); no Constant holds that
//     text, unlike CPython's tree. As in CPython, Conversion is then 'r'
//     unless a conversion or a format spec was given.
//   - Constants inside a JoinedStr, the FormattedValues and their specs
//     carry the JoinedStr's position, as in CPython; field expressions
//     carry their own.
//   - Constant values: *big.Int, float64, complex128 (the imaginary
//     literal, real part 0), string, []byte, bool, or nil for None and
//     Ellipsis (see Kind). Negative numbers are a UnaryOp.
//   - Identifiers are NFKC-normalized, as CPython does.
//   - Comments are in Module.Comments in source order, text without the
//     line break and trailing blanks.
//
// Known gaps: `match` statements and `except*` are reported as not
// supported; the start of a node whose first part is parenthesized, as in
// `(a + b).c()`, is the first part rather than the parenthesis for
// attributes and subscripts.
package parser

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	gast "github.com/go-python/gpython/ast"
	gparser "github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"

	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/diag"
)

// internalError starts the message for a bug in this package.
const internalError = "internal error in the parser (please report it)"

// maxErrors bounds how many syntax errors one run looks for; each needs
// another gpython parse.
const maxErrors = 10

// Parse parses src into a module. Problems go to log (as errors with
// positions); ok is false when the file cannot be used.
func Parse(src *diag.Source, log *diag.Log) (mod *ast.Module, ok bool) {
	defer func() {
		// A bug here must not take the whole program down with it; the
		// fuzz test watches for this message.
		if r := recover(); r != nil {
			log.Errorf(0, "%s: %v", internalError, r)
			mod, ok = nil, false
		}
	}()
	text := src.Text
	if !checkBytes(src, log) {
		return nil, false
	}
	tz := tokenize(text)
	if len(tz.errs) == 1 && tz.stopped {
		// CPython's parser may fail before it asks for the bad token. It
		// then reports its own error, except that an error its tokenizer
		// raises itself (most but the indentation ones) replaces a
		// generic one.
		e, ok := earlierError(text, tz.errs[0])
		if ind, found := firstUnexpectedIndent(text, significant(tz.toks)); found && ind.Pos < tz.errs[0].Pos && (!ok || ind.Pos < e.Pos) {
			e, ok = ind, true
		}
		if ok && (tz.errs[0].Late || e.Msg == "unexpected indent") {
			tz.errs[0] = e
		}
	}
	for _, e := range tz.errs {
		log.Errorf(ast.Pos(e.Pos), "%s", e.Msg)
	}
	if tz.stopped {
		return nil, false
	}
	sig := significant(tz.toks)
	p := &parse{src: text, sig: sig, log: log, blank: map[int]bool{}, failed: len(tz.errs) > 0}
	if tz.unclosed >= 0 {
		p.unclosedError(tz.unclosed)
		return nil, false
	}
	for _, e := range tz.errs {
		p.blank[p.lineStart(e.Pos)] = true
	}
	for _, e := range blockErrors(text, sig) {
		p.report(e)
	}
	m := p.run()
	if p.failed || m == nil {
		return nil, false
	}
	mod = m
	mod.Comments = comments(tz)
	return mod, true
}

// parse holds the state of the rewrite-and-parse loop.
type parse struct {
	src    string
	sig    []token
	log    *diag.Log
	blank  map[int]bool // logical lines replaced after an error
	failed bool
}

// firstUnexpectedIndent finds the first unexpected indent in tokens that
// may stop short of the end of the file.
func firstUnexpectedIndent(src string, sig []token) (lexError, bool) {
	sig = append(sig, token{Kind: tEOF, Start: len(src), End: len(src)})
	for _, e := range blockErrors(src, sig) {
		if e.Msg == "unexpected indent" {
			return e, true
		}
	}
	return lexError{}, false
}

// earlierError looks for a syntax error before the tokenizer error bad,
// which CPython's parser would meet first: before its line for an
// indentation error, before the bad token otherwise. Errors where that
// text stops do not count.
func earlierError(src string, bad lexError) (lexError, bool) {
	limit := bad.Pos
	if bad.Late {
		limit = strings.LastIndexAny(src[:bad.Pos], "\r\n") + 1
	}
	prefix := src[:limit]
	tz := tokenize(prefix)
	if len(tz.errs) > 0 || tz.unclosed >= 0 {
		return lexError{}, false
	}
	p := &parse{src: prefix, sig: significant(tz.toks), log: diag.NewLog(nil), blank: map[int]bool{}}
	end := len(strings.TrimRight(prefix, " \t\f\r\n"))
	first, found := lexError{Pos: len(src)}, false
	for _, e := range blockErrors(prefix, p.sig) {
		if e.Pos < end && e.Pos < first.Pos {
			first, found = e, true
		}
	}
	pl := &planner{src: p.src, sig: p.sig, top: true, blank: p.blank}
	pl.plan()
	em := p.emit(pl)
	if _, err := gpythonParse(em.out); err != nil {
		e, i := p.syntaxError(newConverter(p.src, p.sig, em, p.log), em, err)
		if (i < 0 || p.sig[i].Kind != tEOF && p.sig[i].Kind != tDedent && p.sig[i].Start < limit) && e.Pos < first.Pos {
			first, found = e, true
		}
	}
	return first, found
}

// unclosedError reports a bracket that is never closed, unless gpython
// fails earlier on the bracket's own line, which is what CPython reports
// then.
func (p *parse) unclosedError(open int) {
	msg := fmt.Sprintf("'%c' was never closed", p.src[open])
	pl := &planner{src: p.src, sig: p.sig, top: true, blank: p.blank}
	pl.plan()
	em := p.emit(pl)
	if _, err := gpythonParse(em.out); err != nil {
		// CPython's parser reads on into the open bracket when it fails at
		// or before it, and then reports the bracket.
		e, i := p.syntaxError(newConverter(p.src, p.sig, em, p.log), em, err)
		if p.beforeUnclosed(e, i, open) {
			p.report(e)
			return
		}
	}
	p.report(lexError{Pos: open, Msg: msg})
}

// beforeUnclosed reports whether CPython's parser stops at error e, at
// token i, before reading on into the unclosed bracket at open. It reads
// on when it fails after the bracket's line, and when two expressions meet
// (where it tries to suggest a comma by parsing the second one).
func (p *parse) beforeUnclosed(e lexError, i, open int) bool {
	if i < 0 {
		return false
	}
	t := p.sig[i]
	tl, ol := lineOf(p.src, t.Start), lineOf(p.src, open)
	kw := p.tokText(p.lineStart(t.Start))
	juxtaposed := i > 0 && p.endsExpr(i-1) && (p.startsExpr(i) || p.tokText(i) == "=") && kw != "import" && kw != "from" && kw != "def"
	switch {
	case t.Kind == tEOF || tl > ol:
		return false
	case tl < ol:
		return true
	case strings.HasPrefix(e.Msg, "invalid syntax") && juxtaposed && t.Start >= open:
		return false
	}
	return true
}

// report logs an error and blanks its logical line for the next attempt.
func (p *parse) report(e lexError) {
	p.log.Errorf(ast.Pos(e.Pos), "%s", e.Msg)
	p.failed = true
	p.blank[p.lineStart(e.Pos)] = true
}

// lineStart is the index of the first significant token of the logical
// line that contains offset off.
func (p *parse) lineStart(off int) int {
	i := 0
	for j := range p.sig {
		if p.sig[j].Start > off {
			break
		}
		switch p.sig[j].Kind {
		case tNewline, tIndent, tDedent:
			if p.sig[j].End <= off || p.sig[j].Kind != tNewline {
				i = j + 1
			}
		}
	}
	for i < len(p.sig)-1 && (p.sig[i].Kind == tIndent || p.sig[i].Kind == tDedent) {
		i++
	}
	return i
}

// run rewrites and parses until gpython accepts the text or the error
// budget is spent. Each error blanks its line, so the next attempt finds
// the next independent error instead of a cascade.
func (p *parse) run() *ast.Module {
	for attempt := 0; attempt < maxErrors; attempt++ {
		pl := &planner{src: p.src, sig: p.sig, top: true, blank: p.blank}
		pl.plan()
		if len(pl.errs) > 0 {
			before := len(p.blank)
			for _, e := range pl.errs {
				p.report(e)
				if e.Fatal {
					return nil // what follows would be misread
				}
			}
			if len(p.blank) > before {
				continue
			}
		}
		em := p.emit(pl)
		conv := newConverter(p.src, p.sig, em, p.log)
		m, err := gpythonParse(em.out)
		if err == nil {
			if p.failed {
				return nil
			}
			return p.convert(conv, m)
		}
		e, _ := p.syntaxError(conv, em, err)
		if p.blank[p.lineStart(e.Pos)] {
			return nil // the same line again: nothing more to learn
		}
		p.report(e)
	}
	return nil
}

// emit writes the rewritten text, without the BOM, which gpython rejects.
func (p *parse) emit(pl *planner) *emitter {
	em := newEmitter(p.src)
	start := 0
	if strings.HasPrefix(p.src, "\uFEFF") {
		start = 3
	}
	em.emitRange(start, len(p.src), pl.edits)
	return em
}

// convert runs the post-pass; it too may find errors (bad escapes).
func (p *parse) convert(conv *converter, m *gast.Module) *ast.Module {
	before := len(p.log.Diagnostics())
	mod := conv.module(m)
	if len(p.log.Diagnostics()) > before {
		p.failed = true
	}
	return mod
}

// gpythonParse runs gpython's parser, which reports some problems (and
// its own bugs) by panicking.
func gpythonParse(text []byte) (m *gast.Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	mod, err := gparser.Parse(bytes.NewReader(text), "<py2go>", py.ExecMode)
	if err != nil {
		return nil, err
	}
	m, _ = mod.(*gast.Module)
	if m == nil {
		return nil, fmt.Errorf("invalid syntax")
	}
	return m, nil
}

// comments collects the comments in source order.
func comments(tz *tokenizer) []ast.Comment {
	var out []ast.Comment
	for i, t := range tz.toks {
		if t.Kind == tComment {
			out = append(out, ast.Comment{P: ast.Pos(t.Start), Text: strings.TrimRight(tz.src[t.Start:t.End], " \t\f"), Trailing: tz.trailing[i]})
		}
	}
	return out
}

var codingCookie = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// checkBytes rejects NUL bytes and text that is not UTF-8, with CPython's
// messages.
func checkBytes(src *diag.Source, log *diag.Log) bool {
	text := src.Text
	if i := strings.IndexByte(text, 0); i >= 0 {
		log.Errorf(ast.Pos(i), "source code cannot contain null bytes")
		return false
	}
	if utf8.ValidString(text) {
		return true
	}
	bad := 0
	for bad < len(text) {
		r, n := utf8.DecodeRuneInString(text[bad:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		bad += n
	}
	line := src.Position(ast.Pos(bad)).Line
	first := strings.SplitN(text, "\n", 3)
	for _, l := range first[:min(2, len(first))] {
		if codingCookie.MatchString(l) {
			lineStart := strings.LastIndexByte(text[:bad], '\n') + 1
			log.Errorf(ast.Pos(bad), "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", text[bad], bad-lineStart)
			return false
		}
	}
	name := src.Path
	if name == "" {
		name = src.Name
	}
	log.Errorf(ast.Pos(bad), "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", text[bad], name, line)
	return false
}
