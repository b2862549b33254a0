package infer

import (
	"github.com/py2go/py2go/ast"
)

// Python unbinds the name of `except E as name` when the clause ends, so
// the clause's name is a variable of its own even when the function uses
// the name for something else too:
//
//	except Timeout as t: ...
//	t = Timeout(0.01)
//	t.start()
//
// One variable would join an exception and a Timeout into a dynamic
// value, and every call on it would go by name. When the scope also uses
// the name outside its except clauses, each clause binding it gets a
// fresh name (t_2, t_3, ...) within its body instead. Names that nested
// functions or global and nonlocal declarations reach are left alone, and
// so are names that code after a clause may read before assigning them
// again (CPython raises UnboundLocalError there, which a renamed clause
// would hide).

// renameCaughtNames renames the except names of the module's scopes
// that qualify.
func renameCaughtNames(mod *ast.Module) {
	idents := identifiers(mod)
	renameCaughtIn(mod.Body, idents, true)
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		if def, ok := n.(*ast.FunctionDef); ok {
			renameCaughtIn(def.Body, idents, false)
		}
		return true
	})
}

// renameCaughtIn renames the except names of one scope's body; module
// says the body is the module's, whose names any function may read.
func renameCaughtIn(body []ast.Stmt, idents map[string]int, module bool) {
	handlers := map[string][]*ast.ExceptHandler{}
	var order []string
	inScope(body, func(n ast.Node) {
		if t, ok := n.(*ast.Try); ok {
			for _, h := range t.Handlers {
				if h.Name == "" {
					continue
				}
				if handlers[h.Name] == nil {
					order = append(order, h.Name)
				}
				handlers[h.Name] = append(handlers[h.Name], h)
			}
		}
	})
	for _, id := range order {
		hs := handlers[id]
		inside, ok := usesInHandlers(id, hs)
		all := usesOfName(body, id)
		if !ok || all == inside || declaresOrCloses(body, id) || module && idents[id] != all+2*len(hs) {
			continue
		}
		checked := map[*ast.ExceptHandler]bool{}
		if !reboundAfter(body, id, hs, false, checked) || len(checked) != len(hs) {
			continue // or a clause sits where reboundAfter does not look
		}
		for i, h := range hs {
			fresh := freshIdent(id, i+2, idents)
			h.Name = fresh
			inScope(h.Body, func(n ast.Node) {
				if name, ok := n.(*ast.Name); ok && name.ID == id {
					name.ID = fresh
				}
			})
		}
	}
}

// usesInHandlers counts the uses of id in the bodies of hs; it reports
// false when one of them holds another except clause binding id.
func usesInHandlers(id string, hs []*ast.ExceptHandler) (int, bool) {
	count, ok := 0, true
	for _, h := range hs {
		inScope(h.Body, func(n ast.Node) {
			switch n := n.(type) {
			case *ast.Name:
				if n.ID == id {
					count++
				}
			case *ast.Try:
				for _, inner := range n.Handlers {
					ok = ok && inner.Name != id
				}
			}
		})
	}
	return count, ok
}

// usesOfName counts the uses of id in body outside nested functions.
func usesOfName(body []ast.Stmt, id string) int {
	count := 0
	inScope(body, func(n ast.Node) {
		if name, ok := n.(*ast.Name); ok && name.ID == id {
			count++
		}
	})
	return count
}

