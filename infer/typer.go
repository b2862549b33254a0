package infer

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// typer is one pass of type propagation over the whole program. solve runs
// it until no symbol, parameter or result type changes.
type typer struct {
	info    *Info
	changed bool
	// widen turns every still-changing symbol into Object, so the last
	// round always settles.
	widen bool
	// final is set for the pass after the fixpoint, which only records.
	final bool
	scope *Scope
	fn    *Func
}

func (t *typer) module(mod *ast.Module) {
	t.scope, t.fn = t.info.Module, nil
	t.body(mod.Body)
}

func (t *typer) body(body []ast.Stmt) {
	for _, st := range body {
		t.stmt(st)
	}
}

// update joins typ into *slot and notes a change.
func (t *typer) update(slot *types.Type, typ types.Type, ref bool) {
	nt := types.Join(*slot, typ)
	if _, isList := nt.(*types.List); isList && ref {
		nt = types.Object
	}
	if t.widen && !types.Equal(nt, *slot) {
		nt = types.Object
	}
	if !types.Equal(nt, *slot) {
		*slot = nt
		t.changed = true
	}
}

// setSym joins typ into the symbol's type.
func (t *typer) setSym(sym *Symbol, typ types.Type) {
	if sym == nil || sym.Import != "" && typ != types.Object {
		return
	}
	if sym.Grows && typ == types.Int {
		typ = types.Object
	}
	if it, ok := typ.(*types.Iter); ok && sym.Stateful {
		typ = patterns.Iterator(it.Elem)
	}
	t.update(&sym.Type, typ, sym.NeedsRef())
}

// NeedsRef reports whether a list held by the symbol must keep reference
// semantics (a runtime list) instead of being a Go slice: it is reachable
// through another name, a closure, or from several functions. A list that
// closures or other functions only read (`URLS = [...]` at module level,
// bound once and never changed in place) stays a slice: every reader sees
// the one Go variable, and with no writes threads cannot race on it.
func (sym *Symbol) NeedsRef() bool {
	if sym.Captured && !sym.Shared && !sym.NestedStore && !sym.Mutated && sym.Stores <= 1 {
		return false
	}
	return sym.Shared || sym.Captured || sym.NestedStore
}

func (t *typer) stmt(st ast.Stmt) {
	switch n := st.(type) {
	case *ast.FunctionDef:
		t.funcDef(n)
	case *ast.ClassDef:
		t.classDef(n)
	case *ast.Assign:
		vt := t.expr(n.Value)
		for _, target := range n.Targets {
			t.assign(target, vt)
		}
	case *ast.AugAssign:
		vt := t.augAssign(n.Op, t.expr(n.Target), t.expr(n.Value))
		t.assign(n.Target, vt)
	case *ast.AnnAssign:
		t.annAssign(n)
	case *ast.For:
		if n.Async {
			t.assign(n.Target, t.asyncElem(t.expr(n.Iter)))
		} else {
			t.assign(n.Target, types.Elem(t.expr(n.Iter)))
		}
		t.body(n.Body)
		t.body(n.Orelse)
	case *ast.While:
		t.expr(n.Test)
		t.body(n.Body)
		t.body(n.Orelse)
	case *ast.If:
		t.expr(n.Test)
		t.body(n.Body)
		t.body(n.Orelse)
	case *ast.With:
		t.with(n)
	case *ast.Try:
		t.try(n)
	case *ast.Return:
		t.ret(n)
	case *ast.Import, *ast.ImportFrom:
		t.imports(st)
	default:
		for _, c := range ast.Children(st) {
			switch c := c.(type) {
			case ast.Expr:
				t.expr(c)
			case ast.Stmt:
				t.stmt(c)
			}
		}
	}
}

func (t *typer) imports(st ast.Stmt) {
	for _, sym := range t.scope.Order {
		if sym.Import != "" && sym.Type == types.Unknown {
			sym.Type = &types.Module{Path: sym.Import}
		}
	}
}

