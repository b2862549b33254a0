package infer

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// expr types e, records the result and returns it.
func (t *typer) expr(e ast.Expr) types.Type {
	return t.record(e, t.exprType(e))
}

func (t *typer) exprType(e ast.Expr) types.Type {
	switch n := e.(type) {
	case *ast.Constant:
		return constType(n)
	case *ast.Name:
		return t.name(n)
	case *ast.JoinedStr:
		t.children(n)
		return types.Str
	case *ast.FormattedValue:
		t.children(n)
		return types.Str
	case *ast.BinOp:
		return t.binop(n.Op, t.expr(n.Left), t.expr(n.Right))
	case *ast.UnaryOp:
		return t.unary(n)
	case *ast.BoolOp:
		var out types.Type = types.Unknown
		for _, v := range n.Values {
			out = types.Join(out, t.expr(v))
		}
		return out
	case *ast.Compare:
		t.children(n)
		return types.Bool
	case *ast.IfExp:
		t.expr(n.Test)
		return types.Join(t.expr(n.Body), t.expr(n.Orelse))
	case *ast.Call:
		return t.call(n)
	case *ast.Attribute:
		return t.attribute(n)
	case *ast.Subscript:
		return t.subscript(n)
	case *ast.List:
		return &types.List{Elem: t.elems(n.Elts)}
	case *ast.Tuple:
		return t.tuple(n)
	case *ast.ListComp:
		return &types.List{Elem: t.comp(n, n.Generators, n.Elt)}
	case *ast.GeneratorExp:
		return &types.Iter{Elem: t.comp(n, n.Generators, n.Elt)}
	case *ast.SetComp:
		t.comp(n, n.Generators, n.Elt)
		return types.Object
	case *ast.DictComp:
		t.comp(n, n.Generators, n.Key, n.Value)
		return types.Object
	case *ast.Lambda:
		return t.lambda(n)
	case *ast.NamedExpr:
		vt := t.expr(n.Value)
		t.assign(n.Target, vt)
		return vt
	case *ast.Starred:
		t.expr(n.Value)
		return types.Object
	case *ast.Yield:
		var vt types.Type = types.None
		if n.Value != nil {
			vt = t.expr(n.Value)
		}
		if t.fn != nil {
			t.update(&t.fn.Yield, vt, false)
		}
		return types.Object
	case *ast.Await:
		return AwaitResult(t.expr(n.Value))
	case *ast.YieldFrom:
		vt := types.Elem(t.expr(n.Value))
		if t.fn != nil {
			t.update(&t.fn.Yield, vt, false)
		}
		return types.Object
	}
	t.children(e)
	return types.Object
}

func (t *typer) children(e ast.Node) {
	for _, c := range ast.Children(e) {
		if c, ok := c.(ast.Expr); ok {
			t.expr(c)
		}
	}
}

func constType(c *ast.Constant) types.Type {
	switch c.Kind {
	case ast.ConstInt:
		return types.Int
	case ast.ConstFloat:
		return types.Float
	case ast.ConstStr:
		return types.Str
	case ast.ConstBool:
		return types.Bool
	case ast.ConstNone:
		return types.None
	}
	return types.Object
}

func (t *typer) name(n *ast.Name) types.Type {
	sym := t.info.Lookup(t.scope, n.ID)
	if sym == nil {
		if patterns.Lookup("builtins."+n.ID) != nil {
			return &types.Module{Path: "builtins." + n.ID}
		}
		return types.Object
	}
	if sym.Import != "" {
		return &types.Module{Path: sym.Import}
	}
	if et, ok := t.enumName(n, sym); ok {
		return et
	}
	if sym.Def != nil && sym.Stores == 1 {
		return &types.Func{Name: sym.Def.Name, Def: sym.Def}
	}
	return sym.Type
}

