package emit

import (
	"fmt"
	"go/token"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// ------------------------------------------------------------------ for

func (e *emitter) forStmt(n *ast.For) []jen.Code {
	iterable := n.Iter
	if n.Async {
		if iterable = e.asyncIterable(n.Iter); iterable == nil {
			return nil
		}
	}
	target, define, after := e.loopTarget(n.Target)
	op := "="
	if define {
		op = ":="
		if dyn := e.dynamicLoopVar(n); dyn != nil {
			// The loop declares a variable the body also gives other
			// values: it is declared as the dynamic value.
			item := jen.Id(e.names.Fresh("item"))
			after = append([]jen.Code{jen.Var().Add(target).Add(dyn).Op("=").Add(item)}, after...)
			target = item
		}
	}
	return e.loopWithElse(n.Orelse, n.Body, func(code []jen.Code) []jen.Code {
		if !e.intLoopVar(n.Target) {
			return []jen.Code{e.forHead(iterable, target, op, append(after, code...), nil)}
		}
		return []jen.Code{e.forHead(iterable, target, op, append(after, code...), &rangeVar{assigned: e.loopVarAssigned(n.Target)})}
	})
}

// loopVarAssigned reports whether the target of a for loop is bound
// anywhere but by the loop itself: assigned in the body, or before or
// after the loop. A Go three-clause loop steps its variable from the value
// the body left in it, and leaves it one step past the end; Python takes
// the next item from the range whatever the body did, and leaves the last
// item in the variable. Such a loop counts with a hidden variable.
func (e *emitter) loopVarAssigned(t ast.Expr) bool {
	name, ok := t.(*ast.Name)
	if !ok {
		return false
	}
	sym := e.info.Refs[name]
	return sym != nil && sym.Stores > 1
}

// dynamicLoopVar returns the Go type of a loop variable that is the
// runtime's dynamic value while the items the loop takes are native (`for
// k in range(n): k = k * 2` where k may outgrow Go's int), or nil.
func (e *emitter) dynamicLoopVar(n *ast.For) jen.Code {
	name, ok := n.Target.(*ast.Name)
	if !ok {
		return nil
	}
	sym := e.info.Refs[name]
	if sym == nil || sym.Stores < 2 || sym.Type != types.Object || e.discarded(sym) {
		return nil
	}
	if !types.IsNative(types.Elem(e.info.TypeOf(n.Iter))) || isObjectGoType(types.Elem(e.info.TypeOf(n.Iter))) {
		return nil
	}
	return e.GoType(types.Object)
}

// intLoopVar reports whether the loop variable target holds Go ints, so
// that a Go integer loop can bind it; a variable that also holds other
// values (or ints too large for Go's) is bound by the general loop.
func (e *emitter) intLoopVar(target ast.Expr) bool {
	name, ok := target.(*ast.Name)
	if !ok {
		return true
	}
	sym := e.info.Refs[name]
	return sym == nil || sym.Stores < 2 || sym.Type == types.Int || sym.Type == types.Unknown
}

// rangeVar says how a loop over range() may bind its variable; nil means
// it cannot be a Go integer loop.
type rangeVar struct {
	assigned bool // bound elsewhere too (see loopVarAssigned)
}

// forHead builds the Go loop over iter around an emitted body.
func (e *emitter) forHead(iterable ast.Expr, target jen.Code, op string, body []jen.Code, rv *rangeVar) jen.Code {
	if call, ok := iterable.(*ast.Call); ok && rv != nil && e.isBuiltin(call.Func, "range") {
		if loop := e.rangeLoop(call, target, op, body, rv.assigned); loop != nil {
			return loop
		}
	}
	it := e.info.TypeOf(iterable)
	if tup, ok := iterable.(*ast.Tuple); ok && types.IsNative(types.Elem(it)) {
		// `for s in (0.3, 0.1)`: the items share a type inference proved,
		// so the loop variable has it too.
		items := e.typedList(&ast.List{Elts: tup.Elts}, &types.List{Elem: types.Elem(it)})
		return e.rangeClause(jen.Id("_"), target, op, items, body)
	}
	switch it.(type) {
	case *types.List:
		return e.rangeClause(jen.Id("_"), target, op, e.Expr(iterable), body)
	case *types.Iter:
		return e.rangeClause(target, nil, op, e.Expr(iterable), body)
	}
	if isRange(it) {
		return e.rangeClause(target, nil, op, patterns.RangeSeq(e, iterable), body)
	}
	if isIterator(it) {
		return e.rangeClause(target, nil, op, jen.Add(e.Expr(iterable)).Dot("All").Call(), body)
	}
	seq := patterns.Rt("Iter").Call(e.ExprAs(iterable, types.Object))
	switch elem := types.Elem(it); {
	case it == types.Str:
		seq = patterns.Rt("Chars").Call(e.Expr(iterable))
	case types.IsNative(elem) && !isObjectGoType(elem):
		// The loop variable has the items' proven type.
		seq = patterns.Rt("IterOf").Types(e.GoType(elem)).Call(e.ExprAs(iterable, types.Object))
	}
	return e.rangeClause(target, nil, op, seq, body)
}

// rangeClause builds `for k, v := range x` leaving out unused variables.
func (e *emitter) rangeClause(k, v jen.Code, op string, x jen.Code, body []jen.Code) jen.Code {
	kUnused := isBlank(k)
	switch {
	case v == nil && kUnused:
		return jen.For(jen.Range().Add(x)).Block(body...)
	case v == nil:
		return jen.For(jen.Add(k).Op(op).Range().Add(x)).Block(body...)
	case isBlank(v) && kUnused:
		return jen.For(jen.Range().Add(x)).Block(body...)
	}
	return jen.For(jen.List(k, v).Op(op).Range().Add(x)).Block(body...)
}

func isBlank(c jen.Code) bool {
	s, ok := c.(*jen.Statement)
	return ok && fmt.Sprintf("%#v", s) == "_"
}

// loopTarget returns the Go target of a for loop, whether the loop
// declares it, and statements that unpack a tuple target at the top of the
// body.
func (e *emitter) loopTarget(t ast.Expr) (jen.Code, bool, []jen.Code) {
	if name, ok := t.(*ast.Name); ok {
		sym := e.info.Refs[name]
		if sym == nil || e.discarded(sym) {
			return jen.Id("_"), true, nil
		}
		if !e.shared[sym] {
			return e.symStore(sym), e.plan.loopVar[sym], nil
		}
	}
	tmp := e.names.Fresh("item")
	after := e.store(nil, t, jen.Id(tmp), types.Object)
	return jen.Id(tmp), true, after
}

// rangeLoop turns `for i in range(...)` into Go's integer loops: `for i :=
// range n` for range(n), a three-clause loop otherwise. The three-clause
// loop counts with a hidden variable copied into the target at the top of
// each turn when the target outlives the loop (op is "=") or is assigned
// elsewhere, so that the body cannot change the iteration and the target
// keeps the last item, as in Python.
func (e *emitter) rangeLoop(call *ast.Call, target jen.Code, op string, body []jen.Code, assigned bool) jen.Code {
	args := call.Args
	if len(args) == 0 || len(args) > 3 {
		return nil // range() and range(1, 2, 3, 4): the TypeError stays at run time
	}
	for _, a := range args {
		if e.info.TypeOf(a) != types.Int {
			return nil
		}
	}
	if len(args) == 1 {
		if isBlank(target) {
			return jen.For(jen.Range().Add(e.Expr(args[0]))).Block(body...)
		}
		return jen.For(jen.Add(target).Op(op).Range().Add(e.Expr(args[0]))).Block(body...)
	}
	if isBlank(target) {
		target = jen.Id(e.names.Fresh("i"))
		op = ":="
	} else if op == "=" || assigned {
		base := fmt.Sprintf("%#v", target)
		if !token.IsIdentifier(base) {
			base = "i"
		}
		counter := jen.Id(e.names.Fresh(base))
		body = append([]jen.Code{jen.Add(target).Op(op).Add(counter)}, body...)
		target, op = counter, ":="
	}
	start, stop := e.Expr(args[0]), e.Expr(args[1])
	var step jen.Code
	cmp := "<"
	if len(args) == 3 {
		c, ok := args[2].(*ast.Constant)
		v, isInt := smallConst(c)
		if !ok || !isInt || v == 0 {
			return nil // a step known only at run time: Python's range decides
		}
		step = e.Expr(args[2])
		if v < 0 {
			cmp = ">"
		}
	}
	if !isSimple(args[1]) {
		stopVar := e.names.Fresh("stop")
		e.pre = append(e.pre, jen.Id(stopVar).Op(":=").Add(stop))
		stop = jen.Id(stopVar)
	}
	post := jen.Add(target).Op("++")
	if step != nil {
		post = jen.Add(target).Op("+=").Add(step)
	}
	return jen.For(
		jen.Add(target).Op(op).Add(start),
		jen.Add(target).Op(cmp).Add(stop),
		post,
	).Block(body...)
}

func smallConst(c *ast.Constant) (int64, bool) {
	if c == nil || c.Kind != ast.ConstInt {
		return 0, false
	}
	if v, ok := c.Value.(interface {
		IsInt64() bool
		Int64() int64
	}); ok && v.IsInt64() {
		return v.Int64(), true
	}
	return 0, false
}

// isSimple reports whether evaluating x again gives the same value with no
// side effects: a constant or a name.
func isSimple(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Constant, *ast.Name:
		return true
	case *ast.UnaryOp:
		return isSimple(x.Operand)
	}
	return false
}

