package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
	"strings"
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
	if ptr, ok := e.procPtrs[sym]; ok {
		return boundRead(ptr, sym.Type)
	}
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
	if ptr, ok := e.procPtrs[sym]; ok {
		return jen.Op("*").Id(ptr)
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
	if !patterns.MayBeMutable(t) || freshDisplay(x) {
		return e.stable(x, t)
	}
	return jen.Id(e.copyAcross("arg", e.ExprAs(x, t), isConstName(e, x)))
}

// copyAcross copies value (the Go for an argument or a bound method's
// object) for a worker process into a temporary it returns: where the
// call is made, or, for a process that forks later (ForkProc), when it
// starts, from a reference bound where the call is made (fixed says the
// value needs no temporary to stay the same).
func (e *emitter) copyAcross(name string, value jen.Code, fixed bool) string {
	tmp := e.names.Fresh(name)
	if e.forkCopies == nil {
		e.pre = append(e.pre, jen.Id(tmp).Op(":=").Add(patterns.Rt("ProcessCopy").Call(value)))
		return tmp
	}
	if !fixed {
		ref := e.names.Fresh("ref")
		e.pre = append(e.pre, jen.Id(ref).Op(":=").Add(value))
		value = jen.Id(ref)
	}
	*e.forkCopies = append(*e.forkCopies, jen.Id(tmp).Op(":=").Add(patterns.Rt("ProcessCopy").Call(value)))
	return tmp
}

// isConstName reports whether x is a variable bound once, which a func
// literal can read later and still get the object it named here.
func isConstName(e *emitter, x ast.Expr) bool {
	n, ok := x.(*ast.Name)
	if !ok {
		return false
	}
	sym := e.info.Refs[n]
	return sym != nil && sym.Stores <= 1 && !e.isProcessGlobal(sym)
}

// freshDisplay reports whether x is a list, tuple, set or dict display of
// constants: a new object nothing else can reach, which needs no copy.
func freshDisplay(x ast.Expr) bool {
	switch n := x.(type) {
	case *ast.List:
		return allConst(n.Elts)
	case *ast.Tuple:
		return allConst(n.Elts)
	case *ast.Set:
		return allConst(n.Elts)
	case *ast.Dict:
		for _, k := range n.Keys {
			if k == nil {
				return false
			}
		}
		return allConst(n.Keys) && allConst(n.Values)
	}
	return false
}

// workerCallee is the function value a thunk calls: for a bound method
// run in a worker process, the method of a copy of its object, taken
// where the call is made, since the worker has its own copy of the
// object.
func (e *emitter) workerCallee(fn ast.Expr, ft *types.Func) jen.Code {
	if !e.copiesReceiver(fn, ft) {
		return e.stableFunc(fn, ft)
	}
	tmp := e.receiverCopy(fn.(*ast.Attribute))
	return e.methodOf(fn.(*ast.Attribute), jen.Id(tmp))
}

// callbackCallee is the function a callback calls: for a bound method run
// in worker processes, the method of a fresh copy, for each call, of the
// object as it was where the call was made.
func (e *emitter) callbackCallee(fn ast.Expr, ft *types.Func) jen.Code {
	if !e.copiesReceiver(fn, ft) {
		return e.Expr(fn)
	}
	tmp := e.receiverCopy(fn.(*ast.Attribute))
	return e.methodOf(fn.(*ast.Attribute), patterns.Rt("ProcessCopy").Call(jen.Id(tmp)))
}

// copiesReceiver reports whether fn is a bound method, run in a worker
// process, of an object that may be mutable.
func (e *emitter) copiesReceiver(fn ast.Expr, ft *types.Func) bool {
	attr, ok := fn.(*ast.Attribute)
	return ok && ft.Bound && e.workerFns[fn] && patterns.MayBeMutable(e.info.TypeOf(attr.Value))
}

// receiverCopy copies the object of a bound method where the call is
// made, into a temporary it returns.
func (e *emitter) receiverCopy(attr *ast.Attribute) string {
	return e.copyAcross("obj", e.Expr(attr.Value), isConstName(e, attr.Value))
}

// methodOf is the method attr.Attr of the object recv stands for.
func (e *emitter) methodOf(attr *ast.Attribute, recv jen.Code) jen.Code {
	obj := &goExpr{ExprBase: attr.ExprBase, code: recv}
	e.info.Types[obj] = e.info.TypeOf(attr.Value)
	method := &ast.Attribute{ExprBase: attr.ExprBase, Value: obj, Attr: attr.Attr, Ctx: attr.Ctx}
	e.info.Types[method] = e.info.TypeOf(attr)
	return e.Expr(method)
}

// copiedResult is call, the call of the worker function fn, with its
// result copied when it may be mutable.
func (e *emitter) copiedResult(fn ast.Expr, call jen.Code, result types.Type) jen.Code {
	if e.workerFns[fn] && patterns.MayBeMutable(result) {
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
	if patterns.MayBeMutable(f.Result) {
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
	return e.workerFns[fn] && patterns.MayBeMutable(t) && patterns.MayBeMutable(pt)
}

// Reaching a process's ProcessVar costs a lookup of the calling
// goroutine, too slow for a loop. A function that uses a per-process
// global in a loop binds the calling process's variable once, at its
// entry (myCounter := counter.Ptr()), and works through that pointer. The
// function runs wholly in one process, but a func literal inside it may
// be sent to another, so bodies with nested functions, and generators,
// keep the plain form.

// bindProcessVars returns the bindings for the body of f and records them
// in e.procPtrs for symRead and symStore.
func (e *emitter) bindProcessVars(f *infer.Func, body []ast.Stmt) []jen.Code {
	e.procPtrs = nil
	if f.Generator || f.Async || hasNestedFunc(body) {
		return nil
	}
	inLoop := map[*infer.Symbol]bool{}
	var order []*infer.Symbol
	visit := func(n ast.Node) bool {
		if name, ok := n.(*ast.Name); ok {
			if sym := e.info.Refs[name]; e.isProcessGlobal(sym) && !inLoop[sym] {
				inLoop[sym] = true
				order = append(order, sym)
			}
		}
		return true
	}
	ast.InspectStmts(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.For:
			ast.InspectStmts(n.Body, visit)
		case *ast.While:
			ast.Inspect(n.Test, visit)
			ast.InspectStmts(n.Body, visit)
		}
		return true
	})
	var out []jen.Code
	for _, sym := range order {
		if e.procPtrs == nil {
			e.procPtrs = map[*infer.Symbol]string{}
		}
		name := e.names.Fresh("my" + strings.ToUpper(e.symName(sym)[:1]) + e.symName(sym)[1:])
		e.procPtrs[sym] = name
		out = append(out, jen.Id(name).Op(":=").Id(e.symName(sym)).Dot("Ptr").Call())
	}
	return out
}

// hasNestedFunc reports whether a body defines a function or lambda.
func hasNestedFunc(body []ast.Stmt) bool {
	found := false
	ast.InspectStmts(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
			found = true
		}
		return !found
	})
	return found
}

// boundRead is the read of a per-process global through the pointer the
// function bound, parenthesized unless its type cannot be followed by a
// selector or index in Go.
func boundRead(ptr string, t types.Type) jen.Code {
	if t == types.Int || t == types.Float || t == types.Bool || t == types.Str {
		return jen.Op("*").Id(ptr)
	}
	return jen.Parens(jen.Op("*").Id(ptr))
}
