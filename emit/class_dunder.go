package emit

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Operator methods become Go methods with Go's usual names (Equal, Less,
// Add, Len, ...). Where the static types are known, operators on objects
// call them directly; the runtime reaches them through small adapters
// (PyRichCompare, PyIter, PyContains, PyGetItem) that generated classes
// add, so sorted(), `in` and for loops over objects of unknown class work.
var dunderGoNames = map[string]string{
	"__eq__": "Equal", "__ne__": "NotEqual", "__lt__": "Less", "__le__": "LessEqual",
	"__gt__": "Greater", "__ge__": "GreaterEqual", "__hash__": "PyHash",
	"__add__": "Add", "__sub__": "Sub", "__mul__": "Mul", "__truediv__": "Div",
	"__floordiv__": "FloorDiv", "__mod__": "Mod", "__pow__": "Pow", "__matmul__": "MatMul",
	"__and__": "And", "__or__": "Or", "__xor__": "Xor", "__lshift__": "LShift", "__rshift__": "RShift",
	"__neg__": "Neg", "__pos__": "Pos", "__invert__": "Invert", "__abs__": "Abs",
	"__contains__": "Contains", "__getitem__": "GetItem", "__setitem__": "SetItem",
	"__iter__": "Iter", "__next__": "Next", "__call__": "Call", "__enter__": "Enter", "__exit__": "Exit",
	"__aiter__": "AIter", "__anext__": "ANext", "__aenter__": "AEnter", "__aexit__": "AExit",
	"__format__": "PyFormat",
}

func init() {
	for k, v := range dunderGoNames {
		dunderNames[k] = v
	}
}

// instanceMethod returns the method name of the class of an instance type,
// nil when t is not an instance or its class lacks it.
func (e *emitter) instanceMethod(t types.Type, name string) *infer.Method {
	c := e.info.ClassOf(t)
	if _, isInst := t.(*types.Instance); c == nil || !isInst || e.isPlainException(c) {
		return nil
	}
	return c.Method(name)
}

// callDunder emits recv.Method(args) with each argument converted to the
// parameter's type.
func (e *emitter) callDunder(m *infer.Method, recv ast.Expr, args ...ast.Expr) jen.Code {
	f := e.info.Funcs[m.Def]
	var codes []jen.Code
	for i, a := range args {
		var t types.Type = types.Object
		if i+1 < len(f.Params) {
			t = f.Params[i+1].Type
		}
		codes = append(codes, e.ExprAs(a, t))
	}
	return jen.Add(e.Expr(recv)).Dot(methodGoName(m)).Call(codes...)
}

// classBinop emits l op r through l's operator method, or r's reflected
// one (1 + obj is obj.RAdd(1)).
func (e *emitter) classBinop(op ast.Operator, l, r ast.Expr) (jen.Code, bool) {
	if m := e.instanceMethod(e.info.TypeOf(l), infer.BinaryDunders[op]); m != nil {
		return e.callDunder(m, l, r), true
	}
	if lt := e.info.TypeOf(l); infer.IsNative(lt) {
		// A builtin left operand does not know the object: Python
		// calls the right one's reflected method.
		if m := e.instanceMethod(e.info.TypeOf(r), infer.ReflectedDunder(op)); m != nil {
			return e.callDunder(m, r, l), true
		}
	}
	return nil, false
}

// classAugAssign emits x op= v through x's in-place method (x =
// x.IAdd(v)), nil when its class has none.
func (e *emitter) classAugAssign(n *ast.AugAssign) []jen.Code {
	m := e.instanceMethod(e.info.TypeOf(n.Target), infer.InPlaceDunder(n.Op))
	if m == nil {
		return nil
	}
	return e.store(n, n.Target, e.callDunder(m, n.Target, n.Value), e.info.TypeOf(n.Target))
}

// dunderGoName is the Go name of an operator method: the runtime's name,
// or R or I before the operator's name for the reflected and in-place
// forms (__radd__ is RAdd, __iadd__ is IAdd); "" for other names.
func dunderGoName(py string) string {
	if n, ok := dunderGoNames[py]; ok {
		return n
	}
	if len(py) > 5 && (py[2] == 'r' || py[2] == 'i') {
		if n, ok := dunderGoNames["__"+py[3:]]; ok {
			return strings.ToUpper(py[2:3]) + n
		}
	}
	return ""
}

// classUnary emits a unary operator through the operand's method.
func (e *emitter) classUnary(n *ast.UnaryOp) (jen.Code, bool) {
	m := e.instanceMethod(e.info.TypeOf(n.Operand), infer.UnaryDunders[n.Op])
	if m == nil {
		return nil, false
	}
	return e.callDunder(m, n.Operand), true
}