// ----------------------------------------------------------------- with

// inlineWiths finds with statements that end their function body: their
// exit can be a defer in the function itself. Others run in a func literal
// so that the exit happens where the block ends.
func (e *emitter) inlineWiths(body []ast.Stmt) map[*ast.With]bool {
	out := map[*ast.With]bool{}
	if len(body) > 0 {
		if w, ok := body[len(body)-1].(*ast.With); ok {
			out[w] = true
		}
	}
	return out
}

func (e *emitter) withStmt(n *ast.With) []jen.Code {
	if !e.asyncWithOK(n) {
		return nil
	}
	if code, ok := e.classWith(n); ok {
		return code
	}
	if code, ok := e.straightWith(n); ok {
		return code
	}
	if _, inline := e.inlineWiths(e.currentBody())[n]; inline {
		var out []jen.Code
		for _, it := range n.Items {
			out = append(out, e.withItem(n, it)...)
		}
		return append(out, e.block(n.Body)...)
	}
	code, ctx := e.inFlow(false, func() []jen.Code {
		var out []jen.Code
		for _, it := range n.Items {
			out = append(out, e.withItem(n, it)...)
		}
		return append(out, e.block(n.Body)...)
	})
	return e.wrapFlow(ctx, jen.Func().Params().Block(code...).Call())
}

