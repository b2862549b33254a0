package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Dicts and sets are the runtime's *Dict (insertion-ordered, like
// Python's) and *Set; their items are dynamic values.

func (e *emitter) dictDisplay(n *ast.Dict) jen.Code {
	if len(n.Keys) == 0 {
		return patterns.Rt("NewDict").Call()
	}
	var kv []jen.Code
	for i, k := range n.Keys {
		if k == nil {
			return e.unpackingDict(n)
		}
		kv = append(kv, e.ExprAs(k, types.Object), e.ExprAs(n.Values[i], types.Object))
	}
	return patterns.Rt("DictOf").Call(kv...)
}

// unpackingDict emits a dict display with ** unpacking ({**base, "k": v})
// as a func literal filling a new dict in the display's order.
func (e *emitter) unpackingDict(n *ast.Dict) jen.Code {
	d := e.names.Fresh("d")
	body := []jen.Code{jen.Id(d).Op(":=").Add(patterns.Rt("NewDict").Call())}
	for i, k := range n.Keys {
		if k == nil {
			body = append(body, patterns.Rt("DictUnpack").Call(jen.Id(d), e.ExprAs(n.Values[i], types.Object)))
			continue
		}
		body = append(body, jen.Id(d).Dot("Set").Call(e.ExprAs(k, types.Object), e.ExprAs(n.Values[i], types.Object)))
	}
	body = append(body, jen.Return(jen.Id(d)))
	return jen.Func().Params().Op("*").Add(patterns.Rt("Dict")).Block(body...).Call()
}

func (e *emitter) setDisplay(n *ast.Set) jen.Code {
	items := make([]jen.Code, len(n.Elts))
	for i, el := range n.Elts {
		if _, star := el.(*ast.Starred); star {
			e.log.Unsupported(el.Start(), "* unpacking in a set display")
			return jen.Nil()
		}
		items[i] = e.ExprAs(el, types.Object)
	}
	if len(n.Elts) > 2 && allConst(n.Elts) {
		// CPython folds such a display into a frozenset constant, which
		// gives the set another table layout (and order).
		return patterns.Rt("ConstSetOf").Call(items...)
	}
	return patterns.Rt("SetOf").Call(items...)
}

// containerComp emits a dict or set comprehension like a list
// comprehension: a loop filling a named container before the statement,
// or a func literal where the statement might not evaluate it.
func (e *emitter) containerComp(n ast.Expr, gens []*ast.Comprehension, empty jen.Code, add func(out string) jen.Code) jen.Code {
	out := e.names.Fresh("items")
	var loop jen.Code
	e.inComp(n, func() {
		loop = e.compLoops(gens, func() jen.Code { return add(out) })
	})
	decl := jen.Id(out).Op(":=").Add(empty)
	if e.hoistOK && !e.keepOrder {
		e.pre = append(e.pre, decl, loop)
		return jen.Id(out)
	}
	return jen.Func().Params().Add(patterns.Rt("Object")).Block(decl, loop, jen.Return(jen.Id(out))).Call()
}

func (e *emitter) dictComp(n *ast.DictComp) jen.Code {
	return e.containerComp(n, n.Generators, patterns.Rt("NewDict").Call(), func(out string) jen.Code {
		return jen.Id(out).Dot("Set").Call(e.ExprAs(n.Key, types.Object), e.ExprAs(n.Value, types.Object))
	})
}

func (e *emitter) setComp(n *ast.SetComp) jen.Code {
	return e.containerComp(n, n.Generators, patterns.Rt("SetOf").Call(), func(out string) jen.Code {
		return jen.Id(out).Dot("Add").Call(e.ExprAs(n.Elt, types.Object))
	})
}

