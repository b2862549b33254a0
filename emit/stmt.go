package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// block emits a statement list.
func (e *emitter) block(body []ast.Stmt) []jen.Code {
	var out []jen.Code
	for i, st := range body {
		out = append(out, e.varDecls(st)...)
		out = append(out, e.leadingComments(st)...)
		if i == 0 && isDocstring(st) {
			out = append(out, docComment(st)...)
			continue
		}
		out = append(out, e.lineDirective(st.Start())...)
		saveOrder := e.keepOrder
		e.keepOrder = keepsOrder(st)
		code := e.stmt(st)
		e.keepOrder = saveOrder
		if len(e.pre) > 0 {
			code = append(e.pre, code...)
			e.pre = nil
		}
		out = append(out, e.trailingComment(st, code)...)
	}
	return out
}

// stmt emits one statement; the result may be several Go statements.
func (e *emitter) stmt(st ast.Stmt) []jen.Code {
	switch n := st.(type) {
	case *ast.ExprStmt:
		return e.exprStmt(n)
	case *ast.Assign:
		return e.assign(n)
	case *ast.AugAssign:
		return e.augAssign(n)
	case *ast.AnnAssign:
		if n.Value == nil {
			return nil
		}
		return e.annAssign(n)
	case *ast.If:
		return e.ifStmt(n)
	case *ast.For:
		return e.forStmt(n)
	case *ast.While:
		return e.whileStmt(n)
	case *ast.With:
		return e.withStmt(n)
	case *ast.Try:
		return e.tryStmt(n)
	case *ast.Return:
		return e.returnStmt(n)
	case *ast.Raise:
		return e.raiseStmt(n)
	case *ast.Assert:
		return e.assertStmt(n)
	case *ast.FunctionDef:
		if e.scope == e.info.Module && e.isPackageFunc(n) {
			return e.evalDefaults(e.info.Funcs[n], true)
		}
		return e.nestedDef(n)
	case *ast.Pass, *ast.Global, *ast.Nonlocal, *ast.Import, *ast.ImportFrom:
		return nil
	case *ast.Break:
		return e.jumpLoop(true)
	case *ast.Continue:
		return e.jumpLoop(false)
	case *ast.ClassDef:
		c := e.info.Classes[n]
		if c == nil || c.Func == nil && e.scope != e.info.Module {
			e.log.Unsupported(n.Start(), "class definitions inside functions")
		} else if c.Func == nil {
			return e.classDefaults(c)
		}
	case *ast.Delete:
		return e.deleteStmt(n)
	default:
		e.log.Unsupported(st.Start(), fmt.Sprintf("statement %T", st))
	}
	return nil
}

func isDocstring(st ast.Stmt) bool {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return false
	}
	c, ok := es.Value.(*ast.Constant)
	return ok && c.Kind == ast.ConstStr
}

func docComment(st ast.Stmt) []jen.Code {
	text := st.(*ast.ExprStmt).Value.(*ast.Constant).Value.(string)
	var out []jen.Code
	for _, line := range splitLines(text) {
		out = append(out, jen.Comment(line))
	}
	return out
}

func (e *emitter) exprStmt(n *ast.ExprStmt) []jen.Code {
	switch y := n.Value.(type) {
	case *ast.Yield:
		if e.fn != nil && e.fn.Generator {
			return e.yieldStmt(y)
		}
	case *ast.YieldFrom:
		if e.fn != nil && e.fn.Generator {
			return e.yieldFromStmt(y)
		}
	case *ast.Await:
		return []jen.Code{e.awaitExpr(y)} // a call: no `_ =` needed
	case *ast.ListComp:
		return e.compStmt(y)
	}
	if call, ok := n.Value.(*ast.Call); ok {
		return []jen.Code{e.callStmt(call)}
	}
	if c, ok := n.Value.(*ast.Constant); ok && c.Kind != ast.ConstNone {
		return nil // a bare literal does nothing
	}
	return []jen.Code{jen.Id("_").Op("=").Add(e.Expr(n.Value))}
}

// ---------------------------------------------------------------- locals

