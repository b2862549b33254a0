package infer

import (
	"github.com/py2go/py2go/ast"
)

// usage records how each symbol is used: how often it is read and bound,
// whether nested functions reach it, and whether its value may be reached
// through another name. The last fact decides whether a list can be a plain
// Go slice (appending to a slice is invisible to other holders of it) or
// must keep Python's reference semantics.
type usage struct {
	info *Info
}

// mutators are the list methods that change a list in place.
var mutators = map[string]bool{
	"append": true, "extend": true, "insert": true, "pop": true, "remove": true,
	"clear": true, "sort": true, "reverse": true,
}

// inPlaceFuncs are the library functions that change the list they get
// first (random.shuffle(xs), heapq.heappush(h, x), bisect.insort(xs, x)).
var inPlaceFuncs = map[string]bool{
	"shuffle": true, "heappush": true, "heappop": true, "heapify": true, "heapreplace": true,
	"heappushpop": true, "insort": true, "insort_left": true, "insort_right": true,
}

// callbackCallers are the gevent and asyncio calls that hand their other
// arguments, as they are, to the function they are given (gevent.spawn(f,
// log), loop.call_later(d, f, log)): f may change a list it gets, so the
// caller's list must be the same one.
var callbackCallers = map[string]bool{
	"spawn": true, "spawn_later": true, "Greenlet": true, "with_timeout": true,
	"call_soon": true, "call_later": true, "call_at": true, "run_in_executor": true, "to_thread": true,
}

// readOnlyBuiltins take a list argument without keeping or changing it.
var readOnlyBuiltins = map[string]bool{
	"print": true, "len": true, "sorted": true, "sum": true, "min": true, "max": true,
	"str": true, "repr": true, "list": true, "tuple": true, "set": true, "enumerate": true,
	"zip": true, "any": true, "all": true, "reversed": true, "iter": true, "frozenset": true,
	"isinstance": true, "bool": true, "map": true, "filter": true,
}

func (u *usage) body(s *Scope, body []ast.Stmt) {
	for _, st := range body {
		u.stmt(s, st)
	}
}

func (u *usage) stmt(s *Scope, st ast.Stmt) {
	switch n := st.(type) {
	case *ast.FunctionDef:
		for _, d := range n.Decorators {
			u.expr(s, d, false)
		}
		u.defaults(s, n.Args)
		u.bindName(s, n.Name)
		u.body(u.info.Scopes[n], n.Body)
	case *ast.ClassDef:
		for _, e := range n.Bases {
			u.expr(s, e, false)
		}
		u.bindName(s, n.Name)
		u.body(u.info.Scopes[n], n.Body)
	case *ast.Assign:
		for _, t := range n.Targets {
			u.target(s, t)
			u.aliasOf(s, t, n.Value)
		}
		u.expr(s, n.Value, false)
	case *ast.AugAssign:
		u.target(s, n.Target)
		u.expr(s, n.Target, true)
		u.expr(s, n.Value, true)
	case *ast.For:
		u.target(s, n.Target)
		u.expr(s, n.Iter, true)
		u.body(s, n.Body)
		u.body(s, n.Orelse)
	case *ast.Return:
		if n.Value != nil {
			u.expr(s, n.Value, true)
		}
	case *ast.ExprStmt:
		u.expr(s, n.Value, true)
	case *ast.Delete:
		for _, t := range n.Targets {
			if sub, ok := t.(*ast.Subscript); ok {
				u.mutate(s, sub.Value)
			}
			u.expr(s, t, true)
		}
	case *ast.Import, *ast.ImportFrom:
		// Import bindings count as stores already made by the binder.
	case *ast.Global, *ast.Nonlocal, *ast.Pass, *ast.Break, *ast.Continue:
	default:
		u.generic(s, st)
	}
}