func (t *typer) inScope(s *Scope, fn *Func, f func()) {
	ps, pf := t.scope, t.fn
	t.scope, t.fn = s, fn
	f()
	t.scope, t.fn = ps, pf
}

func (t *typer) funcDef(n *ast.FunctionDef) {
	for _, d := range n.Decorators {
		t.expr(d)
	}
	f := t.info.Funcs[n]
	t.defaults(f)
	t.setSym(f.Vararg, types.Object) // a tuple
	t.setSym(f.Kwarg, types.Object)  // a dict
	if sym := t.info.Lookup(t.scope, n.Name); sym != nil && sym.Def == n {
		t.setSym(sym, &types.Func{Name: n.Name, Def: n})
	} else if sym != nil && len(n.Decorators) > 0 {
		t.setSym(sym, t.decorated(n))
	}
	t.inScope(f.Scope, f, func() {
		t.annotations(f, n.Args)
		t.body(n.Body)
		switch {
		case f.Async && f.Generator:
			// An async generator's items come out of `async for`.
			t.update(&f.Result, &types.Iter{Elem: f.Yield}, false)
		case f.Async:
			t.asyncDef(f, n)
		case f.Generator:
			t.update(&f.Result, &types.Iter{Elem: f.Yield}, false)
		case !Terminates(n.Body):
			// Falling off the end returns None.
			t.update(&f.Result, types.None, false)
		}
	})
}

// defaults types default values in the enclosing scope; a parameter takes
// its default's type only when some call leaves it out, so a default that
// is never used cannot turn an int parameter into Object.
func (t *typer) defaults(f *Func) {
	for p, d := range f.Defaults {
		dt := t.expr(d)
		if _, isList := dt.(*types.List); isList {
			if _, isConst := d.(*ast.Constant); !isConst {
				// One list shared by every call that leaves the
				// argument out: it keeps reference semantics.
				t.setSym(p, types.Object)
			}
		}
		if f.DefaultUsed[p] {
			t.setSym(p, dt)
		}
	}
}

// annotations use simple parameter annotations as one more source of the
// parameter's type.
func (t *typer) annotations(f *Func, a *ast.Arguments) {
	for _, p := range a.All() {
		if at := annotationType(p.Annotation); at != nil && f.Called {
			t.setSym(f.Scope.Symbols[p.Name], at)
		}
	}
}

func annotationType(e ast.Expr) types.Type {
	n, ok := e.(*ast.Name)
	if !ok {
		return nil
	}
	switch n.ID {
	case "int":
		return types.Int
	case "float":
		return types.Float
	case "str":
		return types.Str
	case "bool":
		return types.Bool
	}
	return nil
}

func (t *typer) annAssign(n *ast.AnnAssign) {
	if n.Value != nil {
		t.assign(n.Target, t.expr(n.Value))
		return
	}
	if at := annotationType(n.Annotation); at != nil {
		t.assign(n.Target, at)
	}
}

func (t *typer) ret(n *ast.Return) {
	var vt types.Type = types.None
	if n.Value != nil {
		vt = t.expr(n.Value)
	}
	if t.asyncReturn(vt) {
		return
	}
	if t.fn != nil && t.fn.Generator {
		return // a generator's return value ends it; nobody reads it
	}
	if t.fn != nil {
		if t.fn.Grows && vt == types.Int {
			vt = types.Object
		}
		t.update(&t.fn.Result, vt, false)
	}
}

func (t *typer) with(n *ast.With) {
	for _, it := range n.Items {
		ct := t.expr(it.ContextExpr)
		if it.OptionalVars != nil {
			t.assign(it.OptionalVars, t.classEnterType(ct, n.Async))
		}
	}
	t.body(n.Body)
}

func (t *typer) try(n *ast.Try) {
	t.body(n.Body)
	for _, h := range n.Handlers {
		if h.Type != nil {
			t.expr(h.Type)
		}
		if h.Name != "" && n.Star {
			t.setSym(t.info.Lookup(t.scope, h.Name), ExceptionType) // always a group
		} else if h.Name != "" {
			t.setSym(t.info.Lookup(t.scope, h.Name), t.handlerType(h))
		}
		t.body(h.Body)
	}
	t.body(n.Orelse)
	t.body(n.Finalbody)
}

