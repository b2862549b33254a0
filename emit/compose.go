package emit

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// fstring emits an f-string as fmt.Sprintf: ints with %d, strings with %s,
// everything else through the runtime's str(), repr() or format(), so the
// text is what Python prints.
func (e *emitter) fstring(n *ast.JoinedStr) jen.Code {
	var format strings.Builder
	var args []jen.Code
	for _, v := range n.Values {
		switch v := v.(type) {
		case *ast.Constant:
			format.WriteString(strings.ReplaceAll(v.Value.(string), "%", "%%"))
		case *ast.FormattedValue:
			format.WriteString(strings.ReplaceAll(v.DebugText, "%", "%%"))
			verb, arg := e.formatted(v)
			format.WriteString(verb)
			args = append(args, arg)
		}
	}
	if len(args) == 0 {
		return jen.Lit(strings.ReplaceAll(format.String(), "%%", "%"))
	}
	if format.String() == "%s" {
		return args[0] // f"{x:spec}" alone is the formatted value itself
	}
	return jen.Qual("fmt", "Sprintf").Call(append([]jen.Code{jen.Lit(format.String())}, args...)...)
}

func (e *emitter) formatted(v *ast.FormattedValue) (string, jen.Code) {
	t := e.info.TypeOf(v.Value)
	if v.FormatSpec != nil {
		return "%s", e.formatSpec(v, t)
	}
	switch {
	case v.Conversion == 'r' || v.Conversion == 0 && v.DebugText != "":
		return "%s", patterns.Rt("Repr").Call(e.ExprAs(v.Value, types.Object))
	case v.Conversion == 'a':
		return "%s", patterns.Rt("ASCII").Call(e.ExprAs(v.Value, types.Object))
	case t == types.Int:
		return "%d", e.Expr(v.Value)
	case t == types.Str:
		return "%s", e.Expr(v.Value)
	}
	return "%s", patterns.Rt("Str").Call(e.ExprAs(v.Value, types.Object))
}

// formatSpec emits a replacement field with a format spec: the
// conversion (!r, !s, !a) applies first, then the spec; proven ints,
// floats and strings use the runtime's typed formatters.
func (e *emitter) formatSpec(v *ast.FormattedValue, t types.Type) jen.Code {
	spec := e.fstring(v.FormatSpec)
	obj := func() jen.Code { return e.ExprAs(v.Value, types.Object) }
	switch {
	case v.Conversion == 'r':
		return patterns.Rt("FormatStr").Call(patterns.Rt("Repr").Call(obj()), spec)
	case v.Conversion == 'a':
		return patterns.Rt("FormatStr").Call(patterns.Rt("ASCII").Call(obj()), spec)
	case v.Conversion == 's' && t != types.Str:
		return patterns.Rt("FormatStr").Call(patterns.Rt("Str").Call(obj()), spec)
	case t == types.Int:
		return patterns.Rt("FormatInt").Call(e.Expr(v.Value), spec)
	case t == types.Float:
		return patterns.Rt("FormatFloat").Call(e.Expr(v.Value), spec)
	case t == types.Str:
		return patterns.Rt("FormatStr").Call(e.Expr(v.Value), spec)
	}
	return patterns.Rt("Format").Call(obj(), spec)
}

// listComp emits a list comprehension. Where Python evaluates it
// unconditionally at the start of the statement, it becomes a loop before
// the statement filling a named slice; elsewhere a func literal that builds
// and returns the slice.
func (e *emitter) listComp(n *ast.ListComp) jen.Code {
	lt, ok := e.info.TypeOf(n).(*types.List)
	if !ok {
		lt = &types.List{Elem: types.Object}
	}
	out := e.names.Fresh("items")
	var loop jen.Code
	e.inComp(n, func() {
		loop = e.compLoops(n.Generators, func() jen.Code {
			return jen.Id(out).Op("=").Append(jen.Id(out), e.ExprAs(n.Elt, lt.Elem))
		})
	})
	decl := jen.Var().Id(out).Add(e.GoType(lt))
	if size := e.compCap(n.Generators); size != nil {
		decl = jen.Id(out).Op(":=").Make(e.GoType(lt), jen.Lit(0), size)
	}
	if e.hoistOK && !e.keepOrder {
		e.pre = append(e.pre, decl, loop)
		return e.boxList(jen.Id(out), n)
	}
	return e.boxList(jen.Func().Params().Add(e.GoType(lt)).Block(decl, loop, jen.Return(jen.Id(out))).Call(), n)
}