// aliasOf marks the variable target shared when it is assigned another
// variable's value (q = p): both names then reach one list, so changing it
// in place through either (q += [x]) must show through the other.
func (u *usage) aliasOf(s *Scope, target, value ast.Expr) {
	t, ok := target.(*ast.Name)
	if _, isName := value.(*ast.Name); !ok || !isName {
		return
	}
	if sym := u.info.Lookup(s, t.ID); sym != nil {
		sym.Shared = true
	}
}

// generic visits the statement's parts with the conservative assumption
// that any name read may be aliased.
func (u *usage) generic(s *Scope, n ast.Node) {
	switch n := n.(type) {
	case *ast.With:
		for _, it := range n.Items {
			u.expr(s, it.ContextExpr, true)
			if it.OptionalVars != nil {
				u.target(s, it.OptionalVars)
			}
		}
		u.body(s, n.Body)
		return
	case *ast.Try:
		u.body(s, n.Body)
		for _, h := range n.Handlers {
			if h.Type != nil {
				u.expr(s, h.Type, true)
			}
			if h.Name != "" {
				u.bindName(s, h.Name)
			}
			u.body(s, h.Body)
		}
		u.body(s, n.Orelse)
		u.body(s, n.Finalbody)
		return
	case *ast.If:
		u.expr(s, n.Test, true)
		u.body(s, n.Body)
		u.body(s, n.Orelse)
		return
	case *ast.While:
		u.expr(s, n.Test, true)
		u.body(s, n.Body)
		u.body(s, n.Orelse)
		return
	}
	for _, c := range ast.Children(n) {
		switch c := c.(type) {
		case ast.Stmt:
			u.stmt(s, c)
		case ast.Expr:
			u.expr(s, c, false)
		}
	}
}

func (u *usage) defaults(s *Scope, a *ast.Arguments) {
	for _, d := range a.Defaults {
		u.expr(s, d, false)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			u.expr(s, d, false)
		}
	}
}

func (u *usage) bindName(s *Scope, name string) {
	if sym := u.info.Lookup(s, name); sym != nil {
		sym.Stores++
		u.crossing(s, sym, true)
	}
}

func (u *usage) target(s *Scope, t ast.Expr) {
	switch n := t.(type) {
	case *ast.Name:
		sym := u.info.Lookup(s, n.ID)
		if sym == nil {
			return
		}
		u.info.Refs[n] = sym
		sym.Stores++
		u.crossing(s, sym, true)
	case *ast.Tuple:
		for _, e := range n.Elts {
			u.target(s, e)
		}
	case *ast.List:
		for _, e := range n.Elts {
			u.target(s, e)
		}
	case *ast.Starred:
		u.target(s, n.Value)
	case *ast.Subscript:
		u.mutate(s, n.Value)
		u.expr(s, n.Value, true)
		u.expr(s, n.Slice, true)
	case *ast.Attribute:
		u.expr(s, n.Value, true)
	default:
		u.expr(s, t, false)
	}
}

// crossing marks symbols reached from a scope other than their own.
func (u *usage) crossing(s *Scope, sym *Symbol, store bool) {
	if sym.Scope == s || s.Kind == CompScope && enclosingNonComp(s) == sym.Scope {
		return
	}
	sym.Captured = true
	if store {
		sym.NestedStore = true
	}
}

func enclosingNonComp(s *Scope) *Scope {
	for s.Kind == CompScope {
		s = s.Parent
	}
	return s
}

func (u *usage) mutate(s *Scope, e ast.Expr) {
	if n, ok := e.(*ast.Name); ok {
		if sym := u.info.Lookup(s, n.ID); sym != nil {
			sym.Mutated = true
		}
	}
}