func (t *typer) elems(es []ast.Expr) types.Type {
	var out types.Type = types.Unknown
	for _, e := range es {
		out = types.Join(out, t.expr(e))
	}
	return out
}

func (t *typer) tuple(n *ast.Tuple) types.Type {
	es := make([]types.Type, len(n.Elts))
	for i, e := range n.Elts {
		es[i] = t.expr(e)
	}
	return &types.Tuple{Elems: es}
}

// binop is Python's result type for a binary operation on known types, or
// Object.
func (t *typer) binop(op ast.Operator, l, r types.Type) types.Type {
	if ct, ok := t.classBinop(op, l, r); ok {
		return ct
	}
	if ct, ok := t.enumBinop(op, l, r); ok {
		return ct
	}
	if l == types.Unknown || r == types.Unknown {
		return types.Unknown // not learned yet; a later round decides
	}
	if o := patterns.LookupOperator(op, l, r); o != nil {
		return o.Result
	}
	switch {
	case l == types.Int && r == types.Int:
		switch op {
		case ast.Div:
			return types.Float
		case ast.Pow:
			// A negative exponent gives a float; the emitter proves it is
			// not negative or falls back to the dynamic operation.
			return types.Object
		}
		return types.Int
	case types.IsNumber(l) && types.IsNumber(r):
		if op == ast.Add || op == ast.Sub || op == ast.Mult || op == ast.Div || op == ast.FloorDiv || op == ast.Mod {
			return types.Float
		}
	case l == types.Str && r == types.Str && op == ast.Add:
		return types.Str
	case l == types.Str && r == types.Int && op == ast.Mult, l == types.Int && r == types.Str && op == ast.Mult:
		return types.Str
	case l == types.Str && op == ast.Mod:
		return types.Str
	}
	if ll, ok := l.(*types.List); ok && op == ast.Add {
		if rl, ok := r.(*types.List); ok {
			return &types.List{Elem: types.Join(ll.Elem, rl.Elem)}
		}
	}
	if op == ast.Mult {
		// list * n and n * list repeat the list: a list of the same type.
		if _, ok := l.(*types.List); ok && r == types.Int {
			return l
		}
		if _, ok := r.(*types.List); ok && l == types.Int {
			return r
		}
	}
	return types.Object
}

func (t *typer) unary(n *ast.UnaryOp) types.Type {
	ot := t.expr(n.Operand)
	if ct, ok := t.classUnary(n.Op, ot); ok {
		return ct
	}
	if n.Op == ast.Invert && t.info.FlagClass(ot) != nil {
		return ot
	}
	if ot == types.Unknown && n.Op != ast.Not {
		return types.Unknown
	}
	switch n.Op {
	case ast.Not:
		return types.Bool
	case ast.USub, ast.UAdd:
		if types.IsNumber(ot) {
			return ot
		}
	case ast.Invert:
		if ot == types.Int {
			return types.Int
		}
	}
	return types.Object
}

func (t *typer) subscript(n *ast.Subscript) types.Type {
	vt := t.expr(n.Value)
	if et, ok := t.enumSubscript(n, vt); ok {
		return et
	}
	st := t.expr(n.Slice)
	if ct, ok := t.dunderCall("__getitem__", vt, st); ok {
		return ct
	}
	if vt == types.Unknown || st == types.Unknown {
		return types.Unknown
	}
	if _, isSlice := n.Slice.(*ast.Slice); isSlice {
		if _, ok := vt.(*types.List); ok || vt == types.Str {
			return vt
		}
		return types.Object
	}
	switch v := vt.(type) {
	case *types.List:
		if st == types.Int {
			return v.Elem
		}
	case *types.Named:
		if v.Class == "builtins.range" && st == types.Int {
			return types.Int
		}
	case *types.Tuple:
		if c, ok := n.Slice.(*ast.Constant); ok && c.Kind == ast.ConstInt {
			if i, ok := smallInt(c); ok && i >= 0 && i < len(v.Elems) {
				return v.Elems[i]
			}
		}
	}
	if vt == types.Str && st == types.Int {
		return types.Str
	}
	return types.Object
}

