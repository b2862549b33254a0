// Package infer proves static types for a whole Python program.
//
// Inference is whole-program and driven by call sites: a function's
// parameters take the types of the arguments it is called with (directly,
// through a variable, or by a library such as Pool.apply_async or
// Thread(target=...)), its result is the join of its return statements, and
// a variable's type is the join of everything assigned to it. The passes
// repeat until nothing changes. Whatever is not proven to have one native
// type becomes types.Object, the runtime's dynamic value, so every accepted
// program still compiles.
package infer

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/diag"
	"github.com/py2go/py2go/types"
)

// Info is what inference learned about a program.
type Info struct {
	Module *Scope
	// Scopes maps functions, lambdas, comprehensions and classes to the
	// scope they open.
	Scopes map[ast.Node]*Scope
	// Funcs maps each *ast.FunctionDef and *ast.Lambda to its signature.
	Funcs map[ast.Node]*Func
	// Types holds the type of every expression that was reached.
	Types map[ast.Expr]types.Type
	// Refs maps every Name to the symbol it denotes; names missing here
	// are builtins.
	Refs map[*ast.Name]*Symbol
	// Classes maps class statements to what is known of them (class.go);
	// ClassSyms maps the names they bind, MethodDefs their methods.
	Classes    map[*ast.ClassDef]*Class
	ClassSyms  map[*Symbol]*Class
	MethodDefs map[ast.Node]*Method
	// Partials maps the lambdas that functools.partial calls became
	// (partial.go) to the arguments bound where partial was called.
	Partials map[*ast.Lambda][]ast.Expr
	// BoundDefaults holds the lambdas and defs that lost the parameters whose
	// defaults are not literals to an outer lambda (lambda_defaults.go),
	// so a call passing them is reported as such.
	BoundDefaults map[ast.Node]bool
	// ProcessGlobals are the module globals that code run in worker
	// processes writes or mutates: each process keeps its own value
	// (procglobals.go).
	ProcessGlobals map[*Symbol]bool
	Log            *diag.Log

	// LibCallbacks holds, for a library function handed to a library as
	// a function (ex.map(str.upper, xs), reduce(max, xs)), the type its
	// calls give; the emitter's wrapper returns it.
	LibCallbacks map[ast.Expr]types.Type
	// DynamicStores holds the attribute names assigned through values of
	// unproven type (obj.x = v, with obj from a mixed list): the emitter
	// gives classes with such fields a PySetAttr.
	DynamicStores map[string]bool
	// dynamicAttrs holds the attribute names read through values of
	// unproven type (PyGetAttr at run time); a list field of that name
	// must be a runtime list, so changes made through such a read show.
	dynamicAttrs map[string]bool
	workerRoots  map[ast.Node]bool
	threadRoots  map[ast.Node]bool
}

// Func is what inference knows of one function or lambda.
type Func struct {
	Node  ast.Node
	Scope *Scope
	// Params are in Go's order: positional (the first PosOnly of them
	// positional-only), keyword-only, then Kwarg and Vararg when present.
	Params  []*Symbol
	PosOnly int
	// Vararg and Kwarg are the *args and **kwargs parameters, or nil.
	Vararg, Kwarg *Symbol
	// Defaults maps parameters to their default expression.
	Defaults map[*Symbol]ast.Expr
	// Result is the join of what the function returns; types.None when it
	// never returns a value.
	Result types.Type
	// Called is set once some call site or library reaches it.
	Called bool
	// DefaultUsed is set for parameters that some call leaves out.
	DefaultUsed map[*Symbol]bool
	// Grows is set when the int results may grow without bound
	// (growth.go).
	Grows bool
	// Generator is set for a function whose body yields; its Result is
	// then a types.Iter of what it yields.
	Generator bool
	// Yield joins the types of the values it yields.
	Yield types.Type
	// Async is set for an async def; its Result is then a coroutine
	// (async.go) of Returns, the join of what it returns.
	Async   bool
	Returns types.Type
	// Skip is 1 in the view FuncValue gives of a bound method, whose first
	// parameter (self, or cls) is not passed.
	Skip int
}

