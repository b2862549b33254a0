package patterns

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// Module globals are Go package variables, shared by every goroutine, but
// a worker process's writes to its globals stay in that process: a global
// set by a Pool initializer is per worker, and the parent never sees a
// worker's writes. Until generated code keeps such globals per process
// (the runtime's ProcessVar, read with Get and written with Set, copied
// from the parent when a worker starts), a function that runs in a worker
// process and declares a global is refused rather than miscompiled.

// refuseWorkerGlobals reports the call when the function fnArg, which
// runs in a worker process, declares module globals with a global
// statement.
func refuseWorkerGlobals(c *EmitCall, fnArg string) {
	fn := c.Args.Get(fnArg)
	if fn == nil {
		return
	}
	ft, ok := c.Env.TypeOf(fn).(*types.Func)
	if !ok {
		return
	}
	def, ok := ft.Def.(*ast.FunctionDef)
	if !ok {
		return
	}
	var names []string
	ast.InspectStmts(def.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef, *ast.ClassDef, *ast.Lambda:
			return false
		case *ast.Global:
			names = append(names, n.Names...)
		}
		return true
	})
	if len(names) > 0 {
		c.Env.Errorf(fn.Start(), "not supported yet: %s runs in a worker process and writes the module global %s (per-process globals)",
			ft.Name, strings.Join(names, ", "))
	}
}

// inWorker wraps an emit function so that the function arguments named
// by fnArgs are checked with refuseWorkerGlobals first.
func inWorker(emit func(*EmitCall) jen.Code, fnArgs ...string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		for _, a := range fnArgs {
			refuseWorkerGlobals(c, a)
		}
		return emit(c)
	}
}
