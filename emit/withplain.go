package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// straightWith emits `with m: body` as enter, body, exit in a row, with no
// func literal and no defer, when the body is simple arithmetic on
// variables of proven numeric types: it can neither raise nor jump, so
// __exit__ runs exactly when the deferred form would run it. This keeps a
// lock held around `counter += 1` as cheap as a Go programmer's
// Lock/counter++/Unlock.
func (e *emitter) straightWith(n *ast.With) ([]jen.Code, bool) {
	if len(n.Items) != 1 || n.Items[0].OptionalVars != nil || n.Async || !e.cannotRaise(n.Body) {
		return nil, false
	}
	out, exit := e.withEnter(n, n.Items[0])
	if exit == nil {
		return out, true
	}
	out = append(out, e.block(n.Body)...)
	return append(out, exit), true
}

// cannotRaise reports whether every statement of body is pass or an
// assignment to a plain name of safe arithmetic (see safeArith).
func (e *emitter) cannotRaise(body []ast.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *ast.Pass:
		case *ast.AugAssign:
			if !e.numericName(s.Target) || (s.Op != ast.Add && s.Op != ast.Sub) || !e.safeArith(s.Value) ||
				e.info.TypeOf(s.Value) != e.info.TypeOf(s.Target) {
				return false
			}
		case *ast.Assign:
			if len(s.Targets) != 1 || !e.numericName(s.Targets[0]) || !e.safeArith(s.Value) ||
				e.info.TypeOf(s.Value) != e.info.TypeOf(s.Targets[0]) {
				return false
			}
		default:
			return false
		}
	}
	return len(body) > 0
}

// numericName reports whether x is a variable proven to be an int or a
// float.
func (e *emitter) numericName(x ast.Expr) bool {
	n, ok := x.(*ast.Name)
	if !ok || e.info.Refs[n] == nil {
		return false
	}
	t := e.info.TypeOf(n)
	return t == types.Int || t == types.Float
}

// safeArith reports whether x is built from numeric literals and numeric
// variables with + and - (and unary -): Go's operators on them cannot
// panic, as py2go emits them for ints and floats.
func (e *emitter) safeArith(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Constant:
		return x.Kind == ast.ConstInt || x.Kind == ast.ConstFloat
	case *ast.Name:
		return e.numericName(x)
	case *ast.UnaryOp:
		return (x.Op == ast.USub || x.Op == ast.UAdd) && e.safeArith(x.Operand)
	case *ast.BinOp:
		t := e.info.TypeOf(x)
		return (x.Op == ast.Add || x.Op == ast.Sub) && (t == types.Int || t == types.Float) &&
			e.safeArith(x.Left) && e.safeArith(x.Right)
	}
	return false
}

// dynamicWith is withEnter for a value of unproven type: the runtime
// calls __enter__ and __exit__ by name, and __exit__, deferred, sees the
// exception in flight and may suppress it.
func (e *emitter) dynamicWith(n *ast.With, it *ast.WithItem) ([]jen.Code, jen.Code) {
	tmp := e.names.Fresh("ctx")
	value, out := e.withPre(func() jen.Code { return e.ExprAs(it.ContextExpr, types.Object) })
	out = append(out, jen.Id(tmp).Op(":=").Add(value))
	enter := patterns.Rt("EnterDynamic").Call(jen.Id(tmp))
	switch v := it.OptionalVars.(type) {
	case nil:
		out = append(out, enter)
	case *ast.Name:
		target := &goExpr{code: enter}
		e.info.Types[target] = types.Object
		out = append(out, e.assignTo(n, v, target)...)
	default:
		e.log.Unsupported(v.Start(), "with ... as a non-name target")
		return nil, nil
	}
	return out, patterns.Rt("ExitDynamic").Call(jen.Id(tmp))
}

// withPre emits an expression and returns it with, apart, the statements
// it needs first (temporaries of copied arguments, a comprehension's
// loop), leaving e.pre as it was: a with item's must run before the
// body, a package variable's go into a function literal.
func (e *emitter) withPre(expr func() jen.Code) (jen.Code, []jen.Code) {
	outer := e.pre
	e.pre = nil
	code := expr()
	pre := e.pre
	e.pre = outer
	return code, pre
}