// declareTop declares the locals planned for the top of the current body.
func (e *emitter) declareTop() []jen.Code {
	var out []jen.Code
	for _, sym := range e.plan.topVars {
		if e.discarded(sym) {
			continue
		}
		if e.shared[sym] {
			out = append(out, e.sharedDecl(sym))
			continue
		}
		out = append(out, jen.Var().Id(e.names.Local(sym)).Add(e.GoType(sym.Type)))
	}
	return out
}

// annAssign emits `x: T = v` as the assignment it is. The plan knows the
// statement as the AnnAssign, so a declaration planned there (x := v) is
// lent to the assignment while it is emitted.
func (e *emitter) annAssign(n *ast.AnnAssign) []jen.Code {
	as := &ast.Assign{StmtBase: n.StmtBase, Targets: []ast.Expr{n.Target}, Value: n.Value}
	if e.plan != nil {
		for sym, at := range e.plan.defineAt {
			if at == n {
				e.plan.defineAt[sym] = as
				defer func() { e.plan.defineAt[sym] = n }()
			}
		}
	}
	return e.assign(as)
}

func (e *emitter) varDecls(st ast.Stmt) []jen.Code {
	var out []jen.Code
	for _, sym := range e.plan.varAt[st] {
		switch {
		case e.shared[sym]:
			out = append(out, e.sharedDecl(sym))
		case !e.discarded(sym):
			out = append(out, jen.Var().Id(e.names.Local(sym)).Add(e.GoType(sym.Type)))
		}
	}
	return out
}

// discarded reports whether a local is never read, so that Go, which
// rejects unused variables, gets no variable at all: its stores keep only
// their side effects.
func (e *emitter) discarded(sym *infer.Symbol) bool {
	return sym.Loads == 0 && !sym.Param && sym.Scope.Kind != infer.ModuleScope ||
		sym.Loads == 0 && sym.Scope.Kind == infer.ModuleScope && !e.isPackageVar(sym) ||
		e.libAlias(sym)
}

// libAlias reports whether sym is a variable that only ever holds one
// library callable (f = str) and is only called: each call is emitted as
// a call of the library function, so the variable itself is not needed.
func (e *emitter) libAlias(sym *infer.Symbol) bool {
	if _, ok := sym.Type.(*types.Module); !ok || sym.Param || sym.Loads == 0 {
		return false
	}
	if e.libAliases == nil {
		e.libAliases = map[*infer.Symbol]int{}
		for x := range e.info.Types {
			if call, ok := x.(*ast.Call); ok {
				if name, ok := call.Func.(*ast.Name); ok && e.info.Refs[name] != nil {
					e.libAliases[e.info.Refs[name]]++
				}
			}
		}
	}
	return e.libAliases[sym] == sym.Loads
}

// symName is the Go name of the variable a Name refers to.
func (e *emitter) symName(sym *infer.Symbol) string {
	if name, ok := e.names.Name(sym); ok {
		return name
	}
	if sym.Scope.Kind == infer.ModuleScope && (e.isPackageVar(sym) || sym.Def != nil) {
		return e.names.Package(sym)
	}
	return e.names.Local(sym)
}

// ------------------------------------------------------------ assignment

func (e *emitter) assign(n *ast.Assign) []jen.Code {
	if len(n.Targets) == 1 {
		e.holdClosedAsyncGen(n.Targets[0], n.Value)
		return e.assignTo(n, n.Targets[0], n.Value)
	}
	if _, isConst := n.Value.(*ast.Constant); isConst {
		// a = b = None: a literal is stored into each as its type needs.
		var out []jen.Code
		for _, t := range n.Targets {
			out = append(out, e.assignTo(n, t, n.Value)...)
		}
		return out
	}
	// a = b = v: evaluate v once.
	tmp := e.names.Fresh("v")
	out := []jen.Code{jen.Id(tmp).Op(":=").Add(e.Expr(n.Value))}
	for _, t := range n.Targets {
		out = append(out, e.store(n, t, jen.Id(tmp), e.info.TypeOf(n.Value))...)
	}
	return out
}