func (e *emitter) withItem(n *ast.With, it *ast.WithItem) []jen.Code {
	out, exit := e.withEnter(n, it)
	if exit == nil {
		return out
	}
	return append(out, jen.Defer().Add(exit))
}

// withEnter emits a with item's evaluation and __enter__, and returns the
// __exit__ call separately; a nil exit means the item was refused.
func (e *emitter) withEnter(n *ast.With, it *ast.WithItem) ([]jen.Code, jen.Code) {
	ct := e.info.TypeOf(it.ContextExpr)
	named, ok := ct.(*types.Named)
	enterName, exitName := withMethods(n)
	if ct == types.Object && !n.Async {
		return e.dynamicWith(n, it)
	}
	exit := patterns.Lookup(fmt.Sprintf("%v.%s", className(named), exitName))
	if !ok || exit == nil {
		e.log.Unsupported(it.ContextExpr.Start(), "with on a value of type "+ct.String())
		return nil, nil
	}
	var out []jen.Code
	var obj jen.Code
	enter := patterns.Lookup(className(named) + "." + enterName)
	entersValue := enter != nil && enter.EntersValue
	if it.OptionalVars != nil {
		name, isName := it.OptionalVars.(*ast.Name)
		if !isName {
			e.log.Unsupported(it.OptionalVars.Start(), "with ... as a non-name target")
			return nil, nil
		}
		sym := e.info.Refs[name]
		op := "="
		if e.plan.defineAt[sym] == n || e.inlineWiths(e.currentBody())[n] && e.plan.defineAt[sym] == nil && !e.declaredElsewhere(sym) {
			op = ":="
		}
		value, pre := e.withPre(func() jen.Code { return e.Expr(it.ContextExpr) })
		out = append(out, pre...)
		switch {
		case entersValue:
			// The variable gets what __enter__ returns (what a
			// @contextmanager generator yields), not the object.
			tmp := e.names.Fresh("cm")
			obj = jen.Id(tmp)
			out = append(out, jen.Id(tmp).Op(":=").Add(value))
			call := &patterns.EmitCall{Recv: &goExpr{code: obj}, Env: e, Result: types.None}
			value = e.ExprAs(e.typedGo(enter.Emit(call), firstArg(named)), sym.Type)
			if e.discarded(sym) {
				out = append(out, jen.Id("_").Op("=").Add(value))
				break
			}
			out = append(out, jen.Add(e.symStore(sym)).Op(op).Add(value))
		case types.Equal(sym.Type, ct):
			obj = e.symRead(sym)
		default:
			// The variable holds other values too (one name for a thread
			// pool, then a process pool): the library's methods are
			// called on a temporary of the object's own type.
			tmp := e.names.Fresh("ctx")
			obj = jen.Id(tmp)
			out = append(out, jen.Id(tmp).Op(":=").Add(value))
			value = e.ExprAs(e.typedGo(obj, ct), sym.Type)
		}
		if !entersValue {
			out = append(out, jen.Add(e.symStore(sym)).Op(op).Add(value))
		}
	} else {
		tmp := e.names.Fresh("ctx")
		obj = jen.Id(tmp)
		value, pre := e.withPre(func() jen.Code { return e.Expr(it.ContextExpr) })
		out = append(append(out, pre...), jen.Id(tmp).Op(":=").Add(value))
	}
	call := &patterns.EmitCall{Recv: &goExpr{code: obj}, Env: e, Result: types.None}
	if enter != nil && (!entersValue || it.OptionalVars == nil) {
		out = append(out, enter.Emit(call))
	}
	return out, exit.Emit(call)
}

