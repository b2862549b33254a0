package parser

import (
	"strings"

	gast "github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2go/py2go/ast"
)

// operators34 maps gpython's operator numbers (which lack MatMult) to ours.
var operators34 = map[gast.OperatorNumber]ast.Operator{
	gast.Add: ast.Add, gast.Sub: ast.Sub, gast.Mult: ast.Mult, gast.Div: ast.Div, gast.Modulo: ast.Mod,
	gast.Pow: ast.Pow, gast.LShift: ast.LShift, gast.RShift: ast.RShift, gast.BitOr: ast.BitOr,
	gast.BitXor: ast.BitXor, gast.BitAnd: ast.BitAnd, gast.FloorDiv: ast.FloorDiv,
}

func ctx(c gast.ExprContext) ast.Context {
	switch c {
	case gast.Store, gast.AugStore, gast.Param:
		return ast.Store
	case gast.Del:
		return ast.Del
	}
	return ast.Load
}

func (c *converter) exprs(in []gast.Expr) []ast.Expr {
	out := make([]ast.Expr, 0, len(in))
	for _, e := range in {
		out = append(out, c.expr(e))
	}
	return out
}

// expr converts an expression; nil stays nil.
func (c *converter) expr(e gast.Expr) ast.Expr {
	switch e := e.(type) {
	case nil:
		return nil
	case *gast.Call:
		return c.call(e)
	case *gast.Lambda:
		return c.lambda(e)
	case *gast.Name:
		return c.name(e)
	case *gast.Num:
		return c.number(e.Pos)
	case *gast.Str:
		return c.str(e.Pos)
	case *gast.Bytes:
		return c.str(e.Pos)
	case *gast.NameConstant:
		return c.nameConstant(e)
	case *gast.Ellipsis:
		n := &ast.Constant{Kind: ast.ConstEllipsis}
		n.P = c.pos(e.Pos)
		return n
	case *gast.Dict:
		return c.dict(e)
	case *gast.Tuple:
		return c.tuple(e)
	}
	return c.compound(e)
}

// compound converts the expressions whose position is that of their first
// part or is reliable in gpython.
func (c *converter) compound(e gast.Expr) ast.Expr {
	switch e := e.(type) {
	case *gast.BoolOp:
		n := &ast.BoolOp{Op: ast.BoolOperator(e.Op), Values: c.exprs(e.Values)}
		n.P = c.outerStart(n.Values[0])
		return n
	case *gast.BinOp:
		n := &ast.BinOp{Left: c.expr(e.Left), Op: operators34[e.Op], Right: c.expr(e.Right)}
		if n.Op == ast.Mult && c.opBefore(n.Right.Start()) == "@" {
			n.Op = ast.MatMult
		}
		n.P = c.outerStart(n.Left)
		return n
	case *gast.UnaryOp:
		n := &ast.UnaryOp{Op: ast.UnaryOperator(e.Op), Operand: c.expr(e.Operand)}
		n.P = c.pos(e.Pos)
		return n
	case *gast.IfExp:
		n := &ast.IfExp{Test: c.expr(e.Test), Body: c.expr(e.Body), Orelse: c.expr(e.Orelse)}
		n.P = c.outerStart(n.Body)
		return n
	case *gast.Set:
		n := &ast.Set{Elts: c.exprs(e.Elts)}
		n.P = c.openBracket(c.pos(e.Pos), "{")
		return n
	case *gast.ListComp:
		n := &ast.ListComp{Elt: c.expr(e.Elt), Generators: c.comps(e.Generators)}
		n.P = c.pos(e.Pos)
		return n
	case *gast.SetComp:
		n := &ast.SetComp{Elt: c.expr(e.Elt), Generators: c.comps(e.Generators)}
		n.P = c.openBracket(c.pos(e.Pos), "{")
		return n
	case *gast.DictComp:
		n := &ast.DictComp{Key: c.expr(e.Key), Value: c.expr(e.Value), Generators: c.comps(e.Generators)}
		n.P = c.openBracket(n.Key.Start(), "{")
		return n
	case *gast.GeneratorExp:
		n := &ast.GeneratorExp{Elt: c.expr(e.Elt), Generators: c.comps(e.Generators)}
		n.P = c.compStart(n.Elt.Start(), n.Generators[0].Iter.Start(), "(")
		return n
	case *gast.Yield:
		n := &ast.Yield{Value: c.expr(e.Value)}
		n.P = c.pos(e.Pos)
		return n
	case *gast.YieldFrom:
		n := &ast.YieldFrom{Value: c.expr(e.Value)}
		n.P = c.pos(e.Pos)
		return n
	case *gast.Compare:
		n := &ast.Compare{Left: c.expr(e.Left), Comparators: c.exprs(e.Comparators)}
		for _, op := range e.Ops {
			n.Ops = append(n.Ops, ast.CmpOp(op))
		}
		n.P = c.outerStart(n.Left)
		return n
	}
	return c.trailer(e)
}

