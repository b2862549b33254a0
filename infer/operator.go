package infer

import (
	"strings"

	"github.com/py2go/py2go/ast"
)

// The operator module's functions are rewritten, before anything else
// looks at the program, into the Python they stand for, so that the rest
// of inference types them as any lambda:
//
//	itemgetter(1)              becomes  lambda obj: obj[1]
//	itemgetter(0, 2)           becomes  lambda obj: (obj[0], obj[2])
//	attrgetter("a.b")          becomes  lambda obj: obj.a.b
//	methodcaller("m", x)       becomes  lambda obj, _x=x: obj.m(_x)
//	operator.mul               becomes  lambda a, b: a * b
//	operator.mul(x, y)         becomes  x * y
//
// Arguments that are not literals are bound as defaults, which
// desugarLambdaDefaults turns into a closure made where the call is, so
// they are evaluated once, where Python evaluates them. Anything else
// (attrgetter of a computed name, keyword arguments) stays as it is and
// the operator recognizer reports it.

// operatorFuncs maps operator's functions to the expression they compute
// of their arguments a and b.
var operatorFuncs = map[string]func(p ast.ExprBase, a, b ast.Expr) ast.Expr{
	"add": binOp(ast.Add), "sub": binOp(ast.Sub), "mul": binOp(ast.Mult),
	"truediv": binOp(ast.Div), "floordiv": binOp(ast.FloorDiv), "mod": binOp(ast.Mod),
	"pow": binOp(ast.Pow), "lshift": binOp(ast.LShift), "rshift": binOp(ast.RShift),
	"and_": binOp(ast.BitAnd), "or_": binOp(ast.BitOr), "xor": binOp(ast.BitXor),
	"concat": binOp(ast.Add),
	"eq":     cmpOp(ast.Eq), "ne": cmpOp(ast.NotEq), "lt": cmpOp(ast.Lt), "le": cmpOp(ast.LtE),
	"gt": cmpOp(ast.Gt), "ge": cmpOp(ast.GtE),
	"contains": func(p ast.ExprBase, a, b ast.Expr) ast.Expr {
		return &ast.Compare{ExprBase: p, Left: b, Ops: []ast.CmpOp{ast.In}, Comparators: []ast.Expr{a}}
	},
	"getitem": func(p ast.ExprBase, a, b ast.Expr) ast.Expr {
		return &ast.Subscript{ExprBase: p, Value: a, Slice: b, Ctx: ast.Load}
	},
	"neg": unOp(ast.USub), "pos": unOp(ast.UAdd), "not_": unOp(ast.Not),
	"invert": unOp(ast.Invert), "inv": unOp(ast.Invert),
}

// unaryOperators are the functions of operatorFuncs that take one argument.
var unaryOperators = map[string]bool{"neg": true, "pos": true, "not_": true, "invert": true, "inv": true}

func binOp(op ast.Operator) func(ast.ExprBase, ast.Expr, ast.Expr) ast.Expr {
	return func(p ast.ExprBase, a, b ast.Expr) ast.Expr {
		return &ast.BinOp{ExprBase: p, Left: a, Op: op, Right: b}
	}
}

func cmpOp(op ast.CmpOp) func(ast.ExprBase, ast.Expr, ast.Expr) ast.Expr {
	return func(p ast.ExprBase, a, b ast.Expr) ast.Expr {
		return &ast.Compare{ExprBase: p, Left: a, Ops: []ast.CmpOp{op}, Comparators: []ast.Expr{b}}
	}
}

func unOp(op ast.UnaryOperator) func(ast.ExprBase, ast.Expr, ast.Expr) ast.Expr {
	return func(p ast.ExprBase, a, _ ast.Expr) ast.Expr {
		return &ast.UnaryOp{ExprBase: p, Op: op, Operand: a}
	}
}

// operators rewrites the uses of one program's operator imports.
type operators struct {
	// names maps what operator's functions are imported as to their
	// names; modules holds what the operator module is imported as.
	names   map[string]string
	modules map[string]bool
}