// firstArg is the first type argument of a library object's type, or
// Object.
func firstArg(n *types.Named) types.Type {
	if n == nil || len(n.Args) == 0 {
		return types.Object
	}
	return n.Args[0]
}

func (e *emitter) declaredElsewhere(sym *infer.Symbol) bool {
	for _, syms := range e.plan.varAt {
		for _, s := range syms {
			if s == sym {
				return true
			}
		}
	}
	for _, s := range e.plan.topVars {
		if s == sym {
			return true
		}
	}
	return false
}

func className(n *types.Named) string {
	if n == nil {
		return ""
	}
	return n.Class
}

// goExpr carries already emitted Go where recognizers expect an
// expression (the object of a with statement).
type goExpr struct {
	ast.ExprBase
	code jen.Code
}

// ------------------------------------------------------------------ try

func (e *emitter) tryStmt(n *ast.Try) []jen.Code {
	if len(n.Finalbody) == 0 {
		return e.tryExcept(n)
	}
	final, fctx := e.inFlow(true, func() []jen.Code { return e.block(n.Finalbody) })
	code, ctx := e.inFlow(false, func() []jen.Code { return e.tryExcept(n) })
	deferred := jen.Defer().Func().Params().Block(final...).Call()
	if e.agen != "" && !fctx.jumps() {
		// An async generator's finally waits for asyncio to close it
		// when its consumer stops early (runtime/asyncgen.go).
		deferred = jen.Defer().Id(e.agen).Dot("Finally").Call(jen.Func().Params().Block(final...))
	}
	lit := jen.Func().Params().Block(append([]jen.Code{deferred}, code...)...).Call()
	out := append(e.flowDecls(fctx), e.flowDecls(ctx)...)
	out = append(out, lit)
	// A jump in finally replaces whatever the body was doing.
	out = append(out, e.flowDispatch(fctx)...)
	return append(out, e.flowDispatch(ctx)...)
}

