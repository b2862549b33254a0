package infer

import (
	"strconv"

	"github.com/py2go/py2go/ast"
)

// Programs often reuse one name for the objects of several with
// statements of different classes:
//
//	with ThreadPoolExecutor() as ex: ...
//	with ProcessPoolExecutor() as ex: ...
//
// A variable's type is the join of what is assigned to it, so ex would be
// a dynamic value and every call on it dynamic. When the name is used
// nowhere but as those with statements' targets and in their bodies, each
// with statement binds a variable of its own: the later ones are renamed
// (ex_2, ex_3, ...), which changes nothing Python would show, since no
// read can see another statement's object.

// renameWithTargets gives each with statement of mod that qualifies its
// own target name.
func renameWithTargets(mod *ast.Module) {
	idents := identifiers(mod)
	renameWithsIn(mod.Body, idents)
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		if def, ok := n.(*ast.FunctionDef); ok {
			renameWithsIn(def.Body, idents)
		}
		return true
	})
}

// withTarget is one with statement binding a name.
type withTarget struct {
	with   *ast.With
	target *ast.Name
}

// renameWithsIn renames the with targets of one scope's body; idents
// holds every identifier of the program and receives the new names.
func renameWithsIn(body []ast.Stmt, idents map[string]int) {
	groups := map[string][]withTarget{}
	var order []string
	inScope(body, func(n ast.Node) {
		w, ok := n.(*ast.With)
		if !ok {
			return
		}
		for _, it := range w.Items {
			if name, ok := it.OptionalVars.(*ast.Name); ok {
				if groups[name.ID] == nil {
					order = append(order, name.ID)
				}
				groups[name.ID] = append(groups[name.ID], withTarget{w, name})
			}
		}
	})
	for _, id := range order {
		g := groups[id]
		if !distinctCallees(g) || !onlyInBodies(id, g, idents) {
			continue
		}
		for i, wt := range g[1:] {
			fresh := freshIdent(id, i+2, idents)
			wt.target.ID = fresh
			inScope(wt.with.Body, func(n ast.Node) {
				if name, ok := n.(*ast.Name); ok && name.ID == id {
					name.ID = fresh
				}
			})
		}
	}
}

// inScope calls f for every node of body outside nested functions,
// lambdas and classes, whose code may run after another with statement
// rebound the name. Comprehensions are included: they run where they are
// written.
func inScope(body []ast.Stmt, f func(ast.Node)) {
	ast.InspectStmts(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FunctionDef, *ast.ClassDef, *ast.Lambda:
			return false
		}
		f(n)
		return true
	})
}

// distinctCallees reports whether the with statements of g enter objects
// made by at least two different callables: the only case where one
// variable would join different types.
func distinctCallees(g []withTarget) bool {
	if len(g) < 2 {
		return false
	}
	seen := map[string]bool{}
	for _, wt := range g {
		for _, it := range wt.with.Items {
			if it.OptionalVars != wt.target {
				continue
			}
			call, ok := it.ContextExpr.(*ast.Call)
			if !ok {
				return false
			}
			seen[dottedName(call.Func)] = true
		}
	}
	return len(seen) > 1 && !seen[""]
}

// dottedName is a.b.c for a name or a chain of attributes, "" otherwise.
func dottedName(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.Name:
		return x.ID
	case *ast.Attribute:
		if base := dottedName(x.Value); base != "" {
			return base + "." + x.Attr
		}
	}
	return ""
}

// onlyInBodies reports whether every use of id in the program is one of
// g's targets or a read directly in the body of the with statement that
// binds it (a nested function could run after another with rebound it).
func onlyInBodies(id string, g []withTarget, idents map[string]int) bool {
	reads := 0
	for _, wt := range g {
		if wt.with.Items[len(wt.with.Items)-1].OptionalVars != wt.target {
			return false // a later item could read it
		}
		ok := true
		inScope(wt.with.Body, func(n ast.Node) {
			switch n := n.(type) {
			case *ast.Name:
				if n.ID == id {
					reads++
					ok = ok && n.Ctx == ast.Load
				}
			case *ast.With:
				for _, it := range n.Items {
					if t, isName := it.OptionalVars.(*ast.Name); isName && t.ID == id {
						ok = false // nested: the inner one rebinds it
					}
				}
			}
		})
		if !ok {
			return false
		}
	}
	return idents[id] == len(g)+reads
}

// freshIdent is id_k, or id_k_2 and so on when the program uses that name.
func freshIdent(id string, k int, idents map[string]int) string {
	name := id + "_" + strconv.Itoa(k)
	for i := 2; idents[name] > 0; i++ {
		name = id + "_" + strconv.Itoa(k) + "_" + strconv.Itoa(i)
	}
	idents[name]++
	return name
}

// identifiers counts every use of each identifier in the program: names,
// and the identifiers bound by defs, classes, parameters, imports,
// except clauses and global or nonlocal declarations, which count twice
// so that a name they bind never qualifies for renaming.
func identifiers(mod *ast.Module) map[string]int {
	ids := map[string]int{}
	decl := func(names ...string) {
		for _, n := range names {
			ids[n] += 2
		}
	}
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Name:
			ids[n.ID]++
		case *ast.FunctionDef:
			decl(n.Name)
			declArgs(n.Args, decl)
		case *ast.Lambda:
			declArgs(n.Args, decl)
		case *ast.ClassDef:
			decl(n.Name)
		case *ast.Global:
			decl(n.Names...)
		case *ast.Nonlocal:
			decl(n.Names...)
		case *ast.Import:
			declAliases(n.Names, decl)
		case *ast.ImportFrom:
			declAliases(n.Names, decl)
		case *ast.Try:
			for _, h := range n.Handlers {
				decl(h.Name)
			}
		}
		return true
	})
	return ids
}

func declArgs(a *ast.Arguments, decl func(...string)) {
	if a == nil {
		return
	}
	for _, p := range a.All() {
		decl(p.Name)
	}
}

func declAliases(names []*ast.Alias, decl func(...string)) {
	for _, a := range names {
		decl(a.Name, a.AsName)
	}
}
