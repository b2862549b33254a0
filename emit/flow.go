package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
)

// Jumps out of closures.
//
// Some Python blocks run in a Go func literal: a try body (under the
// runtime's Catch), a finally body (deferred), and a with body that is not
// the last statement of its function (so that its exit runs where the block
// ends). A return, break or continue inside such a block cannot be Go's own
// statement, which would only leave the func literal. Instead the block gets
// a control context: before the literal, one Go bool per kind of jump used
// (returned, broke, continued) and, for a return with a value, a variable
// holding the value. The jump sets them and returns from the literal; right
// after the call the caller dispatches:
//
//	var ret int
//	returned := false
//	func() {
//		defer unlock()
//		ret, returned = n, true
//		return
//	}()
//	if returned {
//		return ret
//	}
//
// The dispatch is itself emitted as a jump, so nested literals pass the
// jump outwards one level at a time. A loop that starts inside the literal
// keeps its break and continue as Go's own.

// flowCtx is the control context of one func literal.
type flowCtx struct {
	parent *flowCtx
	// loops counts the loops opened inside the literal, whose break and
	// continue stay Go's own.
	loops int
	// names of the Go variables, set once used.
	ret, returned, broke, continued string
	// finally marks the context of a finally body: a jump there also
	// stops an exception in flight, as in Python.
	finally bool
}

// jumps reports whether a jump out of the context was emitted.
func (ctx *flowCtx) jumps() bool {
	return ctx.returned != "" || ctx.broke != "" || ctx.continued != ""
}

// loopCtx is one Python loop being emitted.
type loopCtx struct {
	// broke names the flag an else clause tests; empty without else.
	broke string
}

// inFlow emits body inside a new control context and returns the emitted
// code and the context, whose used names say which dispatches are needed.
func (e *emitter) inFlow(finally bool, emit func() []jen.Code) ([]jen.Code, *flowCtx) {
	ctx := &flowCtx{parent: e.flow, finally: finally}
	e.flow = ctx
	code := emit()
	e.flow = ctx.parent
	return code, ctx
}

// flowDecls declares the variables a context used, before the literal.
func (e *emitter) flowDecls(ctx *flowCtx) []jen.Code {
	var out []jen.Code
	if ctx.ret != "" {
		out = append(out, jen.Var().Id(ctx.ret).Add(e.GoType(e.fn.Result)))
	}
	for _, flag := range []string{ctx.returned, ctx.broke, ctx.continued} {
		if flag != "" {
			out = append(out, jen.Id(flag).Op(":=").False())
		}
	}
	return out
}

// flowDispatch passes the jumps taken inside a literal on, after its call.
func (e *emitter) flowDispatch(ctx *flowCtx) []jen.Code {
	var out []jen.Code
	if ctx.returned != "" {
		var value jen.Code
		if ctx.ret != "" {
			value = jen.Id(ctx.ret)
		}
		out = append(out, jen.If(jen.Id(ctx.returned)).Block(e.jumpReturn(value)...))
	}
	if ctx.broke != "" {
		out = append(out, jen.If(jen.Id(ctx.broke)).Block(e.jumpLoop(true)...))
	}
	if ctx.continued != "" {
		out = append(out, jen.If(jen.Id(ctx.continued)).Block(e.jumpLoop(false)...))
	}
	return out
}

// wrapFlow runs emitted code in a func literal with its jumps dispatched:
// decls, the call, then the dispatch.
func (e *emitter) wrapFlow(ctx *flowCtx, lit jen.Code) []jen.Code {
	out := e.flowDecls(ctx)
	out = append(out, lit)
	return append(out, e.flowDispatch(ctx)...)
}

// jumpReturn emits a return of value (nil for a bare return) from the
// current Python function, through any func literals in between.
func (e *emitter) jumpReturn(value jen.Code) []jen.Code {
	ctx := e.flow
	if ctx == nil {
		if value == nil {
			return []jen.Code{jen.Return()}
		}
		return []jen.Code{jen.Return(value)}
	}
	if ctx.returned == "" {
		ctx.returned = e.names.Fresh("returned")
	}
	var out []jen.Code
	if value != nil {
		if ctx.ret == "" {
			ctx.ret = e.names.Fresh("ret")
		}
		out = append(out, jen.List(jen.Id(ctx.ret), jen.Id(ctx.returned)).Op("=").List(value, jen.True()))
	} else {
		out = append(out, jen.Id(ctx.returned).Op("=").True())
	}
	return append(out, e.leaveLiteral(ctx)...)
}

