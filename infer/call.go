package infer

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// call types a call: to a user function (whose parameters learn the
// argument types), to a library entry (whose recognizer gives the type), or
// to a method of a list.
func (t *typer) call(n *ast.Call) types.Type {
	for _, a := range n.Args {
		t.expr(a)
	}
	for _, k := range n.Keywords {
		t.expr(k.Value)
	}
	if ct, ok := t.classBuiltinCall(n); ok {
		return ct
	}
	if attr, ok := n.Func.(*ast.Attribute); ok {
		return t.methodCall(n, attr)
	}
	t.advanced(n)
	return t.callValue(t.expr(n.Func), n)
}

func (t *typer) methodCall(n *ast.Call, attr *ast.Attribute) types.Type {
	rt := t.expr(attr.Value)
	if rt == types.Unknown {
		return types.Unknown
	}
	if ct, ok := t.classMethodCall(n, attr, rt); ok {
		return ct
	}
	switch r := rt.(type) {
	case *types.Module:
		return t.libCall(r.Path+"."+attr.Attr, n, nil)
	case *types.Named:
		return t.libCall(r.Class+"."+attr.Attr, n, r)
	case *types.List:
		if attr.Attr != "append" && attr.Attr != "extend" && attr.Attr != "insert" && patterns.Lookup("list."+attr.Attr) != nil {
			return t.libCall("list."+attr.Attr, n, r)
		}
		return t.listMethod(n, attr, r)
	case *types.Iter:
		if attr.Attr == "aclose" && len(n.Args) == 0 {
			// An async generator's aclose() is a coroutine giving None.
			return &types.Named{Class: CoroClass, Args: []types.Type{types.None}}
		}
	}
	if rt == types.Str {
		return t.libCall("str."+attr.Attr, n, rt)
	}
	return types.Object
}

// listMethod types the methods of a list held in a Go slice, and widens
// the list's element type when something of another type goes in.
func (t *typer) listMethod(n *ast.Call, attr *ast.Attribute, l *types.List) types.Type {
	var in types.Type
	switch attr.Attr {
	case "append":
		if len(n.Args) == 1 {
			in = t.info.Types[n.Args[0]]
		}
	case "extend":
		if len(n.Args) == 1 {
			in = types.Elem(t.info.Types[n.Args[0]])
		}
	case "insert":
		if len(n.Args) == 2 {
			in = t.info.Types[n.Args[1]]
		}
	case "pop":
		return l.Elem
	case "index", "count":
		return types.Int
	default:
		return types.None
	}
	if name, ok := attr.Value.(*ast.Name); ok && in != nil {
		t.setSym(t.info.Lookup(t.scope, name.ID), &types.List{Elem: in})
	}
	return types.None
}

func (t *typer) callValue(ft types.Type, n *ast.Call) types.Type {
	switch f := ft.(type) {
	case *types.Func:
		return t.userCall(t.funcOf(f), n)
	case *types.Module:
		return t.libCall(f.Path, n, nil)
	case *types.Class:
		return t.construct(f, n)
	case *types.Instance:
		if ct, ok := t.classCall(f, n); ok {
			return ct
		}
	case *types.Named:
		// A callable library object (a namedtuple class).
		if patterns.Lookup(f.Class+".__call__") != nil {
			return t.libCall(f.Class+".__call__", n, f)
		}
	}
	if ft == types.Unknown {
		return types.Unknown
	}
	return types.Object
}

// funcOf is the function a function value calls, marked as called.
func (t *typer) funcOf(ft *types.Func) *Func {
	if f := t.info.Funcs[ft.Def.(ast.Node)]; f != nil {
		f.Called = true
	}
	return t.info.FuncValue(ft)
}

// libCall types a call of a library entry. Calls to names no recognizer
// knows are reported by the emitter, which sees the whole statement.
func (t *typer) libCall(path string, n *ast.Call, recv types.Type) types.Type {
	e := patterns.Lookup(path)
	if e == nil || e.Sig == nil || e.Type == nil {
		return types.Object
	}
	b, err := e.Sig.Bind(n)
	if err != nil {
		return types.Object
	}
	t.noteWorkers(path, b)
	t.noteThreads(path, b)
	return e.Type(&patterns.TypeCall{Call: n, Recv: recv, Args: b, Env: t})
}

// userCall binds the call's arguments to the function's parameters as
// Python does and returns the function's result type.
func (t *typer) userCall(f *Func, n *ast.Call) types.Type {
	if f == nil {
		return types.Object
	}
	f.Called = true
	params := PositionalParams(f)
	bound := map[*Symbol]bool{}
	for i, a := range n.Args {
		if i < len(params) {
			t.setSym(params[i], t.info.Types[a])
			bound[params[i]] = true
		}
	}
	for _, k := range n.Keywords {
		if sym := f.Scope.Symbols[k.Arg]; sym != nil && sym.Param {
			t.setSym(sym, t.info.Types[k.Value])
			bound[sym] = true
		}
	}
	t.useDefaults(f, bound)
	return f.Result
}

