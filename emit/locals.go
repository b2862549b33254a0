package emit

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
)

// Python scopes are whole functions while Go scopes are blocks, so each
// local needs a place to be declared: `x := v` at its first assignment when
// that assignment comes before every other use in the innermost block
// holding all of them, otherwise `var x T` at the top of that block (moved
// out of loop bodies, whose Go variables would be new on every iteration).
// A for-loop variable used only inside its loop is declared by the loop.

// block is one Go block being planned.
type block struct {
	parent *block
	loop   bool // the body of a for or while loop
	owner  ast.Stmt
	depth  int
}

// event is one reference to a local.
type event struct {
	blk   *block
	top   ast.Stmt // the statement directly in blk that holds the reference
	store bool
	// define is set for a store that can declare the variable: the sole
	// target of an assignment (or the target of a with/for) whose value
	// does not read the variable.
	define bool
}

// plan says where each local of one function is declared.
type plan struct {
	defineAt map[*infer.Symbol]ast.Stmt   // declared by := at this statement
	varAt    map[ast.Stmt][]*infer.Symbol // declared by var before this statement
	loopVar  map[*infer.Symbol]bool       // declared by its for statement
	topVars  []*infer.Symbol              // declared by var at the top of the body
}

type planner struct {
	info   *infer.Info
	scope  *infer.Scope
	events map[*infer.Symbol][]event
	order  []*infer.Symbol
	inline map[*ast.With]bool
	// handling counts, for each name bound by `except ... as name`, the
	// handlers binding it that are being planned: a handler declares its
	// name itself (Python unbinds it when the handler ends), so uses inside
	// it are not the function's; uses elsewhere (`for e in errors:` after
	// the try) still need a declaration of their own.
	handling map[*infer.Symbol]int
}

// planLocals plans the declarations of the locals of scope, whose body is
// body. Symbols for which keep returns false (package variables,
// parameters) are left out.
func planLocals(info *infer.Info, scope *infer.Scope, body []ast.Stmt, inline map[*ast.With]bool, keep func(*infer.Symbol) bool) *plan {
	p := &planner{info: info, scope: scope, events: map[*infer.Symbol][]event{}, inline: inline,
		handling: map[*infer.Symbol]int{}}
	root := &block{}
	p.block(root, body)
	out := &plan{defineAt: map[*infer.Symbol]ast.Stmt{}, varAt: map[ast.Stmt][]*infer.Symbol{}, loopVar: map[*infer.Symbol]bool{}}
	for _, sym := range p.order {
		if keep(sym) {
			p.decide(out, root, sym, p.events[sym])
		}
	}
	return out
}

func (p *planner) block(b *block, body []ast.Stmt) {
	for _, st := range body {
		p.stmt(b, st)
	}
}

func (p *planner) add(sym *infer.Symbol, ev event) {
	if sym == nil || sym.Scope != p.scope || p.handling[sym] > 0 {
		return
	}
	if _, seen := p.events[sym]; !seen {
		p.order = append(p.order, sym)
	}
	p.events[sym] = append(p.events[sym], ev)
}

func (p *planner) child(b *block, owner ast.Stmt, loop bool) *block {
	return &block{parent: b, loop: loop, owner: owner, depth: b.depth + 1}
}

func (p *planner) stmt(b *block, st ast.Stmt) {
	switch n := st.(type) {
	case *ast.Assign:
		p.reads(b, st, n.Value)
		single := len(n.Targets) == 1
		for _, t := range n.Targets {
			p.targets(b, st, t, single && !reads(p.info, n.Value, t))
		}
	case *ast.AugAssign:
		p.reads(b, st, n.Target)
		p.reads(b, st, n.Value)
	case *ast.AnnAssign:
		if n.Value != nil {
			p.reads(b, st, n.Value)
			p.targets(b, st, n.Target, !reads(p.info, n.Value, n.Target))
		}
	case *ast.For:
		p.reads(b, st, n.Iter)
		p.targets(b, st, n.Target, true)
		p.block(p.child(b, st, true), n.Body)
		p.block(p.child(b, st, false), n.Orelse)
	case *ast.While:
		p.reads(b, st, n.Test)
		p.block(p.child(b, st, true), n.Body)
		p.block(p.child(b, st, false), n.Orelse)
	case *ast.If:
		p.reads(b, st, n.Test)
		p.block(p.child(b, st, false), n.Body)
		p.block(p.child(b, st, false), n.Orelse)
	case *ast.With:
		for _, it := range n.Items {
			p.reads(b, st, it.ContextExpr)
			if it.OptionalVars != nil {
				p.targets(b, st, it.OptionalVars, p.inline[n])
			}
		}
		inner := b
		if !p.inline[n] {
			inner = p.child(b, st, false)
		}
		p.block(inner, n.Body)
	case *ast.Try:
		p.block(p.child(b, st, false), n.Body)
		for _, h := range n.Handlers {
			if h.Type != nil {
				p.reads(b, st, h.Type)
			}
			var sym *infer.Symbol
			if h.Name != "" {
				sym = p.info.Lookup(p.scope, h.Name)
			}
			p.handling[sym]++
			p.block(p.child(b, st, false), h.Body)
			p.handling[sym]--
		}
		p.block(p.child(b, st, false), n.Orelse)
		p.block(p.child(b, st, false), n.Finalbody)
	case *ast.FunctionDef:
		p.add(p.info.Lookup(p.scope, n.Name), event{blk: b, top: st, store: true, define: true})
		p.nested(b, st)
	default:
		for _, c := range ast.Children(st) {
			if e, ok := c.(ast.Expr); ok {
				p.reads(b, st, e)
			}
		}
	}
}

