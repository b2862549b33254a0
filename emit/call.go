package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// callStmt emits a call whose value is not used.
func (e *emitter) callStmt(n *ast.Call) jen.Code {
	return e.call(n)
}

// callValue emits a call whose value is used. A user function that
// returns None is a Go function without a result, so its call, used as a
// value (results.append(log(x)), q.put(work(i))), becomes a function
// literal that calls it and gives None.
func (e *emitter) callValue(n *ast.Call) jen.Code {
	ft, ok := e.info.TypeOf(n.Func).(*types.Func)
	if !ok || ft.Def == nil {
		return e.call(n)
	}
	f := e.info.FuncValue(ft)
	if f == nil || f.Result != types.None || f.Async || f.Generator {
		return e.call(n)
	}
	return jen.Func().Params().Add(patterns.Rt("Object")).Block(e.call(n), jen.Return(jen.Nil())).Call()
}

// call emits a call to a user function, a library entry or a list method.
func (e *emitter) call(n *ast.Call) jen.Code {
	if code, ok := e.classBuiltinCall(n); ok {
		return code
	}
	if attr, ok := n.Func.(*ast.Attribute); ok {
		if code, ok := e.classMethodCall(n, attr); ok {
			return code
		}
		if code, ok := e.memoMethod(n, attr); ok {
			return code
		}
		switch rt := e.info.TypeOf(attr.Value).(type) {
		case *types.Module:
			return e.libCall(rt.Path+"."+attr.Attr, n, nil)
		case *types.Named:
			return e.libCall(rt.Class+"."+attr.Attr, n, attr.Value)
		case *types.List:
			if attr.Attr != "append" && attr.Attr != "extend" && patterns.Lookup("list."+attr.Attr) != nil {
				return e.libCall("list."+attr.Attr, n, attr.Value)
			}
			return e.listMethod(n, attr)
		case *types.Iter:
			if attr.Attr == "aclose" {
				return e.aclose(n, attr)
			}
		}
		if e.info.TypeOf(attr.Value) == types.Str {
			return e.libCall("str."+attr.Attr, n, attr.Value)
		}
		return e.dynamicMethod(n, attr)
	}
	switch ft := e.info.TypeOf(n.Func).(type) {
	case *types.Func:
		return e.userCall(e.info.FuncValue(ft), n)
	case *types.Module:
		return e.libCall(ft.Path, n, nil)
	case *types.Class:
		return e.construct(ft, n)
	case *types.Instance:
		if code, ok := e.classCall(n); ok {
			return code
		}
	case *types.Named:
		if patterns.Lookup(ft.Class+".__call__") != nil {
			return e.libCall(ft.Class+".__call__", n, n.Func)
		}
	}
	return e.dynamicCall(n)
}

func (e *emitter) libCall(path string, n *ast.Call, recv ast.Expr) jen.Code {
	ent := patterns.Lookup(path)
	if ent == nil || ent.Sig == nil || ent.Emit == nil {
		e.log.Unsupported(n.Start(), path+"()")
		return jen.Nil()
	}
	b, err := ent.Sig.Bind(n)
	if err != nil {
		e.log.Errorf(n.Start(), "%v", err)
		return jen.Nil()
	}
	asValue := e.valueCall == n
	defer e.markWorkerFns(path, b)()
	code := ent.Emit(&patterns.EmitCall{Call: n, Recv: recv, Args: b, Result: e.info.TypeOf(n), Env: e, Pos: n.Start()})
	if asValue && ent.NoValue {
		// ev.set() used as a value (in a tuple a lambda returns) is None.
		return jen.Func().Params().Add(patterns.Rt("Object")).Block(code, jen.Return(jen.Nil())).Call()
	}
	return code
}

