package emit

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
)

// Python closures bind late: `for i in range(3): fs.append(lambda: i)`
// gives three functions that all return 2, since they read the one
// variable i when they run. Since Go 1.22 a variable declared by a for
// statement is new on every iteration, so a loop variable that a closure
// made in the loop reads, where the closure can outlive its iteration, is
// declared once before the loop instead (`var i int; for i = range 3`).
// A closure that only runs within the iteration (called at once, or
// handed to a library call such as Thread(target=...), sorted(key=...) or
// executor.submit) keeps the loop's own per-iteration variable: it sees
// the value Python would show, and threads started in the loop do not
// share a variable the loop goes on writing.

// storingMethods are the methods that keep their argument in a container,
// where a closure outlives the iteration that made it.
var storingMethods = map[string]bool{
	"append": true, "appendleft": true, "extend": true, "insert": true, "add": true,
	"put": true, "put_nowait": true, "setdefault": true, "update": true, "__setitem__": true,
}

// lateBound reports whether the loop variable sym is read by a closure,
// made within nodes (a loop's body, or a comprehension's element and
// clauses), that can outlive the iteration.
func lateBound(info *infer.Info, sym *infer.Symbol, nodes []ast.Node) bool {
	started := startedNames(nodes)
	return anyWithin(nodes, func(n ast.Node, parents []ast.Node) bool {
		switch c := n.(type) {
		case *ast.Lambda:
			return readsLate(info, c, sym) && outlives(c, parents, started)
		case *ast.FunctionDef:
			return readsSymIn(info, c.Body, sym) && defOutlives(info, c, nodes, started)
		}
		return false
	})
}

// anyWithin reports whether some node within nodes, at any depth,
// satisfies match, which also gets the node's ancestors below nodes.
func anyWithin(nodes []ast.Node, match func(n ast.Node, parents []ast.Node) bool) bool {
	found := false
	var walk func(n ast.Node, parents []ast.Node)
	walk = func(n ast.Node, parents []ast.Node) {
		if found || n == nil {
			return
		}
		if match(n, parents) {
			found = true
			return
		}
		parents = append(parents, n)
		for _, child := range ast.Children(n) {
			walk(child, parents)
		}
	}
	for _, n := range nodes {
		walk(n, nil)
	}
	return found
}

// startingMethods are the library methods that start running the
// function they are given at once (an executor's submit and map, a pool's
// apply_async, gevent.spawn): the closure runs within the iteration, so
// it keeps the iteration's variable and shares nothing with the loop.
var startingMethods = map[string]bool{
	"submit": true, "map": true, "starmap": true, "imap": true, "imap_unordered": true,
	"apply": true, "apply_async": true, "map_async": true, "starmap_async": true, "spawn": true,
}

// outlives reports whether the value x, whose enclosing nodes are parents
// (innermost last), may be kept beyond the statement that makes it. A
// closure called at once, or handed to a call that starts it, does not
// outlive it; one stored in a variable or container, returned, or handed
// to a call whose result is kept (Thread(target=...)) does.
func outlives(x ast.Node, parents []ast.Node, started map[string]bool) bool {
	if len(parents) == 0 {
		return false // an expression statement: the value is dropped
	}
	up := parents[:len(parents)-1]
	switch p := parents[len(parents)-1].(type) {
	case *ast.Call:
		if p.Func == x {
			return false
		}
		if attr, ok := p.Func.(*ast.Attribute); ok {
			if storingMethods[attr.Attr] {
				return true
			}
			if startingMethods[attr.Attr] {
				return false
			}
		}
		return outlives(p, up, started)
	case *ast.Assign:
		// `t = Thread(target=lambda: work(i))` then `t.start()` in the
		// same iteration: the thread runs now, beside the loop, and
		// keeps the iteration's variable rather than share one the loop
		// goes on writing.
		if name, ok := p.Targets[0].(*ast.Name); ok && len(p.Targets) == 1 && p.Value == x && started[name.ID] {
			return false
		}
		return true
	case *ast.Attribute:
		// x.method(...): what the method returns may hold x.
		if len(up) > 0 {
			if call, ok := up[len(up)-1].(*ast.Call); ok && call.Func == p {
				return outlives(call, up[:len(up)-1], started)
			}
		}
		return false
	case *ast.ExprStmt:
		return false
	}
	return true
}

// defOutlives reports whether the function a nested def binds is used,
// within nodes, where it can outlive the iteration.
func defOutlives(info *infer.Info, def *ast.FunctionDef, nodes []ast.Node, started map[string]bool) bool {
	return anyWithin(nodes, func(n ast.Node, parents []ast.Node) bool {
		name, ok := n.(*ast.Name)
		return ok && name.ID == def.Name && info.Refs[name] != nil &&
			info.Refs[name].Def == def && outlives(name, parents, started)
	})
}

// readsLate reports whether lambda l reads sym when it runs: the
// arguments a functools.partial binds (the lambda it became) are
// evaluated where it is made.
func readsLate(info *infer.Info, l *ast.Lambda, sym *infer.Symbol) bool {
	bound := map[ast.Node]bool{}
	for _, b := range info.Partials[l] {
		bound[b] = true
	}
	found := false
	ast.Inspect(l.Body, func(n ast.Node) bool {
		if bound[n] {
			return false
		}
		if name, ok := n.(*ast.Name); ok && info.Refs[name] == sym {
			found = true
		}
		return !found
	})
	return found
}

// readsSym reports whether x reads sym (nested closures included).
func readsSym(info *infer.Info, x ast.Node, sym *infer.Symbol) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if name, ok := n.(*ast.Name); ok && info.Refs[name] == sym {
			found = true
		}
		return !found
	})
	return found
}

// readsSymIn is readsSym over statements.
func readsSymIn(info *infer.Info, body []ast.Stmt, sym *infer.Symbol) bool {
	for _, st := range body {
		if readsSym(info, st, sym) {
			return true
		}
	}
	return false
}

// stmtNodes turns statements into nodes for lateBound.
func stmtNodes(body []ast.Stmt) []ast.Node {
	out := make([]ast.Node, len(body))
	for i, st := range body {
		out[i] = st
	}
	return out
}

// startedNames are the variables whose start method nodes call
// (`t.start()`): the threads and processes started within the iteration.
func startedNames(nodes []ast.Node) map[string]bool {
	out := map[string]bool{}
	for _, n := range nodes {
		ast.Inspect(n, func(n ast.Node) bool {
			if call, ok := n.(*ast.Call); ok {
				if attr, ok := call.Func.(*ast.Attribute); ok && attr.Attr == "start" {
					if name, ok := attr.Value.(*ast.Name); ok {
						out[name.ID] = true
					}
				}
			}
			return true
		})
	}
	return out
}
