package infer

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/diag"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// A @contextlib.contextmanager generator is rewritten, before anything
// else looks at the program, into the undecorated generator, each call of
// which is wrapped in the library's context manager class:
//
//	@contextmanager                     def opened(path): ... yield f ...
//	def opened(path): ... yield f ...   with _contextlib_gcm._GeneratorContextManager(opened(p)) as f:
//	with opened(p) as f:
//
// (the module gets `import contextlib as _contextlib_gcm`), so inference
// types the generator as any other and the with statement binds what it
// yields. Only a function that the program calls and never uses
// otherwise is rewritten; its yield may not be inside a try with except
// clauses, since the runtime stops the generator rather than throwing
// the with body's exception into it. Other uses are reported.

// gcmModule is the name the rewrite imports contextlib as.
const gcmModule = "_contextlib_gcm"

// desugarContextManagers rewrites the @contextmanager functions of mod,
// and the @asynccontextmanager async generators the same way, into the
// library's _AsyncGeneratorContextManager.
func desugarContextManagers(mod *ast.Module, log *diag.Log) {
	sync := desugarDecorated(mod, log, "contextmanager", false, "_GeneratorContextManager")
	async := desugarDecorated(mod, log, "asynccontextmanager", true, "_AsyncGeneratorContextManager")
	if sync || async {
		imp := &ast.Import{Names: []*ast.Alias{{Name: "contextlib", AsName: gcmModule}}}
		mod.Body = append([]ast.Stmt{imp}, mod.Body...)
	}
}

// desugarDecorated rewrites the generators decorated with contextlib's
// decorator (async defs when async is set) into calls of class, and
// reports whether it rewrote any.
func desugarDecorated(mod *ast.Module, log *diag.Log, decorator string, async bool, class string) bool {
	names, modules := importedAs(mod, "contextlib", decorator)
	if len(names) == 0 && len(modules) == 0 {
		return false
	}
	idents := identifiers(mod)
	defs := map[string]*ast.FunctionDef{}
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		def, ok := n.(*ast.FunctionDef)
		if ok && len(def.Decorators) == 1 && isImported(def.Decorators[0], names, modules, decorator) &&
			yields(def.Body) && def.Async == async {
			defs[def.Name] = def
		}
		return true
	})
	calls := callsOf(mod, defs)
	for name, def := range defs {
		if len(calls[name]) != idents[name]-2 {
			log.Errorf(def.Decorators[0].Start(), "not supported yet: a @%s function used other than by calling it, or bound twice", decorator)
			delete(defs, name)
			continue
		}
		if at, bad := yieldInTryExcept(def.Body, false); bad {
			log.Errorf(at, "not supported yet: a @%s generator that yields inside a try with except clauses", decorator)
			delete(defs, name)
			continue
		}
		def.Decorators = nil
		for _, call := range calls[name] {
			inner := *call
			*call = ast.Call{ExprBase: call.ExprBase, Args: []ast.Expr{&inner},
				Func: &ast.Attribute{ExprBase: call.ExprBase, Attr: class, Ctx: ast.Load,
					Value: &ast.Name{ExprBase: call.ExprBase, ID: gcmModule, Ctx: ast.Load}}}
		}
	}
	return len(defs) > 0
}

// callsOf lists, for each function of defs, the calls naming it.
func callsOf(mod *ast.Module, defs map[string]*ast.FunctionDef) map[string][]*ast.Call {
	out := map[string][]*ast.Call{}
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		if c, ok := n.(*ast.Call); ok {
			if name, ok := c.Func.(*ast.Name); ok && defs[name.ID] != nil && name.Ctx == ast.Load {
				out[name.ID] = append(out[name.ID], c)
			}
		}
		return true
	})
	return out
}

// yieldInTryExcept finds a yield inside the body of a try statement with
// except clauses (inTry says body is one), outside nested functions.
func yieldInTryExcept(body []ast.Stmt, inTry bool) (ast.Pos, bool) {
	for _, st := range body {
		if t, ok := st.(*ast.Try); ok {
			if at, bad := yieldInTryExcept(t.Body, inTry || len(t.Handlers) > 0); bad {
				return at, true
			}
			for _, h := range t.Handlers {
				if at, bad := yieldInTryExcept(h.Body, inTry); bad {
					return at, true
				}
			}
			for _, b := range [][]ast.Stmt{t.Orelse, t.Finalbody} {
				if at, bad := yieldInTryExcept(b, inTry); bad {
					return at, true
				}
			}
			continue
		}
		var at ast.Pos
		found := false
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
				return false
			case *ast.Try:
				if a, bad := yieldInTryExcept([]ast.Stmt{n}, inTry); bad && !found {
					at, found = a, true
				}
				return false
			case *ast.Yield, *ast.YieldFrom:
				if inTry && !found {
					at, found = n.Start(), true
				}
			}
			return !found
		})
		if found {
			return at, true
		}
	}
	return 0, false
}

// enterType is what `with x as y` binds: the library objects py2go knows
// (executors, pools, locks) return themselves from __enter__, except those
// whose __enter__ entry says it returns a value of its own.
func (t *typer) enterType(ct types.Type, async bool) types.Type {
	n, ok := ct.(*types.Named)
	if !ok {
		return types.Object
	}
	enter := ".__enter__"
	if async {
		enter = ".__aenter__"
	}
	if e := patterns.Lookup(n.Class + enter); e != nil && e.EntersValue {
		return e.Type(&patterns.TypeCall{Recv: n, Env: t})
	}
	return ct
}
