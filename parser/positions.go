package parser

import (
	"github.com/py2go/py2go/ast"
)

// gpython keeps no parentheses, but CPython starts a node at the
// parenthesis around its first part: `(a) + b` and `(a).b` start at `(`.
// To find those parentheses soundly, the converter works out which tokens
// each expression spans; a pair of matching parentheses right around a
// span wraps exactly that expression.

// matches returns, for each significant token that is an opening bracket,
// the index of its closing bracket (built once per converter).
func (c *converter) matches() map[int]int {
	if c.match != nil {
		return c.match
	}
	c.match = map[int]int{}
	var stack []int
	for i, t := range c.sig {
		if t.Kind != tOp {
			continue
		}
		switch c.src[t.Start] {
		case '(', '[', '{':
			stack = append(stack, i)
		case ')', ']', '}':
			if len(stack) > 0 {
				c.match[stack[len(stack)-1]] = i
				stack = stack[:len(stack)-1]
			}
		}
	}
	return c.match
}

// opBefore is the original text of the operator before the operand that
// starts at p, skipping the operand's opening parentheses.
func (c *converter) opBefore(p ast.Pos) string {
	k := c.tokenAt(int(p)) - 1
	for k >= 0 && c.tokenText(k) == "(" {
		k--
	}
	return c.tokenText(k)
}

// compStart is where a generator expression starts: at the innermost
// parenthesis that encloses its first `for` clause (its own, or the
// call's when it is the only argument).
func (c *converter) compStart(elt, iter ast.Pos, open string) ast.Pos {
	k := c.tokenAt(int(elt))
	for k > 0 && c.tokenText(k-1) == open {
		m, ok := c.matches()[k-1]
		if ok && c.sig[m].Start > int(iter) {
			return ast.Pos(c.sig[k-1].Start)
		}
		k--
	}
	return elt
}

// outerStart is where a node whose first part is e starts: at the
// outermost parenthesis wrapping e, or at e when its tokens are unknown.
func (c *converter) outerStart(e ast.Expr) ast.Pos {
	if s, _, ok := c.outerSpan(e); ok {
		return ast.Pos(c.sig[s].Start)
	}
	return e.Start()
}

// outerSpan is span widened over the parentheses wrapping e.
func (c *converter) outerSpan(e ast.Expr) (int, int, bool) {
	s, end, ok := c.span(e)
	for ok && s > 0 && end+1 < len(c.sig) && c.tokenText(s-1) == "(" && c.tokenText(end+1) == ")" && c.matches()[s-1] == end+1 {
		s, end = s-1, end+1
	}
	return s, end, ok
}

// span returns the indexes of the first and last significant token of e,
// without parentheses around it; ok is false when they are unknown.
func (c *converter) span(e ast.Expr) (int, int, bool) {
	if sp, ok := c.spans[e]; ok {
		return sp[0], sp[1], sp[1] >= 0
	}
	s := c.tokenAt(int(e.Start()))
	end := -1
	if s >= 0 {
		end = c.spanEnd(e, s)
	}
	if c.spans == nil {
		c.spans = map[ast.Expr][2]int{}
	}
	c.spans[e] = [2]int{s, end}
	return s, end, s >= 0 && end >= 0
}

// spanEnd finds the last token of e, which starts at token s, or -1.
func (c *converter) spanEnd(e ast.Expr, s int) int {
	switch n := e.(type) {
	case *ast.Name:
		return s
	case *ast.Constant, *ast.JoinedStr:
		for s+1 < len(c.sig) && c.sig[s].Kind == tString && c.sig[s+1].Kind == tString {
			s++
		}
		return s
	case *ast.Attribute:
		if v := c.after(n.Value); c.tokenText(v) == "." && v+1 < len(c.sig) {
			return v + 1
		}
	case *ast.Subscript:
		return c.bracketAfter(n.Value, "[")
	case *ast.Call:
		return c.bracketAfter(n.Func, "(")
	case *ast.List, *ast.Set, *ast.Dict, *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
		return c.closing(s)
	case *ast.Tuple:
		return c.tupleEnd(n, s)
	case *ast.Yield:
		if n.Value == nil {
			return s
		}
	}
	if last := lastPart(e); last != nil {
		return c.after(last) - 1
	}
	return -1
}

// lastPart is the child an expression ends with, for those that end with
// a child.
func lastPart(e ast.Expr) ast.Expr {
	switch n := e.(type) {
	case *ast.BinOp:
		return n.Right
	case *ast.BoolOp:
		return n.Values[len(n.Values)-1]
	case *ast.Compare:
		return n.Comparators[len(n.Comparators)-1]
	case *ast.UnaryOp:
		return n.Operand
	case *ast.IfExp:
		return n.Orelse
	case *ast.Lambda:
		return n.Body
	case *ast.NamedExpr:
		return n.Value
	case *ast.Await:
		return n.Value
	case *ast.Starred:
		return n.Value
	case *ast.YieldFrom:
		return n.Value
	case *ast.Yield:
		return n.Value
	}
	return nil
}

// after is the index of the token after e and its parentheses, or -1.
func (c *converter) after(e ast.Expr) int {
	if _, end, ok := c.outerSpan(e); ok {
		return end + 1
	}
	return -1
}

// bracketAfter is the end of the bracket that follows e, as in a call or a
// subscript, or -1.
func (c *converter) bracketAfter(e ast.Expr, open string) int {
	if v := c.after(e); v >= 0 && c.tokenText(v) == open {
		return c.closing(v)
	}
	return -1
}

// closing is the index of the bracket closing the one at token s, or -1.
func (c *converter) closing(s int) int {
	if m, ok := c.matches()[s]; ok {
		return m
	}
	return -1
}

// tupleEnd ends a tuple at its own closing parenthesis, or at its last item.
func (c *converter) tupleEnd(n *ast.Tuple, s int) int {
	if len(n.Elts) == 0 {
		return c.closing(s)
	}
	last := c.after(n.Elts[len(n.Elts)-1]) - 1
	if last < 0 {
		return -1
	}
	if m := c.closing(s); c.tokenText(s) == "(" && m > last {
		return m
	}
	return last
}