// classCompare emits a comparison through the operands' methods: the left
// operand's, the right one's reflected method, or `in` through
// __contains__.
func (e *emitter) classCompare(op ast.CmpOp, l, r ast.Expr) (jen.Code, bool) {
	if op == ast.In || op == ast.NotIn {
		m := e.instanceMethod(e.info.TypeOf(r), "__contains__")
		if m == nil {
			return nil, false
		}
		code := e.truth(m, e.callDunder(m, r, l))
		if op == ast.NotIn {
			return jen.Op("!").Add(code), true
		}
		return code, true
	}
	name, ok := infer.CompareDunders[op]
	if !ok {
		return nil, false
	}
	if code, ok := e.dataclassEq(op, l, r); ok {
		return code, true
	}
	if m := e.instanceMethod(e.info.TypeOf(l), name); m != nil && e.sameOperand(m, r) {
		return e.truth(m, e.callDunder(m, l, r)), true
	}
	if op == ast.NotEq {
		if m := e.instanceMethod(e.info.TypeOf(l), "__eq__"); m != nil && e.sameOperand(m, r) {
			return jen.Op("!").Add(e.truth(m, e.callDunder(m, l, r))), true
		}
	}
	if m := e.instanceMethod(e.info.TypeOf(r), infer.CompareDunders[infer.ReflectedCompare[op]]); m != nil && e.sameOperand(m, l) {
		return e.truth(m, e.callDunder(m, r, l)), true
	}
	return nil, false
}

// sameOperand reports whether x can be passed to the operator method m.
func (e *emitter) sameOperand(m *infer.Method, x ast.Expr) bool {
	f := e.info.Funcs[m.Def]
	if len(f.Params) < 2 {
		return false
	}
	pt := f.Params[1].Type
	return pt == types.Object || types.Equal(pt, e.info.TypeOf(x))
}

// truth makes the result of a method used as a condition a Go bool.
func (e *emitter) truth(m *infer.Method, code jen.Code) jen.Code {
	if e.info.Funcs[m.Def].Result == types.Bool {
		return code
	}
	return patterns.Rt("Truthy").Call(code)
}

// classSubscript emits obj[key] through __getitem__.
func (e *emitter) classSubscript(n *ast.Subscript) (jen.Code, bool) {
	m := e.instanceMethod(e.info.TypeOf(n.Value), "__getitem__")
	if m == nil {
		return nil, false
	}
	return e.callDunder(m, n.Value, n.Slice), true
}

// classCall emits a call of an object whose class defines __call__.
func (e *emitter) classCall(n *ast.Call) (jen.Code, bool) {
	m := e.instanceMethod(e.info.TypeOf(n.Func), "__call__")
	if m == nil {
		return nil, false
	}
	args, ok := e.bindArgs(e.info.Funcs[m.Def], n, 1)
	if !ok {
		return jen.Nil(), true
	}
	return jen.Add(e.Expr(n.Func)).Dot(methodGoName(m)).Call(args...), true
}

