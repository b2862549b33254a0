package parser

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/diag"
)

// maxDepth is how deeply statements and expressions may nest: CPython's
// compiler gives up beyond it (its recursion limit of 1000 times its stack
// frame scale of 3) with "RecursionError: maximum recursion depth exceeded
// during compilation". A 100,000-term sum is such a program; refusing it
// here also keeps the later stages, and gofmt's quadratic walk over long
// operator chains, from spending minutes on it.
const maxDepth = 3000

// checkDepth reports the first node nested deeper than maxDepth.
func checkDepth(m *ast.Module, log *diag.Log) bool {
	var deep ast.Node
	var walk func(n ast.Node, depth int)
	walk = func(n ast.Node, depth int) {
		if deep != nil {
			return
		}
		switch n.(type) {
		case ast.Stmt, ast.Expr:
			depth++
		}
		if depth > maxDepth {
			deep = n
			return
		}
		for _, c := range ast.Children(n) {
			walk(c, depth)
		}
	}
	for _, s := range m.Body {
		walk(s, 0)
	}
	if deep == nil {
		return true
	}
	log.Errorf(deep.Start(), "maximum recursion depth exceeded during compilation (statements and expressions nest deeper than CPython's limit of %d)", maxDepth)
	return false
}