// declaresOrCloses reports whether body declares id global or nonlocal,
// or holds a nested function, lambda or class that mentions it.
func declaresOrCloses(body []ast.Stmt, id string) bool {
	found := false
	ast.InspectStmts(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Global:
			found = found || contains(n.Names, id)
		case *ast.Nonlocal:
			found = found || contains(n.Names, id)
		case *ast.FunctionDef, *ast.ClassDef, *ast.Lambda:
			ast.Inspect(n, func(m ast.Node) bool {
				if name, ok := m.(*ast.Name); ok && name.ID == id {
					found = true
				}
				return !found
			})
			return false
		}
		return !found
	})
	return found
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// reboundAfter reports whether, in body and the blocks nested in it
// (loop bodies when inLoop), every try statement with a clause of hs is
// followed by an assignment of id before anything reads it: by a later
// statement of its own block assigning id alone (other try statements
// whose clauses are in hs and that do not use id otherwise may come
// between), or by nothing at all that uses id when no loop encloses it.
// checked receives the clauses of hs it looked at.
func reboundAfter(body []ast.Stmt, id string, hs []*ast.ExceptHandler, inLoop bool, checked map[*ast.ExceptHandler]bool) bool {
	set := map[*ast.ExceptHandler]bool{}
	for _, h := range hs {
		set[h] = true
	}
	for i, st := range body {
		if t, ok := st.(*ast.Try); ok && bindsIn(t, set) {
			if !assignedNext(body[i+1:], id, set, inLoop) {
				return false
			}
			for _, h := range t.Handlers {
				if set[h] {
					checked[h] = true
				}
			}
		}
		for _, sub := range subBlocks(st) {
			if !reboundAfter(sub.body, id, hs, inLoop || sub.loop, checked) {
				return false
			}
		}
	}
	return true
}

// assignedNext reports whether the first of rest that uses id assigns it
// alone, from a value that does not read it; with none using id, whether
// no loop encloses them.
func assignedNext(rest []ast.Stmt, id string, set map[*ast.ExceptHandler]bool, inLoop bool) bool {
	for _, st := range rest {
		if t, ok := st.(*ast.Try); ok && bindsIn(t, set) && mentions(st, id, set) == 0 {
			continue
		}
		if mentions(st, id, set) == 0 {
			continue
		}
		a, ok := st.(*ast.Assign)
		if !ok || len(a.Targets) != 1 {
			return false
		}
		name, ok := a.Targets[0].(*ast.Name)
		return ok && name.ID == id && mentions(&ast.ExprStmt{Value: a.Value}, id, set) == 0
	}
	return !inLoop
}

// bindsIn reports whether one of t's except clauses is in set.
func bindsIn(t *ast.Try, set map[*ast.ExceptHandler]bool) bool {
	for _, h := range t.Handlers {
		if set[h] {
			return true
		}
	}
	return false
}

// mentions counts the uses of id in st outside the bodies of the clauses
// in set, an except clause binding id outside set counting as one.
func mentions(st ast.Stmt, id string, set map[*ast.ExceptHandler]bool) int {
	count := 0
	var walk func(body []ast.Stmt)
	walk = func(body []ast.Stmt) {
		inScope(body, func(n ast.Node) {
			switch n := n.(type) {
			case *ast.Name:
				if n.ID == id {
					count++
				}
			case *ast.Try:
				for _, h := range n.Handlers {
					if h.Name == id && !set[h] {
						count++
					}
				}
			}
		})
	}
	if t, ok := st.(*ast.Try); ok {
		walk(t.Body)
		for _, h := range t.Handlers {
			if !set[h] {
				if h.Name == id {
					count++
				}
				walk(h.Body)
			}
			if h.Type != nil {
				walk([]ast.Stmt{&ast.ExprStmt{Value: h.Type}})
			}
		}
		walk(t.Orelse)
		walk(t.Finalbody)
		return count
	}
	walk([]ast.Stmt{st})
	return count
}

// block is one statement list nested in a statement; loop says it is a
// loop's body, which runs again after its end.
type block struct {
	body []ast.Stmt
	loop bool
}

// subBlocks lists the statement lists nested directly in st, outside
// nested functions and classes.
func subBlocks(st ast.Stmt) []block {
	switch n := st.(type) {
	case *ast.If:
		return []block{{n.Body, false}, {n.Orelse, false}}
	case *ast.For:
		return []block{{n.Body, true}, {n.Orelse, false}}
	case *ast.While:
		return []block{{n.Body, true}, {n.Orelse, false}}
	case *ast.With:
		return []block{{n.Body, false}}
	case *ast.Try:
		out := []block{{n.Body, false}}
		for _, h := range n.Handlers {
			out = append(out, block{h.Body, false})
		}
		return append(out, block{n.Orelse, false}, block{n.Finalbody, false})
	}
	return nil
}