// adapters emits the methods through which the runtime reaches c's
// operator methods.
func (e *emitter) adapters(c *infer.Class) []jen.Code {
	name := e.classes.typ[c]
	recv := recvName(c)
	self := jen.Id(recv).Op("*").Id(name)
	var out []jen.Code
	if cmp := e.richCompare(c, recv); cmp != nil {
		out = append(out, jen.Comment("PyRichCompare lets the runtime's comparisons (sorted, in, ==) use "+name+"'s own.").Line().
			Func().Params(self).Id("PyRichCompare").Params(jen.Id("op").String(), jen.Id("other").Add(patterns.Rt("Object"))).
			Params(jen.Bool(), jen.Bool()).Block(cmp...))
	}
	if e.ownMethod(c, "__hash__") == nil && (e.ownMethod(c, "__eq__") != nil && !c.Dataclass || c.DataclassUnhashable) {
		// Python sets __hash__ to None in a class that defines __eq__ alone,
		// and @dataclass does in one that is neither frozen nor unsafe_hash.
		out = append(out, jen.Comment("PyHash makes "+name+" unhashable, as Python's __hash__ = None does.").Line().Func().Params(self).Id("PyHash").Params().Int().Block(
			jen.Panic(patterns.Rt("TypeError").Dot("New").Call(jen.Lit("unhashable type: '"+c.Name+"'")))))
	}
	if m := e.ownMethod(c, "__abs__"); m != nil {
		out = append(out, jen.Comment("PyAbs lets the runtime's abs() use "+name+"'s __abs__.").Line().
			Func().Params(self).Id("PyAbs").Params().Add(patterns.Rt("Object")).
			Block(jen.Return(jen.Id(recv).Dot(methodGoName(m)).Call())))
	}
	if m := e.ownMethod(c, "__iter__"); m != nil {
		out = append(out, jen.Func().Params(self).Id("PyIter").Params().Qual("iter", "Seq").Types(patterns.Rt("Object")).
			Block(jen.Return(e.iterOf(m, recv))))
	}
	if m := e.ownMethod(c, "__contains__"); m != nil {
		out = append(out, jen.Func().Params(self).Id("PyContains").Params(jen.Id("item").Add(patterns.Rt("Object"))).Bool().
			Block(jen.Return(e.truth(m, jen.Id(recv).Dot("Contains").Call(e.fromParam(m, 1, jen.Id("item")))))))
	}
	if m := e.ownMethod(c, "__getitem__"); m != nil {
		out = append(out, jen.Func().Params(self).Id("PyGetItem").Params(jen.Id("key").Add(patterns.Rt("Object"))).Add(patterns.Rt("Object")).
			Block(jen.Return(jen.Id(recv).Dot("GetItem").Call(e.fromParam(m, 1, jen.Id("key"))))))
	}
	if m := e.ownMethod(c, "__setitem__"); m != nil {
		out = append(out, jen.Func().Params(self).Id("PySetItem").Params(jen.Id("key"), jen.Id("value").Add(patterns.Rt("Object"))).
			Block(jen.Id(recv).Dot("SetItem").Call(e.fromParam(m, 1, jen.Id("key")), e.fromParam(m, 2, jen.Id("value")))))
	}
	return out
}

// fromParam converts a runtime value to the type of m's i-th parameter.
func (e *emitter) fromParam(m *infer.Method, i int, code jen.Code) jen.Code {
	f := e.info.Funcs[m.Def]
	if i >= len(f.Params) {
		return code
	}
	return e.fromObject(code, f.Params[i].Type)
}

// iterOf is the sequence of an object's __iter__: the items of what it
// returns, or, when it returns an iterator object, that object's __next__
// results until StopIteration.
func (e *emitter) iterOf(m *infer.Method, recv string) jen.Code {
	res := e.info.Funcs[m.Def].Result
	if next := e.instanceMethod(res, "__next__"); next != nil {
		it := e.names.Fresh("it")
		return jen.Func().Params(jen.Id("yield").Func().Params(patterns.Rt("Object")).Bool()).Block(
			jen.Id(it).Op(":=").Id(recv).Dot("Iter").Call(),
			jen.For(jen.Id("v").Op(":=").Range().Add(patterns.Rt("IterNext").Call(
				jen.Func().Params().Add(patterns.Rt("Object")).Block(jen.Return(jen.Id(it).Dot("Next").Call())))).Block(
				jen.If(jen.Op("!").Id("yield").Call(jen.Id("v"))).Block(jen.Return()))))
	}
	return patterns.Rt("Iter").Call(jen.Id(recv).Dot("Iter").Call())
}

// richCompare is the body of PyRichCompare, nil when c defines no
// comparison.
func (e *emitter) richCompare(c *infer.Class, recv string) []jen.Code {
	var cases []jen.Code
	var typ types.Type
	for _, op := range []ast.CmpOp{ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE} {
		m := e.ownMethod(c, infer.CompareDunders[op])
		if m == nil {
			continue
		}
		f := e.info.Funcs[m.Def]
		if len(f.Params) != 2 {
			continue
		}
		typ = f.Params[1].Type
		cases = append(cases, jen.Case(jen.Lit(op.String())).Block(
			jen.Return(e.truth(m, jen.Id(recv).Dot(methodGoName(m)).Call(jen.Id("that"))), jen.True())))
	}
	if len(cases) == 0 {
		return nil
	}
	var out []jen.Code
	if typ == types.Object {
		out = append(out, jen.Id("that").Op(":=").Id("other"))
	} else {
		out = append(out, jen.List(jen.Id("that"), jen.Id("ok")).Op(":=").Id("other").Assert(e.GoType(typ)),
			jen.If(jen.Op("!").Id("ok")).Block(jen.Return(jen.False(), jen.False())))
	}
	return append(out, jen.Switch(jen.Id("op")).Block(cases...), jen.Return(jen.False(), jen.False()))
}