// FuncValue is the function a function value calls: the function itself, or
// for a bound method a view of it without its first parameter.
func (in *Info) FuncValue(ft *types.Func) *Func {
	f := in.Funcs[ft.Def.(ast.Node)]
	if !ft.Bound || f == nil || len(f.Params) == 0 || f.Params[0] == f.Vararg || f.Params[0] == f.Kwarg {
		return f // no positional parameter to bind: such a method is refused by the emitter
	}
	g := *f
	g.Params, g.Skip = f.Params[1:], 1
	if g.PosOnly > 0 {
		g.PosOnly--
	}
	return &g
}

// TypeOf returns the inferred type of e, Object when it was never reached.
func (in *Info) TypeOf(e ast.Expr) types.Type {
	if t, ok := in.Types[e]; ok && t != types.Unknown {
		return t
	}
	return types.Object
}

// Program infers types for mod. Problems go to log.
func Program(mod *ast.Module, log *diag.Log) *Info {
	in := &Info{
		Scopes: map[ast.Node]*Scope{},
		Funcs:  map[ast.Node]*Func{},
		Types:  map[ast.Expr]types.Type{},
		Refs:   map[*ast.Name]*Symbol{},
		Log:    log,

		Classes:    map[*ast.ClassDef]*Class{},
		ClassSyms:  map[*Symbol]*Class{},
		MethodDefs: map[ast.Node]*Method{},
	}
	desugarOperator(mod)
	in.desugarPartials(mod)
	in.desugarLambdaDefaults(mod)
	desugarNamedTuples(mod)
	desugarTotalOrdering(mod)
	desugarSuppress(mod)
	desugarDataclassMethods(mod)
	desugarContextManagers(mod, log)
	desugarABC(mod, log)
	renameWithTargets(mod)
	renameCaughtNames(mod)
	(&binder{info: in}).module(mod)
	in.collectFuncs()
	in.collectClasses()
	(&usage{info: in}).body(in.Module, mod.Body)
	in.localClasses()
	for n := range in.findGrowing(mod) {
		switch n := n.(type) {
		case *Symbol:
			n.Grows = true
		case *Func:
			n.Grows = true
		}
	}
	in.solve(mod)
	in.checkFrozenStores(mod)
	return in
}

func (in *Info) collectFuncs() {
	for node, s := range in.Scopes {
		var args *ast.Arguments
		switch n := node.(type) {
		case *ast.FunctionDef:
			args = n.Args
		case *ast.Lambda:
			args = n.Args
		default:
			continue
		}
		f := &Func{Node: node, Scope: s, Result: types.Unknown, Yield: types.Unknown, Returns: types.Unknown,
			Defaults: map[*Symbol]ast.Expr{}, DefaultUsed: map[*Symbol]bool{}}
		if def, ok := node.(*ast.FunctionDef); ok {
			f.Generator = yields(def.Body)
			f.Async = def.Async
		}
		// Go's order: positional, keyword-only, **kwargs, then *args,
		// which Go's variadic parameter must be.
		for _, p := range append(append(append([]*ast.Arg{}, args.PosOnly...), args.Args...), args.KwOnly...) {
			f.Params = append(f.Params, s.Symbols[p.Name])
		}
		f.PosOnly = len(args.PosOnly)
		if args.Kwarg != nil {
			f.Kwarg = s.Symbols[args.Kwarg.Name]
			f.Params = append(f.Params, f.Kwarg)
		}
		if args.Vararg != nil {
			f.Vararg = s.Symbols[args.Vararg.Name]
			f.Params = append(f.Params, f.Vararg)
		}
		positional := append(append([]*ast.Arg{}, args.PosOnly...), args.Args...)
		for i, d := range args.Defaults {
			p := positional[len(positional)-len(args.Defaults)+i]
			f.Defaults[s.Symbols[p.Name]] = d
		}
		for i, d := range args.KwDefaults {
			if d != nil {
				f.Defaults[s.Symbols[args.KwOnly[i].Name]] = d
			}
		}
		in.Funcs[node] = f
	}
}

// maxRounds bounds the fixpoint; a program whose types still change after
// it has its changing symbols widened to Object.
const maxRounds = 40