func (e *emitter) assignTo(st ast.Stmt, target, value ast.Expr) []jen.Code {
	if code := e.selfUpdate(target, value); code != nil {
		return code
	}
	if tt, ok := target.(*ast.Tuple); ok {
		if vt, ok := value.(*ast.Tuple); ok && len(vt.Elts) == len(tt.Elts) {
			return e.parallelAssign(tt.Elts, vt.Elts)
		}
	}
	if name, ok := target.(*ast.Name); ok {
		sym := e.info.Refs[name]
		if e.isLocalGlobal(sym) {
			return e.assignLocalGlobal(sym, value)
		}
		if _, isConst := e.constants[sym]; isConst && sym != nil {
			return nil // declared at package level with its value
		}
		if sym != nil && e.discarded(sym) {
			return e.discard(value)
		}
		if sym != nil && e.plan.defineAt[sym] == st && e.shared[sym] {
			return append([]jen.Code{e.sharedDecl(sym)}, e.store(st, target, e.ExprAs(value, sym.Type), sym.Type)...)
		}
		if sym != nil && e.plan.defineAt[sym] == st {
			if patterns.IsNone(value) {
				return []jen.Code{jen.Var().Id(e.symName(sym)).Add(e.GoType(sym.Type))}
			}
			if !types.Equal(sym.Type, e.info.TypeOf(value)) && !types.IsNative(sym.Type) || sym.Type == types.Object && sym.Stores > 1 && !e.objectTyped(value) {
				// x := 1 would make a Go int of a dynamic variable.
				return []jen.Code{jen.Var().Id(e.symName(sym)).Add(e.GoType(sym.Type)).Op("=").Add(e.storedAs(value, sym.Type))}
			}
			return []jen.Code{jen.Id(e.symName(sym)).Op(":=").Add(e.ExprAs(value, sym.Type))}
		}
	}
	if sub, ok := target.(*ast.Subscript); ok {
		if sl, ok := sub.Slice.(*ast.Slice); ok && isList(e.info.TypeOf(sub.Value)) {
			return []jen.Code{e.storeSlice(sub, sl, e.ExprAs(value, e.info.TypeOf(sub.Value)))}
		}
	}
	if _, isName := target.(*ast.Name); isName {
		return e.store(st, target, e.storedAs(value, e.targetType(target)), e.info.TypeOf(value))
	}
	return e.store(st, target, e.ExprAs(value, e.targetType(target)), e.info.TypeOf(value))
}

// storedAs is value converted for a variable of type t. A new list (from
// list(), sorted(), a + b) that a dynamic variable keeps is a runtime
// list, as a list display is, so that the variable's list methods
// (todo.pop(0)) work on it.
func (e *emitter) storedAs(value ast.Expr, t types.Type) jen.Code {
	if _, isSlice := e.info.TypeOf(value).(*types.List); isSlice && t == types.Object {
		switch value.(type) {
		case *ast.Call, *ast.BinOp:
			return patterns.Rt("ListFrom").Call(e.Expr(value))
		}
	}
	return e.ExprAs(value, t)
}

// discard keeps only the side effects of a value stored into a variable
// nobody reads.
func (e *emitter) discard(value ast.Expr) []jen.Code {
	if call, ok := value.(*ast.Call); ok {
		return []jen.Code{e.callStmt(call)}
	}
	if name, ok := value.(*ast.Name); ok {
		return e.keepVarUsed(name)
	}
	if isPure(value) {
		return nil
	}
	return []jen.Code{jen.Id("_").Op("=").Add(e.Expr(value))}
}

// keepVarUsed is `_ = x` for a name whose only read was dropped (a store to
// a discarded variable, del x) when x is a variable of the Go function,
// which Go would otherwise reject as declared and not used; nothing for
// other names.
func (e *emitter) keepVarUsed(name *ast.Name) []jen.Code {
	sym := e.info.Refs[name]
	if sym == nil || e.discarded(sym) || e.isPackageVar(sym) || sym.Def != nil || sym.Import != "" || e.info.ClassSyms[sym] != nil {
		return nil
	}
	if _, isConst := e.constants[sym]; isConst {
		return nil
	}
	return []jen.Code{jen.Id("_").Op("=").Add(e.Expr(name))}
}

