package emit

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/types"
)

// Ranges of ints. A product of two Go ints is emitted as the runtime's
// MulInt, which raises OverflowError where Go would wrap, because
// Python's ints never overflow. Where both factors are proven to lie in
// ranges whose product fits comfortably in an int64, Go's own * is exact
// and the check is dead weight in a hot loop. The proof is a small
// interval analysis over the module: an int literal; a module name bound
// once to one; a variable whose every binding is a for loop over range()
// with bounded limits or an assignment of a bounded value; a parameter of
// a module-level function that is only ever called directly, with
// bounded positional arguments; and sums, differences, products,
// remainders and floor quotients of those. Anything else (a value read
// from a list, input, a parameter of a function passed around) is
// unbounded, so the check stays.

// boundLimit keeps every proven bound, and every product of two of them,
// far from int64's edges.
const boundLimit = 1 << 62

// bounds is a closed interval of ints.
type bounds struct{ lo, hi int64 }

// ranges holds the module facts the interval analysis needs and its
// memo.
type ranges struct {
	// assigns lists, per symbol, the values of its plain assignments.
	assigns map[*infer.Symbol][]ast.Expr
	// calls lists, per module-level function symbol, its direct calls.
	calls map[*infer.Symbol][]*ast.Call
	// params maps a parameter to its function's symbol and position.
	params map[*infer.Symbol]paramSite
	memo   map[*infer.Symbol]*bounds // nil entry: unbounded
	active map[*infer.Symbol]bool
}

// paramSite is where a positional parameter sits.
type paramSite struct {
	fn      *infer.Symbol
	def     *ast.FunctionDef
	index   int
	deflt   ast.Expr
	hasDflt bool
}

// findRanges collects the assignments, direct calls and parameters of
// the module.
func (e *emitter) findRanges(mod *ast.Module) *ranges {
	r := &ranges{assigns: map[*infer.Symbol][]ast.Expr{}, calls: map[*infer.Symbol][]*ast.Call{},
		params: map[*infer.Symbol]paramSite{}, memo: map[*infer.Symbol]*bounds{}, active: map[*infer.Symbol]bool{}}
	for _, st := range mod.Body {
		if def, ok := st.(*ast.FunctionDef); ok {
			e.recordParams(r, def)
		}
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Assign:
				for _, t := range n.Targets {
					r.addAssign(e, t, n.Value)
				}
			case *ast.AnnAssign:
				if n.Value != nil {
					r.addAssign(e, n.Target, n.Value)
				}
			case *ast.Call:
				if name, ok := n.Func.(*ast.Name); ok {
					if sym := e.info.Refs[name]; sym != nil {
						r.calls[sym] = append(r.calls[sym], n)
					}
				}
			}
			return true
		})
	}
	return r
}

func (r *ranges) addAssign(e *emitter, target, value ast.Expr) {
	if name, ok := target.(*ast.Name); ok {
		if sym := e.info.Refs[name]; sym != nil {
			r.assigns[sym] = append(r.assigns[sym], value)
		}
	}
}

// recordParams notes the positional parameters of a plain module-level
// function, whose calls can all be seen.
func (e *emitter) recordParams(r *ranges, def *ast.FunctionDef) {
	fn := e.info.Funcs[def]
	sym := e.info.Lookup(e.info.Module, def.Name)
	if fn == nil || sym == nil || sym.Def != def || sym.Stores != 1 || len(def.Decorators) > 0 || def.Async {
		return
	}
	pos := append(append([]*ast.Arg(nil), def.Args.PosOnly...), def.Args.Args...)
	firstDefault := len(pos) - len(def.Args.Defaults)
	for i := range pos {
		if i >= len(fn.Params) {
			return
		}
		site := paramSite{fn: sym, def: def, index: i}
		if i >= firstDefault {
			site.deflt, site.hasDflt = def.Args.Defaults[i-firstDefault], true
		}
		r.params[fn.Params[i]] = site
	}
}

// intBounds returns the proven range of the int expression x.
func (e *emitter) intBounds(x ast.Expr) (bounds, bool) {
	if e.ranges == nil || e.info.TypeOf(x) != types.Int {
		return bounds{}, false
	}
	switch x := x.(type) {
	case *ast.Constant:
		v, ok := smallConst(x)
		return bounds{v, v}, ok && v > -boundLimit && v < boundLimit
	case *ast.Name:
		b := e.symBounds(e.info.Refs[x])
		if b == nil {
			return bounds{}, false
		}
		return *b, true
	case *ast.UnaryOp:
		if b, ok := e.intBounds(x.Operand); ok && x.Op == ast.USub {
			return bounds{-b.hi, -b.lo}, true
		}
	case *ast.BinOp:
		return e.binBounds(x)
	}
	return bounds{}, false
}