// userCall calls a user function with its arguments in parameter order,
// filling left-out parameters with their defaults.
func (e *emitter) userCall(f *infer.Func, n *ast.Call) jen.Code {
	if needsDynamicBinding(f, n) {
		return e.dynamicCall(n)
	}
	args, ok := e.bindUser(f, n)
	if !ok {
		return jen.Nil()
	}
	return jen.Add(e.Expr(n.Func)).Call(args...)
}

// listMethod emits the methods of a list held in a Go slice.
func (e *emitter) listMethod(n *ast.Call, attr *ast.Attribute) jen.Code {
	lt := e.info.TypeOf(attr.Value).(*types.List)
	if ifx, ok := attr.Value.(*ast.IfExp); ok && (attr.Attr == "append" || attr.Attr == "extend") {
		return e.listMethodIfExp(n, attr, ifx, lt)
	}
	if (attr.Attr == "append" || attr.Attr == "extend") && !e.addressable(attr.Value) {
		// A Go slice returned by a call is a copy of the slice header:
		// appending to it would not change the list the program sees.
		e.log.Unsupported(n.Start(), "list."+attr.Attr+"() on a list that is not held in a variable, field or item")
		return jen.Nil()
	}
	list := e.Expr(attr.Value)
	lhs := e.lvalue(attr.Value)
	switch {
	case attr.Attr == "append" && len(n.Args) == 1:
		return jen.Add(lhs).Op("=").Append(list, e.ExprAs(n.Args[0], lt.Elem))
	case attr.Attr == "extend" && len(n.Args) == 1:
		if _, ok := e.info.TypeOf(n.Args[0]).(*types.List); ok {
			return jen.Add(lhs).Op("=").Append(list, jen.Add(e.Expr(n.Args[0])).Op("..."))
		}
		return e.extendLoop(lhs, lt, n.Args[0])
	}
	e.log.Unsupported(n.Start(), "list method "+attr.Attr)
	return jen.Nil()
}

// listMethodIfExp is (a if c else b).append(x): an if statement
// appending to a or to b, evaluated in Python's order (c, then the list,
// then x).
func (e *emitter) listMethodIfExp(n *ast.Call, attr *ast.Attribute, ifx *ast.IfExp, lt types.Type) jen.Code {
	test := e.cond(ifx.Test)
	var branches [2]jen.Code
	for i, side := range []ast.Expr{ifx.Body, ifx.Orelse} {
		if !types.Equal(e.info.TypeOf(side), lt) {
			e.log.Unsupported(n.Start(), "list."+attr.Attr+"() on a conditional expression choosing lists of different types")
			return jen.Nil()
		}
		a := &ast.Attribute{ExprBase: attr.ExprBase, Value: side, Attr: attr.Attr, Ctx: ast.Load}
		e.info.Types[a] = e.info.TypeOf(attr)
		branches[i] = e.listMethod(n, a)
	}
	return jen.If(test).Block(branches[0]).Else().Block(branches[1])
}

// addressable reports whether x's Go is a variable, field or slice item
// that an assignment can store a grown slice back into.
func (e *emitter) addressable(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Name:
		return true
	case *ast.Subscript:
		_, isList := e.info.TypeOf(x.Value).(*types.List)
		return isList
	case *ast.Attribute:
		// A field or a class attribute; a property's getter returns a copy.
		c := e.recvClass(x.Value)
		if c == nil {
			return true
		}
		m := c.Method(x.Attr)
		return m == nil || m.Kind != infer.PropertyGetter
	}
	return false
}

// Proc implements patterns.EmitEnv.
func (e *emitter) Proc(fn ast.Expr, args []ast.Expr, kw ...*ast.Keyword) jen.Code {
	if lam, ok := fn.(*ast.Lambda); ok && len(args) == 0 && len(kw) == 0 && !e.workerFns[fn] &&
		len(e.info.Funcs[lam].Params) == 0 {
		return e.Handler(fn, nil) // Thread(target=lambda: work(i)) is the lambda itself
	}
	call, _ := e.thunkCall(fn, args, kw, false)
	if call == nil {
		return jen.Nil()
	}
	return jen.Func().Params().Block(call)
}