// targets records stores into the names of an assignment target.
func (p *planner) targets(b *block, top ast.Stmt, t ast.Expr, define bool) {
	switch n := t.(type) {
	case *ast.Name:
		p.add(p.info.Refs[n], event{blk: b, top: top, store: true, define: define})
	case *ast.Tuple:
		for _, e := range n.Elts {
			p.targets(b, top, e, false)
		}
	case *ast.List:
		for _, e := range n.Elts {
			p.targets(b, top, e, false)
		}
	case *ast.Starred:
		p.targets(b, top, n.Value, false)
	default:
		p.reads(b, top, t)
	}
}

// reads records every name read in e, including those read by nested
// functions and lambdas (a closure needs the variable declared before it).
func (p *planner) reads(b *block, top ast.Stmt, e ast.Expr) {
	ast.Inspect(e, func(n ast.Node) bool {
		if name, ok := n.(*ast.Name); ok {
			if sym := p.info.Refs[name]; sym != nil {
				p.add(sym, event{blk: b, top: top})
			}
		}
		return true
	})
}

// nested records the outer locals a nested def reads or writes as reads at
// the def statement.
func (p *planner) nested(b *block, def ast.Stmt) {
	for _, c := range ast.Children(def) {
		ast.Inspect(c, func(n ast.Node) bool {
			if name, ok := n.(*ast.Name); ok {
				if sym := p.info.Refs[name]; sym != nil {
					p.add(sym, event{blk: b, top: def})
				}
			}
			return true
		})
	}
}

// decide picks the declaration site of one symbol from its events.
func (p *planner) decide(out *plan, root *block, sym *infer.Symbol, evs []event) {
	common := evs[0].blk
	for _, ev := range evs[1:] {
		common = lca(common, ev.blk)
	}
	first := evs[0]
	top := ancestorIn(first, common)
	if f, ok := top.(*ast.For); ok && allWithin(evs, common, top) && isName(f.Target) &&
		!lateBound(p.info, sym, stmtNodes(f.Body)) {
		out.loopVar[sym] = true
		return
	}
	if late := p.lateLoop(common, sym); late != nil {
		// Closures made in the loop read the one variable Python has.
		common, top = late.parent, late.owner
	} else if first.blk == common && first.store && first.define {
		if _, isFor := top.(*ast.For); !isFor {
			out.defineAt[sym] = top
			return
		}
	}
	for common.loop && common.parent != nil {
		top = common.owner
		common = common.parent
	}
	if common == root {
		out.topVars = append(out.topVars, sym)
		return
	}
	out.varAt[firstStmtOf(common, evs, top)] = append(out.varAt[firstStmtOf(common, evs, top)], sym)
}

// lateLoop returns the body of the innermost loop around b in which a
// closure that outlives its iteration reads sym (latebind.go), nil when
// there is none: a variable assigned in the loop body must then be
// declared before the loop, not anew on each iteration.
func (p *planner) lateLoop(b *block, sym *infer.Symbol) *block {
	if !sym.Captured {
		return nil
	}
	for ; b != nil && b.parent != nil; b = b.parent {
		if !b.loop {
			continue
		}
		var body []ast.Stmt
		switch l := b.owner.(type) {
		case *ast.For:
			body = l.Body
		case *ast.While:
			body = l.Body
		}
		if lateBound(p.info, sym, stmtNodes(body)) {
			return b
		}
		return nil
	}
	return nil
}

// firstStmtOf is the statement of block b before which the declaration
// goes: the one holding the first event.
func firstStmtOf(b *block, evs []event, fallback ast.Stmt) ast.Stmt {
	return ancestorIn(evs[0], b, fallback)
}

// ancestorIn returns the statement directly in block b that holds the
// event (the event's own top statement when it is in b).
func ancestorIn(ev event, b *block, fallback ...ast.Stmt) ast.Stmt {
	top, blk := ev.top, ev.blk
	for blk != nil && blk != b {
		top = blk.owner
		blk = blk.parent
	}
	if blk == nil && len(fallback) > 0 {
		return fallback[0]
	}
	return top
}

func allWithin(evs []event, b *block, top ast.Stmt) bool {
	for _, ev := range evs {
		if ancestorIn(ev, b) != top {
			return false
		}
	}
	return true
}

func lca(a, b *block) *block {
	for a.depth > b.depth {
		a = a.parent
	}
	for b.depth > a.depth {
		b = b.parent
	}
	for a != b {
		a, b = a.parent, b.parent
	}
	return a
}

func isName(e ast.Expr) bool {
	_, ok := e.(*ast.Name)
	return ok
}

// reads reports whether e reads the variable named by target.
func reads(info *infer.Info, e ast.Expr, target ast.Expr) bool {
	name, ok := target.(*ast.Name)
	if !ok {
		return false
	}
	sym := info.Refs[name]
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if nm, ok := n.(*ast.Name); ok && info.Refs[nm] == sym {
			found = true
		}
		return !found
	})
	return found
}