// expr visits e; safe says whether a bare name here is only read (not
// stored elsewhere or handed to code that may keep it).
func (u *usage) expr(s *Scope, e ast.Expr, safe bool) {
	switch n := e.(type) {
	case *ast.Name:
		sym := u.info.Lookup(s, n.ID)
		if sym == nil {
			return
		}
		u.info.Refs[n] = sym
		sym.Loads++
		u.crossing(s, sym, false)
		if !safe {
			sym.Shared = true
		}
	case *ast.Call:
		u.call(s, n)
	case *ast.Attribute:
		if mutators[n.Attr] {
			// A bound method that changes its list, handed on as a value
			// (Timer(0.1, hits.append)): the list is changed elsewhere
			// through a reference, so it must be one.
			u.mutate(s, n.Value)
			u.expr(s, n.Value, false)
			return
		}
		u.expr(s, n.Value, true)
	case *ast.Subscript:
		u.expr(s, n.Value, true)
		u.expr(s, n.Slice, true)
	case *ast.BinOp:
		u.expr(s, n.Left, true)
		u.expr(s, n.Right, true)
	case *ast.Compare:
		u.expr(s, n.Left, true)
		for _, c := range n.Comparators {
			u.expr(s, c, true)
		}
	case *ast.FormattedValue:
		u.expr(s, n.Value, true)
		if n.FormatSpec != nil {
			u.expr(s, n.FormatSpec, true)
		}
	case *ast.UnaryOp:
		u.expr(s, n.Operand, true)
	case *ast.Starred:
		u.expr(s, n.Value, safe) // f(*xs) passes xs's items, not xs
	case *ast.NamedExpr:
		u.target(s, n.Target)
		u.expr(s, n.Value, false)
	case *ast.Lambda:
		u.defaults(s, n.Args)
		u.expr(u.info.Scopes[n], n.Body, true)
	case *ast.ListComp, *ast.SetComp, *ast.GeneratorExp, *ast.DictComp:
		u.comp(s, n)
	default:
		for _, c := range ast.Children(e) {
			u.expr(s, c.(ast.Expr), false)
		}
	}
}

func (u *usage) call(s *Scope, n *ast.Call) {
	safeArgs := false
	switch f := n.Func.(type) {
	case *ast.Name:
		sym := u.info.Lookup(s, f.ID)
		safeArgs = sym == nil && readOnlyBuiltins[f.ID] || sym != nil && sym.Import != "" && !callbackCallers[f.ID]
		if sym != nil && sym.Import != "" && inPlaceFuncs[f.ID] && len(n.Args) > 0 {
			u.mutate(s, n.Args[0])
		}
		u.expr(s, f, true)
	case *ast.Attribute:
		if mutators[f.Attr] {
			u.mutate(s, f.Value)
		}
		if inPlaceFuncs[f.Attr] && len(n.Args) > 0 {
			u.mutate(s, n.Args[0])
		}
		// Library methods (executor.submit, pool.apply_async) copy or only
		// read what they are given, like library functions; methods of
		// user classes may keep or change them.
		safeArgs = !u.info.isUserMethod(f.Attr) && !callbackCallers[f.Attr]
		u.expr(s, f.Value, true)
	default:
		u.expr(s, n.Func, true)
	}
	for _, a := range n.Args {
		u.expr(s, a, safeArgs)
	}
	for _, k := range n.Keywords {
		u.expr(s, k.Value, safeArgs)
	}
}

func (u *usage) comp(s *Scope, n ast.Expr) {
	cs := u.info.Scopes[n]
	var gens []*ast.Comprehension
	var elts []ast.Expr
	switch n := n.(type) {
	case *ast.ListComp:
		gens, elts = n.Generators, []ast.Expr{n.Elt}
	case *ast.SetComp:
		gens, elts = n.Generators, []ast.Expr{n.Elt}
	case *ast.GeneratorExp:
		gens, elts = n.Generators, []ast.Expr{n.Elt}
	case *ast.DictComp:
		gens, elts = n.Generators, []ast.Expr{n.Key, n.Value}
	}
	for i, g := range gens {
		if i == 0 {
			u.expr(s, g.Iter, true)
		} else {
			u.expr(cs, g.Iter, true)
		}
		u.target(cs, g.Target)
		for _, c := range g.Ifs {
			u.expr(cs, c, true)
		}
	}
	for _, e := range elts {
		u.expr(cs, e, false)
	}
}
