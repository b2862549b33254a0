package ast

import "fmt"

// Inspect visits n and then, while f returns true, its children in source
// order. It is the one walker the stages share; a node type it does not know
// is a bug in this package, so it panics rather than skipping the subtree.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	for _, c := range Children(n) {
		Inspect(c, f)
	}
}

// InspectStmts visits each statement of a body with Inspect.
func InspectStmts(body []Stmt, f func(Node) bool) {
	for _, s := range body {
		Inspect(s, f)
	}
}

// Children lists the direct child nodes of n in source order. Helper nodes
// (Arguments, Comprehension, ExceptHandler, Keyword, WithItem) are not Nodes
// themselves; their parts are listed in their place.
func Children(n Node) []Node {
	var out []Node
	add := func(es ...Expr) {
		for _, e := range es {
			if e != nil {
				out = append(out, e)
			}
		}
	}
	stmts := func(ss []Stmt) {
		for _, s := range ss {
			out = append(out, s)
		}
	}
	args := func(a *Arguments) {
		if a == nil {
			return
		}
		for _, p := range a.All() {
			add(p.Annotation)
		}
		add(a.Defaults...)
		add(a.KwDefaults...)
	}
	comps := func(cs []*Comprehension) {
		for _, c := range cs {
			add(c.Target, c.Iter)
			add(c.Ifs...)
		}
	}
	switch n := n.(type) {
	case *FunctionDef:
		add(n.Decorators...)
		args(n.Args)
		add(n.Returns)
		stmts(n.Body)
	case *ClassDef:
		add(n.Decorators...)
		add(n.Bases...)
		for _, k := range n.Keywords {
			add(k.Value)
		}
		stmts(n.Body)
	case *Return:
		add(n.Value)
	case *Delete:
		add(n.Targets...)
	case *Assign:
		add(n.Targets...)
		add(n.Value)
	case *AugAssign:
		add(n.Target, n.Value)
	case *AnnAssign:
		add(n.Target, n.Annotation, n.Value)
	case *For:
		add(n.Target, n.Iter)
		stmts(n.Body)
		stmts(n.Orelse)
	case *While:
		add(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *If:
		add(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *With:
		for _, it := range n.Items {
			add(it.ContextExpr, it.OptionalVars)
		}
		stmts(n.Body)
	case *Raise:
		add(n.Exc, n.Cause)
	case *Try:
		stmts(n.Body)
		for _, h := range n.Handlers {
			add(h.Type)
			stmts(h.Body)
		}
		stmts(n.Orelse)
		stmts(n.Finalbody)
	case *Assert:
		add(n.Test, n.Msg)
	case *Import, *ImportFrom, *Global, *Nonlocal, *Pass, *Break, *Continue:
	case *ExprStmt:
		add(n.Value)
	case *BoolOp:
		add(n.Values...)
	case *NamedExpr:
		add(n.Target, n.Value)
	case *BinOp:
		add(n.Left, n.Right)
	case *UnaryOp:
		add(n.Operand)
	case *Lambda:
		args(n.Args)
		add(n.Body)
	case *IfExp:
		add(n.Test, n.Body, n.Orelse)
	case *Dict:
		for i := range n.Values {
			if n.Keys[i] != nil {
				add(n.Keys[i])
			}
			add(n.Values[i])
		}
	case *Set:
		add(n.Elts...)
	case *ListComp:
		comps(n.Generators)
		add(n.Elt)
	case *SetComp:
		comps(n.Generators)
		add(n.Elt)
	case *DictComp:
		comps(n.Generators)
		add(n.Key, n.Value)
	case *GeneratorExp:
		comps(n.Generators)
		add(n.Elt)
	case *Await:
		add(n.Value)
	case *Yield:
		add(n.Value)
	case *YieldFrom:
		add(n.Value)
	case *Compare:
		add(n.Left)
		add(n.Comparators...)
	case *Call:
		add(n.Func)
		add(n.Args...)
		for _, k := range n.Keywords {
			add(k.Value)
		}
	case *FormattedValue:
		add(n.Value)
		if n.FormatSpec != nil {
			add(n.FormatSpec)
		}
	case *JoinedStr:
		add(n.Values...)
	case *Constant, *Name:
	case *Attribute:
		add(n.Value)
	case *Subscript:
		add(n.Value, n.Slice)
	case *Starred:
		add(n.Value)
	case *List:
		add(n.Elts...)
	case *Tuple:
		add(n.Elts...)
	case *Slice:
		add(n.Lower, n.Upper, n.Step)
	default:
		panic(fmt.Sprintf("ast.Children: unknown node %T", n))
	}
	return out
}

// All lists every parameter in declaration order: positional-only, regular,
// *args, keyword-only, **kwargs.
func (a *Arguments) All() []*Arg {
	var out []*Arg
	out = append(out, a.PosOnly...)
	out = append(out, a.Args...)
	if a.Vararg != nil {
		out = append(out, a.Vararg)
	}
	out = append(out, a.KwOnly...)
	if a.Kwarg != nil {
		out = append(out, a.Kwarg)
	}
	return out
}

// Blocks returns the statement lists a compound statement holds and runs
// in its own scope: the bodies of if, for, while, with and try (its
// handlers, else and finally too), not those of def and class, which are
// scopes of their own; nil for a simple statement.
func Blocks(st Stmt) [][]Stmt {
	switch n := st.(type) {
	case *If:
		return [][]Stmt{n.Body, n.Orelse}
	case *For:
		return [][]Stmt{n.Body, n.Orelse}
	case *While:
		return [][]Stmt{n.Body, n.Orelse}
	case *With:
		return [][]Stmt{n.Body}
	case *Try:
		out := [][]Stmt{n.Body, n.Orelse, n.Finalbody}
		for _, h := range n.Handlers {
			out = append(out, h.Body)
		}
		return out
	}
	return nil
}