// ForkProc implements patterns.EmitEnv.
func (e *emitter) ForkProc(fn ast.Expr, args []ast.Expr, kw ...*ast.Keyword) jen.Code {
	saved := e.forkCopies
	var copies []jen.Code
	e.forkCopies = &copies
	call, _ := e.thunkCall(fn, args, kw, false)
	e.forkCopies = saved
	if call == nil {
		return jen.Nil()
	}
	child := jen.Func().Params().Block(call)
	return jen.Func().Params().Func().Params().Block(append(copies, jen.Return(child))...)
}

// Thunk implements patterns.EmitEnv.
func (e *emitter) Thunk(fn ast.Expr, args []ast.Expr, kw ...*ast.Keyword) jen.Code {
	call, result := e.thunkCall(fn, args, kw, true)
	switch {
	case call == nil:
		return jen.Nil()
	case result == types.None:
		return jen.Func().Params().Add(patterns.Rt("Object")).Block(call, jen.Return(jen.Nil()))
	}
	return jen.Func().Params().Add(e.GoType(result)).Block(jen.Return(call))
}

// thunkCall emits the call of fn with args and keyword arguments kw that a
// thunk makes, and the call's result type; nil when the call cannot be
// made. A caller that uses the result says so with used, so that the
// result of a worker process's function is copied.
func (e *emitter) thunkCall(fn ast.Expr, args []ast.Expr, kw []*ast.Keyword, used bool) (jen.Code, types.Type) {
	if _, isFunc := e.info.TypeOf(fn).(*types.Func); isFunc && (hasStarred(args) || hasSpreadKwList(kw)) {
		return e.spreadThunkCall(fn, args, kw, used)
	}
	var call jen.Code
	var result types.Type = types.Object
	switch ft := e.info.TypeOf(fn).(type) {
	case *types.Func:
		f := e.info.FuncValue(ft)
		positional := infer.PositionalParams(f)
		if len(args) > len(positional) && f.Vararg == nil {
			e.log.Errorf(fn.Start(), "%s() takes %d arguments but %d were given", e.FuncName(fn), len(positional), len(args))
			return nil, nil
		}
		byName := map[string]ast.Expr{}
		for _, k := range kw {
			byName[k.Arg] = k.Value
		}
		stable := e.stable
		if e.workerFns[fn] {
			stable = e.stableCopy
		}
		var goArgs []jen.Code
		for i, p := range f.Params[:len(f.Params)-count(f.Vararg)-count(f.Kwarg)] {
			if i < len(args) && i < len(positional) {
				goArgs = append(goArgs, stable(args[i], p.Type))
				continue
			}
			if a, ok := byName[p.Name]; ok {
				goArgs = append(goArgs, stable(a, p.Type))
				delete(byName, p.Name)
				continue
			}
			d, ok := e.defaultArg(f, p)
			if !ok {
				e.log.Errorf(fn.Start(), "missing argument '%s' when %s is called", p.Name, e.FuncName(fn))
				return nil, nil
			}
			goArgs = append(goArgs, d)
		}
		if f.Kwarg != nil {
			goArgs = append(goArgs, patterns.Rt("NewDict").Call())
		}
		for i := len(positional); i < len(args); i++ {
			goArgs = append(goArgs, stable(args[i], types.Object))
		}
		for _, k := range kw {
			if _, left := byName[k.Arg]; left {
				e.log.Errorf(k.P, "%s() got an unexpected keyword argument '%s'", e.FuncName(fn), k.Arg)
				return nil, nil
			}
		}
		callee := e.workerCallee(fn, ft)
		if e.stepsCallee != "" {
			callee = jen.Id(e.stepsCallee)
		}
		call = jen.Add(callee).Call(goArgs...)
		if used {
			call = e.copiedResult(fn, call, f.Result)
		}
		result = f.Result
	case *types.Module:
		fake := &ast.Call{ExprBase: ast.ExprBase{Base: ast.Base{P: fn.Start()}}, Func: fn}
		for _, k := range kw {
			tmp := &goExpr{code: e.stable(k.Value, e.info.TypeOf(k.Value))}
			e.info.Types[tmp] = e.info.TypeOf(k.Value)
			fake.Keywords = append(fake.Keywords, &ast.Keyword{P: k.P, Arg: k.Arg, Value: tmp})
		}
		for _, a := range args {
			s, star := a.(*ast.Starred)
			if star {
				a = s.Value
			}
			var tmp ast.Expr = &goExpr{code: e.stable(a, e.info.TypeOf(a))}
			e.info.Types[tmp] = e.info.TypeOf(a)
			if star {
				tmp = &ast.Starred{ExprBase: s.ExprBase, Value: tmp}
			}
			fake.Args = append(fake.Args, tmp)
		}
		e.info.Types[fake] = types.Object
		call = e.call(fake)
		if ent := patterns.Lookup(ft.Path); ent != nil && ent.NoValue {
			result = types.None
		}
	default:
		if attr, ok := fn.(*ast.Attribute); ok && len(kw) == 0 {
			return e.methodByName(attr, args), types.Object
		}
		e.log.Unsupported(fn.Start(), "running a value whose type is not known")
		return nil, nil
	}
	return call, result
}

