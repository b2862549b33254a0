package parser

import (
	"sort"
	"unicode/utf8"

	gast "github.com/go-python/gpython/ast"
	"golang.org/x/text/unicode/norm"

	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/diag"
)

// converter turns gpython's tree into ours: positions go back to the
// original text, sentinels become the constructs they stand for, and
// literals are decoded from the original tokens.
type converter struct {
	src      string
	sig      []token // significant tokens of the original, sorted by Start
	em       *emitter
	newLines []int // line starts of the rewritten text
	log      *diag.Log
	match    map[int]int         // see matches
	spans    map[ast.Expr][2]int // see span
}

func newConverter(src string, sig []token, em *emitter, log *diag.Log) *converter {
	if len(em.subTokens) > 0 {
		// Nested f-strings add their tokens after their parent's.
		sort.SliceStable(em.subTokens, func(i, j int) bool { return em.subTokens[i].Start < em.subTokens[j].Start })
		sig = mergeTokens(sig, em.subTokens)
	}
	c := &converter{src: src, sig: sig, em: em, log: log, newLines: []int{0}}
	for i, b := range em.out {
		if b == '\n' {
			c.newLines = append(c.newLines, i+1)
		}
	}
	return c
}

// mergeTokens merges two token lists sorted by start.
func mergeTokens(a, b []token) []token {
	out := make([]token, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if b[0].Start < a[0].Start {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}

// newOff turns a gpython position into an offset in the rewritten text.
func (c *converter) newOff(p gast.Pos) int {
	if p.Lineno < 1 || p.Lineno > len(c.newLines) {
		return 0
	}
	return c.newLines[p.Lineno-1] + p.ColOffset
}

// pos maps a gpython position to the original text.
func (c *converter) pos(p gast.Pos) ast.Pos { return ast.Pos(c.em.origOf(c.newOff(p))) }

// sentinelAt returns the sentinel at a gpython position, if any.
func (c *converter) sentinelAt(p gast.Pos, kind sentKind) *sentinel {
	if p.Lineno == 0 {
		return nil
	}
	s := c.em.sentinels[c.newOff(p)]
	if s == nil || s.Kind != kind {
		return nil
	}
	return s
}

// tokenAt is the index of the significant token starting at off, or -1.
func (c *converter) tokenAt(off int) int {
	i := sort.Search(len(c.sig), func(i int) bool { return c.sig[i].Start >= off })
	for i < len(c.sig) && c.sig[i].Start == off && c.sig[i].End == off {
		i++ // an INDENT or DEDENT shares the offset of the real token
	}
	if i < len(c.sig) && c.sig[i].Start == off {
		return i
	}
	return -1
}

// tokenText is the text of significant token i.
func (c *converter) tokenText(i int) string {
	if i < 0 || i >= len(c.sig) {
		return ""
	}
	return c.src[c.sig[i].Start:c.sig[i].End]
}

// ident normalizes an identifier to NFKC, as CPython does, so that `ﬁ`
// and `fi` are the same name.
func ident(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return norm.NFKC.String(s)
		}
	}
	return s
}

func (c *converter) module(m *gast.Module) *ast.Module {
	return &ast.Module{Body: c.stmts(m.Body)}
}

func (c *converter) stmts(in []gast.Stmt) []ast.Stmt {
	out := make([]ast.Stmt, 0, len(in))
	for _, s := range in {
		out = append(out, c.stmt(s))
	}
	return out
}