func isPure(x ast.Expr) bool {
	switch x.(type) {
	case *ast.Constant, *ast.Name:
		return true
	}
	return false
}

func (e *emitter) targetType(t ast.Expr) types.Type {
	if name, ok := t.(*ast.Name); ok {
		if sym := e.info.Refs[name]; sym != nil {
			return sym.Type
		}
	}
	return e.info.TypeOf(t)
}

// store assigns code (of type vt) to target.
func (e *emitter) store(st ast.Stmt, target ast.Expr, code jen.Code, vt types.Type) []jen.Code {
	switch t := target.(type) {
	case *ast.Name:
		sym := e.info.Refs[t]
		if sym == nil {
			e.log.Unsupported(t.Start(), "assignment to "+t.ID)
			return nil
		}
		if e.discarded(sym) {
			return []jen.Code{jen.Id("_").Op("=").Add(code)}
		}
		if sym.Scope.Kind == infer.CompScope {
			// A comprehension's targets are locals of its Go loop.
			return []jen.Code{jen.Id(e.symName(sym)).Op(":=").Add(code)}
		}
		if e.shared[sym] {
			return []jen.Code{jen.Id(e.symName(sym)).Dot("Store").Call(code)}
		}
		return []jen.Code{jen.Add(e.symStore(sym)).Op("=").Add(code)}
	case *ast.Subscript:
		if m := e.instanceMethod(e.info.TypeOf(t.Value), "__setitem__"); m != nil {
			value := &goExpr{code: code}
			e.info.Types[value] = vt
			return []jen.Code{e.callDunder(m, t.Value, t.Slice, value)}
		}
		return []jen.Code{e.storeItem(t, code)}
	case *ast.Attribute:
		return e.storeAttr(t, code)
	case *ast.Tuple, *ast.List:
		return e.unpack(st, target, code, vt)
	}
	e.log.Unsupported(target.Start(), fmt.Sprintf("assignment to %s", describe(target)))
	return nil
}

func (e *emitter) storeItem(t *ast.Subscript, code jen.Code) jen.Code {
	if sl, ok := t.Slice.(*ast.Slice); ok {
		return e.storeSlice(t, sl, code)
	}
	if _, ok := e.info.TypeOf(t.Value).(*types.List); ok && e.info.TypeOf(t.Slice) == types.Int {
		return jen.Add(e.Expr(t.Value)).Index(e.listIndex(t.Value, t.Slice)).Op("=").Add(code)
	}
	return patterns.Rt("SetItem").Call(e.ExprAs(t.Value, types.Object), e.ExprAs(t.Slice, types.Object), code)
}

// parallelAssign is `a, b = x, y`, which Go's tuple assignment does with
// the same evaluation order.
func (e *emitter) parallelAssign(targets, values []ast.Expr) []jen.Code {
	var lhs, rhs []jen.Code
	for i, t := range targets {
		name, ok := t.(*ast.Name)
		if !ok || e.info.Refs[name] == nil || e.shared[e.info.Refs[name]] {
			// A global threads share is stored with its Store method.
			return e.unpackEach(targets, values)
		}
		sym := e.info.Refs[name]
		if e.discarded(sym) {
			lhs = append(lhs, jen.Id("_"))
		} else {
			lhs = append(lhs, e.symStore(sym))
		}
		rhs = append(rhs, e.ExprAs(values[i], sym.Type))
	}
	return []jen.Code{jen.List(lhs...).Op("=").List(rhs...)}
}

// unpackEach is `t1, t2 = v1, v2` with targets that are not all names:
// every value is evaluated first, into temporaries, then stored in order.
func (e *emitter) unpackEach(targets, values []ast.Expr) []jen.Code {
	var out []jen.Code
	tmps := make([]string, len(values))
	for i, v := range values {
		tmps[i] = e.names.Fresh("v")
		out = append(out, jen.Id(tmps[i]).Op(":=").Add(e.Expr(v)))
	}
	for i, t := range targets {
		vt := e.info.TypeOf(values[i])
		code := jen.Code(jen.Id(tmps[i]))
		if types.IsNative(e.targetType(t)) && !types.Equal(vt, e.targetType(t)) {
			tmp := &goExpr{code: code}
			e.info.Types[tmp] = vt
			code = e.ExprAs(tmp, e.targetType(t))
		}
		out = append(out, e.store(nil, t, code, vt)...)
	}
	return out
}

