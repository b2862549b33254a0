package emit

import (
	"math/big"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// The layout of a step version (stackless.go). Each gevent.sleep ends a
// state; pc holds the state to go on from. The body is a switch on pc
// whose clauses run from a state to the next sleep, which sets pc and
// returns; the code after the last sleep follows the switch, so a pc no
// clause names goes there:
//
//	switch pc {
//	case 0:
//		... ; pc = 1; step.Sleep(d); return
//	}
//	...
//
// A loop of the function's own body may hold sleeps too (a while loop or
// a for over range with a constant step, without break, continue or
// else at its own level): its states form one clause, which a Go for
// loop fills. The loop tests its condition only when pc is its top state
// (a new turn); resumed inside a turn it goes on where it stopped, and
// at the end of the turn it sets pc back to its top:
//
//	case 2, 3:
//		for pc != 2 || i < stop {
//			switch pc {
//			case 2:
//				x = i; ... ; pc = 3; step.Sleep(d); return
//			}
//			... ; pc = 2; i++
//		}
//		...
//
// A range loop's counter and stop are evaluated once, when it starts, as
// Python's range is; the loop variable is set from the counter at the
// top of each turn.

// stepSleeps counts the sleep statements of body, a function's own body
// (top) or the body of one of its loops, and reports whether body can be
// stepped: nothing else in it may wait, no sleep follows a statement
// that ends the body, and loops with sleeps are of the form above.
func (e *emitter) stepSleeps(body []ast.Stmt, top bool) (int, bool) {
	sleeps := 0
	var seg []ast.Stmt
	for _, st := range body {
		n, loop := 0, false
		if _, ok := e.sleepStmt(st); ok {
			n = 1
		} else if top && e.steppedLoop(st) {
			inner, ok := e.stepSleeps(loopBody(st), false)
			if !ok {
				return 0, false
			}
			n, loop = inner, true
		}
		switch {
		case n == 0 && e.mentionsWaits(st):
			return 0, false
		case n == 0:
			seg = append(seg, st)
			continue
		case infer.Terminates(seg):
			return 0, false
		}
		sleeps += n
		seg = nil
		if loop && hasLoopJump(loopBody(st)) {
			return 0, false
		}
	}
	return sleeps, true
}

// steppedLoop reports whether st is a loop of the forms a step version
// can resume in, with sleeps in its body: while without else, or for a
// name over range() of ints with a constant step.
func (e *emitter) steppedLoop(st ast.Stmt) bool {
	switch n := st.(type) {
	case *ast.While:
		return len(n.Orelse) == 0 && e.hasSleep(n.Body)
	case *ast.For:
		_, _, _, ok := e.rangeArgs(n)
		return ok && len(n.Orelse) == 0 && e.hasSleep(n.Body)
	}
	return false
}

// hasSleep reports whether one of body's own statements is a sleep.
func (e *emitter) hasSleep(body []ast.Stmt) bool {
	for _, st := range body {
		if _, ok := e.sleepStmt(st); ok {
			return true
		}
	}
	return false
}

// rangeArgs returns the start (nil for 0), stop and step of `for name in
// range(...)` when the bounds are ints and the step a non-zero constant.
func (e *emitter) rangeArgs(n *ast.For) (start, stop ast.Expr, step int, ok bool) {
	c, isCall := n.Iter.(*ast.Call)
	if _, isName := n.Target.(*ast.Name); !isName || !isCall || e.libPath(c.Func) != "builtins.range" ||
		len(c.Keywords) > 0 || len(c.Args) == 0 || len(c.Args) > 3 {
		return nil, nil, 0, false
	}
	for _, a := range c.Args {
		if e.info.TypeOf(a) != types.Int {
			return nil, nil, 0, false
		}
	}
	step = 1
	if len(c.Args) == 3 {
		k, ok := intConstant(c.Args[2])
		if !ok || k == 0 {
			return nil, nil, 0, false
		}
		step = k
	}
	if len(c.Args) == 1 {
		return nil, c.Args[0], step, true
	}
	return c.Args[0], c.Args[1], step, true
}

// intConstant is the value of an int literal, negated or not.
func intConstant(x ast.Expr) (int, bool) {
	neg := false
	if u, ok := x.(*ast.UnaryOp); ok && u.Op == ast.USub {
		neg, x = true, u.Operand
	}
	c, ok := x.(*ast.Constant)
	if !ok || c.Kind != ast.ConstInt {
		return 0, false
	}
	v, ok := c.Value.(*big.Int)
	if !ok || !v.IsInt64() || v.BitLen() > 31 {
		return 0, false
	}
	if neg {
		return -int(v.Int64()), true
	}
	return int(v.Int64()), true
}

func loopBody(st ast.Stmt) []ast.Stmt {
	switch n := st.(type) {
	case *ast.While:
		return n.Body
	case *ast.For:
		return n.Body
	}
	return nil
}

// hasLoopJump reports whether body breaks or continues its own loop
// (outside loops nested in it).
func hasLoopJump(body []ast.Stmt) bool {
	found := false
	ast.InspectStmts(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.Break, *ast.Continue:
			found = true
		case *ast.For, *ast.While, *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		}
		return !found
	})
	return found
}

// steppedLoopVars are the variables of the for loops with sleeps in
// body, which live outside the step closure with the other locals.
func (e *emitter) steppedLoopVars(body []ast.Stmt) map[*infer.Symbol]bool {
	out := map[*infer.Symbol]bool{}
	for _, st := range body {
		if n, ok := st.(*ast.For); ok && e.steppedLoop(st) {
			out[e.info.Refs[n.Target.(*ast.Name)]] = true
		}
	}
	return out
}

