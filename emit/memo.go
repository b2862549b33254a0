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
	cache := e.memoCache(def)
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
	decl := jen.Var().Id(cache).Op("=").Add(e.newMemo(def.Decorators[0], keyType, result))
	wrapped := []jen.Code{jen.Return(jen.Id(cache).Dot("Get").Call(key, jen.Func().Params().Add(result).Block(body...)))}
	return decl, wrapped
}

// memoCache is the name of the package variable holding def's cache.
func (e *emitter) memoCache(def *ast.FunctionDef) string {
	if name, ok := e.memoCaches[def]; ok {
		return name
	}
	if e.memoCaches == nil {
		e.memoCaches = map[*ast.FunctionDef]string{}
	}
	name := e.names.Fresh(e.names.Package(e.info.Module.Symbols[def.Name]) + "Cache")
	e.memoCaches[def] = name
	return name
}

// newMemo makes the cache a caching decorator asks for: unbounded for
// @cache and lru_cache(maxsize=None), else an LRU cache of lru_cache's
// maxsize (128 when left out), whose statistics cache_info() shows.
func (e *emitter) newMemo(dec ast.Expr, keyType, result jen.Code) jen.Code {
	unbounded := patterns.Rt("NewMemo").Types(keyType, result).Call()
	if e.libPath(dec) == "functools.cache" {
		return unbounded
	}
	var size ast.Expr
	if call, ok := dec.(*ast.Call); ok {
		size = argOrKeyword(call, 0, "maxsize")
	}
	if c, ok := size.(*ast.Constant); ok && c.Kind == ast.ConstNone {
		return unbounded
	}
	var maxsize jen.Code = jen.Lit(128)
	if size != nil {
		maxsize = e.ExprAs(size, types.Int)
	}
	return patterns.Rt("NewLRUMemo").Types(keyType, result).Call(maxsize)
}

// argOrKeyword is the call's argument at position i or given as keyword
// name, nil when neither is there.
func argOrKeyword(call *ast.Call, i int, name string) ast.Expr {
	if i < len(call.Args) {
		return call.Args[i]
	}
	for _, k := range call.Keywords {
		if k.Arg == name {
			return k.Value
		}
	}
	return nil
}

// memoMethod emits f.cache_info() and f.cache_clear() of a memoized
// function f; it reports false for other calls.
func (e *emitter) memoMethod(n *ast.Call, attr *ast.Attribute) (jen.Code, bool) {
	ft, ok := e.info.TypeOf(attr.Value).(*types.Func)
	if !ok || attr.Attr != "cache_info" && attr.Attr != "cache_clear" || len(n.Args)+len(n.Keywords) > 0 {
		return nil, false
	}
	def, ok := ft.Def.(*ast.FunctionDef)
	if !ok || !e.memoized(def) {
		return nil, false
	}
	method := map[string]string{"cache_info": "Info", "cache_clear": "Clear"}[attr.Attr]
	return jen.Id(e.memoCache(def)).Dot(method).Call(), true
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
