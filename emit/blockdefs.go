package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
)

// blockFuncDecls declares the Go functions of the module-level defs
// written inside compound statements (`with Executor() as ex: def job():
// ...` under `if __name__ == "__main__":`). Bound once, such a def is a
// package function like a def at the top; its def statement stays where
// it is and evaluates the defaults there.
func (e *emitter) blockFuncDecls(body []ast.Stmt) []jen.Code {
	var out []jen.Code
	for _, st := range body {
		for _, block := range ast.Blocks(st) {
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