// unpack assigns the items of a sequence value to several targets.
func (e *emitter) unpack(st ast.Stmt, target ast.Expr, code jen.Code, vt types.Type) []jen.Code {
	var elts []ast.Expr
	switch t := target.(type) {
	case *ast.Tuple:
		elts = t.Elts
	case *ast.List:
		elts = t.Elts
	}
	star := -1
	for i, el := range elts {
		if _, ok := el.(*ast.Starred); ok {
			star = i
		}
	}
	tmp := e.names.Fresh("items")
	value := code
	call := patterns.Rt("Unpack").Call(value, jen.Lit(len(elts)))
	if star >= 0 {
		call = patterns.Rt("UnpackStar").Call(value, jen.Lit(star), jen.Lit(len(elts)-star-1))
	}
	out := []jen.Code{jen.Id(tmp).Op(":=").Add(call)}
	for i, el := range elts {
		if s, ok := el.(*ast.Starred); ok {
			el = s.Value
		}
		item := jen.Id(tmp).Index(jen.Lit(i))
		out = append(out, e.store(st, el, e.fromObject(item, e.targetType(el)), types.Object)...)
	}
	return out
}

func (e *emitter) augAssign(n *ast.AugAssign) []jen.Code {
	if code := e.sharedAug(n); code != nil {
		return code
	}
	tt := e.info.TypeOf(n.Target)
	vt := e.info.TypeOf(n.Value)
	if code := e.augExtend(n, tt, vt); code != nil {
		return []jen.Code{code}
	}
	name, isName := n.Target.(*ast.Name)
	if (isName || e.isField(n.Target)) && e.nativeAug(n.Op, tt, vt) {
		if sym := e.info.Refs[name]; isName && sym != nil && e.discarded(sym) {
			return e.discard(n.Value)
		}
		return []jen.Code{jen.Add(e.lvalue(n.Target)).Op(n.Op.String() + "=").Add(e.ExprAs(n.Value, tt))}
	}
	if code := e.classAugAssign(n); code != nil {
		return code
	}
	if code := e.augItem(n); code != nil {
		return []jen.Code{code}
	}
	var value jen.Code
	if inPlace := inPlaceOps[n.Op]; inPlace != "" && tt == types.Object && e.mayBeAliased(n.Target) &&
		(n.Op == ast.Mult || !types.IsNumber(vt) && vt != types.Bool) {
		// A list is changed in place by += and *=, so every alias sees it;
		// += of a proven number cannot be a list's.
		value = patterns.Rt(inPlace).Call(e.Expr(n.Target), e.ExprAs(n.Value, types.Object))
	} else {
		value = e.binop(n.Op, n.Target, n.Value, tt, vt, e.targetType(n.Target))
	}
	return e.store(n, n.Target, value, tt)
}

// augItem is `c[k] op= v` on a runtime container: py.UpdateItem reads,
// operates and writes under the container's lock, one step as under
// CPython's GIL, so threads counting into a shared dict or list lose no
// update. It returns nil for other targets.
func (e *emitter) augItem(n *ast.AugAssign) jen.Code {
	sub, ok := n.Target.(*ast.Subscript)
	if !ok || dynamicOps[n.Op] == "" || e.info.TypeOf(sub.Value) != types.Object {
		return nil
	}
	if _, isSlice := sub.Slice.(*ast.Slice); isSlice {
		return nil
	}
	op := dynamicOps[n.Op]
	if inPlace := inPlaceOps[n.Op]; inPlace != "" && !types.IsNumber(e.info.TypeOf(n.Value)) && e.info.TypeOf(n.Value) != types.Bool {
		// `groups[k] += [v]` extends the list the item holds, which
		// every alias of it sees; += of a proven number cannot.
		op = inPlace
	}
	return patterns.Rt("UpdateItem").Call(e.ExprAs(sub.Value, types.Object), e.ExprAs(sub.Slice, types.Object),
		e.ExprAs(n.Value, types.Object), patterns.Rt(op))
}