// trailer converts attribute access, subscripts, starred items and
// displays.
func (c *converter) trailer(e gast.Expr) ast.Expr {
	switch e := e.(type) {
	case *gast.Attribute:
		n := &ast.Attribute{Value: c.expr(e.Value), Attr: ident(string(e.Attr)), Ctx: ctx(e.Ctx)}
		n.P = c.outerStart(n.Value)
		return n
	case *gast.Subscript:
		n := &ast.Subscript{Value: c.expr(e.Value), Slice: c.slice(e.Slice), Ctx: ctx(e.Ctx)}
		n.P = c.outerStart(n.Value)
		return n
	case *gast.Starred:
		n := &ast.Starred{Value: c.expr(e.Value), Ctx: ctx(e.Ctx)}
		n.P = c.pos(e.Pos)
		return n
	case *gast.List:
		n := &ast.List{Elts: c.exprs(e.Elts), Ctx: ctx(e.Ctx)}
		n.P = c.pos(e.Pos)
		return n
	}
	panic("parser: unexpected gpython expression")
}

// openBracket moves a position that gpython puts on the first item of a
// display back to the display's opening bracket, where CPython puts it.
func (c *converter) openBracket(p ast.Pos, open string) ast.Pos {
	i := c.tokenAt(int(p))
	for i > 0 && c.tokenText(i) != open && c.tokenText(i-1) == "(" {
		i--
	}
	if i > 0 && c.tokenText(i) != open && c.tokenText(i-1) == open {
		i--
	}
	if i >= 0 && c.tokenText(i) == open {
		return ast.Pos(c.sig[i].Start)
	}
	return p
}

func (c *converter) slice(s gast.Slicer) ast.Expr {
	switch s := s.(type) {
	case *gast.Index:
		return c.expr(s.Value)
	case *gast.Slice:
		n := &ast.Slice{Lower: c.expr(s.Lower), Upper: c.expr(s.Upper), Step: c.expr(s.Step)}
		n.P = c.pos(s.Pos)
		if n.Lower != nil {
			n.P = c.outerStart(n.Lower)
		}
		return n
	case *gast.ExtSlice:
		n := &ast.Tuple{}
		for _, d := range s.Dims {
			n.Elts = append(n.Elts, c.slice(d))
		}
		n.P = n.Elts[0].Start()
		return n
	}
	panic("parser: unexpected gpython slice")
}

// comps converts comprehension clauses; an `async for` clause was
// rewritten with its iterable wrapped in a sentinel.
func (c *converter) comps(in []gast.Comprehension) []*ast.Comprehension {
	var out []*ast.Comprehension
	for _, g := range in {
		n := &ast.Comprehension{Target: c.expr(g.Target), Ifs: c.exprs(g.Ifs)}
		if call, ok := g.Iter.(*gast.Call); ok && c.callSentinel(call, sAsyncIter) != nil && c.plainArgs(call, c.callSentinel(call, sAsyncIter), 1) {
			n.Async = true
			n.Iter = c.expr(call.Args[0])
		} else {
			n.Iter = c.expr(g.Iter)
		}
		n.P = c.keywordBefore(n.Target.Start(), "for", "async")
		if n.Async {
			n.P = c.keywordBefore(n.Target.Start(), "async")
		}
		out = append(out, n)
	}
	return out
}