// spreadThunkCall is thunkCall for arguments with *iterable or
// **mapping (executor.submit(f, *args)): the runtime binds them, as in a
// direct call f(*args). The arguments are evaluated where the thunk is
// built.
func (e *emitter) spreadThunkCall(fn ast.Expr, args []ast.Expr, kw []*ast.Keyword, used bool) (jen.Code, types.Type) {
	f := e.info.FuncValue(e.info.TypeOf(fn).(*types.Func))
	fake := &ast.Call{ExprBase: ast.ExprBase{Base: ast.Base{P: fn.Start()}}, Func: fn}
	stable := e.stable
	if e.workerFns[fn] {
		stable = e.stableCopy // a worker process gets copies
	}
	later := func(x ast.Expr) ast.Expr {
		tmp := &goExpr{code: stable(x, types.Object)}
		e.info.Types[tmp] = types.Object
		return tmp
	}
	for _, a := range args {
		if s, star := a.(*ast.Starred); star {
			fake.Args = append(fake.Args, &ast.Starred{ExprBase: s.ExprBase, Value: later(s.Value)})
		} else {
			fake.Args = append(fake.Args, later(a))
		}
	}
	for _, k := range kw {
		fake.Keywords = append(fake.Keywords, &ast.Keyword{P: k.P, Arg: k.Arg, Value: later(k.Value)})
	}
	e.info.Types[fake] = f.Result
	call := e.dynamicCall(fake)
	if used {
		call = e.copiedResult(fn, call, f.Result)
	}
	return call, f.Result
}