// mayBeAliased reports whether the value of target may be reached through
// another name too: an attribute or item, or a variable whose value is
// shared. Rebinding a variable nobody else sees is the same as changing
// its list in place.
func (e *emitter) mayBeAliased(target ast.Expr) bool {
	name, ok := target.(*ast.Name)
	if !ok {
		return true
	}
	sym := e.info.Refs[name]
	return sym == nil || sym.Shared
}

// inPlaceOps are the runtime's in-place forms of the operators that
// change a list itself rather than rebinding the name.
var inPlaceOps = map[ast.Operator]string{ast.Add: "IAdd", ast.Mult: "IMul"}

// nativeAug reports whether Go's own op= has Python's meaning here.
func (e *emitter) nativeAug(op ast.Operator, tt, vt types.Type) bool {
	switch {
	case tt == types.Int && vt == types.Int:
		return op == ast.Add || op == ast.Sub || op == ast.Mult || op == ast.BitAnd || op == ast.BitOr || op == ast.BitXor
	case tt == types.Float && types.IsNumber(vt):
		return op == ast.Add || op == ast.Sub || op == ast.Mult
	case tt == types.Str && vt == types.Str:
		return op == ast.Add
	}
	return false
}

// ----------------------------------------------------------- control flow

func (e *emitter) ifStmt(n *ast.If) []jen.Code {
	if body, ok := e.mainGuard(n); ok {
		return e.block(body)
	}
	// Statements the condition needs first (a walrus, a hoisted
	// comprehension) go before the if, not into its body.
	outer := e.pre
	e.pre = nil
	cond := e.cond(n.Test)
	pre := e.pre
	e.pre = outer
	code := jen.If(cond).Block(e.block(n.Body)...)
	out := append(pre, code)
	if len(n.Orelse) == 0 {
		return out
	}
	if elif, ok := n.Orelse[0].(*ast.If); ok && len(n.Orelse) == 1 {
		inner := e.ifStmt(elif)
		if len(inner) == 1 {
			code.Else().Add(inner[0])
			return out
		}
		code.Else().Block(inner...)
		return out
	}
	code.Else().Block(e.block(n.Orelse)...)
	return out
}

// mainGuard recognizes `if __name__ == "__main__":`, which is always true
// in a program py2go builds; its body runs in place.
func (e *emitter) mainGuard(n *ast.If) ([]ast.Stmt, bool) {
	c, ok := n.Test.(*ast.Compare)
	if !ok || len(c.Ops) != 1 || len(c.Comparators) != 1 {
		return nil, false
	}
	name, ok1 := c.Left.(*ast.Name)
	lit, ok2 := c.Comparators[0].(*ast.Constant)
	if !ok1 || !ok2 || name.ID != "__name__" || lit.Value != "__main__" || e.info.Refs[name] != nil {
		return nil, false
	}
	switch c.Ops[0] {
	case ast.Eq:
		return n.Body, true
	case ast.NotEq:
		return n.Orelse, true
	}
	return nil, false
}

func (e *emitter) whileStmt(n *ast.While) []jen.Code {
	cond := e.whileCond(n)
	return e.loopWithElse(n.Orelse, n.Body, func(code []jen.Code) []jen.Code {
		if cond == nil {
			return []jen.Code{jen.For().Block(code...)}
		}
		return []jen.Code{jen.For(cond).Block(code...)}
	})
}

// whileCond is the Go condition of a while loop, nil for `while True`.
// It is tested before every turn, so nothing it needs can be hoisted
// before the loop: such a condition is refused.
func (e *emitter) whileCond(n *ast.While) jen.Code {
	if c, ok := n.Test.(*ast.Constant); ok && c.Kind == ast.ConstBool && c.Value == true {
		return nil
	}
	outer, hoist := e.pre, e.hoistOK
	e.pre, e.hoistOK = nil, false
	cond := e.cond(n.Test)
	if len(e.pre) > 0 {
		e.log.Unsupported(n.Test.Start(), "this while condition (it needs statements evaluated before each test)")
	}
	e.pre, e.hoistOK = outer, hoist
	return cond
}