// tryExcept runs the body under the runtime's Catch and dispatches the
// exception it returns to the first matching handler, re-raising it when
// none matches. A jump out of the body is dispatched before the handlers
// and the else clause, which it skips.
func (e *emitter) tryExcept(n *ast.Try) []jen.Code {
	if len(n.Handlers) == 0 {
		// try/finally: the body runs in the finally's literal already.
		return append(e.block(n.Body), e.block(n.Orelse)...)
	}
	if n.Star {
		return e.tryStar(n)
	}
	body, ctx := e.inFlow(false, func() []jen.Code { return e.block(n.Body) })
	exc := e.names.Fresh("exc")
	catch := patterns.Rt("Catch").Call(jen.Func().Params().Block(body...))
	e.handling = append(e.handling, exc)
	var conds []jen.Code
	var bodies [][]jen.Code
	breaks := false
	for _, h := range n.Handlers {
		cond, body := e.handler(h, exc)
		conds, bodies = append(conds, cond), append(bodies, body)
		breaks = breaks || hasBreak(h.Body)
	}
	// A break is Go's own unless it leaves a func literal (jumpLoop).
	breaks = breaks && (e.flow == nil || e.flow.loops > 0)
	e.handling = e.handling[:len(e.handling)-1]
	if n.Handlers[len(n.Handlers)-1].Type != nil {
		conds, bodies = append(conds, nil), append(bodies, []jen.Code{jen.Panic(jen.Id(exc))})
	}
	return e.catchThen(exc, catch, ctx, []jen.Code{handlerDispatch(conds, bodies, breaks)}, n.Orelse)
}

// catchThen runs catch, whose exception goes to exc, dispatches a jump
// out of the try body (ctx), then runs handlers when there was an
// exception and the else clause when there was none.
func (e *emitter) catchThen(exc string, catch jen.Code, ctx *flowCtx, handlers []jen.Code, else_ []ast.Stmt) []jen.Code {
	dispatch := e.flowDispatch(ctx)
	var orelse []jen.Code
	if len(else_) > 0 {
		orelse = e.block(else_)
	}
	if len(dispatch) == 0 {
		code := jen.If(jen.Id(exc).Op(":=").Add(catch), jen.Id(exc).Op("!=").Nil()).Block(handlers...)
		if orelse != nil {
			code = code.Else().Block(orelse...)
		}
		return []jen.Code{code}
	}
	out := append(e.flowDecls(ctx), jen.Id(exc).Op(":=").Add(catch))
	out = append(out, dispatch...)
	code := jen.If(jen.Id(exc).Op("!=").Nil()).Block(handlers...)
	if orelse != nil {
		code = code.Else().Block(orelse...)
	}
	return append(out, code)
}

