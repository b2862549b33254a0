package emit

import (
	"sort"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Subclasses of threading.local. An instance keeps one object per
// thread, its __init__ run again in each thread that touches it. The
// supported shape is the usual one: the instance lives in a module
// global, assigned once from the constructor. The global is a
// *py.Local[*Class] read with ctx.Get(), which gives the calling thread's
// object; methods see it as self. An instance held anywhere else (a local
// variable, a parameter, a container) is refused, since Go would share
// one object between threads.

// threadLocalClass is the class of t when t is an instance of a subclass
// of threading.local, nil otherwise.
func (e *emitter) threadLocalClass(t types.Type) *infer.Class {
	for c := e.info.ClassOf(t); c != nil; c = c.Base {
		if c.ThreadLocal {
			if _, ok := t.(*types.Instance); ok {
				return e.info.ClassOf(t)
			}
		}
	}
	return nil
}

// isLocalGlobal reports whether sym is a module global holding an
// instance of a threading.local subclass that functions share.
func (e *emitter) isLocalGlobal(sym *infer.Symbol) bool {
	return sym != nil && e.isPackageVar(sym) && e.threadLocalClass(sym.Type) != nil
}

// localGlobalType is the Go type of such a global.
func (e *emitter) localGlobalType(sym *infer.Symbol) jen.Code {
	return jen.Op("*").Add(patterns.Rt("Local")).Types(e.GoType(sym.Type))
}

// checkThreadLocals refuses every variable holding an instance of a
// threading.local subclass other than a shared module global, a local of
// the module body, or self in the class's methods.
func (e *emitter) checkThreadLocals() {
	var names []*ast.Name
	for n, sym := range e.info.Refs {
		if e.threadLocalClass(sym.Type) == nil || e.isLocalGlobal(sym) || e.isSelfParam(sym) {
			continue
		}
		if sym.Scope.Kind == infer.ModuleScope && !e.isPackageVar(sym) {
			continue
		}
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return names[i].Start() < names[j].Start() })
	seen := map[*infer.Symbol]bool{}
	for _, n := range names {
		if sym := e.info.Refs[n]; !seen[sym] {
			seen[sym] = true
			e.log.Errorf(n.Start(), "not supported yet: an instance of the threading.local subclass %s held in '%s' (only in a module global)",
				e.threadLocalClass(sym.Type).Name, n.ID)
		}
	}
}

// isSelfParam reports whether sym is the first parameter of a method.
func (e *emitter) isSelfParam(sym *infer.Symbol) bool {
	if !sym.Param {
		return false
	}
	m := e.info.MethodDefs[sym.Scope.Node]
	if m == nil || m.Kind == infer.StaticMethod || m.Kind == infer.ClassMethod {
		return false
	}
	f := e.info.Funcs[m.Def]
	return f != nil && len(f.Params) > 0 && f.Params[0] == sym
}

// assignLocalGlobal is `ctx = Ctx(args)` for such a global: a Local whose
// objects the constructor call makes, here and in every other thread. The
// arguments must be constants, since CPython evaluates them only once.
func (e *emitter) assignLocalGlobal(sym *infer.Symbol, value ast.Expr) []jen.Code {
	call, ok := value.(*ast.Call)
	if ok {
		_, ok = e.info.TypeOf(call.Func).(*types.Class)
	}
	if ok {
		for _, a := range call.Args {
			ok = ok && isConstant(a)
		}
		for _, k := range call.Keywords {
			ok = ok && isConstant(k.Value)
		}
	}
	if !ok {
		e.log.Errorf(value.Start(), "not supported yet: assigning a threading.local subclass instance other than by a constructor call with constant arguments")
		return nil
	}
	factory := jen.Func().Params().Add(e.GoType(sym.Type)).Block(jen.Return(e.ExprAs(value, sym.Type)))
	return []jen.Code{jen.Id(e.symName(sym)).Op("=").Add(patterns.Rt("NewLocal").Call(factory))}
}
