package infer

import (
	"strings"

	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// BinaryDunders names the method Python calls for each binary operator.
var BinaryDunders = map[ast.Operator]string{
	ast.Add: "__add__", ast.Sub: "__sub__", ast.Mult: "__mul__", ast.Div: "__truediv__",
	ast.FloorDiv: "__floordiv__", ast.Mod: "__mod__", ast.Pow: "__pow__", ast.MatMult: "__matmul__",
	ast.BitAnd: "__and__", ast.BitOr: "__or__", ast.BitXor: "__xor__",
	ast.LShift: "__lshift__", ast.RShift: "__rshift__",
}

// CompareDunders names the method Python calls for each comparison, and
// ReflectedCompare the one it tries on the right operand.
var (
	CompareDunders = map[ast.CmpOp]string{
		ast.Eq: "__eq__", ast.NotEq: "__ne__", ast.Lt: "__lt__", ast.LtE: "__le__", ast.Gt: "__gt__", ast.GtE: "__ge__",
	}
	ReflectedCompare = map[ast.CmpOp]ast.CmpOp{
		ast.Eq: ast.Eq, ast.NotEq: ast.NotEq, ast.Lt: ast.Gt, ast.Gt: ast.Lt, ast.LtE: ast.GtE, ast.GtE: ast.LtE,
	}
)

// UnaryDunders names the method Python calls for each unary operator.
var UnaryDunders = map[ast.UnaryOperator]string{ast.USub: "__neg__", ast.UAdd: "__pos__", ast.Invert: "__invert__"}

// otherDunders take an operand of the receiver's own class unless a call
// proves otherwise.
var otherDunders = map[string]bool{
	"__eq__": true, "__ne__": true, "__lt__": true, "__le__": true, "__gt__": true, "__ge__": true,
}

// seedDunders types the operand of the comparison dunders as the class's
// own instances, the usual case, and marks every dunder as called.
func (t *typer) seedDunders(c *Class, m *Method, f *Func) {
	if otherDunders[m.Def.Name] && len(f.Params) == 2 {
		if len(t.info.MixinHosts(c)) > 0 {
			// The operand may be an object of any class deriving from c.
			t.setSym(f.Params[1], types.Object)
		} else {
			t.setSym(f.Params[1], c.Instance())
		}
	}
	if m.Def.Name == "__format__" && len(f.Params) == 2 {
		t.setSym(f.Params[1], types.Str) // the format spec
	}
	if len(m.Def.Name) > 4 && m.Def.Name[:2] == "__" && !f.Called {
		f.Called = true
		t.changed = true
	}
}

// dunderCall types a use of an operator method: the operand binds to its
// parameter and the result is the method's. It reports false when l is not
// an instance whose class defines name.
func (t *typer) dunderCall(name string, l types.Type, args ...types.Type) (types.Type, bool) {
	c := t.info.ClassOf(l)
	if _, isInst := l.(*types.Instance); c == nil || !isInst {
		return nil, false
	}
	m := c.Method(name)
	if m == nil {
		return nil, false
	}
	f := t.info.Funcs[m.Def]
	for i, a := range args {
		if i+1 < len(f.Params) {
			t.setSym(f.Params[i+1], a)
		}
	}
	return f.Result, true
}

// classBinop types l op r when l's class defines the operator, or r's
// class its reflected form (__radd__ for 1 + obj).
func (t *typer) classBinop(op ast.Operator, l, r types.Type) (types.Type, bool) {
	if rt, ok := t.dunderCall(BinaryDunders[op], l, r); ok {
		return rt, true
	}
	if !IsNative(l) {
		return nil, false // an object of unproven class may define op itself
	}
	return t.dunderCall(ReflectedDunder(op), r, l)
}

// IsNative reports whether t is a builtin type proven statically, whose
// operators do not know user classes.
func IsNative(t types.Type) bool {
	switch t {
	case types.Int, types.Float, types.Str, types.Bool:
		return true
	}
	_, isList := t.(*types.List)
	return isList
}

// classAugAssign types x op= v when x's class defines the in-place
// operator (__iadd__); otherwise x op= v is x = x op v.
func (t *typer) classAugAssign(op ast.Operator, l, r types.Type) types.Type {
	if rt, ok := t.dunderCall(InPlaceDunder(op), l, r); ok {
		return rt
	}
	return t.binop(op, l, r)
}

// augAssign types `x op= v`. A list's += extends it in place with the
// items of any iterable (list.__iadd__), so a list stays a list of the
// join of its items and the iterable's: `lst += ("t",)`, `lst += range(3)`.
func (t *typer) augAssign(op ast.Operator, l, r types.Type) types.Type {
	if lt, ok := l.(*types.List); ok && op == ast.Add && r != types.Unknown {
		if _, isList := r.(*types.List); !isList {
			if _, isTuple := r.(*types.Tuple); isTuple || types.Elem(r) != types.Object {
				return &types.List{Elem: types.Join(lt.Elem, types.Elem(r))}
			}
		}
	}
	return t.classAugAssign(op, l, r)
}

// ReflectedDunder names the method Python tries on the right operand when
// the left one does not define op: __radd__ for +.
func ReflectedDunder(op ast.Operator) string { return "__r" + BinaryDunders[op][2:] }

// InPlaceDunder names the method of an augmented assignment: __iadd__ for
// +=.
func InPlaceDunder(op ast.Operator) string { return "__i" + BinaryDunders[op][2:] }

// classUnary types a unary operator on an instance.
func (t *typer) classUnary(op ast.UnaryOperator, ot types.Type) (types.Type, bool) {
	if op == ast.Not {
		return nil, false
	}
	return t.dunderCall(UnaryDunders[op], ot)
}

// CallMethodOf is the bound __call__ method of an instance of a class
// that defines it, which a library calls when it is handed the object as
// a function; nil for other types.
func (in *Info) CallMethodOf(t types.Type) *types.Func {
	it, ok := t.(*types.Instance)
	if !ok {
		return nil
	}
	c := in.ClassOf(it)
	if c == nil {
		return nil
	}
	m := c.Method("__call__")
	if m == nil || m.Kind != PlainMethod {
		return nil
	}
	return &types.Func{Name: m.Def.Name, Def: m.Def, Bound: true}
}

// classCall types a call of an object whose class defines __call__.
func (t *typer) classCall(it *types.Instance, n *ast.Call) (types.Type, bool) {
	c := t.info.ClassOf(it)
	if c == nil {
		return nil, false
	}
	m := c.Method("__call__")
	if m == nil {
		return nil, false
	}
	return t.bindMethod(t.info.Funcs[m.Def], n, 1), true
}

// classEnterType is what `with x as y` binds: the result of the class's
// __enter__ for an instance of a user class, else what enterType says. The
// parameters of __exit__ are dynamic: the exception's class, the exception
// and the traceback, or three Nones. `async with` calls __aenter__ and
// __aexit__ and binds what awaiting __aenter__'s coroutine gives.
func (t *typer) classEnterType(ct types.Type, async bool) types.Type {
	if _, isInst := ct.(*types.Instance); !isInst {
		return t.enterType(ct, async)
	}
	enter, exit := "__enter__", "__exit__"
	if async {
		enter, exit = "__aenter__", "__aexit__"
	}
	c := t.info.ClassOf(ct)
	if m := c.Method(exit); m != nil && len(t.info.Funcs[m.Def].Params) > 0 {
		// (An __exit__ without self is refused by the emitter.)
		for _, p := range t.info.Funcs[m.Def].Params[1:] {
			t.setSym(p, types.Object)
		}
	}
	if m := c.Method(enter); m != nil {
		if async {
			return AwaitResult(t.info.Funcs[m.Def].Result)
		}
		return t.info.Funcs[m.Def].Result
	}
	return types.Object
}

// classBuiltinCall types isinstance and issubclass with user classes.
func (t *typer) classBuiltinCall(n *ast.Call) (types.Type, bool) {
	name, ok := n.Func.(*ast.Name)
	if !ok || (name.ID != "isinstance" && name.ID != "issubclass") || t.info.Lookup(t.scope, name.ID) != nil || len(n.Args) != 2 {
		return nil, false
	}
	elts := []ast.Expr{n.Args[1]}
	if tup, ok := n.Args[1].(*ast.Tuple); ok {
		elts = tup.Elts
	}
	for _, el := range elts {
		if _, ok := t.expr(el).(*types.Class); !ok && !(name.ID == "issubclass" && isBuiltinExc(t.expr(el))) {
			return nil, false
		}
	}
	t.record(n.Func, types.Object)
	return types.Bool, true
}

// isBuiltinExc reports whether t is a builtin exception class
// (KeyError), which issubclass may test user exception classes against.
func isBuiltinExc(t types.Type) bool {
	m, ok := t.(*types.Module)
	return ok && strings.HasPrefix(m.Path, "builtins.") && strings.HasSuffix(m.Path, "Error") ||
		ok && (m.Path == "builtins.Exception" || m.Path == "builtins.BaseException")
}

// isTypeOf reports whether e is type(x) or x.__class__.
func (t *typer) isTypeOf(e ast.Expr) bool {
	switch v := e.(type) {
	case *ast.Call:
		n, ok := v.Func.(*ast.Name)
		return ok && n.ID == "type" && len(v.Args) == 1 && t.info.Lookup(t.scope, "type") == nil
	case *ast.Attribute:
		return v.Attr == "__class__"
	}
	return false
}
