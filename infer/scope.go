package infer

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// ScopeKind says what introduced a scope.
type ScopeKind int

// The scope kinds. Python has function-level scoping: blocks of if/for/while
// do not make scopes, comprehensions and lambdas do.
const (
	ModuleScope ScopeKind = iota
	FuncScope
	LambdaScope
	CompScope
	ClassScope
)

// Scope is one Python namespace.
type Scope struct {
	Kind   ScopeKind
	Node   ast.Node // *ast.FunctionDef, *ast.Lambda, a comprehension, *ast.ClassDef; nil for the module
	Parent *Scope
	// Symbols holds the names bound in this scope, in order of first binding.
	Symbols map[string]*Symbol
	Order   []*Symbol
	global  map[string]bool
	nonloc  map[string]bool
}

func newScope(kind ScopeKind, node ast.Node, parent *Scope) *Scope {
	return &Scope{Kind: kind, Node: node, Parent: parent, Symbols: map[string]*Symbol{},
		global: map[string]bool{}, nonloc: map[string]bool{}}
}

// IsGlobalDecl reports whether name is declared global in this scope.
func (s *Scope) IsGlobalDecl(name string) bool { return s.global[name] }

// Symbol is a name bound in a scope.
type Symbol struct {
	Name  string
	Scope *Scope
	Pos   ast.Pos // the first binding
	Type  types.Type
	// Param is set for function parameters.
	Param bool
	// Import is the dotted module path for names bound by import.
	Import string
	// Def is the function a def statement bound to this name.
	Def *ast.FunctionDef
	// Stores and Loads count binding sites and reads.
	Stores, Loads int
	// Captured is set when a nested function or lambda reads or writes the
	// symbol (it becomes a closure variable in Go).
	Captured bool
	// NestedStore is set when a nested function assigns it (global or
	// nonlocal declaration).
	NestedStore bool
	// Shared is set when the value may be reached through another name
	// (stored into a container or another variable, passed to a function
	// that keeps or mutates it), so a list must keep reference semantics.
	Shared bool
	// Grows is set when the symbol's int values may grow without bound
	// (growth.go): an int there is the runtime's exact dynamic int.
	Grows bool
	// Stateful is set for a variable advanced with next(): a generator
	// or sequence stored there is an iterator object that keeps its
	// position.
	Stateful bool
	// Mutated is set when a method call or item assignment changes the
	// value in place.
	Mutated bool
}

// IsModuleLevel reports whether the symbol lives in the module scope.
func (s *Symbol) IsModuleLevel() bool { return s.Scope.Kind == ModuleScope }

func (s *Scope) bind(name string, pos ast.Pos) *Symbol {
	if sym, ok := s.Symbols[name]; ok {
		return sym
	}
	sym := &Symbol{Name: name, Scope: s, Pos: pos, Type: types.Unknown}
	s.Symbols[name] = sym
	s.Order = append(s.Order, sym)
	return sym
}

// binder collects the names each scope binds, following Python's rules:
// any assignment in a function makes the name local to it unless declared
// global or nonlocal.
type binder struct {
	info *Info
	// nonlocals are the nonlocal declarations seen, checked once every
	// scope is bound (the enclosing binding may come after the nested def).
	nonlocals []nonlocalDecl
}

// nonlocalDecl is one name of a nonlocal statement.
type nonlocalDecl struct {
	s    *Scope
	name string
	pos  ast.Pos
}

func (b *binder) module(m *ast.Module) {
	s := newScope(ModuleScope, nil, nil)
	b.info.Module = s
	b.body(s, m.Body)
	b.checkNonlocals()
}

// declare checks a global or nonlocal statement as CPython's symbol table
// does: the errors it raises are SyntaxErrors of the whole program, and a
// program that has them never runs.
func (b *binder) declare(s *Scope, n ast.Stmt, names []string, kind string) {
	if kind == "nonlocal" && s.Kind == ModuleScope {
		b.info.Log.Errorf(n.Start(), "nonlocal declaration not allowed at module level")
		return
	}
	for _, name := range names {
		sym, bound := s.Symbols[name]
		switch {
		case bound && sym.Param:
			b.info.Log.Errorf(n.Start(), "name '%s' is parameter and %s", name, kind)
		case bound:
			b.info.Log.Errorf(n.Start(), "name '%s' is assigned to before %s declaration", name, kind)
		case kind == "nonlocal":
			b.nonlocals = append(b.nonlocals, nonlocalDecl{s, name, n.Start()})
		}
	}
}