// classWith emits a with statement on an object of a user class: __enter__
// runs first, the body runs under Catch, and __exit__ gets the exception
// (and may suppress it by returning a true value) or three Nones.
func (e *emitter) classWith(n *ast.With) ([]jen.Code, bool) {
	if len(n.Items) != 1 {
		for _, it := range n.Items {
			if _, isInst := e.info.TypeOf(it.ContextExpr).(*types.Instance); isInst {
				e.log.Unsupported(n.Start(), "a with statement with several items on objects of user classes")
				return nil, true
			}
		}
		return nil, false
	}
	it := n.Items[0]
	ct := e.info.TypeOf(it.ContextExpr)
	enterName, exitName := withMethods(n)
	enter, exit := e.instanceMethod(ct, enterName), e.instanceMethod(ct, exitName)
	if enter == nil || exit == nil {
		return nil, false
	}
	ctx := e.names.Fresh("ctx")
	// `async with` awaits the coroutines of __aenter__ and __aexit__.
	call := func(m *infer.Method, args ...jen.Code) jen.Code {
		if n.Async {
			return jen.Id(ctx).Dot(methodGoName(m)).Call(args...).Dot("Await").Call()
		}
		return jen.Id(ctx).Dot(methodGoName(m)).Call(args...)
	}
	result := func(m *infer.Method) types.Type {
		if n.Async {
			return infer.AwaitResult(e.info.Funcs[m.Def].Result)
		}
		return e.info.Funcs[m.Def].Result
	}
	out := []jen.Code{jen.Id(ctx).Op(":=").Add(e.Expr(it.ContextExpr))}
	enterCall := call(enter)
	if name, ok := it.OptionalVars.(*ast.Name); ok && e.plan.defineAt[e.info.Refs[name]] == n {
		// The planner chose this statement to declare the name.
		sym := e.info.Refs[name]
		if types.Equal(sym.Type, result(enter)) {
			out = append(out, jen.Id(e.symName(sym)).Op(":=").Add(enterCall))
		} else {
			out = append(out, jen.Var().Id(e.symName(sym)).Add(e.GoType(sym.Type)))
			out = append(out, e.store(n, it.OptionalVars, enterCall, result(enter))...)
		}
	} else if it.OptionalVars != nil {
		out = append(out, e.store(n, it.OptionalVars, enterCall, result(enter))...)
	} else {
		out = append(out, enterCall)
	}
	exc := e.names.Fresh("exc")
	exitWith := func(args ...jen.Code) jen.Code { return call(exit, args...) }
	suppress := exitWith(jen.Id(exc).Dot("Type"), jen.Id(exc), jen.Nil())
	var handle jen.Code
	switch result(exit) {
	case types.None:
		handle = jen.Add(suppress).Line().Panic(jen.Id(exc))
	case types.Bool:
		handle = jen.If(jen.Op("!").Add(suppress)).Block(jen.Panic(jen.Id(exc)))
	default:
		handle = jen.If(jen.Op("!").Add(patterns.Rt("Truthy").Call(suppress))).Block(jen.Panic(jen.Id(exc)))
	}
	normal := exitWith(jen.Nil(), jen.Nil(), jen.Nil())
	if result(exit) != types.None {
		normal = jen.Id("_").Op("=").Add(normal)
	}
	// The body runs under Catch; jumps out of it go through the flow
	// context like those of any other func literal.
	body, flow := e.inFlow(false, func() []jen.Code { return e.block(n.Body) })
	guarded := jen.If(jen.Id(exc).Op(":=").Add(patterns.Rt("Catch").Call(jen.Func().Params().Block(body...))),
		jen.Id(exc).Op("!=").Nil()).Block(handle).Else().Block(normal)
	return append(out, e.wrapFlow(flow, guarded)...), true
}

// instanceCond is an instance used as a condition: nil is None (false);
// a class with __bool__ or __len__ decides for its objects.
func (e *emitter) instanceCond(x ast.Expr) (jen.Code, bool) {
	t := e.info.TypeOf(x)
	c := e.info.ClassOf(t)
	if _, isInst := t.(*types.Instance); !isInst || c == nil {
		return nil, false
	}
	if c.Method("__bool__") != nil || c.Method("__len__") != nil {
		return nil, false
	}
	return jen.Add(e.Expr(x)).Op("!=").Nil(), true
}

// ownMethod is the method name of c that c's own adapters call: its own
// (an embedded base has adapters of its own), or for a class with several
// bases, which embeds none, the one its MRO gives.
func (e *emitter) ownMethod(c *infer.Class, name string) *infer.Method {
	if c.MultiBase() {
		return c.Method(name)
	}
	return c.Methods[name]
}
