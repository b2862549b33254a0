package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
)

// KeyboardInterrupt in busy loops: CPython raises KeyboardInterrupt in the
// main thread wherever it is, a Go goroutine cannot be interrupted from
// outside. Blocking runtime calls take SIGINT themselves; a loop that
// computes without blocking has to look. Only loops that may run inside a
// try catching KeyboardInterrupt (by name, as BaseException, or with a bare
// except) do, written inside its body or in a function its body may call:
//
//	for {
//		py.CheckInterrupt()
//		n++
//	}
//
// Elsewhere a SIGINT ends the program anyway (runtime/interrupt.go), so
// those loops stay free of the check.

// interruptCheck is what a loop body starts with: the check when the loop
// may run where a KeyboardInterrupt is caught, nothing otherwise.
func (e *emitter) interruptCheck(body []ast.Stmt) []jen.Code {
	if len(body) == 0 {
		return nil
	}
	f := e.facts()
	if f.loopBodies[body[0]] || (e.fn != nil && f.interruptible[e.fn.Node]) || e.usesSignals() {
		// A program that imports signal may set handlers, which run at
		// the next check of the main thread's loops.
		return []jen.Code{patterns.Rt("CheckInterrupt").Call()}
	}
	return nil
}

// interruptible returns the functions the body of a try catching
// KeyboardInterrupt may call, directly or not, and the first statements of
// the loops written in such bodies.
func (g *callGraph) interruptible(mod *ast.Module) (map[ast.Node]bool, map[ast.Stmt]bool) {
	loops := map[ast.Stmt]bool{}
	var tries []ast.Node
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		if t, ok := n.(*ast.Try); ok && catchesInterrupt(g.info, t) {
			tries = append(tries, t)
			g.scanTry(t, loops)
		}
		return true
	})
	funcs := map[ast.Node]bool{}
	stack := tries
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for m := range g.edges[n] {
			if !funcs[m] && (m == nil || m == g.ops || g.info.Funcs[m] != nil) {
				funcs[m] = true
				stack = append(stack, m)
			}
		}
	}
	delete(funcs, nil)
	delete(funcs, g.ops)
	return funcs, loops
}

// scanTry adds the edges of a try body as those of a node of its own, and
// marks the loops written in it (not in functions it defines).
func (g *callGraph) scanTry(t *ast.Try, loops map[ast.Stmt]bool) {
	g.edges[t] = map[ast.Node]bool{}
	callees := map[ast.Expr]bool{}
	for _, s := range t.Body {
		ast.Inspect(s, func(n ast.Node) bool {
			switch l := n.(type) {
			case *ast.For:
				loops[l.Body[0]] = true
			case *ast.While:
				loops[l.Body[0]] = true
			}
			return g.visit(t, n, callees)
		})
	}
}

// catchesInterrupt reports whether one of t's handlers catches
// KeyboardInterrupt.
func catchesInterrupt(info *infer.Info, t *ast.Try) bool {
	for _, h := range t.Handlers {
		if h.Type == nil || namesInterrupt(info, h.Type) {
			return true
		}
	}
	return false
}

func namesInterrupt(info *infer.Info, x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Name:
		return info.Refs[x] == nil && (x.ID == "KeyboardInterrupt" || x.ID == "BaseException")
	case *ast.Tuple:
		for _, el := range x.Elts {
			if namesInterrupt(info, el) {
				return true
			}
		}
	}
	return false
}

// usesSignals reports whether the program imports signal, and so may set
// handlers that the main thread's loops must give a chance to run.
func (e *emitter) usesSignals() bool {
	if e.signals == 0 {
		e.signals = -1
		if importsModule(e.mod, "signal") {
			e.signals = 1
		}
	}
	return e.signals > 0
}
