package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
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
	if e.isProcessGlobal(sym) {
		return jen.Id(e.symName(sym)).Dot("Get").Call()
	}
	return jen.Id(e.symName(sym))
}

// symStore is the Go that the variable sym is assigned through.
func (e *emitter) symStore(sym *infer.Symbol) jen.Code {
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