// CallResult implements patterns.TypeEnv: a library calls fn with
// arguments of the given types.
func (t *typer) CallResult(fn ast.Expr, args []types.Type) types.Type {
	return t.CallResultKw(fn, args, nil)
}

// CallResultKw implements patterns.TypeEnv: CallResult with keyword
// arguments, which bind the parameters they name.
func (t *typer) CallResultKw(fn ast.Expr, args []types.Type, kw map[string]types.Type) types.Type {
	ft := t.expr(fn)
	if call := t.info.CallMethodOf(ft); call != nil {
		ft = call // an object whose class defines __call__: map(adder, xs)
	}
	switch f := ft.(type) {
	case *types.Func:
		uf := t.funcOf(f)
		params := PositionalParams(uf)
		bound := map[*Symbol]bool{}
		for i, at := range args {
			if i < len(params) {
				t.setSym(params[i], at)
				bound[params[i]] = true
			}
		}
		for name, at := range kw {
			if sym := uf.Scope.Symbols[name]; sym != nil && sym.Param {
				t.setSym(sym, at)
				bound[sym] = true
			}
		}
		t.useDefaults(uf, bound)
		return uf.Result
	case *types.Module:
		if e := patterns.Lookup(f.Path); e != nil && e.NoValue {
			return types.None
		}
		if rt := t.libCallback(fn, f.Path, args); rt != nil {
			return rt
		}
	}
	return types.Object
}

// typedArg stands for an argument of a given type in a call a library
// makes, which inference types as if the program made it.
type typedArg struct{ ast.ExprBase }

// libCallback types the call a library makes of the library function
// fn (path) with arguments of types args, and records the result in
// Info.LibCallbacks; nil when it cannot be typed.
func (t *typer) libCallback(fn ast.Expr, path string, args []types.Type) types.Type {
	if len(args) == 0 {
		return nil
	}
	call := &ast.Call{ExprBase: ast.ExprBase{Base: ast.Base{P: fn.Start()}}, Func: fn}
	for _, at := range args {
		arg := &typedArg{ExprBase: ast.ExprBase{Base: ast.Base{P: fn.Start()}}}
		t.info.Types[arg] = at
		call.Args = append(call.Args, arg)
	}
	var rt types.Type
	if method := patterns.BuiltinMethod(path); method != "" {
		if args[0] != types.Str {
			return nil // a method of a value the runtime calls by name
		}
		call.Args = call.Args[1:]
		rt = t.libCall("str."+method, call, types.Str)
	} else {
		rt = t.libCall(path, call, nil)
	}
	if rt == nil || rt == types.Unknown {
		return nil
	}
	if t.info.LibCallbacks == nil {
		t.info.LibCallbacks = map[ast.Expr]types.Type{}
	}
	if old, ok := t.info.LibCallbacks[fn]; !ok || !types.Equal(old, rt) {
		t.info.LibCallbacks[fn] = rt
		t.changed = true
	}
	return rt
}

func (t *typer) useDefaults(f *Func, bound map[*Symbol]bool) {
	for _, p := range f.Params {
		if !bound[p] {
			if _, has := f.Defaults[p]; has && !f.DefaultUsed[p] {
				f.DefaultUsed[p] = true
				t.changed = true
			}
		}
	}
}

// PositionalParams lists the parameters a call can fill by position.
func PositionalParams(f *Func) []*Symbol {
	var args *ast.Arguments
	switch n := f.Node.(type) {
	case *ast.FunctionDef:
		args = n.Args
	case *ast.Lambda:
		args = n.Args
	}
	var out []*Symbol
	for _, p := range append(append([]*ast.Arg{}, args.PosOnly...), args.Args...) {
		out = append(out, f.Scope.Symbols[p.Name])
	}
	if f.Skip > len(out) {
		return nil
	}
	return out[f.Skip:]
}

// TypeOf implements patterns.TypeEnv.
func (t *typer) TypeOf(e ast.Expr) types.Type {
	if typ, ok := t.info.Types[e]; ok {
		return typ
	}
	return t.expr(e)
}

// Errorf implements patterns.TypeEnv; problems are reported once, in the
// final pass, so the fixpoint's repeated rounds do not repeat them.
func (t *typer) Errorf(p ast.Pos, format string, a ...any) {
	if t.final {
		t.info.Log.Errorf(p, format, a...)
	}
}

// advanced marks a variable passed to next() as an iterator object, so
// that next() and loops over it share one position.
func (t *typer) advanced(n *ast.Call) {
	fn, ok := n.Func.(*ast.Name)
	if !ok || fn.ID != "next" || t.info.Lookup(t.scope, "next") != nil || len(n.Args) == 0 {
		return
	}
	arg, ok := n.Args[0].(*ast.Name)
	if !ok {
		return
	}
	sym := t.info.Lookup(t.scope, arg.ID)
	if sym == nil || sym.Stateful {
		return
	}
	sym.Stateful = true
	if it, ok := sym.Type.(*types.Iter); ok {
		sym.Type = patterns.Iterator(it.Elem)
		t.changed = true
	}
}