func (in *Info) solve(mod *ast.Module) {
	t := &typer{info: in}
	for pass := 0; pass < 2; pass++ {
		t.rounds(mod)
		if !in.widenUnknownParams() {
			break
		}
	}
	// A list field that threads change in place, or that copy.copy
	// shares between two objects, becomes a runtime list, which can
	// change what other expressions are typed.
	for range len(in.Classes) {
		threads := in.markThreadFields(mod)
		if copied := in.markCopiedFields(mod); !threads && !copied {
			break
		}
		t.rounds(mod)
	}
	t.final = true
	t.module(mod)
	in.finish()
	in.findProcessGlobals()
}

// rounds types the module until nothing changes.
func (t *typer) rounds(mod *ast.Module) {
	for round := 0; round < maxRounds; round++ {
		t.changed = false
		t.widen = round == maxRounds-1
		t.module(mod)
		if !t.changed {
			return
		}
	}
}

// finish replaces what stayed unknown (an empty list never filled, a
// function never called) with Object.
func (in *Info) finish() {
	fix := func(t types.Type) types.Type { return settle(t) }
	for _, s := range in.Scopes {
		for _, sym := range s.Order {
			sym.Type = fix(sym.Type)
		}
	}
	for _, sym := range in.Module.Order {
		sym.Type = fix(sym.Type)
	}
	for _, f := range in.Funcs {
		if f.Result == types.Unknown {
			f.Result = types.None
		}
		f.Result = fix(f.Result)
	}
	for e, t := range in.Types {
		in.Types[e] = fix(t)
	}
	in.finishClasses()
}

func settle(t types.Type) types.Type {
	switch t := t.(type) {
	case types.Basic:
		if t == types.Unknown {
			return types.Object
		}
	case *types.List:
		return &types.List{Elem: settle(t.Elem)}
	case *types.Iter:
		return &types.Iter{Elem: settle(t.Elem)}
	case *types.Tuple:
		es := make([]types.Type, len(t.Elems))
		for i, e := range t.Elems {
			es[i] = settle(e)
		}
		return &types.Tuple{Elems: es}
	case *types.Named:
		as := make([]types.Type, len(t.Args))
		for i, a := range t.Args {
			as[i] = settle(a)
		}
		return &types.Named{Class: t.Class, Args: as}
	}
	return t
}

// Lookup resolves name as seen from scope s: local, enclosing function,
// module, in Python's order (class scopes are not seen from methods). It
// returns nil for builtins and unknown names.
func (in *Info) Lookup(s *Scope, name string) *Symbol {
	if s.global[name] {
		return in.Module.Symbols[name]
	}
	if sym, ok := s.Symbols[name]; ok {
		return sym
	}
	for p := s.Parent; p != nil; p = p.Parent {
		if p.Kind == ClassScope {
			continue
		}
		if sym, ok := p.Symbols[name]; ok {
			return sym
		}
	}
	return nil
}

// FuncOf returns the function whose scope is s or encloses it, nil at
// module level.
func (in *Info) FuncOf(s *Scope) *Func {
	for ; s != nil; s = s.Parent {
		if f, ok := in.Funcs[s.Node]; ok && s.Node != nil {
			return f
		}
	}
	return nil
}

// UsedFromFunctions reports whether a module-level symbol is read or
// written inside some function, which makes it a Go package-level variable
// rather than a local of main.
func (sym *Symbol) UsedFromFunctions() bool { return sym.Captured || sym.NestedStore }

// yields reports whether a function body contains yield (outside nested
// functions), which makes the function a generator.
func yields(body []ast.Stmt) bool {
	found := false
	ast.InspectStmts(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		case *ast.Yield, *ast.YieldFrom:
			found = true
		}
		return !found
	})
	return found
}

// widenUnknownParams gives Object to the parameters no call site typed
// (a function only called through a dynamic value), so that its body is
// typed for any argument; it reports whether it changed any.
func (in *Info) widenUnknownParams() bool {
	changed := false
	for _, f := range in.Funcs {
		for _, p := range f.Params {
			if p.Type == types.Unknown {
				p.Type = types.Object
				changed = true
			}
		}
	}
	return changed
}