// compCap returns the capacity a list comprehension's slice can start
// with, so that filling it never copies: the length of its one unfiltered
// loop over range(n) or over a slice, when reading that length twice
// cannot differ from reading it once. Otherwise nil.
func (e *emitter) compCap(gens []*ast.Comprehension) jen.Code {
	if len(gens) != 1 || len(gens[0].Ifs) != 0 {
		return nil
	}
	iter := gens[0].Iter
	if call, ok := iter.(*ast.Call); ok && e.isBuiltin(call.Func, "range") {
		if len(call.Args) != 1 || len(call.Keywords) != 0 || !isSimple(call.Args[0]) || e.info.TypeOf(call.Args[0]) != types.Int {
			return nil
		}
		if v, ok := smallConst(constant(call.Args[0])); ok && v >= 0 {
			return e.Expr(call.Args[0])
		}
		return jen.Max(e.Expr(call.Args[0]), jen.Lit(0))
	}
	if _, ok := e.info.TypeOf(iter).(*types.List); ok && isName(iter) {
		return jen.Len(e.Expr(iter))
	}
	return nil
}

// constant returns x as a constant, or nil.
func constant(x ast.Expr) *ast.Constant {
	c, _ := x.(*ast.Constant)
	return c
}

// boxList turns a slice into a runtime list where inference decided the
// value needs Python's reference semantics.
func (e *emitter) boxList(code jen.Code, n ast.Expr) jen.Code {
	if _, ok := e.info.TypeOf(n).(*types.List); ok {
		return code
	}
	return patterns.Rt("ListFrom").Call(code)
}

// genExp emits a generator expression as an iter.Seq func literal, so it
// stays lazy as in Python.
func (e *emitter) genExp(n *ast.GeneratorExp) jen.Code {
	it, ok := e.info.TypeOf(n).(*types.Iter)
	if !ok {
		it = &types.Iter{Elem: types.Object}
	}
	var loop jen.Code
	save := e.hoistOK
	e.hoistOK = false
	e.inComp(n, func() {
		loop = e.compLoops(n.Generators, func() jen.Code {
			return jen.If(jen.Op("!").Id("yield").Call(e.ExprAs(n.Elt, it.Elem))).Block(jen.Return())
		})
	})
	e.hoistOK = save
	return jen.Func().Params(jen.Id("yield").Func().Params(e.GoType(it.Elem)).Bool()).Block(loop)
}

// inComp emits inside a comprehension's scope; its variables are locals
// of the Go loops.
func (e *emitter) inComp(n ast.Expr, f func()) {
	save, hoist := e.scope, e.hoistOK
	// Nothing inside the loops can move before the statement: it would
	// run once, outside the loops whose variables it reads.
	e.scope, e.hoistOK = e.info.Scopes[n], false
	f()
	e.scope, e.hoistOK = save, hoist
}

