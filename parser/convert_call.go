package parser

import (
	"math/big"
	"strconv"
	"strings"

	gast "github.com/go-python/gpython/ast"

	"github.com/py2go/py2go/ast"
)

// call converts a call, or the construct a sentinel call stands for.
// gpython puts calls with arguments at 0:0; a call starts at its function.
func (c *converter) call(e *gast.Call) ast.Expr {
	if name, ok := e.Func.(*gast.Name); ok && e.Func != nil {
		if s := c.em.sentinels[c.newOff(name.Pos)]; s != nil && name.Pos.Lineno > 0 {
			if n := c.sentinelCall(s, e); n != nil {
				return n
			}
		}
	}
	n := &ast.Call{Func: c.expr(e.Func)}
	n.P = n.Func.Start()
	for _, a := range e.Args {
		c.callArg(n, a)
	}
	n.Keywords = append(n.Keywords, c.keywords(e.Keywords)...)
	if e.Starargs != nil {
		n.Args = append(n.Args, c.starred(e.Starargs))
	}
	if e.Kwargs != nil {
		v := c.expr(e.Kwargs)
		n.Keywords = append(n.Keywords, &ast.Keyword{P: c.keywordOrOpBefore(v.Start(), "**"), Value: v})
	}
	n.P = c.outerStart(n.Func)
	return n
}

// callArg adds one positional argument, unwrapping the sentinels of a
// rewritten argument list.
func (c *converter) callArg(n *ast.Call, a gast.Expr) {
	if w, ok := a.(*gast.Call); ok {
		switch s := c.wrapper(w); {
		case s == nil:
		case s.Kind == sKeyword && (len(w.Keywords) != 1 || len(w.Args) > 0):
			c.log.Errorf(ast.Pos(s.Orig), "invalid syntax")
		case s.Kind != sKeyword && !c.plainArgs(w, s, 1):
		case s.Kind == sStar:
			st := &ast.Starred{Value: c.expr(w.Args[0])}
			st.P = ast.Pos(s.Orig)
			n.Args = append(n.Args, st)
			return
		case s.Kind == sDStar:
			n.Keywords = append(n.Keywords, &ast.Keyword{P: ast.Pos(s.Orig), Value: c.expr(w.Args[0])})
			return
		case s.Kind == sKeyword:
			n.Keywords = append(n.Keywords, c.keywords(w.Keywords)...)
			return
		}
	}
	n.Args = append(n.Args, c.expr(a))
}

// wrapper returns the argument-wrapping sentinel of a call, if it is one.
func (c *converter) wrapper(w *gast.Call) *sentinel {
	for _, k := range []sentKind{sStar, sDStar, sKeyword} {
		if s := c.callSentinel(w, k); s != nil {
			return s
		}
	}
	return nil
}

// sentinelCall converts the sentinel calls that stand for whole
// expressions.
func (c *converter) sentinelCall(s *sentinel, e *gast.Call) ast.Expr {
	if s.Kind != sFString && !c.plainArgs(e, s, 1) {
		return nil
	}
	switch {
	case s.Kind == sAwait:
		n := &ast.Await{Value: c.expr(e.Args[0])}
		n.P = ast.Pos(s.Orig)
		return n
	case s.Kind == sSet:
		l, ok := e.Args[0].(*gast.List)
		if !ok {
			return nil
		}
		n := &ast.Set{Elts: c.exprs(l.Elts)}
		n.P = ast.Pos(s.Orig)
		return n
	case s.Kind == sDecorator:
		return c.expr(e.Args[0])
	case s.Kind == sFString:
		args := c.exprs(e.Args)
		n := &ast.JoinedStr{}
		n.P = ast.Pos(s.Orig)
		n.Values = c.fstringParts(s.FString.Parts, &args, n.P)
		return n
	}
	return nil
}

// fstringParts builds the values of a JoinedStr, taking field expressions
// from args in order.
func (c *converter) fstringParts(parts []fPart, args *[]ast.Expr, p ast.Pos) []ast.Expr {
	var out []ast.Expr
	for _, part := range parts {
		if part.Field == nil {
			k := &ast.Constant{Kind: ast.ConstStr, Value: part.Lit}
			k.P = p
			out = append(out, k)
			continue
		}
		f := part.Field
		if len(*args) == 0 {
			break
		}
		fv := &ast.FormattedValue{Value: (*args)[0], Conversion: f.Conv, DebugText: f.Debug}
		*args = (*args)[1:]
		fv.P = p
		if f.HasSpec {
			tok := ast.Pos(f.Tok)
			fv.FormatSpec = &ast.JoinedStr{Values: c.fstringParts(f.Spec, args, tok)}
			fv.FormatSpec.P = tok
		}
		out = append(out, fv)
	}
	return out
}

// number decodes a numeric literal from the original token, so that big
// ints, underscores and floats come out exactly as CPython reads them.
func (c *converter) number(p gast.Pos) ast.Expr {
	off := c.pos(p)
	text := strings.ReplaceAll(c.tokenText(c.tokenAt(int(off))), "_", "")
	n := &ast.Constant{}
	n.P = off
	lower := strings.ToLower(text)
	switch {
	case strings.HasSuffix(lower, "j"):
		f, _ := strconv.ParseFloat(text[:len(text)-1], 64)
		n.Kind, n.Value = ast.ConstComplex, complex(0, f)
	case len(lower) > 1 && lower[0] == '0' && strings.ContainsAny(lower[1:2], "xob"):
		v, _ := new(big.Int).SetString(lower, 0)
		n.Kind, n.Value = ast.ConstInt, v
	case strings.ContainsAny(lower, ".e"):
		f, _ := strconv.ParseFloat(text, 64)
		n.Kind, n.Value = ast.ConstFloat, f
	default:
		v, _ := new(big.Int).SetString(text, 10)
		n.Kind, n.Value = ast.ConstInt, v
	}
	return n
}

// str decodes an implicitly concatenated group of plain string literals
// from the original tokens (gpython leaves \N{...} undecoded).
func (c *converter) str(p gast.Pos) ast.Expr {
	off := c.pos(p)
	n := &ast.Constant{Kind: ast.ConstStr}
	n.P = off
	i := c.tokenAt(int(off))
	if i < 0 {
		n.Value = ""
		return n
	}
	var b strings.Builder
	for j := i; j < len(c.sig) && c.sig[j].Kind == tString; j++ {
		lit := splitString(c.src, c.sig[j].Start, c.sig[j].End)
		if j == i && lit.Bytes {
			n.Kind = ast.ConstBytes
		}
		// The planner has reported mixed, non-ASCII bytes and bad escapes.
		v, _ := decodeLiteral(lit)
		b.WriteString(v)
	}
	if n.Kind == ast.ConstBytes {
		n.Value = []byte(b.String())
	} else {
		n.Value = b.String()
	}
	return n
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
