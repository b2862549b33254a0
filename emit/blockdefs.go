package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
)

// innerBlocks returns the statement lists a compound statement holds and
// runs in its own scope: the bodies of if, for, while, with and try, not
// those of def and class, which are scopes of their own.
func innerBlocks(st ast.Stmt) [][]ast.Stmt {
	switch n := st.(type) {
	case *ast.If:
		return [][]ast.Stmt{n.Body, n.Orelse}
	case *ast.For:
		return [][]ast.Stmt{n.Body, n.Orelse}
	case *ast.While:
		return [][]ast.Stmt{n.Body, n.Orelse}
	case *ast.With:
		return [][]ast.Stmt{n.Body}
	case *ast.Try:
		out := [][]ast.Stmt{n.Body, n.Orelse, n.Finalbody}
		for _, h := range n.Handlers {
			out = append(out, h.Body)
		}
		return out
	}
	return nil
}

// blockFuncDecls declares the Go functions of the module-level defs
// written inside compound statements (`with Executor() as ex: def job():
// ...` under `if __name__ == "__main__":`). Bound once, such a def is a
// package function like a def at the top; its def statement stays where
// it is and evaluates the defaults there.
func (e *emitter) blockFuncDecls(body []ast.Stmt) []jen.Code {
	var out []jen.Code
	for _, st := range body {
		for _, block := range innerBlocks(st) {
			for _, inner := range block {
				if def, ok := inner.(*ast.FunctionDef); ok && e.isPackageFunc(def) {
					out = append(out, e.funcDecl(def))
				}
			}
			out = append(out, e.blockFuncDecls(block)...)
		}
	}
	return out
}