// compLoops nests one Go loop per for clause, with each if clause as a
// condition, around the innermost statement.
func (e *emitter) compLoops(gens []*ast.Comprehension, inner func() jen.Code) jen.Code {
	g := gens[0]
	// Named before the body, which may name it inside a func literal.
	decl := e.lateCompVar(g.Target)
	var body []jen.Code
	if len(gens) > 1 {
		body = []jen.Code{e.compLoops(gens[1:], inner)}
	} else {
		// Temporaries the element needs (a thunk's arguments) belong in
		// the loop body, where the loop variables exist.
		savePre := e.pre
		e.pre = nil
		stmt := inner()
		body = append(e.pre, stmt)
		e.pre = savePre
	}
	for i := len(g.Ifs) - 1; i >= 0; i-- {
		body = []jen.Code{jen.If(e.cond(g.Ifs[i])).Block(body...)}
	}
	target, _, after := e.loopTarget(g.Target)
	block := append(after, body...)
	save := e.plan
	e.plan = &plan{loopVar: map[*infer.Symbol]bool{}, defineAt: map[*infer.Symbol]ast.Stmt{}, varAt: map[ast.Stmt][]*infer.Symbol{}}
	defer func() { e.plan = save }()
	iterable := g.Iter
	if g.Async {
		if iterable = e.asyncIterable(g.Iter); iterable == nil {
			return jen.Null()
		}
	}
	if decl != nil {
		return jen.Add(decl).Line().Add(e.forHead(iterable, target, "=", block, &rangeVar{}))
	}
	return e.forHead(iterable, target, ":=", block, &rangeVar{})
}

// lateCompVar declares before its loop a comprehension variable that a
// closure made in the comprehension reads and outlives the iteration
// (`[lambda: q for q in range(3)]`, latebind.go), so that all iterations
// share it as in Python; nil for other targets.
func (e *emitter) lateCompVar(target ast.Expr) jen.Code {
	name, ok := target.(*ast.Name)
	if !ok {
		return nil
	}
	sym := e.info.Refs[name]
	if sym == nil || !sym.Captured || e.discarded(sym) || sym.Scope.Node == nil ||
		!lateBound(e.info, sym, []ast.Node{sym.Scope.Node}) {
		return nil
	}
	return jen.Var().Id(e.symName(sym)).Add(e.GoType(sym.Type))
}

// lambda emits a func literal.
func (e *emitter) lambda(n *ast.Lambda) jen.Code {
	if !e.lambdaOK(n) {
		return jen.Nil()
	}
	return e.lambdaBody(n, []ast.Stmt{&ast.Return{StmtBase: ast.StmtBase{Base: ast.Base{P: n.Body.Start()}}, Value: n.Body}})
}

// lambdaOK reports whether lambda n can be emitted here, having reported
// why not otherwise.
func (e *emitter) lambdaOK(n *ast.Lambda) bool {
	if hasComputedDefaults(e.info.Funcs[n]) {
		e.log.Unsupported(n.Start(), "a lambda whose default values are not literals")
		return false
	}
	return e.bindPartial(n)
}

// lambdaBody emits the func literal of lambda n with the statements body.
func (e *emitter) lambdaBody(n *ast.Lambda, body []ast.Stmt) jen.Code {
	f := e.info.Funcs[n]
	save := e.hoistOK
	e.hoistOK = true
	params, code := e.funcBody(f, body)
	e.hoistOK = save
	return jen.Func().Params(params...).Add(e.resultType(f)).Block(code...)
}

// isBuiltin reports whether fn names the builtin called name.
func (e *emitter) isBuiltin(fn ast.Expr, name string) bool {
	n, ok := fn.(*ast.Name)
	return ok && n.ID == name && e.info.Refs[n] == nil
}

// bindPartial evaluates the arguments a functools.partial binds (the
// lambda it became, infer/partial.go) where partial is called, as Python
// does, into temporaries the lambda's body reads. It reports false when
// that cannot be done here: in an expression Python may not evaluate.
func (e *emitter) bindPartial(n *ast.Lambda) bool {
	for _, b := range e.info.Partials[n] {
		if _, isConst := b.(*ast.Constant); isConst {
			continue
		}
		if !e.hoistOK {
			if _, isName := b.(*ast.Name); !isName {
				e.log.Unsupported(b.Start(), "an argument of functools.partial here (in a lambda, a conditional expression or and/or)")
				return false
			}
			continue
		}
		if e.subst == nil {
			e.subst = map[ast.Expr]jen.Code{}
		}
		e.subst[b] = e.stable(b, e.info.TypeOf(b))
	}
	return true
}