func (c *converter) stmt(s gast.Stmt) ast.Stmt {
	switch s := s.(type) {
	case *gast.FunctionDef:
		return c.funcDef(s)
	case *gast.ClassDef:
		n := &ast.ClassDef{Name: ident(string(s.Name)), Decorators: c.exprs(s.DecoratorList), Body: c.stmts(s.Body)}
		n.P = c.pos(s.Pos)
		n.Bases = c.exprs(s.Bases)
		n.Keywords = c.keywords(s.Keywords)
		if s.Starargs != nil {
			n.Bases = append(n.Bases, c.starred(s.Starargs))
		}
		if s.Kwargs != nil {
			n.Keywords = append(n.Keywords, &ast.Keyword{P: c.expr(s.Kwargs).Start(), Value: c.expr(s.Kwargs)})
		}
		return n
	case *gast.Return:
		n := &ast.Return{Value: c.expr(s.Value)}
		n.P = c.pos(s.Pos)
		return n
	case *gast.Delete:
		n := &ast.Delete{Targets: c.exprs(s.Targets)}
		n.P = c.pos(s.Pos)
		return n
	case *gast.Assign:
		return c.assign(s)
	case *gast.AugAssign:
		n := &ast.AugAssign{Target: c.expr(s.Target), Op: operators34[s.Op], Value: c.expr(s.Value)}
		if n.Op == ast.Mult && c.opBefore(n.Value.Start()) == "@=" {
			n.Op = ast.MatMult
		}
		n.P = c.pos(s.Pos)
		return n
	case *gast.For:
		n := &ast.For{Target: c.expr(s.Target), Iter: c.expr(s.Iter), Body: c.stmts(s.Body), Orelse: c.stmts(s.Orelse)}
		n.P = c.pos(s.Pos)
		n.Async = c.sentinelAt(s.Pos, sAsync) != nil
		return n
	case *gast.While:
		n := &ast.While{Test: c.expr(s.Test), Body: c.stmts(s.Body), Orelse: c.stmts(s.Orelse)}
		n.P = c.pos(s.Pos)
		return n
	case *gast.If:
		n := &ast.If{Test: c.expr(s.Test), Body: c.stmts(s.Body), Orelse: c.stmts(s.Orelse)}
		n.P = c.keywordBefore(n.Test.Start(), "if", "elif")
		return n
	case *gast.With:
		n := &ast.With{Body: c.stmts(s.Body), Async: c.sentinelAt(s.Pos, sAsync) != nil}
		n.P = c.pos(s.Pos)
		for _, it := range s.Items {
			n.Items = append(n.Items, &ast.WithItem{ContextExpr: c.expr(it.ContextExpr), OptionalVars: c.expr(it.OptionalVars)})
		}
		return n
	case *gast.Raise:
		n := &ast.Raise{Exc: c.expr(s.Exc), Cause: c.expr(s.Cause)}
		n.P = c.pos(s.Pos)
		return n
	case *gast.Try:
		return c.try(s)
	case *gast.Assert:
		n := &ast.Assert{Test: c.expr(s.Test), Msg: c.expr(s.Msg)}
		n.P = c.pos(s.Pos)
		return n
	case *gast.Import:
		n := &ast.Import{Names: c.aliases(s.Names)}
		n.P = c.pos(s.Pos)
		return n
	case *gast.ImportFrom:
		n := &ast.ImportFrom{Module: ident(string(s.Module)), Names: c.aliases(s.Names), Level: s.Level}
		n.P = c.pos(s.Pos)
		return n
	case *gast.Global:
		n := &ast.Global{Names: idents(s.Names)}
		n.P = c.pos(s.Pos)
		return n
	case *gast.Nonlocal:
		n := &ast.Nonlocal{Names: idents(s.Names)}
		n.P = c.pos(s.Pos)
		return n
	case *gast.ExprStmt:
		n := &ast.ExprStmt{Value: c.expr(s.Value)}
		n.P = n.Value.Start()
		return n
	case *gast.Pass:
		n := &ast.Pass{}
		n.P = c.pos(s.Pos)
		return n
	case *gast.Break:
		n := &ast.Break{}
		n.P = c.pos(s.Pos)
		return n
	case *gast.Continue:
		n := &ast.Continue{}
		n.P = c.pos(s.Pos)
		return n
	}
	// gpython's grammar produces no other statements; this is a bug here.
	panic("parser: unexpected gpython statement")
}

func idents(in []gast.Identifier) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = ident(string(s))
	}
	return out
}

func (c *converter) aliases(in []*gast.Alias) []*ast.Alias {
	out := make([]*ast.Alias, len(in))
	for i, a := range in {
		out[i] = &ast.Alias{P: c.pos(a.Pos), Name: ident(string(a.Name)), AsName: ident(string(a.AsName))}
	}
	return out
}

// funcDef converts a def; its position is the `def` (or `async`) keyword,
// as in CPython 3.8 and later, not the first decorator.
func (c *converter) funcDef(s *gast.FunctionDef) ast.Stmt {
	n := &ast.FunctionDef{
		Name:       ident(string(s.Name)),
		Decorators: c.exprs(s.DecoratorList),
		Args:       c.arguments(s.Args),
		Returns:    c.expr(s.Returns),
		Body:       c.stmts(s.Body),
		Async:      c.sentinelAt(s.Pos, sAsync) != nil,
	}
	n.P = c.pos(s.Pos)
	return n
}

// assign converts an assignment, which may stand for an annotated one.
func (c *converter) assign(s *gast.Assign) ast.Stmt {
	if call, ok := s.Value.(*gast.Call); ok && len(s.Targets) == 1 {
		if sent := c.callSentinel(call, sAnn); sent != nil && c.plainArgs(call, sent, 1, 2) {
			n := &ast.AnnAssign{Target: c.expr(s.Targets[0]), Annotation: c.expr(call.Args[0])}
			if len(call.Args) > 1 {
				n.Value = c.expr(call.Args[1])
			}
			n.P = ast.Pos(sent.Orig)
			_, isName := n.Target.(*ast.Name)
			n.Simple = isName && c.tokenText(c.tokenAt(sent.Orig)) != "("
			return n
		}
	}
	n := &ast.Assign{Targets: c.exprs(s.Targets), Value: c.expr(s.Value)}
	n.P = n.Targets[0].Start()
	for _, t := range n.Targets {
		if st, ok := t.(*ast.Starred); ok {
			c.log.Errorf(st.P, "starred assignment target must be in a list or tuple")
		}
	}
	return n
}

