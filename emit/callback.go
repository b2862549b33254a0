package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// resultUse says what a library does with the result of a function it
// is handed: a mapper (executor.map, map, Pool.map) keeps it, so a
// function returning None must still return a value there (nil, Python's
// None); a handler (add_done_callback, apply_async's callback) drops it,
// so its Go func must return nothing, whatever the Python function returns.
type resultUse int

const (
	resultKept resultUse = iota
	resultDropped
)

// Callback implements patterns.EmitEnv.
// A user function whose parameters have other types is wrapped in a func
// literal that converts the arguments.
func (e *emitter) Callback(fn ast.Expr, params []types.Type) jen.Code {
	return e.callback(fn, params, resultKept)
}

// Handler implements patterns.EmitEnv.
func (e *emitter) Handler(fn ast.Expr, params []types.Type) jen.Code {
	return e.callback(fn, params, resultDropped)
}

// callback emits fn as a Go func value taking params whose result is used
// as use says.
func (e *emitter) callback(fn ast.Expr, params []types.Type, use resultUse) jen.Code {
	if call := e.info.CallMethodOf(e.info.TypeOf(fn)); call != nil {
		// An object whose class defines __call__ is its bound method.
		method := &ast.Attribute{ExprBase: ast.ExprBase{Base: ast.Base{P: fn.Start()}}, Value: fn, Attr: "__call__", Ctx: ast.Load}
		e.info.Types[method] = call
		fn = method
	}
	ft, ok := e.info.TypeOf(fn).(*types.Func)
	if m, isLib := e.info.TypeOf(fn).(*types.Module); isLib && patterns.CallableValue(m.Path) && len(params) > 0 {
		return e.libCallback(fn, params, use)
	}
	if !ok && e.info.TypeOf(fn) == types.Object && len(params) > 0 {
		return e.dynamicCallback(fn, params, use)
	}
	if !ok {
		return e.Expr(fn)
	}
	f := e.info.FuncValue(ft)
	fits := (f.Result == types.None) == (use == resultDropped)
	defaults, ok := e.trailingDefaults(f, len(params))
	if !ok {
		return e.Expr(fn)
	}
	plain := len(defaults) == 0 && sameParamTypes(f, params) && !e.copiesAcross(fn, f, params) && !e.copiesReceiver(fn, ft)
	if plain && fits {
		return e.Expr(fn)
	}
	if lam, isLambda := fn.(*ast.Lambda); isLambda && plain {
		return e.lambdaFor(lam, use)
	}
	callee := e.callbackCallee(fn, ft)
	var decl, args []jen.Code
	for i, p := range f.Params[:len(params)] {
		name := e.names.Fresh("p")
		decl = append(decl, jen.Id(name).Add(e.GoType(params[i])))
		var code jen.Code = jen.Id(name)
		if e.copiesParam(fn, params[i], p.Type) {
			code = patterns.Rt("ProcessCopy").Call(code)
		}
		arg := &goExpr{code: code}
		e.info.Types[arg] = params[i]
		args = append(args, e.ExprAs(arg, p.Type))
	}
	call := e.copiedResult(fn, jen.Add(callee).Call(append(args, defaults...)...), f.Result)
	switch {
	case use == resultDropped:
		return jen.Func().Params(decl...).Block(call)
	case f.Result == types.None:
		return jen.Func().Params(decl...).Add(patterns.Rt("Object")).Block(call, jen.Return(jen.Nil()))
	}
	return jen.Func().Params(decl...).Add(e.GoType(f.Result)).Block(jen.Return(call))
}

// libCallback is a library function handed to a library as a callback
// (executor.map(str, xs), pool.map(abs, xs)): a func literal taking
// params that calls it as the program would, returning the type
// inference gave that call (Info.LibCallbacks), an Object when none.
// dynamicCallback is a callable of unproven type (a bound method of a
// dynamic value, hits.append) as a Go func taking params: the runtime
// calls it, evaluated once, where the library asks for it.
func (e *emitter) dynamicCallback(fn ast.Expr, params []types.Type, use resultUse) jen.Code {
	callee := e.names.Fresh("fn")
	e.pre = append(e.pre, jen.Id(callee).Op(":=").Add(e.Expr(fn)))
	var decl, args []jen.Code
	for _, pt := range params {
		name := e.names.Fresh("p")
		decl = append(decl, jen.Id(name).Add(e.GoType(pt)))
		arg := &goExpr{code: jen.Id(name)}
		e.info.Types[arg] = pt
		args = append(args, e.ExprAs(arg, types.Object))
	}
	call := patterns.Rt("Call").Call(append([]jen.Code{jen.Id(callee)}, args...)...)
	if use == resultDropped {
		return jen.Func().Params(decl...).Block(call)
	}
	return jen.Func().Params(decl...).Add(patterns.Rt("Object")).Block(jen.Return(call))
}

