package parser

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/diag"
)

// CPython's compiler rejects some statements and expressions by where they
// stand: `return` outside a function, `break` outside a loop, `await`
// outside an async function, and so on. gpython's parser does not, and a
// program CPython refuses must not be translated, so the parser checks
// them. The messages and positions are CPython's.

// place says where a node stands.
type place struct {
	fn, async, loop bool
	// star is set in the body of an except* clause, where no jump may
	// leave it (a loop or function inside it clears it).
	star    bool
	comp    string  // the kind of comprehension the node is in, if any
	compPos ast.Pos // where that comprehension starts
}

type placeChecker struct{ log *diag.Log }

// checkPlaces reports misplaced statements and expressions in a module.
func checkPlaces(m *ast.Module, log *diag.Log) {
	(&placeChecker{log}).stmts(m.Body, place{})
}

func (c *placeChecker) stmts(body []ast.Stmt, p place) {
	for _, s := range body {
		c.stmt(s, p)
	}
}

func (c *placeChecker) stmt(s ast.Stmt, p place) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.exprs(s.Decorators, p)
		c.arguments(s.Args, p)
		c.expr(s.Returns, p)
		c.stmts(s.Body, place{fn: true, async: s.Async})
	case *ast.ClassDef:
		c.exprs(s.Decorators, p)
		c.exprs(s.Bases, p)
		for _, k := range s.Keywords {
			c.expr(k.Value, p)
		}
		c.stmts(s.Body, place{})
	case *ast.For:
		c.asyncStmt(s.Async, s.P, "'async for'", p)
		c.exprs([]ast.Expr{s.Target, s.Iter}, p)
		c.loop(s.Body, s.Orelse, p)
	case *ast.While:
		c.expr(s.Test, p)
		c.loop(s.Body, s.Orelse, p)
	case *ast.With:
		c.asyncStmt(s.Async, s.P, "'async with'", p)
		for _, it := range s.Items {
			c.exprs([]ast.Expr{it.ContextExpr, it.OptionalVars}, p)
		}
		c.stmts(s.Body, p)
	case *ast.Return, *ast.Break, *ast.Continue:
		c.jump(s, p)
	case *ast.Nonlocal:
		if !p.fn {
			c.log.Errorf(s.P, "nonlocal declaration not allowed at module level")
		}
	default:
		c.compound(s, p)
	}
}

// jump checks return, break and continue.
func (c *placeChecker) jump(s ast.Stmt, p place) {
	if p.star {
		pos := s.Start()
		if r, ok := s.(*ast.Return); ok {
			if k, ok := r.Value.(*ast.Constant); ok {
				pos = k.Start() // CPython points at a constant returned
			}
		}
		c.log.Errorf(pos, "'break', 'continue' and 'return' cannot appear in an except* block")
		return
	}
	switch s := s.(type) {
	case *ast.Return:
		if !p.fn {
			c.log.Errorf(s.P, "'return' outside function")
		}
		c.expr(s.Value, p)
	case *ast.Break:
		if !p.loop {
			c.log.Errorf(s.P, "'break' outside loop")
		}
	case *ast.Continue:
		if !p.loop {
			c.log.Errorf(s.P, "'continue' not properly in loop")
		}
	}
}

// compound checks the statements whose parts need no new place.
func (c *placeChecker) compound(s ast.Stmt, p place) {
	switch s := s.(type) {
	case *ast.If:
		c.expr(s.Test, p)
		c.stmts(s.Body, p)
		c.stmts(s.Orelse, p)
	case *ast.Try:
		c.stmts(s.Body, p)
		for _, h := range s.Handlers {
			c.expr(h.Type, p)
			hp := p
			hp.star = s.Star
			c.stmts(h.Body, hp)
		}
		c.stmts(s.Orelse, p)
		c.stmts(s.Finalbody, p)
	default:
		for _, n := range ast.Children(s) {
			if e, ok := n.(ast.Expr); ok {
				c.expr(e, p)
			}
		}
	}
}

// loop checks a loop's body, where break and continue belong, and its
// else clause, where they do not (unless an outer loop holds it).
func (c *placeChecker) loop(body, orelse []ast.Stmt, p place) {
	in := p
	in.loop, in.star = true, false
	c.stmts(body, in)
	c.stmts(orelse, p)
}

func (c *placeChecker) asyncStmt(async bool, pos ast.Pos, what string, p place) {
	if async && !p.async {
		c.log.Errorf(pos, "%s outside async function", what)
	}
}

func (c *placeChecker) arguments(a *ast.Arguments, p place) {
	if a == nil {
		return
	}
	for _, arg := range a.All() {
		c.expr(arg.Annotation, p)
	}
	c.exprs(a.Defaults, p)
	c.exprs(a.KwDefaults, p)
}

func (c *placeChecker) exprs(es []ast.Expr, p place) {
	for _, e := range es {
		c.expr(e, p)
	}
}

// compKinds names comprehensions as CPython's messages do.
func compKind(e ast.Expr) string {
	switch e.(type) {
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.GeneratorExp:
		return "generator expression"
	}
	return ""
}

func (c *placeChecker) expr(e ast.Expr, p place) {
	switch e := e.(type) {
	case nil:
		return
	case *ast.Lambda:
		c.arguments(e.Args, p)
		c.expr(e.Body, place{fn: true})
		return
	case *ast.Await:
		switch {
		case p.comp != "" && p.comp != "generator expression" && !p.async:
			// An await makes the comprehension asynchronous.
			c.log.Errorf(p.compPos, "asynchronous comprehension outside of an asynchronous function")
		case !p.fn:
			c.log.Errorf(e.P, "'await' outside function")
		case !p.async:
			c.log.Errorf(e.P, "'await' outside async function")
		}
	case *ast.Yield, *ast.YieldFrom:
		switch {
		case p.comp != "":
			c.log.Errorf(e.Start(), "'yield' inside %s", p.comp)
		case !p.fn:
			c.log.Errorf(e.Start(), "'yield' outside function")
		}
	}
	if kind := compKind(e); kind != "" {
		c.comprehension(e, kind, p)
		return
	}
	for _, n := range ast.Children(e) {
		c.expr(n.(ast.Expr), p)
	}
}

// comprehension checks a comprehension: async clauses need an async
// function (except in a generator expression), and yield is not allowed.
func (c *placeChecker) comprehension(e ast.Expr, kind string, p place) {
	in := p
	in.comp, in.compPos = kind, e.Start()
	var gens []*ast.Comprehension
	switch e := e.(type) {
	case *ast.ListComp:
		gens = e.Generators
	case *ast.SetComp:
		gens = e.Generators
	case *ast.DictComp:
		gens = e.Generators
	case *ast.GeneratorExp:
		gens = e.Generators
	}
	async := false
	for _, g := range gens {
		async = async || g.Async
	}
	if async && !p.async && kind != "generator expression" {
		c.log.Errorf(e.Start(), "asynchronous comprehension outside of an asynchronous function")
	}
	for _, n := range ast.Children(e) {
		c.expr(n.(ast.Expr), in)
	}
}