// checkNonlocals reports nonlocal names no enclosing function binds.
func (b *binder) checkNonlocals() {
	for _, d := range b.nonlocals {
		found := false
		for p := d.s.Parent; p != nil && p.Kind != ModuleScope && !found; p = p.Parent {
			sym, ok := p.Symbols[d.name]
			found = ok && p.Kind != ClassScope && !p.global[d.name] && sym != nil
		}
		if !found {
			b.info.Log.Errorf(d.pos, "no binding for nonlocal '%s' found", d.name)
		}
	}
}

func (b *binder) body(s *Scope, body []ast.Stmt) {
	for _, st := range body {
		b.stmt(s, st)
	}
}

func (b *binder) stmt(s *Scope, st ast.Stmt) {
	switch n := st.(type) {
	case *ast.FunctionDef:
		for _, d := range n.Decorators {
			b.expr(s, d)
		}
		b.argDefaults(s, n.Args)
		sym := b.store(s, n.Name, n.Start())
		if sym.Def == nil && (len(n.Decorators) == 0 || b.onlyCaching(s, n.Decorators)) {
			sym.Def = n
		}
		fs := newScope(FuncScope, n, s)
		b.info.Scopes[n] = fs
		b.params(fs, n.Args)
		b.body(fs, n.Body)
		return
	case *ast.ClassDef:
		for _, e := range n.Bases {
			b.expr(s, e)
		}
		b.store(s, n.Name, n.Start())
		cs := newScope(ClassScope, n, s)
		b.info.Scopes[n] = cs
		b.body(cs, n.Body)
		return
	case *ast.Global:
		b.declare(s, n, n.Names, "global")
		for _, name := range n.Names {
			s.global[name] = true
		}
		return
	case *ast.Nonlocal:
		b.declare(s, n, n.Names, "nonlocal")
		for _, name := range n.Names {
			s.nonloc[name] = true
		}
		return
	case *ast.Import:
		for _, a := range n.Names {
			name, path := a.AsName, a.Name
			if name == "" {
				name = firstPart(a.Name)
				path = name
			}
			b.store(s, name, a.P).Import = path
		}
		return
	case *ast.ImportFrom:
		for _, a := range n.Names {
			name := a.AsName
			if name == "" {
				name = a.Name
			}
			b.store(s, name, a.P).Import = n.Module + "." + a.Name
		}
		return
	case *ast.For:
		b.target(s, n.Target)
	case *ast.With:
		for _, it := range n.Items {
			if it.OptionalVars != nil {
				b.target(s, it.OptionalVars)
			}
		}
	case *ast.Try:
		for _, h := range n.Handlers {
			if h.Name != "" {
				b.store(s, h.Name, h.P)
			}
		}
	case *ast.Assign:
		for _, t := range n.Targets {
			b.target(s, t)
		}
	case *ast.AugAssign:
		b.target(s, n.Target)
	case *ast.AnnAssign:
		if n.Value != nil || n.Simple {
			b.target(s, n.Target)
		}
	case *ast.Delete:
		for _, t := range n.Targets {
			b.target(s, t)
		}
	}
	// Expressions inside the statement may hold lambdas, comprehensions and
	// walruses with scopes of their own; nested bodies are visited here too.
	for _, c := range ast.Children(st) {
		switch c := c.(type) {
		case ast.Stmt:
			b.stmt(s, c)
		case ast.Expr:
			b.expr(s, c)
		}
	}
}

func (b *binder) target(s *Scope, t ast.Expr) {
	switch n := t.(type) {
	case *ast.Name:
		b.store(s, n.ID, n.Start())
	case *ast.Tuple:
		for _, e := range n.Elts {
			b.target(s, e)
		}
	case *ast.List:
		for _, e := range n.Elts {
			b.target(s, e)
		}
	case *ast.Starred:
		b.target(s, n.Value)
	}
}

