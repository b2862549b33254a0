package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// memoized reports whether def's only decorator is a caching one
// (@functools.lru_cache, @lru_cache(maxsize=None), @cache) and def is a
// module-level function, which the emitter can wrap in a runtime Memo.
func (e *emitter) memoized(def *ast.FunctionDef) bool {
	if len(def.Decorators) != 1 {
		return false
	}
	d := def.Decorators[0]
	if call, ok := d.(*ast.Call); ok {
		d = call.Func
	}
	if !patterns.IsMemoizer(e.libPath(d)) {
		return false
	}
	sym := e.info.Module.Symbols[def.Name]
	return sym != nil && sym.Def == def && sym.Stores == 1
}

// memoBody wraps a function's body so results come from a cache keyed by
// the arguments, declared as a package variable beside the function:
//
//	var fibCache = py.NewMemo[int, int]()
//	func fib(n int) int { return fibCache.Get(n, func() int { ... }) }
func (e *emitter) memoBody(def *ast.FunctionDef, name string, f *infer.Func, body []jen.Code) (jen.Code, []jen.Code) {
	if f.Result == types.None {
		e.log.Unsupported(def.Decorators[0].Start(), "a cached function that returns nothing")
		return nil, body
	}
	cache := e.names.Fresh(name + "Cache")
	var keyType, key jen.Code
	switch len(f.Params) {
	case 1:
		keyType, key = e.GoType(f.Params[0].Type), jen.Id(e.names.Local(f.Params[0]))
	default:
		items := make([]jen.Code, len(f.Params))
		for i, p := range f.Params {
			items[i] = jen.Id(e.names.Local(p))
		}
		keyType = jen.Index(jen.Lit(len(f.Params))).Add(patterns.Rt("Object"))
		key = jen.Index(jen.Lit(len(f.Params))).Add(patterns.Rt("Object")).Values(items...)
	}
	result := e.GoType(f.Result)
	decl := jen.Var().Id(cache).Op("=").Add(patterns.Rt("NewMemo").Types(keyType, result).Call())
	wrapped := []jen.Code{jen.Return(jen.Id(cache).Dot("Get").Call(key, jen.Func().Params().Add(result).Block(body...)))}
	return decl, wrapped
}

// libPath is the library name x refers to ("functools.lru_cache",
// "queue.Queue.get"), or "".
func (e *emitter) libPath(x ast.Expr) string {
	if m, ok := e.info.TypeOf(x).(*types.Module); ok {
		return m.Path
	}
	if a, ok := x.(*ast.Attribute); ok {
		switch t := e.info.TypeOf(a.Value).(type) {
		case *types.Module:
			return t.Path + "." + a.Attr
		case *types.Named:
			return t.Class + "." + a.Attr
		}
	}
	return ""
}
