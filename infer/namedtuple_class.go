package infer

import "github.com/py2go/py2go/ast"

// A typing.NamedTuple class whose body only declares fields
//
//	class Point(NamedTuple):
//	    x: int
//	    y: int = 0
//
// is the namedtuple it stands for: it is rewritten, before anything else
// looks at the program, into `Point = NamedTuple("Point", ["x", "y"],
// defaults=[0])`, which the namedtuple recognizer translates. A class
// with methods becomes a dataclass (namedtuple_methods.go); one with
// other statements stays a class (and is refused as one).

// desugarNamedTuples rewrites the module-level NamedTuple classes of mod.
func desugarNamedTuples(mod *ast.Module) {
	names, modules := importedAs(mod, "typing", "NamedTuple")
	if len(names) == 0 && len(modules) == 0 {
		return
	}
	for i, st := range mod.Body {
		c, ok := st.(*ast.ClassDef)
		if !ok || len(c.Bases) != 1 || len(c.Keywords) > 0 || len(c.Decorators) > 0 || !isImported(c.Bases[0], names, modules, "NamedTuple") {
			continue
		}
		if assign, ok := namedTupleAssign(c); ok {
			mod.Body[i] = assign
		} else {
			namedTupleDataclass(c)
		}
	}
}

// namedTupleAssign is the assignment a NamedTuple class stands for, and
// false when its body holds more than field declarations.
func namedTupleAssign(c *ast.ClassDef) (*ast.Assign, bool) {
	at := ast.ExprBase{Base: c.Base}
	fields := &ast.List{ExprBase: at}
	defaults := &ast.List{ExprBase: at}
	for i, st := range c.Body {
		switch st := st.(type) {
		case *ast.AnnAssign:
			name, ok := st.Target.(*ast.Name)
			if !ok || !st.Simple || st.Value == nil && len(defaults.Elts) > 0 {
				return nil, false
			}
			fields.Elts = append(fields.Elts, &ast.Constant{ExprBase: name.ExprBase, Kind: ast.ConstStr, Value: name.ID})
			if st.Value != nil {
				defaults.Elts = append(defaults.Elts, st.Value)
			}
		case *ast.Pass:
		case *ast.ExprStmt:
			if k, ok := st.Value.(*ast.Constant); !ok || k.Kind != ast.ConstStr || i != 0 {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	call := &ast.Call{ExprBase: at, Func: c.Bases[0],
		Args: []ast.Expr{&ast.Constant{ExprBase: at, Kind: ast.ConstStr, Value: c.Name}, fields}}
	if len(defaults.Elts) > 0 {
		call.Keywords = []*ast.Keyword{{P: c.P, Arg: "defaults", Value: defaults}}
	}
	target := &ast.Name{ExprBase: at, ID: c.Name, Ctx: ast.Store}
	return &ast.Assign{StmtBase: c.StmtBase, Targets: []ast.Expr{target}, Value: call}, true
}

// importedAs returns the names `from module import name` binds and the
// names `import module` binds, anywhere in mod.
func importedAs(mod *ast.Module, module, name string) (names, modules map[string]bool) {
	names, modules = map[string]bool{}, map[string]bool{}
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ImportFrom:
			for _, a := range n.Names {
				if n.Module == module && a.Name == name {
					names[aliasName(a)] = true
				}
			}
		case *ast.Import:
			for _, a := range n.Names {
				if a.Name == module {
					modules[aliasName(a)] = true
				}
			}
		}
		return true
	})
	return names, modules
}

// isImported reports whether x names module.name as imported: a name in
// names, or an attribute name of a module in modules.
func isImported(x ast.Expr, names, modules map[string]bool, name string) bool {
	switch x := x.(type) {
	case *ast.Name:
		return names[x.ID]
	case *ast.Attribute:
		m, ok := x.Value.(*ast.Name)
		return ok && x.Attr == name && modules[m.ID]
	}
	return false
}