func (t *typer) attribute(n *ast.Attribute) types.Type {
	vt := t.expr(n.Value)
	if ct, ok := t.classAttribute(n, vt); ok {
		return ct
	}
	switch v := vt.(type) {
	case *types.Module:
		return t.libValue(v.Path+"."+n.Attr, n)
	case *types.Named:
		lt := t.libValueOf(v.Class+"."+n.Attr, v)
		if _, none := lt.(*types.Module); !none || !IsErrorClass(v.Class) {
			return lt
		}
		// An attribute of a caught exception that its static class
		// lacks: a subclass's, read at run time.
	case *types.Func:
		if n.Attr == "__name__" {
			return types.Str
		}
	}
	if _, isNamed := vt.(*types.Named); (vt == types.Object || isNamed) && !t.info.dynamicAttrs[n.Attr] {
		if t.info.dynamicAttrs == nil {
			t.info.dynamicAttrs = map[string]bool{}
		}
		t.info.dynamicAttrs[n.Attr] = true
		t.changed = true
	}
	return types.Object
}

// libValue is the type of a library attribute used as a value: a module
// path when it names something callable or a submodule, or the entry's type.
// libValueOf is the type of attribute path of a library object of type
// recv, whose type arguments may decide it (Value('d', x).value is a
// float).
func (t *typer) libValueOf(path string, recv *types.Named) types.Type {
	e := patterns.Lookup(path)
	if e != nil && e.Sig == nil && e.Type != nil {
		return e.Type(&patterns.TypeCall{Recv: recv, Env: t})
	}
	return &types.Module{Path: path}
}

func (t *typer) libValue(path string, n *ast.Attribute) types.Type {
	e := patterns.Lookup(path)
	if e != nil && e.Sig == nil && e.Type != nil {
		return e.Type(&patterns.TypeCall{Env: t})
	}
	return &types.Module{Path: path}
}

func (t *typer) comp(n ast.Expr, gens []*ast.Comprehension, elts ...ast.Expr) types.Type {
	var out types.Type = types.Unknown
	outer := t.scope
	t.inScope(t.info.Scopes[n], t.fn, func() {
		for i, g := range gens {
			var it types.Type
			if i == 0 {
				t.scope = outer
				it = t.expr(g.Iter)
				t.scope = t.info.Scopes[n]
			} else {
				it = t.expr(g.Iter)
			}
			if g.Async {
				t.assign(g.Target, t.asyncElem(it))
			} else {
				t.assign(g.Target, types.Elem(it))
			}
			for _, c := range g.Ifs {
				t.expr(c)
			}
		}
		for _, e := range elts {
			out = t.expr(e)
		}
	})
	return out
}

func (t *typer) lambda(n *ast.Lambda) types.Type {
	f := t.info.Funcs[n]
	t.defaults(f)
	t.inScope(f.Scope, f, func() {
		t.update(&f.Result, t.expr(n.Body), false)
	})
	if _, ok := t.info.Partials[n]; ok {
		return &types.Func{Name: "functools.partial", Def: n}
	}
	return &types.Func{Name: "<lambda>", Def: n}
}

func smallInt(c *ast.Constant) (int, bool) {
	type int64er interface {
		IsInt64() bool
		Int64() int64
	}
	if v, ok := c.Value.(int64er); ok && v.IsInt64() {
		i := v.Int64()
		if i >= -1<<31 && i < 1<<31 {
			return int(i), true
		}
	}
	return 0, false
}

// IsErrorClass reports whether objects of the library class are the
// runtime's exceptions (*py.Error): an attribute they lack may belong to
// the program's exception class the object really is.
func IsErrorClass(class string) bool {
	gt, ok := patterns.TypeOf(class)
	return ok && gt.Name == "Error"
}