func (e *emitter) libCallback(fn ast.Expr, params []types.Type, use resultUse) jen.Code {
	fake := &ast.Call{ExprBase: ast.ExprBase{Base: ast.Base{P: fn.Start()}}, Func: fn}
	var decl []jen.Code
	for _, pt := range params {
		name := e.names.Fresh("p")
		decl = append(decl, jen.Id(name).Add(e.GoType(pt)))
		arg := &goExpr{code: jen.Id(name)}
		e.info.Types[arg] = pt
		fake.Args = append(fake.Args, arg)
	}
	m := e.info.TypeOf(fn).(*types.Module)
	if method := patterns.BuiltinMethod(m.Path); method != "" {
		// str.lower(p): the method of the first argument.
		recv := &ast.Attribute{ExprBase: fake.ExprBase, Value: fake.Args[0], Attr: method}
		fake.Func, fake.Args = recv, fake.Args[1:]
	}
	result, typed := e.info.LibCallbacks[fn]
	if !typed || result == types.None {
		result = types.Object
	}
	e.info.Types[fake] = result
	if use == resultDropped {
		return jen.Func().Params(decl...).Block(e.callStmt(fake))
	}
	if ent := patterns.Lookup(m.Path); ent != nil && ent.NoValue {
		// print() handed to map() returns None.
		return jen.Func().Params(decl...).Add(patterns.Rt("Object")).Block(e.callStmt(fake), jen.Return(jen.Nil()))
	}
	call := e.ExprAs(fake, result)
	return jen.Func().Params(decl...).Add(e.GoType(result)).Block(jen.Return(call))
}

// lambdaFor emits a lambda whose result the library uses otherwise than
// its type says: a lambda returning None that a mapper calls returns
// Object (nil after its body runs), and one returning a value that a
// handler calls evaluates its body as a statement and returns nothing.
func (e *emitter) lambdaFor(n *ast.Lambda, use resultUse) jen.Code {
	f := e.info.Funcs[n]
	save := f.Result
	defer func() { f.Result = save }()
	if !e.lambdaOK(n) {
		return jen.Nil()
	}
	at := ast.StmtBase{Base: ast.Base{P: n.Body.Start()}}
	body := []ast.Stmt{&ast.ExprStmt{StmtBase: at, Value: n.Body}}
	if use == resultDropped {
		f.Result = types.None
		return e.lambdaBody(n, body)
	}
	f.Result = types.Object
	none := &ast.Constant{ExprBase: ast.ExprBase{Base: ast.Base{P: n.Body.Start()}}, Kind: ast.ConstNone}
	e.info.Types[none] = types.None
	return e.lambdaBody(n, append(body, &ast.Return{StmtBase: at, Value: none}))
}

// trailingDefaults returns the defaults of f's parameters after the first
// n, which a callback given n arguments leaves out; false when one of them
// has no default (or is *args or **kwargs).
func (e *emitter) trailingDefaults(f *infer.Func, n int) ([]jen.Code, bool) {
	if len(f.Params) < n {
		return nil, false
	}
	var out []jen.Code
	for _, p := range f.Params[n:] {
		if p == f.Vararg || p == f.Kwarg {
			return nil, false
		}
		code, ok := e.defaultArg(f, p)
		if !ok {
			return nil, false
		}
		out = append(out, code)
	}
	return out, true
}

// sameParamTypes reports whether f's parameters have exactly the types
// params.
func sameParamTypes(f *infer.Func, params []types.Type) bool {
	for i, p := range f.Params {
		if !types.Equal(p.Type, params[i]) {
			return false
		}
	}
	return true
}
