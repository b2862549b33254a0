package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// memoizers are the decorators that cache a function's results; the
// emitter wraps the function's body in a runtime Memo.
var memoizers = map[string]bool{"functools.lru_cache": true, "functools.cache": true}

// IsMemoizer reports whether the library callable at path is a caching
// decorator (functools.lru_cache, functools.cache).
func IsMemoizer(path string) bool { return memoizers[path] }

func init() {
	Register(&Recognizer{
		Name: "functools",
		Doc: "functools: reduce (typed), @lru_cache and @cache on module-level functions, partial of the program's " +
			"functions and lambdas, @wraps in decorators, cmp_to_key as a sort key.",
		Modules: []string{"functools"},
		Entries: []*Entry{
			fn("functools.reduce", "function, iterable, initial=None, /", typeOfReduce, emitReduce),
			fn("functools.lru_cache", "maxsize=128, typed=False", returns(types.Object), decoratorOnly),
			fn("functools.cache", "user_function, /", returns(types.Object), decoratorOnly),
			fn("functools.wraps", "wrapped, assigned=None, updated=None", returns(named(WrapsClass)), func(c *EmitCall) jen.Code {
				c.Env.Errorf(c.Call.Start(), "not supported yet: functools.wraps() other than as the decorator of a def")
				return jen.Nil()
			}),
			fn("functools.cmp_to_key", "mycmp", returns(named(keyWrapper)), func(c *EmitCall) jen.Code {
				c.Env.Errorf(c.Call.Start(), "not supported yet: functools.cmp_to_key() other than as key= of sorted, list.sort, min or max")
				return jen.Nil()
			}),
			// partial calls of the program's functions became lambdas
			// (infer/partial.go); what is left here is refused.
			fn("functools.partial", "func, /, *args, **keywords", returns(types.Object), func(c *EmitCall) jen.Code {
				c.Env.Errorf(c.Call.Start(), "not supported yet: functools.partial of this callable (only of a function "+
					"of the program or a lambda without *args or **kwargs, with arguments that fit its parameters)")
				return jen.Nil()
			}),
		},
	})
}

// WrapsClass is the type of functools.wraps(f), which a def may only be
// decorated with: the emitter copies f's __name__ and __doc__ to the def's
// function at run time (emit/funcattr.go).
const WrapsClass = "functools.wraps"

// keyWrapper is the type of what functools.cmp_to_key returns.
const keyWrapper = "functools.KeyWrapper"

// cmpToKeyFunc returns mycmp when fn is the call cmp_to_key(mycmp).
func cmpToKeyFunc(env interface{ TypeOf(ast.Expr) types.Type }, fn ast.Expr) (ast.Expr, bool) {
	call, ok := fn.(*ast.Call)
	if n, isNamed := env.TypeOf(fn).(*types.Named); !ok || !isNamed || n.Class != keyWrapper || len(call.Args) != 1 {
		return nil, false
	}
	return call.Args[0], true
}

func decoratorOnly(c *EmitCall) jen.Code {
	c.Env.Errorf(c.Call.Start(), "not supported yet: %s outside a decorator of a module-level function", c.Env.FuncName(c.Call.Func))
	return jen.Nil()
}

func typeOfReduce(c *TypeCall) types.Type {
	elem := elemOf(c.Type("iterable"))
	if init := c.Type("initial"); init != nil {
		return c.Env.CallResult(c.Args.Get("function"), []types.Type{init, elem})
	}
	c.Env.CallResult(c.Args.Get("function"), []types.Type{elem, elem})
	return elem
}

func emitReduce(c *EmitCall) jen.Code {
	s, elem := seqElem(c.Env, c.Args.Get("iterable"))
	if init := c.Args.Get("initial"); init != nil {
		return Rt("ReduceInit").Call(c.Env.Callback(c.Args.Get("function"), []types.Type{c.Env.TypeOf(init), elem}), s,
			c.Env.ExprAs(init, c.Result))
	}
	return Rt("Reduce").Call(c.Env.Callback(c.Args.Get("function"), []types.Type{elem, elem}), s)
}