// store binds name in s unless a global or nonlocal declaration sends it
// elsewhere; it returns the symbol that will hold the value.
func (b *binder) store(s *Scope, name string, pos ast.Pos) *Symbol {
	if s.global[name] {
		return b.info.Module.bind(name, pos)
	}
	if s.nonloc[name] {
		for p := s.Parent; p != nil; p = p.Parent {
			if sym, ok := p.Symbols[name]; ok && p.Kind != ClassScope {
				return sym
			}
		}
	}
	return s.bind(name, pos)
}

func (b *binder) params(fs *Scope, a *ast.Arguments) {
	if a == nil {
		return
	}
	for _, p := range a.All() {
		sym := fs.bind(p.Name, p.P)
		sym.Param = true
	}
}

func (b *binder) argDefaults(s *Scope, a *ast.Arguments) {
	if a == nil {
		return
	}
	for _, d := range a.Defaults {
		b.expr(s, d)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			b.expr(s, d)
		}
	}
}

func (b *binder) expr(s *Scope, e ast.Expr) {
	switch n := e.(type) {
	case *ast.Lambda:
		b.argDefaults(s, n.Args)
		ls := newScope(LambdaScope, n, s)
		b.info.Scopes[n] = ls
		b.params(ls, n.Args)
		b.expr(ls, n.Body)
		return
	case *ast.ListComp:
		b.comp(s, n, n.Generators, n.Elt)
		return
	case *ast.SetComp:
		b.comp(s, n, n.Generators, n.Elt)
		return
	case *ast.GeneratorExp:
		b.comp(s, n, n.Generators, n.Elt)
		return
	case *ast.DictComp:
		b.comp(s, n, n.Generators, n.Key, n.Value)
		return
	case *ast.NamedExpr:
		// A walrus binds in the nearest enclosing non-comprehension scope.
		t := s
		for t.Kind == CompScope {
			t = t.Parent
		}
		b.store(t, n.Target.ID, n.Target.Start())
	}
	for _, c := range ast.Children(e) {
		if c, ok := c.(ast.Expr); ok {
			b.expr(s, c)
		}
	}
}

func (b *binder) comp(s *Scope, node ast.Expr, gens []*ast.Comprehension, elts ...ast.Expr) {
	cs := newScope(CompScope, node, s)
	b.info.Scopes[node] = cs
	for i, g := range gens {
		// The first iterable is evaluated in the enclosing scope.
		if i == 0 {
			b.expr(s, g.Iter)
		} else {
			b.expr(cs, g.Iter)
		}
		b.target(cs, g.Target)
		for _, c := range g.Ifs {
			b.expr(cs, c)
		}
	}
	for _, e := range elts {
		b.expr(cs, e)
	}
}

func firstPart(dotted string) string {
	for i := 0; i < len(dotted); i++ {
		if dotted[i] == '.' {
			return dotted[:i]
		}
	}
	return dotted
}

// onlyCaching reports whether a def's decorators are one caching decorator
// of the library (@functools.lru_cache, @lru_cache(maxsize=None), @cache).
// Such a def stays a plain function: the emitter wraps its body in a cache
// instead of rebinding the name to a decorated value.
func (b *binder) onlyCaching(s *Scope, decorators []ast.Expr) bool {
	if len(decorators) != 1 {
		return false
	}
	d := decorators[0]
	if call, ok := d.(*ast.Call); ok {
		d = call.Func
	}
	return patterns.IsMemoizer(b.importPath(s, d))
}

// importPath is the dotted library path an imported name or an attribute
// of an imported module denotes, as bound so far; "" otherwise.
func (b *binder) importPath(s *Scope, e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		for sc := s; sc != nil; sc = sc.Parent {
			if sym, ok := sc.Symbols[e.ID]; ok {
				return sym.Import
			}
		}
	case *ast.Attribute:
		if base := b.importPath(s, e.Value); base != "" {
			return base + "." + e.Attr
		}
	}
	return ""
}