// hasSpreadKwList reports whether keyword arguments hold a **mapping.
func hasSpreadKwList(kw []*ast.Keyword) bool {
	for _, k := range kw {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// methodByName is the call, made later by a thunk, of the method attr of
// a value whose methods py2go does not type (a list's append handed to a
// Timer): the runtime finds the method by name. The object and the
// arguments are evaluated where the thunk is built.
func (e *emitter) methodByName(attr *ast.Attribute, args []ast.Expr) jen.Code {
	recv := e.ExprAs(attr.Value, types.Object)
	if !isConstName(e, attr.Value) {
		tmp := e.names.Fresh("obj")
		e.pre = append(e.pre, jen.Id(tmp).Op(":=").Add(recv))
		recv = jen.Id(tmp)
	}
	goArgs := []jen.Code{recv, jen.Lit(attr.Attr)}
	for _, a := range args {
		goArgs = append(goArgs, e.stable(a, types.Object))
	}
	return patterns.Rt("CallMethod").Call(goArgs...)
}

// Direct implements patterns.EmitEnv.
func (e *emitter) Direct(fn ast.Expr, args []ast.Expr) (jen.Code, []jen.Code, bool) {
	ft, ok := e.info.TypeOf(fn).(*types.Func)
	if !ok {
		return nil, nil, false
	}
	f := e.info.Funcs[ft.Def.(ast.Node)]
	if f == nil || f.Vararg != nil || f.Kwarg != nil || len(f.Params) != len(args) ||
		len(infer.PositionalParams(f)) != len(args) || f.Result == types.None {
		return nil, nil, false
	}
	goArgs := make([]jen.Code, len(args))
	for i, p := range f.Params {
		goArgs[i] = e.ExprAs(args[i], p.Type)
		if _, isName := args[i].(*ast.Name); p.Type == types.Object && (e.info.TypeOf(args[i]) != types.Object || !isName) {
			// A generic helper infers its type parameter from the
			// argument too: a string passed for an Object parameter
			// must already be an Object, and so must a dynamic value
			// whose Go type is a runtime one (a dict literal is a
			// *py.Dict).
			goArgs[i] = patterns.Rt("Object").Call(goArgs[i])
		}
	}
	return e.Expr(fn), goArgs, true
}

// stable emits an argument that a func literal will use later: literals
// and names that are not reassigned after this point are used as they are,
// anything else is evaluated now into a temporary.
func (e *emitter) stable(x ast.Expr, t types.Type) jen.Code {
	switch n := x.(type) {
	case *ast.Constant:
		return e.ExprAs(x, t)
	case *ast.Name:
		// A per-process global read inside the func literal would give
		// the value of the process that runs it, not the caller's.
		if sym := e.info.Refs[n]; sym == nil || sym.Stores <= 1 && !e.isProcessGlobal(sym) && !e.sharedAcrossLoop(sym) || e.plan.loopVar[sym] {
			return e.ExprAs(x, t)
		}
	}
	tmp := e.names.Fresh("arg")
	e.pre = append(e.pre, jen.Id(tmp).Op(":=").Add(e.ExprAs(x, t)))
	return jen.Id(tmp)
}

// sharedAcrossLoop reports whether sym is a local of the function being
// emitted that its one assignment may change again: one declared with var
// before a loop that assigns it on every turn (`for i, n in
// enumerate(xs)`), where a func literal reading it later would see a later
// turn's value.
func (e *emitter) sharedAcrossLoop(sym *infer.Symbol) bool {
	return e.plan != nil && sym.Scope == e.scope && !sym.Param && sym.Scope.Kind != infer.CompScope && !e.isPackageVar(sym) &&
		e.plan.defineAt[sym] == nil && !e.plan.loopVar[sym]
}

// FuncName implements patterns.EmitEnv.
func (e *emitter) FuncName(fn ast.Expr) string {
	switch ft := e.info.TypeOf(fn).(type) {
	case *types.Func:
		if ft.Name == "functools.partial" {
			return "" // a partial object has no name: Thread-1, not Thread-1 (f)
		}
		return ft.Name
	case *types.Module:
		return ft.Path[lastDot(ft.Path)+1:]
	}
	return ""
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

// dynamicMethod calls a method of a value whose type inference did not
// prove, by name through the runtime.
func (e *emitter) dynamicMethod(n *ast.Call, attr *ast.Attribute) jen.Code {
	kw := jen.Dict{}
	for _, k := range n.Keywords {
		if k.Arg == "" {
			e.log.Unsupported(n.Start(), fmt.Sprintf("**mapping in a call of method '%s' of a value whose type is not known", attr.Attr))
			return jen.Nil()
		}
		kw[jen.Lit(k.Arg)] = e.ExprAs(k.Value, types.Object)
	}
	args := []jen.Code{e.ExprAs(attr.Value, types.Object), jen.Lit(attr.Attr)}
	method := "CallMethod"
	if len(kw) > 0 {
		method = "CallMethodKw"
		args = append(args, patterns.Rt("Kwargs").Values(kw))
	}
	for _, a := range n.Args {
		if _, star := a.(*ast.Starred); star {
			e.log.Unsupported(a.Start(), "*args in a call of a method of a value whose type is not known")
			return jen.Nil()
		}
		args = append(args, e.ExprAs(a, types.Object))
	}
	return e.fromObject(patterns.Rt(method).Call(args...), e.info.TypeOf(n))
}

// dynamicCall calls a function value whose signature inference did not
// prove (taken from a container, or a variable holding several
// functions), through the runtime.
func (e *emitter) dynamicCall(n *ast.Call) jen.Code {
	args := []jen.Code{e.ExprAs(n.Func, types.Object)}
	call := "Call"
	if len(n.Keywords) > 0 {
		if ft, ok := e.info.TypeOf(n.Func).(*types.Func); ok && ft.Def != nil {
			// The runtime binds keywords by the parameter names funcInfo
			// records, which it does not for *args and **kwargs.
			if f := e.info.Funcs[ft.Def.(ast.Node)]; f != nil && (f.Vararg != nil || f.Kwarg != nil) {
				e.log.Unsupported(n.Start(), "**mapping in a call of a function with *args or **kwargs")
				return jen.Nil()
			}
		}
		kw, ok := e.dynamicKeywords(n)
		if !ok {
			return jen.Nil()
		}
		call = "CallKw"
		args = append(args, kw)
	}
	args = append(args, e.dynamicArgs(n.Args)...)
	return e.fromObject(patterns.Rt(call).Call(args...), e.info.TypeOf(n))
}

// dynamicArgs emits the positional arguments of a call the runtime binds:
// each as an Object, and *iterable spread into them. Go cannot mix
// arguments with a spread slice, so a star among other arguments joins
// the parts with slices.Concat.
func (e *emitter) dynamicArgs(args []ast.Expr) []jen.Code {
	if len(args) == 1 {
		if s, star := args[0].(*ast.Starred); star {
			return []jen.Code{e.spread(s.Value)}
		}
	}
	var parts, fixed []jen.Code
	stars := 0
	for _, a := range args {
		s, star := a.(*ast.Starred)
		if !star {
			fixed = append(fixed, e.ExprAs(a, types.Object))
			continue
		}
		stars++
		if len(fixed) > 0 {
			parts = append(parts, jen.Index().Add(patterns.Rt("Object")).Values(fixed...))
			fixed = nil
		}
		parts = append(parts, patterns.Rt("ListAs").Types(patterns.Rt("Object")).Call(e.ExprAs(s.Value, types.Object)))
	}
	if stars == 0 {
		return fixed
	}
	if len(fixed) > 0 {
		parts = append(parts, jen.Index().Add(patterns.Rt("Object")).Values(fixed...))
	}
	return []jen.Code{jen.Qual("slices", "Concat").Call(parts...).Op("...")}
}

// dynamicKeywords emits the keyword arguments of a call the runtime binds:
// the dict of a lone **mapping, or a dict of the named ones.
func (e *emitter) dynamicKeywords(n *ast.Call) (jen.Code, bool) {
	if len(n.Keywords) == 1 && n.Keywords[0].Arg == "" {
		return e.ExprAs(n.Keywords[0].Value, types.Object), true
	}
	var kv []jen.Code
	for _, k := range n.Keywords {
		if k.Arg == "" {
			e.log.Unsupported(k.P, "**mapping with other keyword arguments in a call of a value whose type is not known")
			return nil, false
		}
		kv = append(kv, jen.Lit(k.Arg), e.ExprAs(k.Value, types.Object))
	}
	return patterns.Rt("DictOf").Call(kv...), true
}