// sliceExpr emits v[lo:hi:step]: a copy of a Go slice, a string cut by
// code points, or the dynamic slice.
func (e *emitter) sliceExpr(n *ast.Subscript, sl *ast.Slice) jen.Code {
	bounds := []jen.Code{e.sliceBound(sl.Lower), e.sliceBound(sl.Upper), e.sliceBound(sl.Step)}
	switch vt := e.info.TypeOf(n.Value); {
	case vt == types.Str:
		return patterns.Rt("StrSlice").Call(append([]jen.Code{e.Expr(n.Value)}, bounds...)...)
	case isList(vt):
		return patterns.Rt("SliceOf").Call(append([]jen.Code{e.Expr(n.Value)}, bounds...)...)
	}
	return e.fromObject(patterns.Rt("Slice").Call(append([]jen.Code{e.ExprAs(n.Value, types.Object)}, bounds...)...), e.info.TypeOf(n))
}

func isList(t types.Type) bool {
	_, ok := t.(*types.List)
	return ok
}

// deleteStmt emits del. Deleting a name only unbinds it, which needs no
// code when nothing reads the name afterwards; a later read (a NameError
// in Python, or a new binding first) is refused rather than guessed.
func (e *emitter) deleteStmt(n *ast.Delete) []jen.Code {
	var out []jen.Code
	for _, t := range n.Targets {
		switch t := t.(type) {
		case *ast.Name:
			if sym := e.info.Refs[t]; sym != nil && e.readAfter(sym, n) {
				e.log.Unsupported(t.Start(), "using a name after del")
			}
			out = append(out, e.keepVarUsed(t)...)
		case *ast.Subscript:
			out = append(out, e.delItem(t))
		case *ast.Tuple:
			out = append(out, e.deleteStmt(&ast.Delete{StmtBase: n.StmtBase, Targets: t.Elts})...)
		default:
			e.log.Unsupported(t.Start(), "del of "+describe(t))
		}
	}
	return out
}

func (e *emitter) delItem(t *ast.Subscript) jen.Code {
	if _, isSlice := t.Slice.(*ast.Slice); isSlice {
		e.log.Unsupported(t.Start(), "del of a slice")
		return jen.Null()
	}
	if isList(e.info.TypeOf(t.Value)) && e.info.TypeOf(t.Slice) == types.Int {
		list := e.Expr(t.Value)
		return jen.Add(list).Op("=").Add(patterns.Rt("Delete").Call(list, e.Expr(t.Slice)))
	}
	return patterns.Rt("DelItem").Call(e.ExprAs(t.Value, types.Object), e.ExprAs(t.Slice, types.Object))
}

// readAfter reports whether sym is read anywhere after statement st in
// the source (or before it inside a loop around it).
func (e *emitter) readAfter(sym *infer.Symbol, st ast.Stmt) bool {
	found := false
	own := map[*ast.Name]bool{}
	ast.Inspect(st, func(n ast.Node) bool {
		if name, ok := n.(*ast.Name); ok {
			own[name] = true
		}
		return true
	})
	for _, body := range e.bodies {
		ast.InspectStmts(body, func(n ast.Node) bool {
			if name, ok := n.(*ast.Name); ok && e.info.Refs[name] == sym && !own[name] && name.Start() > st.Start() {
				found = true
			}
			return !found
		})
	}
	return found
}

// walrus emits `name := value` used as a value: the assignment runs
// before the statement when that keeps Python's order, otherwise in a
// func literal that assigns and returns.
func (e *emitter) walrus(n *ast.NamedExpr) jen.Code {
	sym := e.info.Refs[n.Target]
	if sym == nil {
		e.log.Unsupported(n.Start(), "this assignment expression")
		return jen.Nil()
	}
	name := e.symStore(sym)
	value := e.ExprAs(n.Value, sym.Type)
	if e.hoistOK {
		e.pre = append(e.pre, jen.Add(name).Op("=").Add(value))
		return e.symValue(sym, n)
	}
	return jen.Func().Params().Add(e.GoType(e.info.TypeOf(n))).Block(
		jen.Add(name).Op("=").Add(value),
		jen.Return(e.symValue(sym, n)),
	).Call()
}

