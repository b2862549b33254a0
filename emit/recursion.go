package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/patterns"
)

// Recursion limit: CPython raises RecursionError past 1000 frames where Go
// would grow its stack until the process dies. Only a function on a cycle
// of the call graph can nest without bound, so only those count their
// frames, with one deferred runtime call:
//
//	func fib(n int) int {
//		defer py.Enter().Leave()
//
// Everything else keeps its plain Go speed. The call graph (callgraph.go)
// errs on the side of cycles: an extra frame count costs a few
// nanoseconds, a missed one lets Go's stack overflow.

// callFacts is what the emitter learns from the call graph.
type callFacts struct {
	// cyclic holds the functions on a cycle, which count their frames.
	cyclic map[ast.Node]bool
	// interruptible holds the functions that may run inside a try that
	// catches KeyboardInterrupt, and loopBodies the first statements of
	// loops written inside one: their loops check for SIGINT.
	interruptible map[ast.Node]bool
	loopBodies    map[ast.Stmt]bool
}

// facts builds the call graph on first use.
func (e *emitter) facts() *callFacts {
	if e.calls == nil {
		g := buildCallGraph(e.info, e.mod)
		e.calls = &callFacts{cyclic: g.cyclic()}
		e.calls.interruptible, e.calls.loopBodies = g.interruptible(e.mod)
	}
	return e.calls
}

// onCycle reports whether fn (a FunctionDef or Lambda) may call itself,
// directly or through other functions.
func (e *emitter) onCycle(fn ast.Node) bool { return e.facts().cyclic[fn] }

// enterFrame is the statement that counts a frame of a function on a
// cycle: `defer py.Enter().Leave()`. An __init__ or a comparison method
// counts the C-level call that runs it too, as CPython does.
func (e *emitter) enterFrame(fn ast.Node) jen.Code {
	enter := "Enter"
	if m := e.info.MethodDefs[fn]; m != nil {
		switch m.Def.Name {
		case "__init__":
			enter = "EnterInit"
		case "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__":
			enter = "EnterCompare"
		}
	}
	return jen.Defer().Add(patterns.Rt(enter)).Call().Dot("Leave").Call()
}

// cyclic returns the set of functions on a cycle of the call graph.
func (g *callGraph) cyclic() map[ast.Node]bool {
	out := map[ast.Node]bool{}
	for fn := range g.info.Funcs {
		if g.reaches(fn, fn) {
			out[fn] = true
		}
	}
	return out
}

// reaches reports whether a path of at least one edge leads from a to b.
func (g *callGraph) reaches(a, b ast.Node) bool {
	seen := map[ast.Node]bool{}
	stack := []ast.Node{a}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for m := range g.edges[n] {
			if m == b {
				return true
			}
			if !seen[m] {
				seen[m] = true
				stack = append(stack, m)
			}
		}
	}
	return false
}
