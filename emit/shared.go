package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Module globals that threads write.
//
// Under CPython's GIL every bytecode is atomic, so threads doing
// `counter += 1` on a module global never tear it, and in practice lose
// no update. Go package variables written from several goroutines are a
// data race. In a program that starts threads, a module global that
// functions assign (through `global`), or that functions read while the
// module assigns it again, is a runtime Shared[T]: reads are Load, writes
// Store, and `x op= v` and `x = x op v` one Update, whose function runs
// under the variable's lock:
//
//	counter.Update(func(old int) int { return old + 1 })
//
// The value is evaluated before the update, into a temporary when it
// calls anything, so the update's function never runs user code while the
// lock is held. Programs without threads keep plain package variables.

// threadMarkers are the names whose use means the program runs Python
// code on more than one thread.
var threadMarkers = map[string]bool{
	"Thread": true, "ThreadPoolExecutor": true, "Timer": true, "to_thread": true, "run_in_executor": true,
}

// startsThreads reports whether the module imports threading or names a
// thread-starting API of concurrent.futures or asyncio.
func startsThreads(mod *ast.Module) bool {
	found := false
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Import:
			for _, a := range n.Names {
				found = found || a.Name == "threading"
			}
		case *ast.ImportFrom:
			found = found || n.Module == "threading"
			for _, a := range n.Names {
				found = found || threadMarkers[a.Name]
			}
		case *ast.Attribute:
			found = found || threadMarkers[n.Attr]
		}
		return !found
	})
	return found
}

// findShared decides which module globals are Shared.
func (e *emitter) findShared(mod *ast.Module) {
	e.shared = map[*infer.Symbol]bool{}
	if !startsThreads(mod) {
		return
	}
	for _, sym := range e.info.Module.Order {
		if sym.Import != "" || sym.Def != nil || e.info.ClassSyms[sym] != nil || !e.isPackageVar(sym) {
			continue
		}
		if sym.NestedStore || sym.Captured && sym.Stores > 1 {
			e.shared[sym] = true
		}
	}
	e.findSharedClassAttrs(mod)
	for _, s := range e.info.Scopes {
		if s.Kind != infer.FuncScope {
			continue
		}
		for _, sym := range s.Order {
			// A local that a nested function assigns (nonlocal) is a
			// Go variable its closures share.
			if sym.NestedStore && !sym.Param && sym.Def == nil {
				e.shared[sym] = true
			}
		}
	}
}

// findSharedClassAttrs marks the class attributes that functions assign
// (`Stats.hits += 1`): package variables like globals, shared the same way.
func (e *emitter) findSharedClassAttrs(mod *ast.Module) {
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		def, ok := n.(*ast.FunctionDef)
		if !ok {
			return true
		}
		ast.InspectStmts(def.Body, func(n ast.Node) bool {
			var targets []ast.Expr
			switch n := n.(type) {
			case *ast.Assign:
				targets = n.Targets
			case *ast.AugAssign:
				targets = []ast.Expr{n.Target}
			}
			for _, t := range targets {
				if sym := e.classAttrOf(t); sym != nil {
					e.shared[sym] = true
				}
			}
			return true
		})
		return false
	})
}

// classAttrOf is the class attribute that x (Class.attr) names, or nil.
func (e *emitter) classAttrOf(x ast.Expr) *infer.Symbol {
	a, ok := x.(*ast.Attribute)
	if !ok {
		return nil
	}
	if _, isClass := e.info.TypeOf(a.Value).(*types.Class); !isClass {
		return nil
	}
	if c := e.info.ClassOf(e.info.TypeOf(a.Value)); c != nil {
		return c.Attr(a.Attr)
	}
	return nil
}

// classAttrValue is the Go that reads the class attribute sym.
func (e *emitter) classAttrValue(sym *infer.Symbol) jen.Code {
	if e.shared[sym] {
		return jen.Id(e.classes.attrs[sym]).Dot("Load").Call()
	}
	return jen.Id(e.classes.attrs[sym])
}

// sharedAttr is the shared class attribute that an attribute target of a
// store names (through its class or an instance), or nil.
func (e *emitter) sharedAttr(target ast.Expr) *infer.Symbol {
	a, ok := target.(*ast.Attribute)
	if !ok {
		return nil
	}
	c := e.info.ClassOf(e.info.TypeOf(a.Value))
	if c == nil {
		return nil
	}
	if _, isClass := e.info.TypeOf(a.Value).(*types.Class); !isClass {
		return nil
	}
	if sym := c.Attr(a.Attr); sym != nil && e.shared[sym] {
		return sym
	}
	return nil
}

// sharedDecl is the declaration of a shared local.
func (e *emitter) sharedDecl(sym *infer.Symbol) jen.Code {
	return jen.Var().Id(e.names.Local(sym)).Add(e.sharedType(sym.Type))
}

// sharedSym is the Shared global (or local) that target names, or nil.
func (e *emitter) sharedSym(target ast.Expr) *infer.Symbol {
	if name, ok := target.(*ast.Name); ok {
		if sym := e.info.Refs[name]; sym != nil && e.shared[sym] {
			return sym
		}
	}
	return nil
}

// sharedType is the Go type of a Shared global holding t: an int, the
// common counter, is atomic rather than locked.
func (e *emitter) sharedType(t types.Type) jen.Code {
	if t == types.Int {
		return patterns.Rt("SharedInt")
	}
	return patterns.Rt("Shared").Types(e.GoType(t))
}