// name converts a name. gpython gives a decorator `@a.b` as one Name
// "a.b" placed at the `@`; it becomes attribute access at the right place.
func (c *converter) name(e *gast.Name) ast.Expr {
	p := c.pos(e.Pos)
	i := c.tokenAt(int(p))
	if i >= 0 && c.tokenText(i) == "@" {
		p = ast.Pos(c.sig[i+1].Start)
	}
	parts := strings.Split(string(e.Id), ".")
	n := &ast.Name{ID: ident(parts[0]), Ctx: ctx(e.Ctx)}
	n.P = p
	var out ast.Expr = n
	for _, attr := range parts[1:] {
		a := &ast.Attribute{Value: out, Attr: ident(attr)}
		a.P = p
		out = a
	}
	return out
}

func (c *converter) nameConstant(e *gast.NameConstant) ast.Expr {
	n := &ast.Constant{Kind: ast.ConstNone}
	if b, ok := e.Value.(py.Bool); ok {
		n.Kind, n.Value = ast.ConstBool, bool(b)
	}
	n.P = c.pos(e.Pos)
	return n
}

// tuple converts a tuple; an unparenthesized one starts at its first item,
// where CPython puts it (gpython puts a for-target tuple at `for`).
func (c *converter) tuple(e *gast.Tuple) ast.Expr {
	n := &ast.Tuple{Elts: c.exprs(e.Elts), Ctx: ctx(e.Ctx)}
	n.P = c.pos(e.Pos)
	if i := c.tokenAt(int(n.P)); len(n.Elts) > 0 && i >= 0 && c.tokenText(i) != "(" {
		n.P = n.Elts[0].Start()
	}
	return n
}

// dict converts a dict display; a `_d` key marks `**value`.
func (c *converter) dict(e *gast.Dict) ast.Expr {
	n := &ast.Dict{}
	for i, k := range e.Keys {
		var key ast.Expr
		if name, ok := k.(*gast.Name); !ok || c.sentinelAt(name.Pos, sDictUnpack) == nil {
			key = c.expr(k)
		}
		n.Keys = append(n.Keys, key)
		n.Values = append(n.Values, c.expr(e.Values[i]))
	}
	n.P = c.pos(e.Pos)
	if len(e.Keys) > 0 {
		n.P = c.openBracket(n.P, "{")
	}
	return n
}

func (c *converter) starred(e gast.Expr) ast.Expr {
	v := c.expr(e)
	n := &ast.Starred{Value: v}
	n.P = c.keywordOrOpBefore(v.Start(), "*")
	return n
}

// keywordOrOpBefore finds the token text op right before offset p.
func (c *converter) keywordOrOpBefore(p ast.Pos, op string) ast.Pos {
	i := c.tokenAt(int(p))
	for i > 0 && c.tokenText(i) != op {
		i--
		if c.tokenText(i) != op && c.tokenText(i) != "(" {
			break
		}
	}
	if i >= 0 && c.tokenText(i) == op {
		return ast.Pos(c.sig[i].Start)
	}
	return p
}

func (c *converter) lambda(e *gast.Lambda) ast.Expr {
	if s := c.sentinelAt(e.Pos, sWalrus); s != nil && e.Args != nil && len(e.Args.Args) == 1 {
		a := e.Args.Args[0]
		t := &ast.Name{ID: ident(string(a.Arg)), Ctx: ast.Store}
		t.P = c.pos(a.Pos)
		n := &ast.NamedExpr{Target: t, Value: c.expr(e.Body)}
		n.P = ast.Pos(s.Orig)
		return n
	}
	n := &ast.Lambda{Args: c.arguments(e.Args), Body: c.expr(e.Body)}
	n.P = c.pos(e.Pos)
	return n
}
