package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/types"
)

// Signs of ints. Python's // and % floor towards negative infinity, Go's
// / and % truncate towards zero; they agree when the left operand is
// non-negative and the right one positive. Where that is proven the
// emitter writes Go's operator, which the compiler turns into a multiply
// and shift for a constant divisor, instead of the runtime's FloorDiv and
// Mod with their sign fix-ups. Proofs are local and conservative: a
// non-negative literal, len(), a variable bound only as the target of
// for loops over range() that start at a non-negative value, and sums,
// products, quotients and remainders of those.

// signs remembers, per symbol, the range() calls whose loops bind it.
type signs struct {
	// rangeBinds lists, for each symbol bound as a for target over
	// range(), those range calls.
	rangeBinds map[*infer.Symbol][]*ast.Call
	// nonNeg caches the answer per symbol; a symbol being decided is in
	// deciding, so a cycle (range(i, n) binding i) answers no.
	nonNeg   map[*infer.Symbol]bool
	deciding map[*infer.Symbol]bool
	// consts are the module-level names bound once, at the top level,
	// to an int literal.
	consts map[*infer.Symbol]*ast.Constant
}

// findRangeBinds collects the for loops and comprehensions over range()
// of the module whose target is a plain name.
func (e *emitter) findRangeBinds(mod *ast.Module) *signs {
	s := &signs{rangeBinds: map[*infer.Symbol][]*ast.Call{}, nonNeg: map[*infer.Symbol]bool{},
		deciding: map[*infer.Symbol]bool{}, consts: map[*infer.Symbol]*ast.Constant{}}
	for _, st := range mod.Body {
		a, ok := st.(*ast.Assign)
		if !ok || len(a.Targets) != 1 {
			continue
		}
		name, ok1 := a.Targets[0].(*ast.Name)
		lit, ok2 := a.Value.(*ast.Constant)
		if !ok1 || !ok2 {
			continue
		}
		if sym := e.info.Refs[name]; sym != nil && sym.Stores == 1 && !sym.NestedStore {
			s.consts[sym] = lit
		}
	}
	record := func(target, iterable ast.Expr) {
		name, ok := target.(*ast.Name)
		call, isCall := iterable.(*ast.Call)
		if !ok || !isCall || !e.isBuiltin(call.Func, "range") {
			return
		}
		if sym := e.info.Refs[name]; sym != nil {
			s.rangeBinds[sym] = append(s.rangeBinds[sym], call)
		}
	}
	var gens []*ast.Comprehension
	for _, st := range mod.Body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.For:
				record(n.Target, n.Iter)
			case *ast.ListComp:
				gens = append(gens, n.Generators...)
			case *ast.SetComp:
				gens = append(gens, n.Generators...)
			case *ast.DictComp:
				gens = append(gens, n.Generators...)
			case *ast.GeneratorExp:
				gens = append(gens, n.Generators...)
			}
			return true
		})
	}
	for _, g := range gens {
		record(g.Target, g.Iter)
	}
	return s
}

// nonNegative reports whether the int expression x is proven >= 0.
func (e *emitter) nonNegative(x ast.Expr) bool {
	if e.info.TypeOf(x) != types.Int {
		return false
	}
	if b, ok := e.intBounds(x); ok && b.lo >= 0 {
		return true
	}
	switch x := x.(type) {
	case *ast.Constant:
		v, ok := smallConst(x)
		return ok && v >= 0
	case *ast.Name:
		return e.nonNegativeVar(e.info.Refs[x])
	case *ast.BinOp:
		switch x.Op {
		case ast.Add, ast.Mult, ast.FloorDiv:
			return e.nonNegative(x.Left) && e.nonNegative(x.Right)
		case ast.Mod:
			return e.nonNegative(x.Right) // the result has the divisor's sign
		case ast.BitAnd:
			return e.nonNegative(x.Left) || e.nonNegative(x.Right)
		case ast.RShift:
			return e.nonNegative(x.Left)
		}
	case *ast.Call:
		return len(x.Args) == 1 && len(x.Keywords) == 0 && (e.isBuiltin(x.Func, "len") || e.isBuiltin(x.Func, "abs"))
	}
	return false
}

// nonNegativeVar reports whether every binding of sym is a for loop over
// range() whose values start at a non-negative number and increase.
func (e *emitter) nonNegativeVar(sym *infer.Symbol) bool {
	s := e.signs
	if sym == nil || s == nil || sym.Param || sym.NestedStore {
		return false
	}
	if v, ok := s.nonNeg[sym]; ok {
		return v
	}
	if s.deciding[sym] {
		return false
	}
	calls := s.rangeBinds[sym]
	ok := len(calls) > 0 && len(calls) == sym.Stores
	s.deciding[sym] = true
	for _, c := range calls {
		ok = ok && e.rangeNonNegative(c)
	}
	delete(s.deciding, sym)
	s.nonNeg[sym] = ok
	return ok
}

// rangeNonNegative reports whether every value of range(args) is >= 0:
// range(n) always; range(a, b) and range(a, b, step) when a is and step
// is a positive literal.
func (e *emitter) rangeNonNegative(c *ast.Call) bool {
	if len(c.Keywords) > 0 {
		return false
	}
	switch len(c.Args) {
	case 1:
		return true
	case 2:
		return e.nonNegative(c.Args[0])
	case 3:
		return e.nonNegative(c.Args[0]) && e.positiveConst(c.Args[2])
	}
	return false
}

// positiveConst reports whether x is an int literal > 0, or a module
// constant bound once to one.
func (e *emitter) positiveConst(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Constant:
		v, ok := smallConst(x)
		return ok && v > 0
	case *ast.Name:
		if e.signs == nil {
			return false
		}
		if lit, ok := e.signs.consts[e.info.Refs[x]]; ok {
			v, ok := smallConst(lit)
			return ok && v > 0
		}
	}
	return false
}

// truncatingOp emits a // b or a % b as Go's / or % when both agree with
// Python's: a proven non-negative, b a positive constant.
func (e *emitter) truncatingOp(op ast.Operator, l, r ast.Expr, a, b jen.Code) (jen.Code, bool) {
	if !e.positiveConst(r) || !e.nonNegative(l) {
		return nil, false
	}
	if op == ast.FloorDiv {
		return e.infix(a, "/", b), true
	}
	return e.infix(a, "%", b), true
}