// handlerDispatch runs the first handler body whose condition holds (a
// nil condition always holds): a switch, or an if-else chain when a
// handler breaks out of the enclosing loop, since Go's break in a switch
// would only leave the switch.
func handlerDispatch(conds []jen.Code, bodies [][]jen.Code, breaks bool) jen.Code {
	if !breaks {
		cases := make([]jen.Code, len(conds))
		for i, c := range conds {
			if c == nil {
				cases[i] = jen.Default().Block(bodies[i]...)
			} else {
				cases[i] = jen.Case(c).Block(bodies[i]...)
			}
		}
		return jen.Switch().Block(cases...)
	}
	var code *jen.Statement
	for i, c := range conds {
		switch {
		case code == nil && c == nil:
			return jen.Block(bodies[i]...)
		case code == nil:
			code = jen.If(c).Block(bodies[i]...)
		case c == nil:
			return code.Else().Block(bodies[i]...)
		default:
			code = code.Else().If(c).Block(bodies[i]...)
		}
	}
	return code
}

// handler returns the condition (nil for a bare except) and the body of
// one except clause.
func (e *emitter) handler(h *ast.ExceptHandler, exc string) (jen.Code, []jen.Code) {
	var cond jen.Code
	if h.Type != nil {
		cond = e.matches(exc, h.Type)
	}
	return cond, e.handlerBody(h, exc)
}

// handlerBody is the body of an except clause, first binding its name
// (if any) to the exception in the Go variable exc.
func (e *emitter) handlerBody(h *ast.ExceptHandler, exc string) []jen.Code {
	var body []jen.Code
	if h.Name != "" {
		sym := e.info.Lookup(e.scope, h.Name)
		if sym != nil && !e.discarded(sym) {
			op := ":="
			if e.declaredElsewhere(sym) && !e.dropVarAt(sym, h.Body[0]) {
				op = "=" // several handlers bind the name: declared once above
			}
			body = append(body, jen.Add(e.symStore(sym)).Op(op).Add(e.handlerValue(h, sym, exc)))
		}
	}
	return append(body, e.block(h.Body)...)
}

func (e *emitter) matches(exc string, t ast.Expr) jen.Code {
	if tup, ok := t.(*ast.Tuple); ok {
		if len(tup.Elts) == 0 {
			return jen.False() // `except ():` catches nothing
		}
		var parts []jen.Code
		for _, el := range tup.Elts {
			parts = append(parts, e.matchesOne(exc, el))
		}
		return jen.Add(joinOr(parts))
	}
	return e.matchesOne(exc, t)
}

// matchesOne tests the exception in exc against one class, or against a
// value of unproven type (`except exceptions:` with a tuple of classes a
// decorator was given), which the runtime inspects.
func (e *emitter) matchesOne(exc string, t ast.Expr) jen.Code {
	switch e.info.TypeOf(t).(type) {
	case *types.Module, *types.Class:
		return jen.Id(exc).Dot("Matches").Call(e.Expr(t))
	}
	return jen.Id(exc).Dot("MatchesObject").Call(e.ExprAs(t, types.Object))
}

func joinOr(parts []jen.Code) jen.Code {
	out := jen.Add(parts[0])
	for _, p := range parts[1:] {
		out = out.Op("||").Add(p)
	}
	return out
}

// -------------------------------------------------------------- functions

// funcDecl emits a module-level def as a Go function.
func (e *emitter) funcDecl(def *ast.FunctionDef) jen.Code {
	sym := e.info.Module.Symbols[def.Name]
	name := e.names.Package(sym)
	e.funcNames["main."+name] = def.Name
	f := e.info.Funcs[def]
	params, body := e.funcBody(f, def.Body)
	lead := e.leadingComments(def)
	if c, ok := e.notes.trailing[def]; ok {
		// A comment on the def line describes the function: it opens the body.
		body = append([]jen.Code{jen.Comment(commentText(c.Text))}, body...)
	}
	if e.memoized(def) {
		var cacheDecl jen.Code
		if cacheDecl, body = e.memoBody(def, name, f, body); cacheDecl != nil {
			lead = append(lead, cacheDecl, jen.Line())
		}
	}
	code := jen.Func().Id(name).Params(params...).Add(e.resultType(f)).Block(body...)
	if e.lineDirective(def.Start()) != nil {
		// The function starts at its def line: asyncio names a callback
		// with where it is defined, and the runtime reads that here. The
		// directive's text carries its newline, as jen would put a space
		// after it, which a //line directive cannot end with.
		dir := fmt.Sprintf("//line %s:%d\n", e.src.Path, e.src.Position(def.Start()).Line)
		code = jen.Comment(dir).Add(code)
	}
	if len(lead) == 0 {
		return code
	}
	return jen.Add(append(lead, jen.Line(), code)...)
}

