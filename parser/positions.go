package parser

import (
	"github.com/py2go/py2go/ast"
)

// gpython keeps no parentheses, but CPython starts a node at the
// parenthesis around its first part: `(a) + b` starts at `(`. These
// helpers find such parentheses in the tokens.

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

// parenStart widens start over parentheses that wrap only the first part
// of a node: groups that close before next, where the node's next part
// starts.
func (c *converter) parenStart(start, next ast.Pos) ast.Pos {
	k := c.tokenAt(int(start))
	for k > 0 && c.tokenText(k-1) == "(" {
		m, ok := c.matches()[k-1]
		if !ok || c.sig[m].End > int(next) {
			break
		}
		k--
		start = ast.Pos(c.sig[k].Start)
	}
	return start
}

// callStart is where a call starts: at its function, or at the parenthesis
// around a parenthesized function, as in `(lambda: 1)()`. A group counts
// when the call's own parenthesis follows it: the one enclosing the first
// argument, or for a call without arguments the one gpython reports.
func (c *converter) callStart(fn ast.Expr, firstArg ast.Pos, hasArg bool, ownParen ast.Pos) ast.Pos {
	start := fn.Start()
	k := c.tokenAt(int(start))
	for k > 0 && c.tokenText(k-1) == "(" {
		m, ok := c.matches()[k-1]
		if !ok || m+1 >= len(c.sig) || c.tokenText(m+1) != "(" {
			break
		}
		own, ok := c.matches()[m+1]
		if !ok || hasArg && (c.sig[m+1].Start > int(firstArg) || c.sig[own].Start < int(firstArg)) ||
			!hasArg && c.sig[m+1].Start != int(ownParen) {
			break
		}
		k--
		start = ast.Pos(c.sig[k].Start)
	}
	return start
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