// desugarOperator rewrites the operator functions of mod in place.
func desugarOperator(mod *ast.Module) {
	o := &operators{names: map[string]string{}, modules: map[string]bool{}}
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ImportFrom:
			for _, a := range n.Names {
				if n.Module == "operator" {
					o.names[aliasName(a)] = a.Name
				}
			}
		case *ast.Import:
			for _, a := range n.Names {
				if a.Name == "operator" {
					o.modules[aliasName(a)] = true
				}
			}
		}
		return true
	})
	if len(o.names) == 0 && len(o.modules) == 0 {
		return
	}
	for i, st := range mod.Body {
		mod.Body[i] = rewriteExprs(rewriteExprs(st, o.rewrite), unmark).(ast.Stmt)
	}
}

// function returns the name of the operator function x names, or "".
func (o *operators) function(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.Name:
		if x.Ctx == ast.Load {
			return o.names[x.ID]
		}
	case *ast.Attribute:
		if m, ok := x.Value.(*ast.Name); ok && o.modules[m.ID] && x.Ctx == ast.Load {
			return x.Attr
		}
	}
	return ""
}

// rewrite turns one use of an operator function into plain Python, and
// leaves anything else as it is. rewriteExprs goes bottom-up, so a call
// sees its function already rewritten; calls are therefore recognized
// through the function's original name, kept in call.Func until here.
func (o *operators) rewrite(x ast.Expr) ast.Expr {
	switch x := x.(type) {
	case *ast.Call:
		lam, ok := x.Func.(*operatorLambda)
		if !ok {
			return x
		}
		if out := o.call(x, lam.name); out != nil {
			return out
		}
		x.Func = lam.Expr
		return x
	case *ast.Name, *ast.Attribute:
		name := o.function(x)
		build, ok := operatorFuncs[name]
		if !ok {
			if name == "itemgetter" || name == "attrgetter" || name == "methodcaller" {
				return &operatorLambda{Expr: x, name: name, orig: x}
			}
			return x
		}
		p := exprBase(x)
		a, b := paramRef(p, "_a"), paramRef(p, "_b")
		params := []*ast.Arg{{P: p.P, Name: "_a"}}
		if !unaryOperators[name] {
			params = append(params, &ast.Arg{P: p.P, Name: "_b"})
		}
		lam := &ast.Lambda{ExprBase: p, Args: &ast.Arguments{Args: params}, Body: build(p, a, b)}
		return &operatorLambda{Expr: lam, name: name, orig: x}
	}
	return x
}

// operatorLambda marks, while the rewrite runs, an operator function
// rewritten into a lambda (or left as it is: itemgetter and its kind,
// which only their calls make into lambdas), so the call of it can be rewritten in turn; rewriteExprs
// replaces every one left by the lambda or the original expression.
type operatorLambda struct {
	ast.Expr // the lambda, or orig
	name     string
	orig     ast.Expr
}

func exprBase(x ast.Expr) ast.ExprBase {
	return ast.ExprBase{Base: ast.Base{P: x.Start()}}
}

func paramRef(p ast.ExprBase, name string) *ast.Name {
	return &ast.Name{ExprBase: p, ID: name, Ctx: ast.Load}
}

