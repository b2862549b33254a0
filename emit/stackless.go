package emit

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Stackless greenlets (runtime/gevent_steps.go). A module function that
// gevent.spawn runs, whose only waits are `gevent.sleep(...)` statements
// of its own body, also gets a step version: the locals move into a
// closure, and each call of the closure runs the body from where the last
// call stopped to the next sleep, which it records and returns at. The
// hub then calls the steps on its own stack, so a parked greenlet costs a
// closure instead of a goroutine stack. The plain function stays for
// everything else (direct calls, threads, pools).
//
// The step version is only made when nothing else in the function can
// wait: a wait in the middle of a step would have no stack to park. So
// the function must not mention any library that waits (gevent,
// threading, queue, ...; see waitModules) outside its sleep statements,
// nor call, directly or not, a function of the program that does, nor a
// function value the call graph cannot resolve.

// waitModules are the libraries whose calls, objects or patched
// functions may switch greenlets. time is one through time.sleep only.
var waitModules = map[string]bool{
	"gevent": true, "threading": true, "queue": true, "multiprocessing": true,
	"concurrent": true, "asyncio": true, "socket": true, "select": true,
	"subprocess": true, "signal": true, "_thread": true,
}

// spawnPaths are the library calls that run their first argument as a
// greenlet, as a stackless one when it has a step version (they ask
// EmitEnv.Steps for it).
var spawnPaths = map[string]bool{
	"gevent.spawn": true, "gevent.Greenlet.spawn": true,
	"gevent.pool.Pool.spawn": true, "gevent.pool.Group.spawn": true,
}

// findStackless picks the functions that get a step version and names
// them. Called before any function is emitted.
func (e *emitter) findStackless(mod *ast.Module) {
	targets := e.spawnTargets(mod)
	if len(targets) == 0 {
		return
	}
	refs, calls := e.nameUses(mod)
	// A function whose only uses as a value are the spawns cannot be
	// reached through a function value: the program never holds it.
	held := map[ast.Node]bool{}
	for def, n := range targets {
		sym := e.info.Module.Symbols[def.Name]
		held[def] = refs[sym]-calls[sym] > n
	}
	waits := e.waitingFuncs(held)
	e.stackless = map[*ast.FunctionDef]string{}
	e.stepsOnly = map[*ast.FunctionDef]bool{}
	e.oneStep = map[*ast.FunctionDef]bool{}
	for _, st := range mod.Body {
		def, ok := st.(*ast.FunctionDef)
		if !ok || targets[def] == 0 || !e.isPackageFunc(def) {
			continue
		}
		sleeps, ok := e.steppable(def, waits)
		if !ok {
			continue
		}
		if sleeps == 0 {
			// It never waits: its one step calls the plain function.
			e.oneStep[def] = true
			continue
		}
		sym := e.info.Module.Symbols[def.Name]
		e.stackless[def] = e.names.Fresh(e.names.Package(sym) + "Steps")
		e.stepsOnly[def] = refs[sym] == targets[def]
	}
}

// spawnTargets counts, for each module function, the gevent.spawn calls
// that name it as the function to run.
func (e *emitter) spawnTargets(mod *ast.Module) map[*ast.FunctionDef]int {
	out := map[*ast.FunctionDef]int{}
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		if c, ok := n.(*ast.Call); ok && spawnPaths[e.libPath(c.Func)] && len(c.Args) > 0 {
			if def := e.moduleDefOf(c.Args[0]); def != nil {
				out[def]++
			}
		}
		return true
	})
	return out
}

// nameUses counts, for each symbol, the names in mod that refer to it,
// and those of them that are called.
func (e *emitter) nameUses(mod *ast.Module) (refs, calls map[*infer.Symbol]int) {
	refs, calls = map[*infer.Symbol]int{}, map[*infer.Symbol]int{}
	ast.InspectStmts(mod.Body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.Name:
			if sym := e.info.Refs[x]; sym != nil {
				refs[sym]++
			}
		case *ast.Call:
			if n, ok := x.Func.(*ast.Name); ok && e.info.Refs[n] != nil {
				calls[e.info.Refs[n]]++
			}
		}
		return true
	})
	return refs, calls
}