// funcBody emits the parameters and body of a function or lambda in its
// own scope.
func (e *emitter) funcBody(f *infer.Func, body []ast.Stmt) ([]jen.Code, []jen.Code) {
	saveScope, saveFn, savePlan, savePre := e.scope, e.fn, e.plan, e.pre
	saveFlow, saveLoops, saveHandling := e.flow, e.loops, e.handling
	savePtrs, saveAgen, saveHeld := e.procPtrs, e.agen, e.held
	defer func() { e.procPtrs, e.agen, e.held = savePtrs, saveAgen, saveHeld }()
	outer := f
	if f.Async {
		f = asyncInner(f)
	}
	defer func() {
		e.scope, e.fn, e.plan, e.pre = saveScope, saveFn, savePlan, savePre
		e.flow, e.loops, e.handling = saveFlow, saveLoops, saveHandling
	}()
	e.scope, e.fn, e.pre = f.Scope, f, nil
	e.flow, e.loops, e.handling = nil, nil, nil
	e.names.PushScope()
	defer e.names.PopScope()
	params := e.paramDecls(f)
	e.agen, e.held = "", ""
	if outer.Async && f.Generator && hasFinally(body) {
		e.agen = e.names.Fresh("agen")
	}
	var holder []jen.Code
	if outer.Async && !f.Generator && e.holdsAsyncGen(f, body) {
		e.held = e.names.Fresh("held")
		holder = []jen.Code{
			jen.Id(e.held).Op(":=").Add(patterns.Rt("NewAGenHolder").Call()),
			jen.Defer().Id(e.held).Dot("Close").Call(),
		}
	}
	e.plan = planLocals(e.info, f.Scope, body, e.inlineWiths(body), func(sym *infer.Symbol) bool {
		return !sym.Param && e.info.ClassSyms[sym] == nil // a class in a function is a Go type
	})
	e.bodies = append(e.bodies, body)
	defer func() { e.bodies = e.bodies[:len(e.bodies)-1] }()
	stepping := e.stepping
	e.stepping = false
	if stepping {
		e.plan.hoistLocals(f.Scope, e.steppedLoopVars(body))
	}
	out := append(holder, e.bindProcessVars(outer, body)...)
	out = append(out, e.declareTop()...)
	if stepping {
		return params, append(out, e.stepsBody(f, body)...)
	}
	out = append(out, e.block(body)...)
	if !f.Generator && e.onCycle(outer.Node) {
		out = append([]jen.Code{e.enterFrame(outer.Node)}, out...)
	}
	if f.Generator {
		return params, e.generatorBody(f, out)
	}
	out = append(out, e.bodyTail(f, body)...)
	if outer.Async {
		return params, e.coroBody(e.asyncName(outer), f, out)
	}
	return params, out
}

// bodyTail ends a function body that Go would see falling off its end:
// with the zero value when Python returns None there, or a panic where
// Python cannot get.
func (e *emitter) bodyTail(f *infer.Func, body []ast.Stmt) []jen.Code {
	switch {
	case f.Result != types.None && !infer.Terminates(body):
		return []jen.Code{jen.Return(e.zero(f.Result))}
	case f.Result != types.None && e.needsUnreachable(body, true):
		return []jen.Code{unreachable()}
	}
	return nil
}

// currentBody is the body of the function being emitted, for deciding
// which with statements end it.
func (e *emitter) currentBody() []ast.Stmt {
	if len(e.bodies) == 0 {
		return nil
	}
	return e.bodies[len(e.bodies)-1]
}