// plainArgs checks that a sentinel call has only positional arguments, as
// many as allowed. Anything else came from malformed input that the
// rewrite let through, such as `x: *y`; it is reported as CPython would.
func (c *converter) plainArgs(call *gast.Call, s *sentinel, counts ...int) bool {
	if len(call.Keywords) == 0 && call.Starargs == nil && call.Kwargs == nil {
		for _, n := range counts {
			if len(call.Args) == n {
				return true
			}
		}
	}
	c.log.Errorf(ast.Pos(s.Orig), "invalid syntax")
	return false
}

// callSentinel returns the sentinel of kind a call's function name
// stands for.
func (c *converter) callSentinel(call *gast.Call, kind sentKind) *sentinel {
	name, ok := call.Func.(*gast.Name)
	if !ok {
		return nil
	}
	return c.sentinelAt(name.Pos, kind)
}

// try converts try statements; handlers get the position of their
// `except` keyword, which gpython loses. A try whose clauses are except*
// is marked Star; mixing the two kinds is CPython's SyntaxError, reported
// at the first clause of the other kind.
func (c *converter) try(s *gast.Try) ast.Stmt {
	n := &ast.Try{Body: c.stmts(s.Body), Orelse: c.stmts(s.Orelse), Finalbody: c.stmts(s.Finalbody)}
	n.P = c.pos(s.Pos)
	mixed := false
	for i, h := range s.Handlers {
		eh := &ast.ExceptHandler{Type: c.expr(h.ExprType), Name: ident(string(h.Name)), Body: c.stmts(h.Body)}
		if len(eh.Body) > 0 {
			eh.P = c.keywordBefore(eh.Body[0].Start(), "except")
		}
		star := c.em.exceptStar[int(eh.P)]
		if i == 0 {
			n.Star = star
		} else if star != n.Star && !mixed {
			mixed = true
			c.log.Errorf(eh.P, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		n.Handlers = append(n.Handlers, eh)
	}
	return n
}

// keywordBefore finds the last of the given keywords before offset p.
func (c *converter) keywordBefore(p ast.Pos, kws ...string) ast.Pos {
	i := sort.Search(len(c.sig), func(i int) bool { return c.sig[i].Start >= int(p) }) - 1
	for ; i >= 0; i-- {
		if c.sig[i].Kind != tName {
			continue
		}
		t := c.tokenText(i)
		for _, k := range kws {
			if t == k {
				return ast.Pos(c.sig[i].Start)
			}
		}
	}
	return p
}

// arguments converts a parameter list, splitting off positional-only
// parameters marked by the rewrite.
func (c *converter) arguments(a *gast.Arguments) *ast.Arguments {
	if a == nil {
		return nil
	}
	n := &ast.Arguments{
		Args:     c.args(a.Args),
		Vararg:   c.arg(a.Vararg),
		KwOnly:   c.args(a.Kwonlyargs),
		Kwarg:    c.arg(a.Kwarg),
		Defaults: c.exprs(a.Defaults),
	}
	n.KwDefaults = c.alignKwDefaults(n.KwOnly, c.exprs(a.KwDefaults))
	seen := map[string]bool{}
	for _, p := range n.All() {
		if seen[p.Name] {
			c.log.Errorf(p.P, "duplicate argument '%s' in function definition", p.Name)
		}
		seen[p.Name] = true
	}
	if len(a.Args) > 0 {
		if s := c.sentinelAt(a.Args[0].Pos, sPosOnly); s != nil && s.Count <= len(n.Args) {
			n.PosOnly, n.Args = n.Args[:s.Count], n.Args[s.Count:]
		}
	}
	return n
}

// alignKwDefaults gives each keyword-only parameter its default or nil;
// gpython lists only the defaults there are. A default belongs to the last
// parameter before it.
func (c *converter) alignKwDefaults(params []*ast.Arg, defaults []ast.Expr) []ast.Expr {
	if len(params) == 0 {
		return nil
	}
	out := make([]ast.Expr, len(params))
	for _, d := range defaults {
		for i := len(params) - 1; i >= 0; i-- {
			if params[i].P < d.Start() {
				out[i] = d
				break
			}
		}
	}
	return out
}

func (c *converter) args(in []*gast.Arg) []*ast.Arg {
	var out []*ast.Arg
	for _, a := range in {
		out = append(out, c.arg(a))
	}
	return out
}

func (c *converter) arg(a *gast.Arg) *ast.Arg {
	if a == nil {
		return nil
	}
	return &ast.Arg{P: c.pos(a.Pos), Name: ident(string(a.Arg)), Annotation: c.expr(a.Annotation)}
}

func (c *converter) keywords(in []*gast.Keyword) []*ast.Keyword {
	var out []*ast.Keyword
	for _, k := range in {
		out = append(out, &ast.Keyword{P: c.pos(k.Pos), Arg: ident(string(k.Arg)), Value: c.expr(k.Value)})
	}
	return out
}