// stepsBuilder lays out one step version.
type stepsBuilder struct {
	e        *emitter
	f        *infer.Func
	pc, step string
	states   int        // states numbered so far
	decls    []jen.Code // loop counters, declared outside the closure
}

// stepPart is one clause of a switch on pc: the states it starts from
// and its code. falls is set when its code ends by going on into the
// next part.
type stepPart struct {
	states []int
	code   []jen.Code
	falls  bool
}

// stepsBody is the body of a step version after its declarations: pc,
// the loop counters, and the closure the hub calls.
func (e *emitter) stepsBody(f *infer.Func, body []ast.Stmt) []jen.Code {
	b := &stepsBuilder{e: e, f: f, pc: e.names.Fresh("pc"), step: e.names.Fresh("step"), states: 1}
	code := b.render(b.parts(body, 0))
	code = append(code, e.bodyTail(f, body)...)
	closure := jen.Func().Params(jen.Id(b.step).Op("*").Add(patterns.Rt("Step"))).Add(e.resultType(f)).Block(code...)
	out := append(b.decls, jen.Id(b.pc).Op(":=").Lit(0))
	out = append(out, e.literalAtDef(f.Node)...)
	return append(out, jen.Return(closure))
}

// parts splits body, which starts in state first, into clauses at its
// sleeps and stepped loops.
func (b *stepsBuilder) parts(body []ast.Stmt, first int) []stepPart {
	e := b.e
	var parts []stepPart
	cur := stepPart{states: []int{first}}
	var pending []ast.Stmt
	flush := func() {
		cur.code = append(cur.code, e.block(pending)...)
		pending = nil
	}
	for _, st := range body {
		if delay, ok := e.sleepStmt(st); ok {
			flush()
			next := b.newState()
			cur.code = append(cur.code, e.leadingComments(st)...)
			cur.code = append(cur.code, jen.Id(b.pc).Op("=").Lit(next), e.stepSleep(b.step, delay), e.stepReturn(b.f))
			parts = append(parts, cur)
			cur = stepPart{states: []int{next}}
			continue
		}
		if first == 0 && e.steppedLoop(st) {
			flush()
			top := b.newState()
			cur.code = append(cur.code, e.leadingComments(st)...)
			loop, states := b.loop(st, top, &cur.code)
			cur.code = append(cur.code, jen.Id(b.pc).Op("=").Lit(top))
			cur.falls = true
			parts = append(parts, cur)
			cur = stepPart{states: states, code: loop}
			continue
		}
		pending = append(pending, st)
	}
	flush()
	return append(parts, cur)
}

// render lays parts out as a switch on pc followed by the last part's
// code.
func (b *stepsBuilder) render(parts []stepPart) []jen.Code {
	last := parts[len(parts)-1]
	var clauses []jen.Code
	for i, p := range parts[:len(parts)-1] {
		code := p.code
		if p.falls && i+1 < len(parts)-1 {
			code = append(code, jen.Fallthrough())
		}
		labels := make([]jen.Code, len(p.states))
		for j, s := range p.states {
			labels[j] = jen.Lit(s)
		}
		clauses = append(clauses, jen.Case(labels...).Block(code...))
	}
	if len(clauses) == 0 {
		return last.code
	}
	return append([]jen.Code{jen.Switch(jen.Id(b.pc)).Block(clauses...)}, last.code...)
}

func (b *stepsBuilder) newState() int {
	b.states++
	return b.states - 1
}

// loop emits a stepped loop whose top state is top, and returns it with
// the states it covers. What starts the loop (a range's bounds) goes to
// *start, the code before it.
func (b *stepsBuilder) loop(st ast.Stmt, top int, start *[]jen.Code) ([]jen.Code, []int) {
	e := b.e
	turn := jen.Id(b.pc).Op("!=").Lit(top)
	var cond, post jen.Code
	var head []jen.Code
	switch n := st.(type) {
	case *ast.While:
		cond = e.whileCond(n)
	case *ast.For:
		lo, hi, step, _ := e.rangeArgs(n)
		i, stop := e.names.Fresh("i"), e.names.Fresh("stop")
		b.decls = append(b.decls, jen.Var().Id(i).Op(",").Id(stop).Int())
		var from jen.Code = jen.Lit(0)
		if lo != nil {
			from = e.ExprAs(lo, types.Int)
		}
		*start = append(*start, jen.Id(i).Op("=").Add(from), jen.Id(stop).Op("=").Add(e.ExprAs(hi, types.Int)))
		cmp := "<"
		if step < 0 {
			cmp = ">"
		}
		cond = jen.Id(i).Op(cmp).Id(stop)
		post = jen.Id(i).Op("+=").Lit(step)
		if step < 0 {
			post = jen.Id(i).Op("-=").Lit(-step)
		}
		if sym := e.info.Refs[n.Target.(*ast.Name)]; !e.discarded(sym) {
			head = []jen.Code{jen.Id(e.names.Local(sym)).Op("=").Id(i)}
		}
	}
	body := loopBody(st)
	parts := b.parts(body, top)
	parts[0].code = append(head, parts[0].code...)
	code := b.render(parts)
	code = append(code, jen.Id(b.pc).Op("=").Lit(top))
	if post != nil {
		code = append(code, post)
	}
	var states []int
	for _, p := range parts {
		states = append(states, p.states...)
	}
	if cond == nil {
		return []jen.Code{jen.For().Block(code...)}, states
	}
	return []jen.Code{jen.For(jen.Add(turn).Op("||").Add(cond)).Block(code...)}, states
}