// leaveLiteral returns from the func literal of ctx; in a finally body it
// first stops the exception in flight, which Python drops on such a jump.
func (e *emitter) leaveLiteral(ctx *flowCtx) []jen.Code {
	if ctx.finally {
		return []jen.Code{jen.Id("recover").Call(), jen.Return()}
	}
	return []jen.Code{jen.Return()}
}

// jumpLoop emits break (brk) or continue for the innermost Python loop.
func (e *emitter) jumpLoop(brk bool) []jen.Code {
	var out []jen.Code
	ctx := e.flow
	if ctx == nil || ctx.loops > 0 {
		if brk && len(e.loops) > 0 {
			if l := e.loops[len(e.loops)-1]; l.broke != "" {
				out = append(out, jen.Id(l.broke).Op("=").True())
			}
		}
		if brk {
			return append(out, jen.Break())
		}
		return append(out, jen.Continue())
	}
	flag := &ctx.continued
	name := "continued"
	if brk {
		flag, name = &ctx.broke, "broke"
	}
	if *flag == "" {
		*flag = e.names.Fresh(name)
	}
	out = append(out, jen.Id(*flag).Op("=").True())
	return append(out, e.leaveLiteral(ctx)...)
}

// inLoop emits a loop body: break and continue inside it are the loop's
// own, even inside a control context.
func (e *emitter) inLoop(l *loopCtx, emit func() []jen.Code) []jen.Code {
	e.loops = append(e.loops, l)
	if e.flow != nil {
		e.flow.loops++
	}
	code := emit()
	if e.flow != nil {
		e.flow.loops--
	}
	e.loops = e.loops[:len(e.loops)-1]
	return code
}

// loopWithElse emits a loop whose else clause runs when it ends without
// break. loop builds the Go loop around the body.
func (e *emitter) loopWithElse(orelse, body []ast.Stmt, head func(body []jen.Code) []jen.Code) []jen.Code {
	l := &loopCtx{}
	if len(orelse) > 0 && hasBreak(body) {
		l.broke = e.names.Fresh("broke")
	}
	code := e.inLoop(l, func() []jen.Code { return e.block(body) })
	code = append(e.interruptCheck(body), code...)
	var out []jen.Code
	if l.broke != "" {
		out = append(out, jen.Id(l.broke).Op(":=").False())
	}
	out = append(out, head(code)...)
	if len(orelse) == 0 {
		return out
	}
	elseCode := e.block(orelse)
	if l.broke == "" {
		return append(out, elseCode...)
	}
	return append(out, jen.If(jen.Op("!").Id(l.broke)).Block(elseCode...))
}

// hasBreak reports whether a break in body leaves the loop whose body it
// is (not a nested loop).
func hasBreak(body []ast.Stmt) bool {
	found := false
	ast.InspectStmts(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.For, *ast.While, *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		case *ast.Break:
			found = true
		}
		return !found
	})
	return found
}

// needsUnreachable reports whether a function body that Python proves
// never falls off its end still looks open to Go, because its last
// statement ends in a func literal's dispatch. top says body is the
// function's own, whose last with statement is emitted inline (a defer
// in the function) unless it is on an object of a user class.
func (e *emitter) needsUnreachable(body []ast.Stmt, top bool) bool {
	if len(body) == 0 {
		return false
	}
	switch n := body[len(body)-1].(type) {
	case *ast.Try:
		return true
	case *ast.With:
		if top && !e.isClassWith(n) {
			return e.needsUnreachable(n.Body, false)
		}
		return true
	case *ast.If:
		return e.needsUnreachable(n.Body, false) || e.needsUnreachable(n.Orelse, false)
	}
	return false
}

// isClassWith reports whether classWith emits n: a with statement on an
// object of a user class, whose body runs under Catch.
func (e *emitter) isClassWith(n *ast.With) bool {
	if len(n.Items) != 1 {
		return false
	}
	ct := e.info.TypeOf(n.Items[0].ContextExpr)
	enter, exit := withMethods(n)
	return e.instanceMethod(ct, enter) != nil && e.instanceMethod(ct, exit) != nil
}

// unreachable ends a function whose Go compiler cannot see it never
// falls off its end.
func unreachable() jen.Code {
	return jen.Panic(jen.Lit("unreachable"))
}