// newShared is a shared class attribute's initial value.
func (e *emitter) newShared(t types.Type, value ast.Expr) jen.Code {
	if t == types.Int {
		return patterns.Rt("NewSharedInt").Call(e.ExprAs(value, t))
	}
	return patterns.Rt("NewShared").Types(e.GoType(t)).Call(e.ExprAs(value, t))
}

// sharedUpdate emits `target op= value` (inPlace) or `target = target op
// value` on a Shared global (or class attribute) named name as one
// Update.
func (e *emitter) sharedUpdate(name string, sym *infer.Symbol, op ast.Operator, value ast.Expr, inPlace bool) []jen.Code {
	return e.updateShared(jen.Id(name), sym.Type, op, value, inPlace)
}

// updateShared emits `target op= value` (inPlace) or `target = target op
// value` as one Update of the Shared (of Go type tt) that the code recv
// holds; SharedInt's Add for an int that gains or loses an int. In place,
// += and *= change a list itself, as list.__iadd__ does: `items += xs`
// extends it with any iterable.
func (e *emitter) updateShared(recv *jen.Statement, tt types.Type, op ast.Operator, value ast.Expr, inPlace bool) []jen.Code {
	vt := e.info.TypeOf(value)
	if tt == types.Int && vt == types.Int && (op == ast.Add || op == ast.Sub) {
		return []jen.Code{recv.Dot("Add").Call(e.addend(op, value))}
	}
	if !e.pureOperand(value) {
		tmp := e.names.Fresh("delta")
		e.pre = append(e.pre, jen.Id(tmp).Op(":=").Add(e.Expr(value)))
		value = e.typedGo(jen.Id(tmp), vt)
	}
	old := e.names.Fresh("old")
	var result jen.Code
	if ip := inPlaceOps[op]; inPlace && ip != "" && tt == types.Object && (op == ast.Mult || !types.IsNumber(vt) && vt != types.Bool) {
		result = patterns.Rt(ip).Call(jen.Id(old), e.ExprAs(value, types.Object))
	} else {
		result = e.binop(op, e.typedGo(jen.Id(old), tt), value, tt, vt, tt)
	}
	fn := jen.Func().Params(jen.Id(old).Add(e.GoType(tt))).Add(e.GoType(tt)).Block(jen.Return(result))
	return []jen.Code{recv.Dot("Update").Call(fn)}
}

// addend is the argument of SharedInt.Add for `x op= value`: value, or
// its negation for -=.
func (e *emitter) addend(op ast.Operator, value ast.Expr) jen.Code {
	if op == ast.Add {
		return e.Expr(value)
	}
	switch value.(type) {
	case *ast.Constant, *ast.Name:
		return jen.Op("-").Add(e.Expr(value))
	}
	return jen.Op("-").Parens(e.Expr(value))
}

// selfUpdate recognizes `x = x op v` on a Shared global or class
// attribute x, which CPython runs as one read-modify-write as it does `x
// op= v`; it returns the Update, or nil.
func (e *emitter) selfUpdate(target, value ast.Expr) []jen.Code {
	bin, ok := value.(*ast.BinOp)
	if !ok {
		return nil
	}
	if sym := e.sharedSym(target); sym != nil && e.sharedSym(bin.Left) == sym && !e.mentions(bin.Right, sym) {
		return e.sharedUpdate(e.symName(sym), sym, bin.Op, bin.Right, false)
	}
	if sym := e.sharedAttr(target); sym != nil && e.sharedAttr(bin.Left) == sym && e.pureOperand(bin.Right) {
		return e.sharedUpdate(e.classes.attrs[sym], sym, bin.Op, bin.Right, false)
	}
	if f := e.sharedField(target); f != nil && e.sameField(target, bin.Left) && e.pureOperand(bin.Right) {
		return e.updateShared(e.fieldRecv(target.(*ast.Attribute)), f.Type, bin.Op, bin.Right, false)
	}
	return nil
}

// sharedAug emits `x op= v` on a Shared global or class attribute, nil
// for other targets.
func (e *emitter) sharedAug(n *ast.AugAssign) []jen.Code {
	if sym := e.sharedSym(n.Target); sym != nil {
		return e.sharedUpdate(e.symName(sym), sym, n.Op, n.Value, true)
	}
	if sym := e.sharedAttr(n.Target); sym != nil {
		return e.sharedUpdate(e.classes.attrs[sym], sym, n.Op, n.Value, true)
	}
	if f := e.sharedField(n.Target); f != nil {
		return e.updateShared(e.fieldRecv(n.Target.(*ast.Attribute)), f.Type, n.Op, n.Value, true)
	}
	return nil
}

// typedGo is Go code standing for an expression of type t.
func (e *emitter) typedGo(code jen.Code, t types.Type) ast.Expr {
	g := &goExpr{code: code}
	e.info.Types[g] = t
	return g
}

// pureOperand reports whether x can be evaluated inside an update's
// function: it calls nothing and reads no Shared global.
func (e *emitter) pureOperand(x ast.Expr) bool {
	pure := true
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Call, *ast.Await, *ast.Lambda, *ast.ListComp, *ast.DictComp, *ast.SetComp, *ast.GeneratorExp, *ast.NamedExpr:
			pure = false
		case *ast.Name:
			pure = pure && e.sharedSym(n) == nil
		case *ast.Attribute:
			pure = pure && e.sharedAttr(n) == nil && e.sharedField(n) == nil
		}
		return pure
	})
	return pure
}

// mentions reports whether x reads sym.
func (e *emitter) mentions(x ast.Expr, sym *infer.Symbol) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if name, ok := n.(*ast.Name); ok && e.info.Refs[name] == sym {
			found = true
		}
		return !found
	})
	return found
}