func (e *emitter) returnStmt(n *ast.Return) []jen.Code {
	if e.fn == nil {
		e.log.Errorf(n.Start(), "'return' outside function")
		return nil
	}
	if n.Value == nil || e.fn.Result == types.None || e.fn.Generator {
		if n.Value != nil && !isPure(n.Value) {
			return append(e.discard(n.Value), e.jumpReturn(nil)...)
		}
		return e.jumpReturn(nil)
	}
	return e.jumpReturn(e.ExprAs(n.Value, e.fn.Result))
}

func (e *emitter) raiseStmt(n *ast.Raise) []jen.Code {
	if n.Exc == nil {
		if len(e.handling) == 0 {
			e.log.Unsupported(n.Start(), "bare raise outside an except block")
			return nil
		}
		return []jen.Code{jen.Panic(jen.Id(e.handling[len(e.handling)-1]))}
	}
	exc := e.exception(n.Exc)
	if n.Cause != nil {
		exc = jen.Add(exc).Dot("From").Call(e.cause(n.Cause))
	} else if len(e.handling) > 0 && e.isError(n.Exc) {
		// Raised while handling another: Python chains it as
		// __context__ ("During handling of the above exception...").
		exc = jen.Add(exc).Dot("During").Call(jen.Id(e.handling[len(e.handling)-1]))
	}
	return []jen.Code{jen.Panic(exc)}
}

// exception emits an exception instance; raising a class raises a new
// instance of it, as in Python.
func (e *emitter) exception(x ast.Expr) jen.Code {
	if code, ok := e.raiseClass(x); ok {
		return code
	}
	return e.Expr(x)
}

// cause emits the *py.Error that `raise X from cause` chains: an
// exception class or a proven runtime exception directly, anything else
// (None, an exception struct of the program, a variable that may hold
// either) through the runtime's conversion.
func (e *emitter) cause(x ast.Expr) jen.Code {
	if c, ok := x.(*ast.Constant); ok && c.Kind == ast.ConstNone {
		return jen.Nil()
	}
	if code, ok := e.raiseClass(x); ok {
		if t, isClass := e.info.TypeOf(x).(*types.Class); isClass && e.isStatefulException(e.info.ClassOf(t)) {
			return patterns.Rt("CauseOf").Call(code)
		}
		return code
	}
	if e.isError(x) {
		return e.Expr(x)
	}
	return patterns.Rt("CauseOf").Call(e.ExprAs(x, types.Object))
}

func (e *emitter) assertStmt(n *ast.Assert) []jen.Code {
	var args []jen.Code
	if n.Msg != nil {
		args = append(args, e.ExprAs(n.Msg, types.Object))
	}
	return []jen.Code{jen.If(jen.Op("!").Parens(e.cond(n.Test))).Block(
		jen.Panic(patterns.Rt("AssertionError").Dot("New").Call(args...)),
	)}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			out = append(out, trimSpace(s[start:i]))
			start = i + 1
		}
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	for len(out) > 0 && out[0] == "" {
		out = out[1:]
	}
	return out
}

func trimSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}

// isError reports whether x is emitted as a *py.Error: an exception class
// of the runtime (raised as X.New()) or an instance of one.
func (e *emitter) isError(x ast.Expr) bool {
	switch t := e.info.TypeOf(x).(type) {
	case *types.Module:
		return true
	case *types.Named:
		return t.Class == "BaseException"
	}
	return false
}

// objectTyped reports whether the Go of a dynamic value v is surely of
// type py.Object, so that x := v declares a dynamic variable that later
// stores can assign: a name, a constant or a call of a plain function of
// the program. A runtime constructor (set()
// is py.SetFrom, a *py.Set) would make x a variable of that concrete
// type, to which assigning another dynamic value does not build.
func (e *emitter) objectTyped(v ast.Expr) bool {
	switch v := v.(type) {
	case *ast.Name, *ast.Constant:
		return true
	case *ast.Call:
		if name, ok := v.Func.(*ast.Name); ok {
			sym := e.info.Refs[name]
			return sym != nil && sym.Def != nil && !sym.Def.Async && !e.info.Funcs[sym.Def].Generator
		}
	}
	return false
}
