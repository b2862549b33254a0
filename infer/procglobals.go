package infer

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Per-process globals. CPython's worker processes are forked copies of the
// parent: a module global that a worker writes (with a global statement)
// or changes in place (cache[k] = v, results.append(x)) changes only that
// worker's copy. py2go's processes share one address space, so such a
// global must hold one value per process. Inference finds the functions
// that run in workers (the library arguments patterns.WorkerArgs names),
// everything they reach, and the module globals they write or mutate;
// the emitter declares those as the runtime's ProcessVar. Globals no
// worker writes stay plain Go package variables.

// noteWorkers records, on the final typing pass, the functions a library
// call runs in a worker process.
func (t *typer) noteWorkers(path string, b *patterns.Bound) {
	if !t.final {
		return
	}
	t.addRoots(&t.info.workerRoots, patterns.WorkerArgs(path), b)
}

// findProcessGlobals fills Info.ProcessGlobals from the worker roots.
func (in *Info) findProcessGlobals() {
	in.ProcessGlobals = map[*Symbol]bool{}
	seen := map[ast.Node]bool{}
	var work []ast.Node
	add := func(n ast.Node) {
		if n != nil && !seen[n] && in.Scopes[n] != nil {
			seen[n] = true
			work = append(work, n)
		}
	}
	for n := range in.workerRoots {
		add(n)
	}
	for _, c := range in.Classes {
		// A Process subclass's run runs in the child process.
		if run := c.Method("run"); run != nil && c.isProcess() {
			add(run.Def)
		}
	}
	for len(work) > 0 {
		n := work[len(work)-1]
		work = work[:len(work)-1]
		in.scanWorkerFunc(n, add)
	}
}

// isProcess reports whether c derives from multiprocessing.Process.
func (c *Class) isProcess() bool {
	for _, k := range c.MRO() {
		if k.LibBase == "multiprocessing.Process" {
			return true
		}
	}
	return false
}

// scanWorkerFunc marks the module globals that the function (or lambda)
// n writes or mutates, and passes on every function it may reach: the
// functions its expressions refer to and the methods of the classes it
// uses.
func (in *Info) scanWorkerFunc(n ast.Node, reach func(ast.Node)) {
	s := in.Scopes[n]
	for name := range s.global {
		if sym := in.Module.Symbols[name]; sym != nil && in.isDataGlobal(sym) {
			in.ProcessGlobals[sym] = true
		}
	}
	ast.Inspect(n, func(x ast.Node) bool {
		if x != n {
			switch x.(type) {
			case *ast.FunctionDef, *ast.Lambda:
				reach(x) // a nested function runs only where it is called
				return false
			}
		}
		if e, ok := x.(ast.Expr); ok {
			in.reachFrom(in.Types[e], reach)
		}
		if name, ok := x.(*ast.Name); ok {
			if sym := in.Refs[name]; sym != nil && sym.IsModuleLevel() && sym.Mutated &&
				in.isDataGlobal(sym) && isMutable(sym.Type) {
				in.ProcessGlobals[sym] = true
			}
		}
		for _, t := range storeTargets(x) {
			in.markStoreRoot(t)
		}
		return true
	})
}

// storeTargets are the targets a statement stores into.
func storeTargets(n ast.Node) []ast.Expr {
	switch n := n.(type) {
	case *ast.Assign:
		return n.Targets
	case *ast.AugAssign:
		return []ast.Expr{n.Target}
	case *ast.AnnAssign:
		return []ast.Expr{n.Target}
	case *ast.Delete:
		return n.Targets
	}
	return nil
}

// markStoreRoot marks the module global an attribute or item store
// changes in place (stats.count += 1, table[k][j] = v).
func (in *Info) markStoreRoot(t ast.Expr) {
	inPlace := false
	for {
		switch n := t.(type) {
		case *ast.Attribute:
			t, inPlace = n.Value, true
			continue
		case *ast.Subscript:
			t, inPlace = n.Value, true
			continue
		case *ast.Tuple:
			for _, el := range n.Elts {
				in.markStoreRoot(el)
			}
		case *ast.Name:
			if sym := in.Refs[n]; inPlace && sym != nil && sym.IsModuleLevel() && in.isDataGlobal(sym) && isMutable(sym.Type) {
				in.ProcessGlobals[sym] = true
			}
		}
		return
	}
}

// reachFrom passes on the code a value of type t may run: a function, or
// the methods of a class and its bases.
func (in *Info) reachFrom(t types.Type, reach func(ast.Node)) {
	var def any
	switch t := t.(type) {
	case *types.Func:
		reach(asNode(t.Def))
		return
	case *types.Instance:
		def = t.Def
	case *types.Class:
		def = t.Def
	default:
		return
	}
	cd, ok := def.(*ast.ClassDef)
	if !ok {
		return
	}
	for c := in.Classes[cd]; c != nil; c = c.Base {
		for _, m := range c.Order {
			reach(m.Def)
		}
	}
}

// asNode is d as a syntax node, nil when it is none.
func asNode(d any) ast.Node {
	if n, ok := d.(ast.Node); ok {
		return n
	}
	return nil
}

// isDataGlobal reports whether a module symbol is a variable of the
// program (not an import, a def bound once, or a class).
func (in *Info) isDataGlobal(sym *Symbol) bool {
	return sym.Import == "" && !(sym.Def != nil && sym.Stores == 1) && in.ClassSyms[sym] == nil
}

// isMutable reports whether values of type t can be changed in place, so
// a worker's change to a global holding one must stay in the worker.
// Library objects (queues, locks, shared values) are left out: those a
// program can reach from several processes are shared in CPython too.
func isMutable(t types.Type) bool {
	switch t.(type) {
	case *types.List, *types.Instance:
		return true
	}
	return t == types.Object
}