// moduleDefOf is the module-level def a name denotes, or nil.
func (e *emitter) moduleDefOf(x ast.Expr) *ast.FunctionDef {
	n, ok := x.(*ast.Name)
	if !ok {
		return nil
	}
	ft, ok := e.info.TypeOf(n).(*types.Func)
	if !ok {
		return nil
	}
	def, _ := ft.Def.(*ast.FunctionDef)
	if def == nil || e.info.Refs[n] == nil || e.info.Refs[n] != e.info.Module.Symbols[def.Name] {
		return nil
	}
	return def
}

// steppable reports whether def can run as steps, and at how many sleep
// statements: a plain function (not async, a generator, decorated or
// memoized, with no nested def or class and no *args or **kwargs; a
// recursive one recurses through its plain version, which counts the
// depth) whose body has no sleep after a statement that ends the
// function, and nothing else that may wait. One without any sleep runs
// to its end in a single step.
func (e *emitter) steppable(def *ast.FunctionDef, waits map[ast.Node]bool) (int, bool) {
	f := e.info.Funcs[def]
	if f == nil || f.Async || f.Generator || len(def.Decorators) > 0 || f.Vararg != nil || f.Kwarg != nil ||
		hasComputedDefaults(f) || e.memoized(def) || hasNestedDef(def.Body) {
		return 0, false
	}
	sleeps, ok := e.stepSleeps(def.Body, true)
	if !ok {
		return 0, false
	}
	for callee := range e.callGraph().edges[def] {
		if waits[callee] {
			return 0, false
		}
	}
	return sleeps, true
}

// hasNestedDef reports whether body defines a function or a class (a
// lambda is an expression, at home in a step).
func hasNestedDef(body []ast.Stmt) bool {
	found := false
	ast.InspectStmts(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FunctionDef, *ast.ClassDef:
			found = true
		}
		return !found
	})
	return found
}

// sleepStmt returns the delay of a `gevent.sleep(...)` statement (nil for
// none).
func (e *emitter) sleepStmt(st ast.Stmt) (delay ast.Expr, ok bool) {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return nil, false
	}
	c, ok := es.Value.(*ast.Call)
	if !ok || e.libPath(c.Func) != "gevent.sleep" || len(c.Keywords) > 0 || len(c.Args) > 1 {
		return nil, false
	}
	if len(c.Args) == 1 {
		if _, starred := c.Args[0].(*ast.Starred); starred || e.mentionsWaits(c.Args[0]) {
			return nil, false
		}
		return c.Args[0], true
	}
	return nil, true
}

// mentionsWaits reports whether n refers to a library that may wait: a
// module, function or object of waitModules, or time.sleep.
func (e *emitter) mentionsWaits(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		x, ok := n.(ast.Expr)
		if !ok || found {
			return !found
		}
		path := ""
		switch t := e.info.TypeOf(x).(type) {
		case *types.Module:
			path = t.Path
		case *types.Named:
			path = t.Class
		}
		if a, ok := x.(*ast.Attribute); ok && path == "" {
			path = e.libPath(a)
		}
		root, _, _ := strings.Cut(path, ".")
		found = waitModules[root] || path == "time.sleep"
		return !found
	})
	return found
}