// symValue reads sym as the type inferred for expression x.
func (e *emitter) symValue(sym *infer.Symbol, x ast.Expr) jen.Code {
	code := e.symRead(sym)
	if !types.Equal(sym.Type, e.info.TypeOf(x)) && !types.IsNative(sym.Type) {
		return e.fromObject(code, e.info.TypeOf(x))
	}
	return code
}

// toIter converts x to an iter.Seq of elem: the sequence of a slice, the
// characters of a string, the rest of an iterator, or the dynamic
// iteration of anything else.
func (e *emitter) toIter(x ast.Expr, from types.Type, it *types.Iter) jen.Code {
	switch f := from.(type) {
	case *types.List:
		if types.Equal(f.Elem, it.Elem) {
			return jen.Qual("slices", "Values").Call(e.Expr(x))
		}
	case *types.Iter:
		if types.Equal(f.Elem, it.Elem) {
			return e.Expr(x)
		}
		if it.Elem == types.Object {
			return patterns.Rt("Seq").Call(e.Expr(x))
		}
	case *types.Named:
		if isRange(f) && it.Elem == types.Int {
			return patterns.RangeSeq(e, x)
		}
		if f.Class == "builtins.iterator" && len(f.Args) == 1 && types.Equal(f.Args[0], it.Elem) {
			return jen.Add(e.Expr(x)).Dot("All").Call()
		}
	}
	if from == types.Str && it.Elem == types.Str {
		return patterns.Rt("Chars").Call(e.Expr(x))
	}
	if it.Elem == types.Object {
		return patterns.Rt("Iter").Call(e.ExprAs(x, types.Object))
	}
	return nil
}

// isRange reports whether t is Python's range object, py.IntRange.
func isRange(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && n.Class == "builtins.range"
}

// isIterator reports whether t is a Python iterator object.
func isIterator(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && n.Class == "builtins.iterator"
}

// identity emits `a is b` for values that are not None.
func (e *emitter) identity(l, r ast.Expr) jen.Code {
	lt, rt := e.info.TypeOf(l), e.info.TypeOf(r)
	if lt == rt && (lt == types.Int || lt == types.Bool || lt == types.Str) {
		return jen.Add(e.Expr(l)).Op("==").Add(e.Expr(r))
	}
	return patterns.Rt("Is").Call(e.ExprAs(l, types.Object), e.ExprAs(r, types.Object))
}

// storeSlice emits `v[lo:hi] = items`; an extended slice (with a step) is
// refused.
func (e *emitter) storeSlice(t *ast.Subscript, sl *ast.Slice, code jen.Code) jen.Code {
	if sl.Step != nil {
		e.log.Unsupported(t.Start(), "assignment to an extended slice (with a step)")
		return jen.Null()
	}
	lo, hi := e.sliceBound(sl.Lower), e.sliceBound(sl.Upper)
	if isList(e.info.TypeOf(t.Value)) {
		list := e.Expr(t.Value)
		return jen.Add(list).Op("=").Add(patterns.Rt("Splice").Call(list, lo, hi, code))
	}
	return patterns.Rt("SetSlice").Call(e.ExprAs(t.Value, types.Object), lo, hi, code)
}

// allConst reports whether every item is a constant as CPython's compiler
// folds them: literals, signed numbers and tuples of constants.
func allConst(es []ast.Expr) bool {
	for _, x := range es {
		switch n := x.(type) {
		case *ast.Constant:
		case *ast.UnaryOp:
			c, ok := n.Operand.(*ast.Constant)
			if !ok || (n.Op != ast.USub && n.Op != ast.UAdd) || (c.Kind != ast.ConstInt && c.Kind != ast.ConstFloat) {
				return false
			}
		case *ast.Tuple:
			if !allConst(n.Elts) {
				return false
			}
		default:
			return false
		}
	}
	return true
}
