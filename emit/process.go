package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Per-process globals (infer/procglobals.go): a module global that code
// run in worker processes writes or mutates is a package variable holding
// the runtime's ProcessVar, read with counter.Get() and assigned through
// *counter.Ptr(), so each process sees its own value.

// isProcessGlobal reports whether sym is such a global.
func (e *emitter) isProcessGlobal(sym *infer.Symbol) bool {
	return sym != nil && e.info.ProcessGlobals[sym] && e.isPackageVar(sym)
}

// processVarDecl is the package-level declaration of a per-process
// global.
func (e *emitter) processVarDecl(name string, sym *infer.Symbol) jen.Code {
	return jen.Id(name).Op("=").Add(patterns.Rt("NewProcessVar").Types(e.GoType(sym.Type)).Call())
}

// symRead is the Go that reads the variable sym.
func (e *emitter) symRead(sym *infer.Symbol) jen.Code {
	if e.isProcessGlobal(sym) || e.isLocalGlobal(sym) {
		return jen.Id(e.symName(sym)).Dot("Get").Call()
	}
	return jen.Id(e.symName(sym))
}

// symStore is the Go that the variable sym is assigned through.
func (e *emitter) symStore(sym *infer.Symbol) jen.Code {
	if e.isLocalGlobal(sym) {
		e.log.Errorf(sym.Pos, "not supported yet: storing into '%s', which holds a threading.local subclass instance, other than by one constructor call", sym.Name)
	}
	if e.isProcessGlobal(sym) {
		return jen.Op("*").Id(e.symName(sym)).Dot("Ptr").Call()
	}
	return jen.Id(e.symName(sym))
}

// lvalue is x as the left side of an assignment: a per-process global
// through its pointer, anything else as the expression itself.
func (e *emitter) lvalue(x ast.Expr) jen.Code {
	if name, ok := x.(*ast.Name); ok {
		if sym := e.info.Refs[name]; e.isProcessGlobal(sym) {
			return e.symStore(sym)
		}
	}
	return e.Expr(x)
}

// Process boundaries: what a worker process receives and returns was
// pickled in CPython, so the receiver gets a copy. Values of immutable
// types cross as they are; others go through py.ProcessCopy.

// markWorkerFns records the arguments of a call of the library callable
// path that run in a worker process, for the thunks and callbacks the
// recognizer builds of them; the returned func forgets them again.
func (e *emitter) markWorkerFns(path string, b *patterns.Bound) func() {
	names := patterns.WorkerArgs(path)
	if len(names) == 0 {
		return func() {}
	}
	if e.workerFns == nil {
		e.workerFns = map[ast.Expr]bool{}
	}
	var marked []ast.Expr
	for _, name := range names {
		if fn := b.Get(name); fn != nil && !e.workerFns[fn] {
			e.workerFns[fn] = true
			marked = append(marked, fn)
		}
	}
	return func() {
		for _, fn := range marked {
			delete(e.workerFns, fn)
		}
	}
}

// stableCopy is stable for an argument sent to a worker process: a value
// that may be mutable is copied where the call is made.
func (e *emitter) stableCopy(x ast.Expr, t types.Type) jen.Code {
	if !mayBeMutable(t) {
		return e.stable(x, t)
	}
	tmp := e.names.Fresh("arg")
	e.pre = append(e.pre, jen.Id(tmp).Op(":=").Add(patterns.Rt("ProcessCopy").Call(e.ExprAs(x, t))))
	return jen.Id(tmp)
}

// copiedResult is call, the call of the worker function fn, with its
// result copied when it may be mutable.
func (e *emitter) copiedResult(fn ast.Expr, call jen.Code, result types.Type) jen.Code {
	if e.workerFns[fn] && mayBeMutable(result) {
		return patterns.Rt("ProcessCopy").Call(call)
	}
	return call
}

// copiesAcross reports whether a callback of the worker function fn
// (whose signature is f) taking params copies an argument or its result.
func (e *emitter) copiesAcross(fn ast.Expr, f *infer.Func, params []types.Type) bool {
	if !e.workerFns[fn] {
		return false
	}
	if mayBeMutable(f.Result) {
		return true
	}
	for i, p := range params {
		if e.copiesParam(fn, p, f.Params[i].Type) {
			return true
		}
	}
	return false
}

// copiesParam reports whether an argument of type t passed to a parameter
// of type pt of the worker function fn is copied: a value converted to an
// immutable type on the way in needs no copy.
func (e *emitter) copiesParam(fn ast.Expr, t, pt types.Type) bool {
	return e.workerFns[fn] && mayBeMutable(t) && mayBeMutable(pt)
}

// mayBeMutable reports whether a value of type t may hold something a
// receiver could change in place: a list, an object of the program's
// classes, a dynamic value, or a tuple holding one. Library objects (queues, locks, shared Values) are passed
// as they are, since those are shared between processes in CPython too.
func mayBeMutable(t types.Type) bool {
	switch t := t.(type) {
	case *types.List, *types.Instance:
		return true
	case *types.Tuple:
		for _, el := range t.Elems {
			if mayBeMutable(el) {
				return true
			}
		}
		return false
	}
	return t == types.Object
}
