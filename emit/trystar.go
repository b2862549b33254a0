package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/patterns"
)

// tryStar emits a try statement with except* clauses (PEP 654). The
// runtime's StarCatch does the splitting: each clause takes the part of
// the still unhandled exceptions its types match, as an exception group,
// and runs its body under Handle, which collects what the body raises;
// Reraise raises what is left at the end. A clause body cannot jump out
// of the clause (CPython's SyntaxError), so it can run in a function
// literal.
func (e *emitter) tryStar(n *ast.Try) []jen.Code {
	body, ctx := e.inFlow(false, func() []jen.Code { return e.block(n.Body) })
	exc := e.names.Fresh("exc")
	star := e.names.Fresh("star")
	catch := patterns.Rt("Catch").Call(jen.Func().Params().Block(body...))
	handlers := []jen.Code{jen.Id(star).Op(":=").Add(patterns.Rt("ExceptStar").Call(jen.Id(exc)))}
	for _, h := range n.Handlers {
		handlers = append(handlers, e.starClause(h, star))
	}
	handlers = append(handlers, jen.Id(star).Dot("Reraise").Call())
	return e.catchThen(exc, catch, ctx, handlers, n.Orelse)
}

// starClause is one `except* T as name:` clause: match, then run the
// body with name bound to the matched group. A bare raise in the body
// re-raises that group.
func (e *emitter) starClause(h *ast.ExceptHandler, star string) jen.Code {
	group := e.names.Fresh("group")
	var types []jen.Code
	if tup, ok := h.Type.(*ast.Tuple); ok {
		for _, el := range tup.Elts {
			types = append(types, e.Expr(el))
		}
	} else {
		types = append(types, e.Expr(h.Type))
	}
	e.handling = append(e.handling, group)
	body, ctx := e.inFlow(false, func() []jen.Code { return e.handlerBody(h, group) })
	e.handling = e.handling[:len(e.handling)-1]
	run := append(e.flowDecls(ctx), jen.Id(star).Dot("Handle").Call(jen.Id(group), jen.Func().Params().Block(body...)))
	run = append(run, e.flowDispatch(ctx)...)
	return jen.If(jen.Id(group).Op(":=").Id(star).Dot("Match").Call(types...), jen.Id(group).Op("!=").Nil()).Block(run...)
}
