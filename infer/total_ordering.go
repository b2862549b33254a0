package infer

import "github.com/py2go/py2go/ast"

// A class decorated with @functools.total_ordering gets the comparison
// methods it leaves out, made from the one it defines (its root, the
// first of __lt__, __le__, __gt__, __ge__) and ==, as functools makes
// them:
//
//	@total_ordering
//	class V:
//	    def __eq__(self, other): ...
//	    def __lt__(self, other): ...
//
// gains `def __le__(self, other): return self < other or self == other`,
// `def __gt__(self, other): return not self < other and self != other`
// and `def __ge__(self, other): return not self < other`. The decorator
// is then dropped, so the class is an ordinary one for every later pass.

// orderOps are the comparison methods in the order functools picks the
// root from, with the operator each stands for.
var orderOps = []struct {
	name string
	op   ast.CmpOp
}{{"__lt__", ast.Lt}, {"__le__", ast.LtE}, {"__gt__", ast.Gt}, {"__ge__", ast.GtE}}

// orderRecipe says how functools derives a method from a root: the
// root's result, negated or not, joined with `self == other` (or) or
// `self != other` (and), or alone.
type orderRecipe struct {
	negate bool
	join   ast.BoolOperator // 0: the root's result alone
}

// orderRecipes maps root and derived method to the recipe, as
// functools' _convert table does.
var orderRecipes = map[string]map[string]orderRecipe{
	"__lt__": {"__gt__": {true, ast.And}, "__le__": {false, ast.Or}, "__ge__": {true, 0}},
	"__le__": {"__ge__": {true, ast.Or}, "__lt__": {false, ast.And}, "__gt__": {true, 0}},
	"__gt__": {"__lt__": {true, ast.And}, "__ge__": {false, ast.Or}, "__le__": {true, 0}},
	"__ge__": {"__le__": {true, ast.Or}, "__gt__": {false, ast.And}, "__lt__": {true, 0}},
}

// desugarTotalOrdering completes the module-level classes of mod that
// @functools.total_ordering decorates. A class that defines no ordering
// method keeps its decorator, which is then refused as any other.
func desugarTotalOrdering(mod *ast.Module) {
	names, modules := importedAs(mod, "functools", "total_ordering")
	if len(names) == 0 && len(modules) == 0 {
		return
	}
	for _, st := range mod.Body {
		c, ok := st.(*ast.ClassDef)
		if !ok {
			continue
		}
		for i, d := range c.Decorators {
			if isImported(d, names, modules, "total_ordering") && completeOrdering(c, d.Start()) {
				c.Decorators = append(c.Decorators[:i:i], c.Decorators[i+1:]...)
				break
			}
		}
	}
}

// completeOrdering adds to c the comparison methods its root gives; it
// reports false when c defines none of them.
func completeOrdering(c *ast.ClassDef, at ast.Pos) bool {
	defined := map[string]bool{}
	for _, st := range c.Body {
		if def, ok := st.(*ast.FunctionDef); ok {
			defined[def.Name] = true
		}
	}
	root := ""
	var rootOp ast.CmpOp
	for _, o := range orderOps {
		if defined[o.name] {
			root, rootOp = o.name, o.op
			break
		}
	}
	if root == "" {
		return false
	}
	for _, o := range orderOps {
		if !defined[o.name] && o.name != root {
			c.Body = append(c.Body, orderMethod(o.name, rootOp, orderRecipes[root][o.name], at))
		}
	}
	return true
}

// orderMethod is `def name(self, other): return <recipe>`, placed at the
// decorator.
func orderMethod(name string, rootOp ast.CmpOp, r orderRecipe, at ast.Pos) *ast.FunctionDef {
	eb := ast.ExprBase{Base: ast.Base{P: at}}
	ref := func(id string) ast.Expr { return &ast.Name{ExprBase: eb, ID: id, Ctx: ast.Load} }
	cmp := func(op ast.CmpOp) ast.Expr {
		return &ast.Compare{ExprBase: eb, Left: ref("self"), Ops: []ast.CmpOp{op}, Comparators: []ast.Expr{ref("other")}}
	}
	result := cmp(rootOp)
	if r.negate {
		result = &ast.UnaryOp{ExprBase: eb, Op: ast.Not, Operand: result}
	}
	switch r.join {
	case ast.Or:
		result = &ast.BoolOp{ExprBase: eb, Op: ast.Or, Values: []ast.Expr{result, cmp(ast.Eq)}}
	case ast.And:
		result = &ast.BoolOp{ExprBase: eb, Op: ast.And, Values: []ast.Expr{result, cmp(ast.NotEq)}}
	}
	sb := ast.StmtBase{Base: ast.Base{P: at}}
	return &ast.FunctionDef{StmtBase: sb, Name: name,
		Args: &ast.Arguments{Args: []*ast.Arg{{P: at, Name: "self"}, {P: at, Name: "other"}}},
		Body: []ast.Stmt{&ast.Return{StmtBase: sb, Value: result}}}
}