// nestedDef emits a def inside a function as a closure variable.
func (e *emitter) nestedDef(def *ast.FunctionDef) []jen.Code {
	sym := e.info.Lookup(e.scope, def.Name)
	f := e.info.Funcs[def]
	name := e.symName(sym)
	params, body := e.funcBody(f, def.Body)
	var lit jen.Code = jen.Func().Params(params...).Add(e.resultType(f)).Block(body...)
	defaults := e.evalDefaults(f, false)
	if len(def.Decorators) > 0 {
		lit = e.decorate(def, lit)
		if e.discarded(sym) {
			return append(defaults, jen.Id("_").Op("=").Add(lit))
		}
		op := "="
		if e.plan.defineAt[sym] == def {
			op = ":="
		}
		return append(defaults, jen.Id(name).Op(op).Add(lit))
	}
	if e.discarded(sym) {
		return defaults
	}
	if recursive(e.info, def, sym) || e.plan.defineAt[sym] != def {
		decl := []jen.Code{}
		if e.plan.defineAt[sym] == def {
			decl = append(decl, jen.Var().Id(name).Add(e.GoType(&types.Func{Name: def.Name, Def: def})))
		}
		return append(append(defaults, decl...), jen.Id(name).Op("=").Add(lit))
	}
	return append(defaults, jen.Id(name).Op(":=").Add(lit))
}

func recursive(info *infer.Info, def *ast.FunctionDef, sym *infer.Symbol) bool {
	found := false
	ast.InspectStmts(def.Body, func(n ast.Node) bool {
		if name, ok := n.(*ast.Name); ok && info.Refs[name] == sym {
			found = true
		}
		return !found
	})
	return found
}

// --------------------------------------------------------------- comments

// leadingComments returns the comments that stand before statement st.
func (e *emitter) leadingComments(st ast.Stmt) []jen.Code {
	var out []jen.Code
	for _, c := range e.notes.leading[st] {
		out = append(out, jen.Comment(commentText(c.Text)))
	}
	return out
}

// trailingComment attaches the comment that stands on the statement's
// first line after its code.
func (e *emitter) trailingComment(st ast.Stmt, code []jen.Code) []jen.Code {
	c, ok := e.notes.trailing[st]
	if !ok {
		return code
	}
	if len(code) == 0 {
		return []jen.Code{jen.Comment(commentText(c.Text))}
	}
	last := len(code) - 1
	if s, ok := code[last].(*jen.Statement); ok && !isBlock(st) {
		code[last] = s.Comment(commentText(c.Text))
		return code
	}
	return append([]jen.Code{jen.Comment(commentText(c.Text))}, code...)
}

func isBlock(st ast.Stmt) bool {
	switch st.(type) {
	case *ast.If, *ast.For, *ast.While, *ast.With, *ast.Try, *ast.FunctionDef, *ast.ClassDef:
		return true
	}
	return false
}

func commentText(text string) string {
	return strings.TrimSpace(strings.TrimPrefix(text, "#"))
}

// lineDirective maps the next Go line to the Python line of p.
func (e *emitter) lineDirective(p ast.Pos) []jen.Code {
	if !e.opts.LineDirectives || e.src.Path == "" {
		return nil
	}
	return []jen.Code{jen.Comment(fmt.Sprintf("//line %s:%d", e.src.Path, e.src.Position(p).Line))}
}

// isObjectGoType reports whether t's Go type is the dynamic py.Object.
func isObjectGoType(t types.Type) bool {
	switch t := t.(type) {
	case *types.Tuple:
		return true
	case *types.Named:
		_, ok := patterns.TypeOf(t.Class)
		return !ok
	}
	return t == types.Object || t == types.None || t == types.Unknown
}

// HandledException is the Go variable of the exception the innermost
// except clause being emitted handles, nil outside one.
func (e *emitter) HandledException() jen.Code {
	if len(e.handling) == 0 {
		return nil
	}
	return jen.Id(e.handling[len(e.handling)-1])
}
