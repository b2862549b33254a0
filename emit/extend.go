package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// extendLoop is `lst.extend(xs)` (and `lst += xs`) on a list held in a Go
// slice when xs is not a list: a tuple, range, str, generator or any
// other iterable, whose items are appended one by one as they come.
func (e *emitter) extendLoop(lhs jen.Code, lt *types.List, iterable ast.Expr) jen.Code {
	if tup, ok := iterable.(*ast.Tuple); ok && !hasStarred(tup.Elts) {
		items := []jen.Code{lhs}
		for _, x := range tup.Elts {
			items = append(items, e.ExprAs(x, lt.Elem))
		}
		return jen.Add(lhs).Op("=").Append(items...)
	}
	item := e.names.Fresh("v")
	v := &goExpr{code: jen.Id(item)}
	e.info.Types[v] = types.Elem(e.info.TypeOf(iterable))
	body := []jen.Code{jen.Add(lhs).Op("=").Append(lhs, e.ExprAs(v, lt.Elem))}
	return e.forHead(iterable, jen.Id(item), ":=", body, &rangeVar{})
}

// augExtend is `lst += xs` on a list held in a Go slice when xs is not a
// list (a tuple, range, str, generator): list.__iadd__ extends the list
// with the items of any iterable. It returns nil for other statements.
func (e *emitter) augExtend(n *ast.AugAssign, tt, vt types.Type) jen.Code {
	lt, ok := tt.(*types.List)
	if !ok || n.Op != ast.Add {
		return nil
	}
	if _, isList := vt.(*types.List); isList {
		return nil
	}
	if name, isName := n.Target.(*ast.Name); isName {
		if sym := e.info.Refs[name]; sym != nil && e.discarded(sym) {
			return nil
		}
	}
	return e.extendLoop(e.lvalue(n.Target), lt, n.Value)
}

func hasStarred(xs []ast.Expr) bool {
	for _, x := range xs {
		if _, ok := x.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

// compStmt is a list comprehension written as a statement for its
// element's side effects (`[t.start() for t in threads]`): its loops run
// the element as a statement and build no list, which Python drops.
func (e *emitter) compStmt(n *ast.ListComp) []jen.Code {
	var loop jen.Code
	e.inComp(n, func() {
		loop = e.compLoops(n.Generators, func() jen.Code {
			at := ast.StmtBase{Base: ast.Base{P: n.Elt.Start()}}
			stmt := jen.Null()
			for i, c := range e.exprStmt(&ast.ExprStmt{StmtBase: at, Value: n.Elt}) {
				if i > 0 {
					stmt.Line()
				}
				stmt.Add(c)
			}
			return stmt
		})
	})
	return []jen.Code{loop}
}
