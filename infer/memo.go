package infer

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/patterns"
)

// transparentDecorators reports whether n's only decorator caches results
// (@functools.lru_cache, @lru_cache(maxsize=None), @cache): the name then
// still binds the function itself, typed as the def, and the emitter wraps
// its body in a cache.
func transparentDecorators(s *Scope, n *ast.FunctionDef) bool {
	if len(n.Decorators) != 1 {
		return false
	}
	d := n.Decorators[0]
	if call, ok := d.(*ast.Call); ok {
		d = call.Func
	}
	return patterns.IsMemoizer(importPath(s, d))
}

// importPath is the library name an expression made of imported names and
// attributes refers to ("functools.lru_cache"), or "".
func importPath(s *Scope, x ast.Expr) string {
	switch x := x.(type) {
	case *ast.Name:
		for sc := s; sc != nil; sc = sc.Parent {
			if sym := sc.Symbols[x.ID]; sym != nil {
				return sym.Import
			}
		}
	case *ast.Attribute:
		if p := importPath(s, x.Value); p != "" {
			return p + "." + x.Attr
		}
	}
	return ""
}