// waitingFuncs are the nodes of the call graph that may wait: functions
// that mention a library that may, and everything that reaches one. The
// unknown callee (a call of a function value) reaches the functions used
// as values, except the spawned ones that held says the program never
// keeps.
func (e *emitter) waitingFuncs(held map[ast.Node]bool) map[ast.Node]bool {
	g := e.callGraph()
	waits := map[ast.Node]bool{}
	for fn := range g.edges {
		if fn != nil && fn != g.ops && e.mentionsWaits(fn) {
			waits[fn] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for fn, callees := range g.edges {
			if waits[fn] {
				continue
			}
			for callee := range callees {
				if h, spawned := held[callee]; waits[callee] && (fn != nil || !spawned || h) {
					waits[fn] = true
					changed = true
					break
				}
			}
		}
	}
	return waits
}

// callGraph is the program's call graph, built once.
func (e *emitter) callGraph() *callGraph {
	if e.graph == nil {
		e.graph = buildCallGraph(e.info, e.mod)
	}
	return e.graph
}

// stepsDecl emits the step version of def under the name e.stackless
// gave it.
func (e *emitter) stepsDecl(def *ast.FunctionDef) jen.Code {
	name := e.stackless[def]
	e.funcNames["main."+name] = def.Name
	f := e.info.Funcs[def]
	e.stepping = true
	params, body := e.funcBody(f, def.Body)
	stepType := jen.Func().Params(jen.Op("*").Add(patterns.Rt("Step"))).Add(e.resultType(f))
	doc := []jen.Code{
		jen.Commentf("%s is %s as a stackless greenlet: each call runs its body", name, def.Name),
		jen.Line(),
		jen.Comment("from where the last one stopped to its next gevent.sleep, on the hub's stack."),
		jen.Line(),
	}
	if e.stepsOnly[def] {
		// It stands for the function, which nothing else calls.
		doc = append(append(e.leadingComments(def), jen.Line()), doc...)
	}
	return jen.Add(append(doc, jen.Func().Id(name).Params(params...).Add(stepType).Block(body...))...)
}

// stepSleep records the sleep that ends a step; the delay is evaluated
// where the sleep stands, with whatever it needs before it.
func (e *emitter) stepSleep(step string, delay ast.Expr) jen.Code {
	var secs jen.Code = jen.Lit(0.0)
	save := e.pre
	e.pre = nil
	if delay != nil {
		secs = e.ExprAs(delay, types.Float)
	}
	pre := e.pre
	e.pre = save
	return jen.Add(append(pre, jen.Id(step).Dot("Sleep").Call(secs))...)
}

// stepReturn ends a step at a sleep; the value is not the greenlet's.
func (e *emitter) stepReturn(f *infer.Func) jen.Code {
	if f.Result == types.None {
		return jen.Return()
	}
	return jen.Return(e.zero(f.Result))
}

// hoistLocals moves every local of a step version to the top of its
// body, outside the closure, where it keeps its value between steps, and
// so the variables of the loops in stepped.
func (p *plan) hoistLocals(scope *infer.Scope, stepped map[*infer.Symbol]bool) {
	for _, sym := range scope.Order {
		if _, ok := p.defineAt[sym]; ok || stepped[sym] && p.loopVar[sym] {
			delete(p.loopVar, sym)
			delete(p.defineAt, sym)
			p.topVars = append(p.topVars, sym)
		}
	}
	for _, sym := range scope.Order {
		for st, syms := range p.varAt {
			if i := indexOf(syms, sym); i >= 0 {
				p.varAt[st] = append(syms[:i:i], syms[i+1:]...)
				p.topVars = append(p.topVars, sym)
			}
		}
	}
}

// Steps implements patterns.EmitEnv.
func (e *emitter) Steps(fn ast.Expr, args []ast.Expr, kw []*ast.Keyword) jen.Code {
	def := e.moduleDefOf(fn)
	if def != nil && e.oneStep[def] {
		return e.oneStepOf(fn, args, kw)
	}
	if def == nil || e.stackless[def] == "" {
		return nil
	}
	e.stepsCallee = e.stackless[def]
	call, _ := e.thunkCall(fn, args, kw, false)
	e.stepsCallee = ""
	if call == nil || e.info.Funcs[def].Result != types.None {
		return call
	}
	return patterns.Rt("NoResult").Call(call)
}

// oneStepOf is the step function of a greenlet whose function never
// waits: its single step calls the plain function.
func (e *emitter) oneStepOf(fn ast.Expr, args []ast.Expr, kw []*ast.Keyword) jen.Code {
	call, result := e.thunkCall(fn, args, kw, false)
	if call == nil {
		return nil
	}
	step := jen.Op("*").Add(patterns.Rt("Step"))
	if result == types.None {
		return jen.Func().Params(step).Add(patterns.Rt("Object")).Block(call, jen.Return(jen.Nil()))
	}
	return jen.Func().Params(step).Add(e.GoType(result)).Block(jen.Return(call))
}

// literalAtDef is the //line directive that puts the function literal
// after it at def's line (none without line directives). The literal is
// where the def's body runs (a coroutine's, a step version's), so its
// traceback frames are registered under the def's name by that position.
func (e *emitter) literalAtDef(def ast.Node) []jen.Code {
	dir := e.lineDirective(def.Start())
	if fd, ok := def.(*ast.FunctionDef); ok && dir != nil {
		e.funcNames[fmt.Sprintf("%s:%d", e.src.Path, e.src.Position(def.Start()).Line)] = fd.Name
	}
	return dir
}
