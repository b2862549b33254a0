package emit

import (
	"fmt"
	"math"
	"math/big"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Expr implements patterns.EmitEnv: x in its inferred type.
func (e *emitter) Expr(x ast.Expr) jen.Code {
	if code, ok := e.subst[x]; ok {
		return code
	}
	switch n := x.(type) {
	case *goExpr:
		return n.code
	case *ast.Constant:
		return e.constant(n)
	case *ast.Name:
		return e.name(n)
	case *ast.BinOp:
		return e.binop(n.Op, n.Left, n.Right, e.info.TypeOf(n.Left), e.info.TypeOf(n.Right), e.info.TypeOf(n))
	case *ast.UnaryOp:
		return e.unary(n)
	case *ast.Compare:
		return e.compare(n)
	case *ast.BoolOp:
		return e.boolOp(n)
	case *ast.IfExp:
		return e.ifExp(n)
	case *ast.Call:
		e.valueCall = n
		return e.callValue(n)
	case *ast.Attribute:
		return e.attribute(n)
	case *ast.Subscript:
		return e.subscript(n)
	case *ast.JoinedStr:
		return e.fstring(n)
	case *ast.List:
		return e.listDisplay(n)
	case *ast.Tuple:
		return e.tupleDisplay(n.Elts)
	case *ast.ListComp:
		return e.listComp(n)
	case *ast.GeneratorExp:
		return e.genExp(n)
	case *ast.Lambda:
		return e.lambda(n)
	case *ast.Dict:
		return e.dictDisplay(n)
	case *ast.Set:
		return e.setDisplay(n)
	case *ast.DictComp:
		return e.dictComp(n)
	case *ast.SetComp:
		return e.setComp(n)
	case *ast.NamedExpr:
		return e.walrus(n)
	case *ast.Await:
		return e.awaitExpr(n)
	}
	e.log.Unsupported(x.Start(), describe(x))
	return jen.Nil()
}

// ExprAs implements patterns.EmitEnv: x converted to type t.
func (e *emitter) ExprAs(x ast.Expr, t types.Type) jen.Code {
	from := e.info.TypeOf(x)
	if types.Equal(from, t) || t == types.Unknown {
		return e.Expr(x)
	}
	if lt, ok := t.(*types.List); ok {
		if d, ok := x.(*ast.List); ok {
			return e.typedList(d, lt)
		}
	}
	if d, ok := x.(*ast.List); ok && !types.IsNative(t) {
		// A list held as a dynamic value keeps Python's reference
		// semantics.
		return e.listDisplay(&ast.List{ExprBase: d.ExprBase, Elts: d.Elts, Ctx: d.Ctx})
	}
	if it, ok := t.(*types.Iter); ok {
		if code := e.toIter(x, from, it); code != nil {
			return code
		}
	}
	if isIterator(t) {
		if _, ok := from.(*types.Iter); ok {
			return patterns.Rt("NewIterator").Call(e.Expr(x))
		}
	}
	if code := e.rangeObject(x, t); code != nil {
		return code
	}
	if c, ok := x.(*ast.Constant); ok && c.Kind == ast.ConstInt && t == types.Float {
		f, _ := new(big.Float).SetInt(c.Value.(*big.Int)).Float64()
		return jen.Lit(f)
	}
	if from == types.Int && t == types.Float {
		return jen.Float64().Call(e.Expr(x))
	}
	if _, isSlice := from.(*types.List); isSlice && t == types.Object && isListDisplay(x) {
		// A new list stored where Python's reference semantics are needed
		// (a module-level list threads append to) is a runtime list: it
		// is shared by reference and locks each operation.
		if d, ok := x.(*ast.List); ok && len(d.Elts) == 0 {
			return patterns.Rt("NewList").Call()
		}
		if _, nested := types.Elem(from).(*types.List); nested {
			return patterns.Rt("ListOfLists").Call(e.Expr(x))
		}
		return patterns.Rt("ListFrom").Call(e.Expr(x))
	}
	if code, ok := e.libraryView(x, from, t); ok {
		return code
	}
	if code, ok := e.listView(x, from, t); ok {
		return code
	}
	if code, ok := e.boxFunc(x, from, t); ok {
		return code
	}
	if t == types.Object || !types.IsNative(t) {
		return e.Expr(x)
	}
	if from == types.None && !isValueGoType(t) {
		return jen.Nil()
	}
	if _, ok := t.(*types.Named); ok && from == types.None {
		return jen.Nil()
	}
	return e.fromObject(e.Expr(x), t)
}

// rangeObject emits range(...) held as a dynamic value (an argument of an
// untyped parameter, printed, sampled, indexed) as Python's range object,
// py.IntRange, rather than the iter.Seq loops and builtins iterate over;
// it returns nil for anything else.
func (e *emitter) rangeObject(x ast.Expr, t types.Type) jen.Code {
	call, ok := x.(*ast.Call)
	if !ok || t != types.Object || !e.isBuiltin(call.Func, "range") || len(call.Keywords) > 0 {
		return nil
	}
	args := make([]jen.Code, len(call.Args))
	for i, a := range call.Args {
		if _, star := a.(*ast.Starred); star {
			return nil
		}
		args[i] = e.ExprAs(a, types.Int)
	}
	return patterns.Rt("NewIntRange").Call(args...)
}

func isValueGoType(t types.Type) bool {
	switch t {
	case types.Int, types.Float, types.Str, types.Bool:
		return true
	}
	return false
}

// fromObject converts a dynamic value to a native type, raising
// TypeError in the runtime when it is not one.
func (e *emitter) fromObject(code jen.Code, t types.Type) jen.Code {
	switch t {
	case types.Int:
		return patterns.Rt("ToInt").Call(code)
	case types.Float:
		return patterns.Rt("ToFloat").Call(code)
	case types.Str:
		return patterns.Rt("Str").Call(code)
	case types.Bool:
		return patterns.Rt("Truthy").Call(code)
	case types.Object, types.None, types.Unknown:
		return code
	}
	if l, ok := t.(*types.List); ok {
		return patterns.Rt("ListAs").Types(e.GoType(l.Elem)).Call(code)
	}
	return jen.Add(code).Assert(e.GoType(t))
}

func (e *emitter) constant(c *ast.Constant) jen.Code {
	switch c.Kind {
	case ast.ConstInt:
		v := c.Value.(*big.Int)
		if v.IsInt64() {
			return jen.Lit(int(v.Int64()))
		}
		return patterns.Rt("BigInt").Call(jen.Lit(v.String()))
	case ast.ConstFloat:
		return jen.Lit(c.Value.(float64))
	case ast.ConstStr:
		return jen.Lit(c.Value.(string))
	case ast.ConstBool:
		return jen.Lit(c.Value.(bool))
	case ast.ConstNone:
		return jen.Nil()
	}
	e.log.Unsupported(c.Start(), "this literal")
	return jen.Nil()
}

func (e *emitter) name(n *ast.Name) jen.Code {
	sym := e.info.Refs[n]
	if sym == nil || sym.Import != "" {
		path := "builtins." + n.ID
		if sym != nil {
			path = sym.Import
		}
		if code := e.libValue(path, nil, n.Start()); code != nil {
			return code
		}
		if code := patterns.BuiltinValue(path); code != nil {
			return code
		}
		if sym == nil && patterns.Lookup(path) == nil {
			e.log.Errorf(n.Start(), "name '%s' is not defined", n.ID)
		} else {
			e.log.Unsupported(n.Start(), path+" used as a value")
		}
		return jen.Nil()
	}
	if e.isVararg(sym) {
		return patterns.Rt("Tuple").Call(jen.Id(e.symName(sym)))
	}
	if code, ok := e.classValue(n, false); ok {
		return code // a class read as a plain value: print(Point)
	}
	if e.shared[sym] {
		return jen.Id(e.symName(sym)).Dot("Load").Call()
	}
	return e.symRead(sym)
}

// cond emits x as a Go condition, with Python's truthiness.
func (e *emitter) cond(x ast.Expr) jen.Code {
	switch e.info.TypeOf(x) {
	case types.Bool:
		return e.Expr(x)
	case types.Int, types.Float:
		return jen.Add(e.Expr(x)).Op("!=").Lit(0)
	case types.Str:
		return jen.Add(e.Expr(x)).Op("!=").Lit("")
	}
	if _, ok := e.info.TypeOf(x).(*types.List); ok {
		return jen.Len(e.Expr(x)).Op(">").Lit(0)
	}
	if code, ok := e.instanceCond(x); ok {
		return code
	}
	return patterns.Rt("Truthy").Call(e.ExprAs(x, types.Object))
}

// binop emits a binary operation: Go's operator where it means what
// Python's does for the operand types, a runtime helper where Python's
// rules differ (floor division, modulo, true division by zero), and the
// dynamic operation otherwise.
func (e *emitter) binop(op ast.Operator, l, r ast.Expr, lt, rt, result types.Type) jen.Code {
	if code, ok := e.classBinop(op, l, r); ok {
		return code
	}
	if o := patterns.LookupOperator(op, lt, rt); o != nil {
		return o.Emit(e.Expr(l), e.Expr(r))
	}
	switch {
	case lt == types.Int && rt == types.Int:
		return e.intOp(op, l, r, result)
	case types.IsNumber(lt) && types.IsNumber(rt) && result == types.Float:
		return e.floatOp(op, l, r)
	case lt == types.Str && rt == types.Str && op == ast.Add:
		return e.infix(e.Expr(l), "+", e.Expr(r))
	case lt == types.Str && op == ast.Mod:
		return patterns.Rt("StrMod").Call(e.Expr(l), e.ExprAs(r, types.Object))
	}
	if _, isList := result.(*types.List); isList && op == ast.Add {
		_, lList := lt.(*types.List)
		_, rList := rt.(*types.List)
		if lList && rList {
			// list + list proven to be a list: a new slice of both.
			return jen.Qual("slices", "Concat").Call(e.ExprAs(l, result), e.ExprAs(r, result))
		}
	}
	if code, ok := e.listRepeat(op, l, r, lt, rt, result); ok {
		return code
	}
	if code, ok := e.strRepeat(op, l, r, lt, rt); ok {
		return code
	}
	return patterns.Rt(dynamicOps[op]).Call(e.ExprAs(l, types.Object), e.ExprAs(r, types.Object))
}

// listRepeat emits list * n (or n * list) for a Go slice of a proven
// element type; it reports false for other operands.
func (e *emitter) listRepeat(op ast.Operator, l, r ast.Expr, lt, rt, result types.Type) (jen.Code, bool) {
	if _, ok := result.(*types.List); !ok {
		return nil, false
	}
	_, lList := lt.(*types.List)
	_, rList := rt.(*types.List)
	switch {
	case op == ast.Mult && lList && rt == types.Int:
		return patterns.Rt("RepeatSlice").Call(e.ExprAs(l, result), e.Expr(r)), true
	case op == ast.Mult && rList && lt == types.Int:
		return patterns.Rt("RepeatSlice").Call(e.ExprAs(r, result), e.Expr(l)), true
	}
	return nil, false
}

// strRepeat emits str * n and n * str between a proven str and int; it
// reports false for other operands.
func (e *emitter) strRepeat(op ast.Operator, l, r ast.Expr, lt, rt types.Type) (jen.Code, bool) {
	switch {
	case op != ast.Mult:
	case lt == types.Str && rt == types.Int:
		return patterns.Rt("StrRepeat").Call(e.Expr(l), e.Expr(r)), true
	case lt == types.Int && rt == types.Str:
		return patterns.Rt("StrRepeat").Call(e.Expr(r), e.Expr(l)), true
	}
	return nil, false
}

var dynamicOps = map[ast.Operator]string{
	ast.Add: "Add", ast.Sub: "Sub", ast.Mult: "Mul", ast.Div: "TrueDivObj", ast.FloorDiv: "FloorDivObj",
	ast.Mod: "ModObj", ast.Pow: "Pow", ast.LShift: "LShift", ast.RShift: "RShift",
	ast.BitAnd: "BitAnd", ast.BitOr: "BitOr", ast.BitXor: "BitXor", ast.MatMult: "MatMul",
}

func (e *emitter) intOp(op ast.Operator, l, r ast.Expr, result types.Type) jen.Code {
	a, b := e.Expr(l), e.Expr(r)
	if op == ast.Mult && !isSmallFactor(l) && !isSmallFactor(r) && !e.smallProduct(l, r) {
		return patterns.Rt("MulInt").Call(a, b)
	}
	if code, ok := e.truncatingOp(op, l, r, a, b); ok && (op == ast.FloorDiv || op == ast.Mod) {
		return code
	}
	switch op {
	case ast.Add, ast.Sub, ast.Mult, ast.BitAnd, ast.BitOr, ast.BitXor:
		return e.infix(a, op.String(), b)
	case ast.FloorDiv:
		return patterns.Rt("FloorDiv").Call(a, b)
	case ast.Mod:
		return patterns.Rt("Mod").Call(a, b)
	case ast.Div:
		// Python words int division by zero differently from float
		// division, and rounds a quotient of big ints exactly.
		return patterns.Rt("TrueDivInt").Call(e.ExprAs(l, types.Int), e.ExprAs(r, types.Int))
	}
	return patterns.Rt(dynamicOps[op]).Call(a, b)
}

func (e *emitter) floatOp(op ast.Operator, l, r ast.Expr) jen.Code {
	a, b := e.floatOperand(l, r), e.floatOperand(r, l)
	if x, ok := literalFloat(l); ok && op == ast.Mult {
		if y, ok := literalFloat(r); ok && x*y == 0 && math.Signbit(x*y) {
			// Go's constants have no -0.0, so it would fold this to +0.
			return negZero()
		}
	}
	switch op {
	case ast.Add, ast.Sub, ast.Mult:
		return e.infix(a, op.String(), b)
	case ast.Div:
		return patterns.Rt("TrueDiv").Call(a, b)
	case ast.FloorDiv:
		return patterns.Rt("FloorDivFloat").Call(a, b)
	case ast.Mod:
		return patterns.Rt("ModFloat").Call(a, b)
	}
	return patterns.Rt(dynamicOps[op]).Call(e.ExprAs(l, types.Object), e.ExprAs(r, types.Object))
}

// floatOperand emits x as float64. When both operands are literals, Go
// would fold the expression with exact arithmetic (0.1+0.2 == 0.3), so the
// literal is made a typed float64 constant, which Go rounds like the
// hardware does.
func (e *emitter) floatOperand(x, other ast.Expr) jen.Code {
	_, xc := x.(*ast.Constant)
	_, oc := other.(*ast.Constant)
	code := e.ExprAs(x, types.Float)
	if xc && oc {
		return jen.Float64().Call(code)
	}
	return code
}

func (e *emitter) unary(n *ast.UnaryOp) jen.Code {
	if code, ok := e.classUnary(n); ok {
		return code
	}
	t := e.info.TypeOf(n.Operand)
	switch n.Op {
	case ast.Not:
		return jen.Op("!").Add(parenIfNeeded(e.cond(n.Operand)))
	case ast.USub:
		if c, ok := n.Operand.(*ast.Constant); ok && c.Kind == ast.ConstFloat && c.Value.(float64) == 0 {
			return negZero()
		}
		if types.IsNumber(t) {
			return e.prefix("-", e.Expr(n.Operand))
		}
		return patterns.Rt("Neg").Call(e.ExprAs(n.Operand, types.Object))
	case ast.UAdd:
		if types.IsNumber(t) {
			return e.Expr(n.Operand)
		}
	case ast.Invert:
		if t == types.Int {
			return e.prefix("^", e.Expr(n.Operand))
		}
	}
	return patterns.Rt("Unary").Call(jen.Lit(n.Op.String()), e.ExprAs(n.Operand, types.Object))
}

func parenIfNeeded(c jen.Code) jen.Code { return jen.Parens(c) }

// compare emits a comparison; a chain a < b < c evaluates b once.
func (e *emitter) compare(n *ast.Compare) jen.Code {
	left := n.Left
	var parts []jen.Code
	for i, op := range n.Ops {
		right := n.Comparators[i]
		if i < len(n.Ops)-1 && !isSimple(right) {
			tmp := e.names.Fresh("v")
			e.pre = append(e.pre, jen.Id(tmp).Op(":=").Add(e.Expr(right)))
			right = &goExpr{code: jen.Id(tmp)}
			e.info.Types[right] = e.info.TypeOf(n.Comparators[i])
		}
		parts = append(parts, e.compareOne(op, left, right))
		left = right
	}
	out := parts[0]
	for _, p := range parts[1:] {
		out = e.infix(out, "&&", p)
	}
	return out
}

var dynamicCmp = map[ast.CmpOp]string{
	ast.Eq: "Eq", ast.NotEq: "Ne", ast.Lt: "Lt", ast.LtE: "Le", ast.Gt: "Gt", ast.GtE: "Ge",
}

func (e *emitter) compareOne(op ast.CmpOp, l, r ast.Expr) jen.Code {
	if code, ok := e.classCompareValue(op, l, r); ok {
		return code
	}
	if code, ok := e.classCompare(op, l, r); ok {
		return code
	}
	lt, rt := e.info.TypeOf(l), e.info.TypeOf(r)
	switch op {
	case ast.Is, ast.IsNot:
		goOp := "=="
		if op == ast.IsNot {
			goOp = "!="
		}
		if patterns.IsNone(r) && patterns.IsNone(l) {
			return jen.Lit(op == ast.Is) // None is None
		}
		if patterns.IsNone(r) && !isValueGoType(lt) {
			return jen.Add(e.Expr(l)).Op(goOp).Nil()
		}
		if patterns.IsNone(r) {
			return jen.Lit(op == ast.IsNot) // an int, str, float or bool is never None
		}
		if op == ast.IsNot {
			return jen.Op("!").Add(e.identity(l, r))
		}
		return e.identity(l, r)
	case ast.In, ast.NotIn:
		in := e.contains(r, l)
		if op == ast.NotIn {
			return jen.Op("!").Add(in)
		}
		return in
	}
	native := lt == rt && (isValueGoType(lt)) || types.IsNumber(lt) && types.IsNumber(rt)
	if lt == types.Bool && rt == types.Bool && op != ast.Eq && op != ast.NotEq {
		native = false // Go does not order bools; Python orders them as 0 and 1
	}
	if native {
		if lt != rt {
			return e.infix(e.ExprAs(l, types.Float), op.String(), e.ExprAs(r, types.Float))
		}
		return e.infix(e.Expr(l), op.String(), e.Expr(r))
	}
	return patterns.Rt(dynamicCmp[op]).Call(e.ExprAs(l, types.Object), e.ExprAs(r, types.Object))
}

func (e *emitter) contains(container, item ast.Expr) jen.Code {
	ct := e.info.TypeOf(container)
	if l, ok := ct.(*types.List); ok && isValueGoType(l.Elem) && types.Equal(l.Elem, e.info.TypeOf(item)) {
		return jen.Qual("slices", "Contains").Call(e.Expr(container), e.Expr(item))
	}
	if ct == types.Str && e.info.TypeOf(item) == types.Str {
		return jen.Qual("strings", "Contains").Call(e.Expr(container), e.Expr(item))
	}
	return patterns.Rt("Contains").Call(e.ExprAs(container, types.Object), e.ExprAs(item, types.Object))
}

// boolOp emits and/or. On booleans they are Go's && and ||; otherwise
// Python returns one of the operands, which a func literal reproduces
// while keeping the short circuit.
func (e *emitter) boolOp(n *ast.BoolOp) jen.Code {
	goOp := "&&"
	if n.Op == ast.Or {
		goOp = "||"
	}
	t := e.info.TypeOf(n)
	if t == types.Bool {
		out := e.Expr(n.Values[0])
		save := e.hoistOK
		e.hoistOK = false
		for _, v := range n.Values[1:] {
			out = e.infix(out, goOp, e.Expr(v))
		}
		e.hoistOK = save
		return out
	}
	save := e.hoistOK
	e.hoistOK = false
	defer func() { e.hoistOK = save }()
	var body []jen.Code
	last := len(n.Values) - 1
	for i, v := range n.Values[:last] {
		tmp := fmt.Sprintf("v%d", i)
		test := e.condOf(jen.Id(tmp), t)
		if n.Op == ast.And {
			test = jen.Op("!").Parens(test)
		}
		body = append(body, jen.If(jen.Id(tmp).Op(":=").Add(e.ExprAs(v, t)), test).Block(jen.Return(jen.Id(tmp))))
	}
	body = append(body, jen.Return(e.ExprAs(n.Values[last], t)))
	return jen.Func().Params().Add(e.GoType(t)).Block(body...).Call()
}

// condOf is the truthiness test of an already evaluated value of type t.
func (e *emitter) condOf(code jen.Code, t types.Type) jen.Code {
	switch t {
	case types.Bool:
		return code
	case types.Int, types.Float:
		return jen.Add(code).Op("!=").Lit(0)
	case types.Str:
		return jen.Add(code).Op("!=").Lit("")
	}
	if _, ok := t.(*types.List); ok {
		return jen.Len(code).Op(">").Lit(0)
	}
	return patterns.Rt("Truthy").Call(code)
}

func (e *emitter) ifExp(n *ast.IfExp) jen.Code {
	t := e.info.TypeOf(n)
	test := e.cond(n.Test)
	save := e.hoistOK
	e.hoistOK = false
	defer func() { e.hoistOK = save }()
	return jen.Func().Params().Add(e.GoType(t)).Block(
		jen.If(test).Block(jen.Return(e.ExprAs(n.Body, t))),
		jen.Return(e.ExprAs(n.Orelse, t)),
	).Call()
}

// libValue emits a library name used as a value rather than called: a
// constant such as sys.argv, or a class such as ValueError. It returns nil
// when the name has no value form.
func (e *emitter) libValue(path string, recv ast.Expr, p ast.Pos) jen.Code {
	ent := patterns.Lookup(path)
	switch {
	case ent == nil:
		return nil
	case ent.AsValue != nil:
		return ent.AsValue(&patterns.EmitCall{Env: e, Recv: recv, Pos: p})
	case ent.Sig == nil && ent.Emit != nil:
		return ent.Emit(&patterns.EmitCall{Env: e, Recv: recv, Pos: p})
	}
	return nil
}

// builtinTypes are the builtin classes whose methods the runtime calls by
// name on any of their objects (CallMethod).
var builtinTypes = map[string]bool{
	"builtins.str": true, "builtins.list": true, "builtins.dict": true, "builtins.set": true, "builtins.tuple": true,
}

func (e *emitter) attribute(n *ast.Attribute) jen.Code {
	if code, ok := e.classAttribute(n); ok {
		return code
	}
	if code, ok := e.funcAttribute(n); ok {
		return code
	}
	switch v := e.info.TypeOf(n.Value).(type) {
	case *types.Module:
		if code := e.libValue(v.Path+"."+n.Attr, nil, n.Start()); code != nil {
			return code
		}
		if builtinTypes[v.Path] {
			// str.upper as a value: the method, called by name.
			return patterns.Rt("UnboundMethod").Call(jen.Lit(n.Attr))
		}
		e.log.Unsupported(n.Start(), v.Path+"."+n.Attr+" used as a value")
		return jen.Nil()
	case *types.Named:
		if code := e.libValue(v.Class+"."+n.Attr, n.Value, n.Start()); code != nil {
			return code
		}
		if infer.IsErrorClass(v.Class) {
			return patterns.Rt("GetAttr").Call(e.Expr(n.Value), jen.Lit(n.Attr))
		}
		e.log.Unsupported(n.Start(), fmt.Sprintf("attribute '%s' of %s", n.Attr, v.Class))
		return jen.Nil()
	}
	return patterns.Rt("GetAttr").Call(e.ExprAs(n.Value, types.Object), jen.Lit(n.Attr))
}

func (e *emitter) subscript(n *ast.Subscript) jen.Code {
	if code, ok := e.classSubscript(n); ok {
		return code
	}
	vt := e.info.TypeOf(n.Value)
	if sl, ok := n.Slice.(*ast.Slice); ok {
		return e.sliceExpr(n, sl)
	}
	if _, ok := vt.(*types.List); ok && e.info.TypeOf(n.Slice) == types.Int {
		return jen.Add(e.Expr(n.Value)).Index(e.listIndex(n.Value, n.Slice))
	}
	if vt == types.Str && e.info.TypeOf(n.Slice) == types.Int {
		return patterns.Rt("StrIndex").Call(e.Expr(n.Value), e.Expr(n.Slice))
	}
	if isRange(vt) && e.info.TypeOf(n.Slice) == types.Int {
		return jen.Add(e.Expr(n.Value)).Dot("At").Call(e.Expr(n.Slice))
	}
	return e.fromObject(patterns.Rt("GetItem").Call(e.ExprAs(n.Value, types.Object), e.ExprAs(n.Slice, types.Object)), e.info.TypeOf(n))
}

func (e *emitter) sliceBound(x ast.Expr) jen.Code {
	if x == nil {
		return jen.Nil()
	}
	return e.ExprAs(x, types.Object)
}

// listIndex emits an index into a slice; Python's negative indexes count
// from the end, so only a literal that is not negative is used directly.
func (e *emitter) listIndex(list, idx ast.Expr) jen.Code {
	if c, ok := idx.(*ast.Constant); ok {
		if v, ok := smallConst(c); ok && v >= 0 {
			return e.Expr(idx)
		}
	}
	return patterns.Rt("Index").Call(e.Expr(idx), jen.Len(e.Expr(list)))
}

func (e *emitter) listDisplay(n *ast.List) jen.Code {
	t := e.info.TypeOf(n)
	lt, ok := t.(*types.List)
	if !ok {
		items := make([]jen.Code, len(n.Elts))
		for i, el := range n.Elts {
			items[i] = e.ExprAs(el, types.Object)
		}
		return patterns.Rt("NewList").Call(items...)
	}
	return e.typedList(n, lt)
}

// typedList emits a list display as a slice of the given list type, which
// may be wider than the display's own (an empty display takes the type of
// the variable it initializes).
func (e *emitter) typedList(n *ast.List, lt *types.List) jen.Code {
	items := make([]jen.Code, len(n.Elts))
	for i, el := range n.Elts {
		items[i] = e.ExprAs(el, lt.Elem)
	}
	return jen.Index().Add(e.GoType(lt.Elem)).Values(items...)
}

func (e *emitter) tupleDisplay(elts []ast.Expr) jen.Code {
	items := make([]jen.Code, len(elts))
	for i, el := range elts {
		items[i] = e.ExprAs(el, types.Object)
	}
	return patterns.Rt("Tuple").Values(items...)
}

func describe(x ast.Node) string {
	switch x.(type) {
	case *ast.SetComp:
		return "set comprehensions"
	case *ast.DictComp:
		return "dict comprehensions"
	case *ast.Dict:
		return "dict displays"
	case *ast.Set:
		return "set displays"
	case *ast.Yield, *ast.YieldFrom:
		return "generators (yield)"
	case *ast.Await:
		return "await"
	case *ast.Starred:
		return "starred expressions"
	case *ast.NamedExpr:
		return "assignment expressions (:=)"
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	}
	return fmt.Sprintf("%T", x)
}

// isSmallFactor reports whether x is an int literal small enough that
// multiplying a Go int by it cannot overflow unless the other factor is
// already near the limit of int, which only a huge literal can be: a
// product of two values inference proved to be ints is checked at run
// time instead (MulInt), so no product is ever silently wrong.
func isSmallFactor(x ast.Expr) bool {
	c, ok := x.(*ast.Constant)
	if !ok {
		return false
	}
	v, ok := smallConst(c)
	return ok && v > -1<<16 && v < 1<<16
}

// isListDisplay reports whether x makes a new list: a display or a list
// comprehension.
func isListDisplay(x ast.Expr) bool {
	switch x.(type) {
	case *ast.List, *ast.ListComp:
		return true
	}
	return false
}

// negZero is the float -0.0, which Go cannot write as a constant: it folds
// -0.0 to +0, where Python keeps the sign.
func negZero() jen.Code { return jen.Qual("math", "Copysign").Call(jen.Lit(0), jen.Lit(-1)) }

// literalFloat is the value of a number literal, negated or not, and false
// for anything else.
func literalFloat(x ast.Expr) (float64, bool) {
	switch x := x.(type) {
	case *ast.Constant:
		switch v := x.Value.(type) {
		case float64:
			return v, true
		case *big.Int:
			f, _ := new(big.Float).SetInt(v).Float64()
			return f, true
		}
	case *ast.UnaryOp:
		if v, ok := literalFloat(x.Operand); ok && (x.Op == ast.USub || x.Op == ast.UAdd) {
			if x.Op == ast.USub {
				return -v, true
			}
			return v, true
		}
	}
	return 0, false
}