// binBounds is intBounds of a binary operation.
func (e *emitter) binBounds(x *ast.BinOp) (bounds, bool) {
	l, lok := e.intBounds(x.Left)
	r, rok := e.intBounds(x.Right)
	if x.Op == ast.Mod && rok && r.lo > 0 {
		if lok && l.lo >= 0 {
			return bounds{0, min(l.hi, r.hi-1)}, true
		}
		return bounds{0, r.hi - 1}, true
	}
	if !lok || !rok {
		return bounds{}, false
	}
	switch x.Op {
	case ast.Add:
		return capped(l.lo+r.lo, l.hi+r.hi)
	case ast.Sub:
		return capped(l.lo-r.hi, l.hi-r.lo)
	case ast.Mult:
		if !productFits(l, r) {
			return bounds{}, false
		}
		c := []int64{l.lo * r.lo, l.lo * r.hi, l.hi * r.lo, l.hi * r.hi}
		return capped(min(c[0], c[1], c[2], c[3]), max(c[0], c[1], c[2], c[3]))
	case ast.FloorDiv:
		if r.lo > 0 && r.lo == r.hi {
			return bounds{floorDiv(l.lo, r.lo), floorDiv(l.hi, r.lo)}, true
		}
	}
	return bounds{}, false
}

// capped returns [lo, hi] when it stays within boundLimit.
func capped(lo, hi int64) (bounds, bool) {
	return bounds{lo, hi}, lo > -boundLimit && hi < boundLimit
}

// productFits reports whether every product of a value in l and one in r
// is within boundLimit. Bounds are below 2**62, so a factor under 2**31
// in size on both sides cannot overflow while being checked.
func productFits(l, r bounds) bool {
	ml := max(-l.lo, l.hi)
	mr := max(-r.lo, r.hi)
	if ml == 0 || mr == 0 {
		return true
	}
	return ml <= boundLimit/mr
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// symBounds returns the range of every value sym can hold, or nil.
func (e *emitter) symBounds(sym *infer.Symbol) *bounds {
	r := e.ranges
	if sym == nil || sym.NestedStore {
		return nil
	}
	if b, ok := r.memo[sym]; ok {
		return b
	}
	if r.active[sym] {
		return nil // computed from itself: no proof
	}
	r.active[sym] = true
	b := e.computeSymBounds(sym)
	delete(r.active, sym)
	r.memo[sym] = b
	return b
}

// computeSymBounds joins the ranges of all of sym's bindings; every
// binding must be a range() loop or a plain assignment.
func (e *emitter) computeSymBounds(sym *infer.Symbol) *bounds {
	var acc *bounds
	join := func(b bounds, ok bool) bool {
		if !ok {
			return false
		}
		if acc == nil {
			acc = &b
		} else {
			acc = &bounds{min(acc.lo, b.lo), max(acc.hi, b.hi)}
		}
		return true
	}
	loops := e.signs.rangeBinds[sym]
	values := e.ranges.assigns[sym]
	if len(loops)+len(values) != sym.Stores {
		return nil
	}
	for _, c := range loops {
		if !join(e.rangeCallBounds(c)) {
			return nil
		}
	}
	for _, v := range values {
		if !join(e.intBounds(v)) {
			return nil
		}
	}
	if sym.Param {
		return e.paramBounds(sym, acc)
	}
	return acc
}

// rangeCallBounds is the range of the values range(args) yields.
func (e *emitter) rangeCallBounds(c *ast.Call) (bounds, bool) {
	if len(c.Keywords) > 0 || len(c.Args) == 0 || len(c.Args) > 3 {
		return bounds{}, false
	}
	if len(c.Args) == 1 {
		stop, ok := e.intBounds(c.Args[0])
		return bounds{0, max(0, stop.hi-1)}, ok
	}
	start, ok1 := e.intBounds(c.Args[0])
	stop, ok2 := e.intBounds(c.Args[1])
	if !ok1 || !ok2 {
		return bounds{}, false
	}
	step := int64(1)
	if len(c.Args) == 3 {
		k, ok := e.intBounds(c.Args[2])
		if !ok || k.lo != k.hi || k.lo == 0 {
			return bounds{}, false // a step that is not one known number
		}
		step = k.lo
	}
	// A three-clause Go loop leaves its variable one step past the last
	// value, so the bound on that side is widened by a step.
	if step > 0 {
		return capped(start.lo, max(start.lo, stop.hi-1+step))
	}
	return capped(min(start.hi, stop.lo+1+step), start.hi)
}

// paramBounds joins acc (the parameter's own assignments) with the
// arguments of every call of its function, which must all be direct
// calls with plain positional arguments.
func (e *emitter) paramBounds(sym *infer.Symbol, acc *bounds) *bounds {
	site, ok := e.ranges.params[sym]
	if !ok {
		return nil
	}
	calls := e.ranges.calls[site.fn]
	if len(calls) == 0 || len(calls) != site.fn.Loads {
		return nil // the function is also used as a value
	}
	for _, c := range calls {
		arg := site.deflt
		if len(c.Keywords) > 0 {
			return nil
		}
		for _, a := range c.Args {
			if _, star := a.(*ast.Starred); star {
				return nil
			}
		}
		if site.index < len(c.Args) {
			arg = c.Args[site.index]
		} else if !site.hasDflt {
			return nil
		}
		b, ok := e.intBounds(arg)
		if !ok {
			return nil
		}
		if acc == nil {
			acc = &b
		} else {
			acc = &bounds{min(acc.lo, b.lo), max(acc.hi, b.hi)}
		}
	}
	return acc
}

// smallProduct reports whether l * r is proven to fit an int, so Go's *
// is exact.
func (e *emitter) smallProduct(l, r ast.Expr) bool {
	lb, ok1 := e.intBounds(l)
	rb, ok2 := e.intBounds(r)
	return ok1 && ok2 && productFits(lb, rb)
}