// ExceptionType is the type of a name bound by `except ... as name`.
var ExceptionType = &types.Named{Class: "BaseException"}

// assign records that target receives a value of type vt.
func (t *typer) assign(target ast.Expr, vt types.Type) {
	switch n := target.(type) {
	case *ast.Name:
		sym := t.info.Lookup(t.scope, n.ID)
		t.setSym(sym, vt)
		if sym != nil {
			t.record(n, sym.Type)
		}
	case *ast.Tuple:
		t.assignSeq(n.Elts, vt)
	case *ast.List:
		t.assignSeq(n.Elts, vt)
	case *ast.Starred:
		// vt is the type of the items the starred target collects.
		t.assign(n.Value, &types.List{Elem: vt})
	case *ast.Subscript:
		t.expr(n.Slice)
		if name, ok := n.Value.(*ast.Name); ok {
			if sym := t.info.Lookup(t.scope, name.ID); sym != nil {
				if _, isList := sym.Type.(*types.List); isList {
					if _, isSlice := n.Slice.(*ast.Slice); isSlice {
						vt = types.Elem(vt) // xs[a:b] = items
					}
					t.setSym(sym, &types.List{Elem: vt})
				}
			}
		}
		t.expr(n.Value)
	case *ast.Attribute:
		t.assignAttr(n, vt)
	}
}

func (t *typer) assignSeq(elts []ast.Expr, vt types.Type) {
	if tt, ok := vt.(*types.Tuple); ok && len(tt.Elems) == len(elts) {
		for i, e := range elts {
			t.assign(e, tt.Elems[i])
		}
		return
	}
	for _, e := range elts {
		t.assign(e, types.Elem(vt))
	}
}

func (t *typer) record(e ast.Expr, typ types.Type) types.Type {
	t.info.Types[e] = typ
	return typ
}

// Terminates reports whether control can never run past the end of body:
// it ends in return or raise, or in an if/else or try whose every branch
// does. Go's compiler asks the same question about functions with results.
func Terminates(body []ast.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	switch n := body[len(body)-1].(type) {
	case *ast.Return, *ast.Raise:
		return true
	case *ast.If:
		return Terminates(n.Body) && Terminates(n.Orelse)
	case *ast.While:
		c, ok := n.Test.(*ast.Constant)
		return ok && c.Kind == ast.ConstBool && c.Value == true && !hasBreak(n.Body)
	case *ast.Try:
		if Terminates(n.Finalbody) {
			return true
		}
		if !Terminates(n.Body) && !Terminates(n.Orelse) {
			return false
		}
		for _, h := range n.Handlers {
			if !Terminates(h.Body) {
				return false
			}
		}
		return true
	case *ast.With:
		return Terminates(n.Body)
	}
	return false
}

func hasBreak(body []ast.Stmt) bool {
	found := false
	ast.InspectStmts(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.For, *ast.While, *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		case *ast.Break:
			found = true
		}
		return !found
	})
	return found
}

// decorated is the type of what a decorated def binds: each decorator,
// innermost first, called with the function so far.
func (t *typer) decorated(n *ast.FunctionDef) types.Type {
	var cur types.Type = &types.Func{Name: n.Name, Def: n}
	for i := len(n.Decorators) - 1; i >= 0; i-- {
		dt := t.info.Types[n.Decorators[i]]
		if w, ok := dt.(*types.Named); ok && w.Class == patterns.WrapsClass {
			continue // @functools.wraps(f) only copies f's name and doc
		}
		f, ok := dt.(*types.Func)
		if !ok {
			return types.Object
		}
		uf := t.info.Funcs[f.Def.(ast.Node)]
		uf.Called = true
		params := PositionalParams(uf)
		if len(params) == 0 {
			return types.Object
		}
		t.setSym(params[0], cur)
		cur = uf.Result
	}
	return cur
}
