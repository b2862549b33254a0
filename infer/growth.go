package infer

import (
	"github.com/py2go/py2go/ast"
)

// Exact ints.
//
// Python's ints never overflow; Go's int does, silently. An int stays a
// native Go int where its values are proven to stay small, and becomes the
// runtime's dynamic value (whose arithmetic promotes to *big.Int) where
// they may grow without bound. Values grow without bound only through a
// cycle: a variable (or a function's result) computed from itself. So
// growth finds, among the variables, parameters and function results, the
// strongly connected components of "is computed by arithmetic from", and
// marks a component as growing when one of its assignments
//
//   - multiplies, raises to a power or shifts with an operand from the
//     component (x = x * 2, result *= base, n * fact(n - 1)), or
//   - adds two operands from the component (a, b = b, a + b; fib(n - 1) +
//     fib(n - 2)), which doubles.
//
// A variable changed only by adding values computed elsewhere (a loop
// counter, x = x + 1, total += v) grows at most linearly with the number
// of steps and stays a Go int: `for i in range(10**9): x = x + 1` is a
// plain Go loop. A product of two such ints is emitted as the runtime's
// MulInt, which Go inlines and which raises OverflowError where Go's
// multiplication would wrap, so even values inference could not see
// (huge inputs) never give a silently wrong result.

// growthNode is a variable, parameter or function result.
type growthNode any

// growthAssign is one assignment: target computed from operands.
type growthAssign struct {
	target growthNode
	// operands counts the nodes each arithmetic operand refers to.
	operands map[growthNode]int
	// mult is set when the value multiplies, powers or shifts.
	mult bool
}

type growth struct {
	info    *Info
	assigns []growthAssign
	edges   map[growthNode][]growthNode // operand -> targets
}

// findGrowing returns the symbols and functions whose values may grow
// without bound.
func (in *Info) findGrowing(mod *ast.Module) map[growthNode]bool {
	g := &growth{info: in, edges: map[growthNode][]growthNode{}}
	g.body(mod.Body, nil)
	comp := g.components()
	// Mark the growing components first and their members in one pass
	// after: marking members per assignment is quadratic on big programs.
	grows := map[int]bool{}
	for _, a := range g.assigns {
		c := comp[a.target]
		same := 0
		for n, k := range a.operands {
			if comp[n] == c {
				same += k
			}
		}
		if same > 0 && a.mult || same >= 2 {
			grows[c] = true
		}
	}
	out := map[growthNode]bool{}
	for n, c := range comp {
		if grows[c] {
			out[n] = true
		}
	}
	return out
}

func (g *growth) body(body []ast.Stmt, fn *Func) {
	for _, st := range body {
		g.stmt(st, fn)
	}
}

func (g *growth) stmt(st ast.Stmt, fn *Func) {
	switch n := st.(type) {
	case *ast.FunctionDef:
		g.body(n.Body, g.info.Funcs[n])
		return
	case *ast.Assign:
		for _, t := range n.Targets {
			g.assign(t, n.Value)
		}
	case *ast.AugAssign:
		g.assign(n.Target, &ast.BinOp{Left: n.Target, Op: n.Op, Right: n.Value})
	case *ast.AnnAssign:
		if n.Value != nil {
			g.assign(n.Target, n.Value)
		}
	case *ast.Return:
		if fn != nil && n.Value != nil {
			g.add(fn, n.Value)
		}
	}
	for _, c := range ast.Children(st) {
		switch c := c.(type) {
		case ast.Stmt:
			g.stmt(c, fn)
		case ast.Expr:
			g.exprs(c)
		}
	}
}

// exprs finds calls of user functions (their arguments flow into the
// parameters) and lambdas (their body is their result) inside e.
func (g *growth) exprs(e ast.Expr) {
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Call:
			if f := g.callee(n); f != nil {
				params := PositionalParams(f)
				for i, a := range n.Args {
					if i < len(params) {
						g.add(params[i], a)
					}
				}
			}
		case *ast.Lambda:
			if f := g.info.Funcs[n]; f != nil {
				g.add(f, n.Body)
			}
		case *ast.NamedExpr:
			g.assign(n.Target, n.Value)
		}
		return true
	})
}

func (g *growth) callee(c *ast.Call) *Func {
	name, ok := c.Func.(*ast.Name)
	if !ok {
		return nil
	}
	sym := g.info.Refs[name]
	if sym == nil || sym.Def == nil {
		return nil
	}
	return g.info.Funcs[sym.Def]
}

func (g *growth) assign(target, value ast.Expr) {
	switch t := target.(type) {
	case *ast.Name:
		if sym := g.info.Refs[t]; sym != nil {
			g.add(sym, value)
		}
	case *ast.Tuple:
		if v, ok := value.(*ast.Tuple); ok && len(v.Elts) == len(t.Elts) {
			for i := range t.Elts {
				g.assign(t.Elts[i], v.Elts[i])
			}
		}
	}
}

// add records that target is computed from value.
func (g *growth) add(target growthNode, value ast.Expr) {
	a := growthAssign{target: target, operands: map[growthNode]int{}}
	g.operands(value, &a)
	if len(a.operands) == 0 {
		return
	}
	g.assigns = append(g.assigns, a)
	for n := range a.operands {
		g.edges[n] = append(g.edges[n], target)
	}
}

// operands collects the nodes an arithmetic expression is computed from.
func (g *growth) operands(e ast.Expr, a *growthAssign) {
	switch n := e.(type) {
	case *ast.Name:
		if sym := g.info.Refs[n]; sym != nil {
			a.operands[sym]++
		}
	case *ast.BinOp:
		switch n.Op {
		case ast.Mult, ast.Pow, ast.LShift:
			a.mult = true
		case ast.Add, ast.Sub:
		default:
			return // /, //, %, >>, &, |, ^ do not grow a value
		}
		g.operands(n.Left, a)
		g.operands(n.Right, a)
	case *ast.UnaryOp:
		g.operands(n.Operand, a)
	case *ast.IfExp:
		g.operands(n.Body, a)
		g.operands(n.Orelse, a)
	case *ast.Call:
		if f := g.callee(n); f != nil {
			a.operands[f]++
		}
	}
}

// components labels each node with its strongly connected component
// (Tarjan's algorithm).
func (g *growth) components() map[growthNode]int {
	index := map[growthNode]int{}
	low := map[growthNode]int{}
	onStack := map[growthNode]bool{}
	comp := map[growthNode]int{}
	var stack []growthNode
	next, label := 0, 0
	var visit func(v growthNode)
	visit = func(v growthNode) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range g.edges[v] {
			if _, seen := index[w]; !seen {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp[w] = label
				if w == v {
					break
				}
			}
			label++
		}
	}
	for _, a := range g.assigns {
		for n := range a.operands {
			if _, seen := index[n]; !seen {
				visit(n)
			}
		}
		if _, seen := index[a.target]; !seen {
			visit(a.target)
		}
	}
	return comp
}
