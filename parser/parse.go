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
	if p.failed || m == nil || !checkDepth(m, log) {
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
func firstUnexpectedIndent(src string, sig []token) (problem, bool) {
	sig = append(sig, token{Kind: tEOF, Start: len(src), End: len(src)})
	for _, e := range blockErrors(src, sig) {
		if e.Msg == "unexpected indent" {
			return e, true
		}
	}
	return problem{}, false
}

// earlierError looks for a syntax error before the tokenizer error bad,
// which CPython's parser would meet first: before its line for an
// indentation error, before the bad token otherwise. Errors where that
// text stops do not count.
func earlierError(src string, bad problem) (problem, bool) {
	limit := bad.Pos
	if bad.Late {
		limit = strings.LastIndexAny(src[:bad.Pos], "\r\n") + 1
	}
	prefix := src[:limit]
	tz := tokenize(prefix)
	if len(tz.errs) > 0 || tz.unclosed >= 0 {
		return problem{}, false
	}
	p := &parse{src: prefix, sig: significant(tz.toks), log: diag.NewLog(nil), blank: map[int]bool{}}
	end := len(strings.TrimRight(prefix, " \t\f\r\n"))
	first, found := problem{Pos: len(src)}, false
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

// report logs an error and blanks its logical line for the next attempt.
func (p *parse) report(e problem) {
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
	checkPlaces(mod, p.log)
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

// coding returns the encoding a PEP 263 cookie in the first two lines
// declares, lower-cased, and the cookie's offset (-1 when there is none).
func coding(text string) (string, int) {
	start := 0
	for n := 0; n < 2 && start < len(text); n++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text) - start
		}
		if m := codingCookie.FindStringSubmatch(text[start : start+end]); m != nil {
			return strings.ToLower(m[1]), start + strings.IndexByte(text[start:], '#')
		}
		start += end + 1
	}
	return "", -1
}

// checkBytes rejects NUL bytes and text that is not UTF-8, with CPython's
// messages.
func checkBytes(src *diag.Source, log *diag.Log) bool {
	text := src.Text
	bad := len(text)
	if !utf8.ValidString(text) {
		bad = 0
		for bad < len(text) {
			r, n := utf8.DecodeRuneInString(text[bad:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			bad += n
		}
	}
	// CPython reports whichever comes first: a null byte or a byte that
	// is not UTF-8 (binary data holds both).
	if i := strings.IndexByte(text[:bad], 0); i >= 0 {
		log.Errorf(ast.Pos(i), "source code cannot contain null bytes")
		return false
	}
	if bad == len(text) {
		return true
	}
	line := src.Position(ast.Pos(bad)).Line
	switch enc, at := coding(text); {
	case at < 0:
	case enc != "utf-8" && enc != "utf8" && !strings.HasPrefix(enc, "utf-8-") && !strings.HasPrefix(enc, "utf_8"):
		// Decoding would move every offset; the file can be saved as UTF-8.
		log.Errorf(ast.Pos(at), "not supported yet: source encoding %q (save the file as UTF-8)", enc)
		return false
	default:
		lineStart := strings.LastIndexByte(text[:bad], '\n') + 1
		log.Errorf(ast.Pos(bad), "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", text[bad], bad-lineStart)
		return false
	}
	name := src.Path
	if name == "" {
		name = src.Name
	}
	log.Errorf(ast.Pos(bad), "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", text[bad], name, line)
	return false
}