// call rewrites a call of the operator function name; nil when it does
// not fit.
func (o *operators) call(c *ast.Call, name string) ast.Expr {
	if len(c.Keywords) > 0 || hasStarredArg(c.Args) {
		return nil
	}
	p := c.ExprBase
	switch name {
	case "itemgetter":
		return getter(p, c.Args, func(obj, k ast.Expr) ast.Expr {
			return &ast.Subscript{ExprBase: p, Value: obj, Slice: k, Ctx: ast.Load}
		})
	case "attrgetter":
		return attrGetter(p, c.Args)
	case "methodcaller":
		return methodCaller(p, c.Args)
	}
	build := operatorFuncs[name]
	if want := 2 - boolInt(unaryOperators[name]); len(c.Args) != want {
		return nil
	}
	var b ast.Expr
	if len(c.Args) > 1 {
		b = c.Args[1]
	}
	return build(p, c.Args[0], b)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func hasStarredArg(args []ast.Expr) bool {
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

// getter is the lambda of itemgetter(*keys): one key gives the item, more
// give a tuple. Keys that are not literals become defaults of the lambda.
func getter(p ast.ExprBase, keys []ast.Expr, item func(obj, k ast.Expr) ast.Expr) ast.Expr {
	if len(keys) == 0 {
		return nil
	}
	lam := &ast.Lambda{ExprBase: p, Args: &ast.Arguments{Args: []*ast.Arg{{P: p.P, Name: "_obj"}}}}
	var items []ast.Expr
	for i, k := range keys {
		items = append(items, item(paramRef(p, "_obj"), boundArg(lam, k, i)))
	}
	lam.Body = tupleOrOne(p, items)
	return lam
}

// boundArg is k itself when it is a literal, and otherwise a parameter
// of lam with k as its default, evaluated once where the call is.
func boundArg(lam *ast.Lambda, k ast.Expr, i int) ast.Expr {
	if _, ok := k.(*ast.Constant); ok {
		return k
	}
	name := "_k" + string(rune('0'+i%10)) + strings.Repeat("_", i/10)
	lam.Args.Args = append(lam.Args.Args, &ast.Arg{P: k.Start(), Name: name})
	lam.Args.Defaults = append(lam.Args.Defaults, k)
	return paramRef(exprBase(k), name)
}

func tupleOrOne(p ast.ExprBase, items []ast.Expr) ast.Expr {
	if len(items) == 1 {
		return items[0]
	}
	return &ast.Tuple{ExprBase: p, Elts: items, Ctx: ast.Load}
}

// attrGetter is the lambda of attrgetter("a", "b.c"), for literal names.
func attrGetter(p ast.ExprBase, names []ast.Expr) ast.Expr {
	if len(names) == 0 {
		return nil
	}
	var items []ast.Expr
	for _, n := range names {
		s, ok := constString(n)
		if !ok {
			return nil
		}
		var x ast.Expr = paramRef(p, "_obj")
		for _, part := range strings.Split(s, ".") {
			x = &ast.Attribute{ExprBase: p, Value: x, Attr: part, Ctx: ast.Load}
		}
		items = append(items, x)
	}
	return &ast.Lambda{ExprBase: p, Args: &ast.Arguments{Args: []*ast.Arg{{P: p.P, Name: "_obj"}}},
		Body: tupleOrOne(p, items)}
}

// methodCaller is the lambda of methodcaller("name", *args).
func methodCaller(p ast.ExprBase, args []ast.Expr) ast.Expr {
	if len(args) == 0 {
		return nil
	}
	name, ok := constString(args[0])
	if !ok || strings.Contains(name, ".") {
		return nil
	}
	lam := &ast.Lambda{ExprBase: p, Args: &ast.Arguments{Args: []*ast.Arg{{P: p.P, Name: "_obj"}}}}
	call := &ast.Call{ExprBase: p, Func: &ast.Attribute{ExprBase: p, Value: paramRef(p, "_obj"), Attr: name, Ctx: ast.Load}}
	for i, a := range args[1:] {
		call.Args = append(call.Args, boundArg(lam, a, i))
	}
	lam.Body = call
	return lam
}

func constString(x ast.Expr) (string, bool) {
	c, ok := x.(*ast.Constant)
	if !ok {
		return "", false
	}
	s, ok := c.Value.(string)
	return s, ok
}

// unmark replaces the operatorLambda markers rewrite left (function
// values never called) by their lambdas, or their original expressions.
func unmark(x ast.Expr) ast.Expr {
	if m, ok := x.(*operatorLambda); ok {
		return m.Expr
	}
	return x
}
