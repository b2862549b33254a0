package emit

import (
	"math/big"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// instanceGoType is the Go type of an instance of a user class.
func (e *emitter) instanceGoType(t *types.Instance) jen.Code {
	c := e.info.ClassOf(t)
	if c == nil || e.classes == nil {
		return patterns.Rt("Object")
	}
	return jen.Op("*").Id(e.classes.typ[c])
}

// construct emits a call of a class: its constructor, or a new exception
// of a plain exception class.
func (e *emitter) construct(ct *types.Class, n *ast.Call) jen.Code {
	c := e.info.ClassOf(ct)
	name := e.classes.typ[c]
	if fn, ok := n.Func.(*ast.Name); ok && !e.isPlainException(c) {
		if sym := e.info.Refs[fn]; sym != nil && sym != c.Sym && sym.Scope.Kind != infer.ClassScope && !sym.Param {
			// factory = Point; factory(3): the call is Point's own, and
			// Go wants the variable read.
			e.pre = append(e.pre, jen.Id("_").Op("=").Add(e.Expr(fn)))
		}
	}
	if e.isPlainException(c) {
		args := make([]jen.Code, len(n.Args))
		for i, a := range n.Args {
			args[i] = e.ExprAs(a, types.Object)
		}
		if len(n.Keywords) > 0 {
			e.log.Unsupported(n.Keywords[0].P, "keyword arguments to an exception class")
		}
		return jen.Id(name).Dot("New").Call(args...)
	}
	init, _ := e.findInit(c)
	if init == nil && c.Dataclass {
		args, ok := e.bindFields(c, n)
		if !ok {
			return jen.Nil()
		}
		return jen.Id("new" + name).Call(args...)
	}
	if init == nil && e.isStatefulException(c) {
		args := make([]jen.Code, len(n.Args))
		for i, a := range n.Args {
			args[i] = e.ExprAs(a, types.Object)
		}
		return jen.Id("new" + name).Call(args...)
	}
	if init == nil {
		if len(n.Args) > 0 || len(n.Keywords) > 0 {
			e.log.Errorf(n.Start(), "%s() takes no arguments", c.Name)
		}
		return jen.Id("new" + name).Call(e.captureArgs(c, n.Start())...)
	}
	args, ok := e.bindArgs(e.info.Funcs[init.Def], n, 1)
	if !ok {
		return jen.Nil()
	}
	return jen.Id("new" + name).Call(append(e.captureArgs(c, n.Start()), args...)...)
}

// bindFields binds a dataclass constructor call to its fields, filling
// left-out ones with their defaults.
func (e *emitter) bindFields(c *infer.Class, n *ast.Call) ([]jen.Code, bool) {
	fields := c.AllFields()
	byField := map[*infer.Field]ast.Expr{}
	for i, a := range n.Args {
		if i >= len(fields) {
			e.log.Errorf(a.Start(), "%s() takes %d arguments", c.Name, len(fields))
			return nil, false
		}
		byField[fields[i]] = a
	}
	for _, k := range n.Keywords {
		f := c.Field(k.Arg)
		if f == nil {
			e.log.Errorf(k.P, "%s() got an unexpected keyword argument '%s'", c.Name, k.Arg)
			return nil, false
		}
		byField[f] = k.Value
	}
	args := make([]jen.Code, len(fields))
	for i, f := range fields {
		a := byField[f]
		if a == nil {
			a = e.fieldDefault(f)
		}
		if a == nil {
			e.log.Errorf(n.Start(), "missing argument '%s' in call", f.Name)
			return nil, false
		}
		args[i] = e.ExprAs(a, f.Type)
	}
	return args, true
}

// bindArgs binds a call's arguments to a method's parameters after the
// first skip, filling left-out ones with their defaults.
func (e *emitter) bindArgs(f *infer.Func, n *ast.Call, skip int) ([]jen.Code, bool) {
	if f.Vararg != nil || f.Kwarg != nil || mappingArg(n) != nil {
		return e.bindVariadic(f, n, skip)
	}
	params := f.Params
	if skip <= len(params) {
		params = params[skip:]
	}
	byParam := map[*infer.Symbol]ast.Expr{}
	for i, a := range e.spreadTuples(n.Args) {
		if _, star := a.(*ast.Starred); star || i >= len(params) {
			e.log.Unsupported(a.Start(), "this call's arguments (*args or too many)")
			return nil, false
		}
		byParam[params[i]] = a
	}
	for _, k := range n.Keywords {
		sym := f.Scope.Symbols[k.Arg]
		if k.Arg == "" || sym == nil || !sym.Param {
			e.log.Unsupported(k.P, "this keyword argument")
			return nil, false
		}
		byParam[sym] = k.Value
	}
	args := make([]jen.Code, len(params))
	for i, p := range params {
		a := byParam[p]
		if a == nil {
			a = f.Defaults[p]
		}
		if a == nil {
			e.log.Errorf(n.Start(), "missing argument '%s' in call", p.Name)
			return nil, false
		}
		if _, isConst := a.(*ast.Constant); byParam[p] == nil && !isConst {
			if !e.methodDefaultsEvaluated(f) {
				e.log.Unsupported(a.Start(), "a default value that is not a literal (of a method of a class defined in a function)")
				return nil, false
			}
			args[i] = jen.Id(e.defaultVar(f, p))
			continue
		}
		args[i] = e.argAs(a, p.Type)
	}
	return args, true
}

// argAs emits an argument for a parameter of type t: a list that the
// method may keep or change (an Object parameter) is passed as a runtime
// list, which has Python's reference semantics.
func (e *emitter) argAs(a ast.Expr, t types.Type) jen.Code {
	if _, isList := e.info.TypeOf(a).(*types.List); isList && t == types.Object {
		return patterns.Rt("ListFrom").Call(e.Expr(a))
	}
	return e.ExprAs(a, t)
}

// classMethodCall emits a method call on an instance or a class, or
// through super(); it reports false when the receiver is neither.
func (e *emitter) classMethodCall(n *ast.Call, attr *ast.Attribute) (jen.Code, bool) {
	if c, ok := e.superOwner(attr.Value); ok {
		return e.superCall(c, n, attr), true
	}
	rt := e.info.TypeOf(attr.Value)
	c := e.recvClass(attr.Value)
	if c == nil || e.isPlainException(c) {
		return nil, false
	}
	m := c.Method(attr.Attr)
	if m == nil && c.LibBase != "" {
		return e.libCall(c.LibBase+"."+attr.Attr, n, attr.Value), true
	}
	if m == nil && e.inDerived(c, attr.Attr) {
		return e.dynamicMethod(n, attr), true // a mixin calling its host's method
	}
	if m == nil {
		e.log.Unsupported(n.Start(), "calling attribute '"+attr.Attr+"' of "+c.Name+" that is not a method")
		return jen.Nil(), true
	}
	f := e.info.Funcs[m.Def]
	_, onClass := rt.(*types.Class)
	if m.Kind == infer.ClassMethod && m.Owner != c && e.usesCls(m) {
		e.log.Unsupported(n.Start(), "classmethod "+m.Owner.Name+"."+m.Def.Name+" called through "+c.Name+" (cls would be "+c.Name+")")
		return jen.Nil(), true
	}
	switch {
	case m.Kind == infer.StaticMethod || m.Kind == infer.ClassMethod:
		skip := 0
		if m.Kind == infer.ClassMethod {
			skip = 1
		}
		args, ok := e.bindArgs(f, n, skip)
		if !ok {
			return jen.Nil(), true
		}
		e.evalReceiver(attr.Value)
		return jen.Id(e.classes.members[m.Owner][m.Def.Name]).Call(args...), true
	case onClass:
		// Base.method(self, ...) calls the base's method on self.
		if len(n.Args) == 0 {
			e.log.Unsupported(n.Start(), "calling a method on its class without an instance")
			return jen.Nil(), true
		}
		rest := &ast.Call{ExprBase: n.ExprBase, Func: n.Func, Args: n.Args[1:], Keywords: n.Keywords}
		args, ok := e.bindArgs(f, rest, 1)
		if !ok {
			return jen.Nil(), true
		}
		if k := e.recvClass(n.Args[0]); k != nil && k.MultiBase() {
			return e.multiExplicitCall(k, m, n.Args[0], args), true
		}
		return jen.Add(e.embedPath(n.Args[0], m.Owner)).Dot(methodGoName(m)).Call(args...), true
	}
	args, ok := e.bindArgs(f, n, 1)
	if !ok {
		return jen.Nil(), true
	}
	if c.MultiBase() && e.isSelf(attr.Value) {
		return jen.Add(e.Expr(attr.Value)).Dot(e.mroName(c, m)).Call(args...), true
	}
	if cur := e.currentClass(); cur != nil && e.isSelf(attr.Value) && e.isVirtual(cur, attr.Attr) {
		return jen.Add(e.Expr(attr.Value)).Dot("self").Dot(methodGoName(m)).Call(args...), true
	}
	return jen.Add(e.Expr(attr.Value)).Dot(methodGoName(m)).Call(args...), true
}

// stableFunc emits a function value that a func literal calls later: a
// bound method whose object is named by a variable assigned again is
// bound now, into a temporary, as Python binds obj.method where it is
// evaluated.
func (e *emitter) stableFunc(fn ast.Expr, ft *types.Func) jen.Code {
	if _, isCall := fn.(*ast.Call); isCall {
		// Thread(target=make(x)) makes its function where Python
		// evaluates the argument, not when the thread runs.
		tmp := e.names.Fresh("fn")
		e.pre = append(e.pre, jen.Id(tmp).Op(":=").Add(e.Expr(fn)))
		return jen.Id(tmp)
	}
	attr, ok := fn.(*ast.Attribute)
	if !ok || !ft.Bound {
		return e.Expr(fn)
	}
	if n, isName := attr.Value.(*ast.Name); isName {
		if sym := e.info.Refs[n]; sym == nil || sym.Stores <= 1 && !e.plan.loopVar[sym] {
			return e.Expr(fn)
		}
	}
	tmp := e.names.Fresh(GoName(attr.Attr))
	e.pre = append(e.pre, jen.Id(tmp).Op(":=").Add(e.Expr(fn)))
	return jen.Id(tmp)
}

// usesCls reports whether a classmethod reads its cls parameter, which
// the Go function does not have: it stands for the class that defines it.
func (e *emitter) usesCls(m *infer.Method) bool {
	f := e.info.Funcs[m.Def]
	if len(f.Params) == 0 {
		return false
	}
	return f.Params[0].Loads > 0
}

// embedPath emits x (an object of owner or of a subclass) as the value
// of owner embedded in it, whose methods are owner's own: s.Base.
func (e *emitter) embedPath(x ast.Expr, owner *infer.Class) jen.Code {
	code := jen.Add(e.Expr(x))
	k := e.info.ClassOf(e.info.TypeOf(x))
	if _, isInst := e.info.TypeOf(x).(*types.Instance); !isInst || k == nil || !derives(k, owner) {
		return code.Dot(e.classes.typ[owner])
	}
	for ; k != owner; k = k.Base {
		code = code.Dot(e.classes.typ[k.Base])
	}
	return code
}

// superOwner reports whether x is super() inside a method, and the class
// that method belongs to.
func (e *emitter) superOwner(x ast.Expr) (*infer.Class, bool) {
	call, ok := x.(*ast.Call)
	if !ok || !e.isBuiltin(call.Func, "super") || len(call.Args) > 0 || e.fn == nil {
		return nil, false
	}
	m := e.info.MethodDefs[e.fn.Node]
	if m == nil {
		return nil, false
	}
	return m.Owner, true
}

// superCall emits super().name(...): the base's method called on the
// embedded base value.
func (e *emitter) superCall(c *infer.Class, n *ast.Call, attr *ast.Attribute) jen.Code {
	if e.classes.copyFor != nil {
		return e.multiSuperCall(c, n, attr)
	}
	recv := jen.Id(recvName(c))
	if attr.Attr == "__init__" && c.IsException() && !e.isStatefulException(c.Base) {
		return e.superExcInit(c, n)
	}
	if c.Base == nil && c.LibBase != "" && attr.Attr == "__init__" {
		return e.libBaseInit(c, n)
	}
	if c.Base == nil {
		if attr.Attr == "__init__" {
			return e.objectInit(n)
		}
		e.log.Unsupported(n.Start(), "super()."+attr.Attr+" on a class without a base")
		return jen.Nil()
	}
	m := c.Base.Method(attr.Attr)
	if m == nil {
		if attr.Attr == "__init__" {
			return jen.Null()
		}
		e.log.Errorf(n.Start(), "'super' object has no attribute '%s'", attr.Attr)
		return jen.Nil()
	}
	skip := 1
	if m.Kind == infer.StaticMethod {
		skip = 0
	}
	args, ok := e.bindArgs(e.info.Funcs[m.Def], n, skip)
	if !ok {
		return jen.Nil()
	}
	return recv.Dot(e.classes.typ[c.Base]).Dot(methodGoName(m)).Call(args...)
}

// classAttribute emits an attribute read of an instance (a field or a
// property) or of a class (a class attribute); it reports false when the
// value is neither.
func (e *emitter) classAttribute(n *ast.Attribute) (jen.Code, bool) {
	if code, ok := e.typeName(n); ok {
		return code, true
	}
	vt := e.info.TypeOf(n.Value)
	if name := e.info.MethodName(vt); name != "" && n.Attr == "__name__" {
		return jen.Lit(name), true
	}
	c := e.recvClass(n.Value)
	if c == nil || e.isPlainException(c) {
		return nil, false
	}
	if _, isInst := vt.(*types.Instance); isInst {
		if f := c.Field(n.Attr); f != nil {
			return e.fieldValue(jen.Add(e.Expr(n.Value)), f, e.member(c, n.Attr)), true
		}
		if m := c.Method(n.Attr); m != nil && m.Kind == infer.PropertyGetter {
			return jen.Add(e.Expr(n.Value)).Dot(methodGoName(m)).Call(), true
		}
	}
	if sym := c.Attr(n.Attr); sym != nil {
		if cur := e.currentClass(); cur != nil && e.isSelf(n.Value) && e.isVirtual(cur, n.Attr) {
			return jen.Add(e.Expr(n.Value)).Dot("self").Dot(attrMethod(n.Attr)).Call(), true
		}
		return e.classAttrValue(sym), true
	}
	if code := e.libBaseValue(c, n); code != nil {
		return code, true
	}
	if ft, ok := e.info.TypeOf(n).(*types.Func); ok {
		return e.methodValue(n, c, ft), true
	}
	if e.inDerived(c, n.Attr) {
		return e.mixinAttr(n, e.info.TypeOf(n)), true
	}
	e.log.Unsupported(n.Start(), "attribute '"+n.Attr+"' of "+c.Name)
	return jen.Nil(), true
}

// methodValue emits a method read as a value: obj.Method (a Go method
// value, bound to obj), (*Class).Method for Class.method (a method
// expression taking the object first), and the package function of a
// static or class method.
func (e *emitter) methodValue(n *ast.Attribute, c *infer.Class, ft *types.Func) jen.Code {
	m := e.info.MethodDefs[ft.Def.(*ast.FunctionDef)]
	if m.Kind == infer.ClassMethod && m.Owner != c && e.usesCls(m) {
		e.log.Unsupported(n.Start(), "classmethod "+m.Owner.Name+"."+m.Def.Name+" reached through "+c.Name+" (cls would be "+c.Name+")")
		return jen.Nil()
	}
	switch {
	case m.Kind == infer.StaticMethod || m.Kind == infer.ClassMethod:
		e.evalReceiver(n.Value)
		return jen.Id(e.classes.members[m.Owner][m.Def.Name])
	case !ft.Bound:
		return jen.Parens(jen.Op("*").Id(e.classes.typ[m.Owner])).Dot(methodGoName(m))
	case c.MultiBase():
		return jen.Add(e.Expr(n.Value)).Dot(e.mroName(c, c.Method(n.Attr)))
	}
	if cur := e.currentClass(); cur != nil && e.isSelf(n.Value) && e.isVirtual(cur, n.Attr) {
		return jen.Add(e.Expr(n.Value)).Dot("self").Dot(methodGoName(m))
	}
	return jen.Add(e.Expr(n.Value)).Dot(methodGoName(m))
}

// storeAttr emits a store into an attribute of an instance or a class.
func (e *emitter) storeAttr(t *ast.Attribute, code jen.Code) []jen.Code {
	vt := e.info.TypeOf(t.Value)
	c := e.recvClass(t.Value)
	if set := e.libSetter(vt, c, t.Attr); set != nil {
		return []jen.Code{set.Emit(&patterns.EmitCall{Recv: t.Value, Env: e, Value: code})}
	}
	if vt == types.Object {
		// A dynamic value (a threading.local, an object of unproven
		// class): the runtime finds the attribute.
		return []jen.Code{patterns.Rt("SetAttr").Call(e.ExprAs(t.Value, types.Object), jen.Lit(t.Attr), code)}
	}
	if c == nil || e.isPlainException(c) {
		e.log.Unsupported(t.Start(), "assignment to attribute '"+t.Attr+"' of a value whose class is not known")
		return nil
	}
	if _, isInst := vt.(*types.Instance); isInst {
		if f := c.Field(t.Attr); f != nil {
			return []jen.Code{e.fieldStore(jen.Add(e.Expr(t.Value)), f, e.member(c, t.Attr), code)}
		}
		if m := c.Setter(t.Attr); m != nil {
			return []jen.Code{jen.Add(e.Expr(t.Value)).Dot(methodGoName(m)).Call(code)}
		}
	}
	if sym := c.Attr(t.Attr); sym != nil {
		if c.Func != nil {
			e.log.Unsupported(t.Start(), "assignment to a class attribute of a class defined in a function")
			return nil
		}
		if e.shared[sym] {
			return []jen.Code{jen.Id(e.classes.attrs[sym]).Dot("Store").Call(code)}
		}
		return []jen.Code{jen.Id(e.classes.attrs[sym]).Op("=").Add(code)}
	}
	e.log.Unsupported(t.Start(), "assignment to attribute '"+t.Attr+"' that the class's methods never set")
	return nil
}

// isField reports whether x reads a field of an instance, which Go can
// update in place with op=.
func (e *emitter) isField(x ast.Expr) bool {
	a, ok := x.(*ast.Attribute)
	if !ok {
		return false
	}
	vt := e.info.TypeOf(a.Value)
	c := e.info.ClassOf(vt)
	_, isInst := vt.(*types.Instance)
	return c != nil && isInst && !e.isPlainException(c) && c.Field(a.Attr) != nil
}

// currentClass is the class whose method is being emitted, nil outside
// methods.
func (e *emitter) currentClass() *infer.Class {
	if e.fn == nil {
		return nil
	}
	if e.classes != nil && e.classes.copyFor != nil {
		return e.classes.copyFor
	}
	if m := e.info.MethodDefs[e.fn.Node]; m != nil {
		return m.Owner
	}
	return nil
}

// isSelf reports whether x is the first parameter of the method being
// emitted.
func (e *emitter) isSelf(x ast.Expr) bool {
	n, ok := x.(*ast.Name)
	return ok && e.fn != nil && len(e.fn.Params) > 0 && e.info.Refs[n] == e.fn.Params[0]
}

// dropVarAt removes the planned declaration of sym before st, reporting
// whether there was one: an except handler's name is declared by the
// handler itself.
func (e *emitter) dropVarAt(sym *infer.Symbol, st ast.Stmt) bool {
	syms := e.plan.varAt[st]
	for i, s := range syms {
		if s == sym {
			e.plan.varAt[st] = append(syms[:i:i], syms[i+1:]...)
			return true
		}
	}
	return false
}

// libBaseValue emits an attribute a class inherits from its library base
// (thread.name), nil when the base has no such attribute.
func (e *emitter) libBaseValue(c *infer.Class, n *ast.Attribute) jen.Code {
	if c.LibBase == "" {
		return nil
	}
	return e.libValue(c.LibBase+"."+n.Attr, n.Value, n.Start())
}

// libBaseInit emits super().__init__(...) in a class derived from a
// library class: the embedded runtime value is made by the recognizer's
// __init_subclass__ entry, and a run method the class defines becomes
// what the value runs (Thread.run overridden).
func (e *emitter) libBaseInit(c *infer.Class, n *ast.Call) jen.Code {
	ent := patterns.Lookup(c.LibBase + ".__init_subclass__")
	b, err := ent.Sig.Bind(n)
	if err != nil {
		e.log.Errorf(n.Start(), "%v", err)
		return jen.Nil()
	}
	gt, _ := patterns.TypeOf(c.LibBase)
	field := jen.Id(recvName(c)).Dot(gt.Name)
	init := jen.Add(field).Op("=").Add(ent.Emit(&patterns.EmitCall{Call: n, Args: b, Env: e}))
	if m := c.Method("run"); m != nil {
		if f := e.info.Funcs[m.Def]; f.Async || f.Generator || len(infer.PositionalParams(f)) > 1 {
			e.log.Unsupported(m.Def.Start(), "a run method of a "+c.LibBase+" subclass that is async, a generator or takes arguments")
			return init
		}
		init = init.Line().Add(e.setLibRun(c, field, m))
	}
	if c.LibBase == "multiprocessing.Process" {
		// CPython names a subclass's process after its class (Job-1).
		init = init.Line().Add(field).Dot("SetClassName").Call(jen.Lit(c.Name))
	}
	return init
}

// setLibRun makes the run method m what the library base runs. A
// process runs it on a copy of the object made when start() forks, so
// what the child changes stays in the child, as in CPython.
func (e *emitter) setLibRun(c *infer.Class, field *jen.Statement, m *infer.Method) jen.Code {
	self := jen.Id(recvName(c))
	if c.LibBase != "multiprocessing.Process" {
		return jen.Add(field).Dot("SetRun").Call(self.Dot(methodGoName(m)))
	}
	child := jen.Id("child")
	return jen.Add(field).Dot("SetFork").Call(jen.Func().Params().Func().Params().Block(
		jen.Add(child).Op(":=").Add(patterns.Rt("ProcessCopy")).Call(self),
		jen.Return(child.Clone().Dot(methodGoName(m))),
	))
}

// libSetter is the recognizer's entry for storing into attribute attr of
// a library object (thread.daemon = True), or of a class instance whose
// library base has it; nil when there is none.
func (e *emitter) libSetter(vt types.Type, c *infer.Class, attr string) *patterns.Entry {
	class := ""
	if n, ok := vt.(*types.Named); ok {
		class = n.Class
	} else if c != nil && c.LibBase != "" && c.Field(attr) == nil {
		class = c.LibBase
	}
	if class == "" {
		return nil
	}
	return patterns.Lookup(class + "." + attr + ".__set__")
}

// evalReceiver keeps the object a static or class method is reached
// through (obj.method) evaluated, though the Go call does not take it:
// Python evaluates obj, and Go rejects a variable whose only read was
// obj. A class name needs nothing; other expressions are evaluated just
// before the statement.
func (e *emitter) evalReceiver(recv ast.Expr) {
	if _, isClass := e.info.TypeOf(recv).(*types.Class); isClass {
		return
	}
	if name, ok := recv.(*ast.Name); ok {
		e.pre = append(e.pre, e.keepVarUsed(name)...)
		return
	}
	if !isPure(recv) {
		e.pre = append(e.pre, jen.Id("_").Op("=").Add(e.Expr(recv)))
	}
}

// spreadTuples replaces each starred argument that is a variable holding
// a tuple of known length (m(*t)) with its items, t[0], t[1], ...; other
// arguments stay as they are.
func (e *emitter) spreadTuples(args []ast.Expr) []ast.Expr {
	var out []ast.Expr
	for _, a := range args {
		s, star := a.(*ast.Starred)
		tup, isTuple := types.Type(nil), false
		if star {
			tup = e.info.TypeOf(s.Value)
			_, isTuple = tup.(*types.Tuple)
		}
		name, isName := ast.Expr(nil), false
		if star {
			_, isName = s.Value.(*ast.Name)
			name = s.Value
		}
		if !star || !isTuple || !isName {
			out = append(out, a)
			continue
		}
		for i, et := range tup.(*types.Tuple).Elems {
			idx := &ast.Constant{ExprBase: s.ExprBase, Kind: ast.ConstInt, Value: big.NewInt(int64(i))}
			item := &ast.Subscript{ExprBase: s.ExprBase, Value: name, Slice: idx, Ctx: ast.Load}
			e.info.Types[idx] = types.Int
			e.info.Types[item] = et
			out = append(out, item)
		}
	}
	return out
}
