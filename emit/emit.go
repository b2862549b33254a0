// Package emit writes the Go for a typed Python program, with jennifer.
//
// The module becomes package main: module-level functions become Go
// functions, module-level variables that functions use become package
// variables, and the module's statements become the body of the function
// main hands to the runtime's Run. Library calls are emitted by their
// recognizers in patterns/; everything else is emitted here, in the types
// inference proved.
package emit

import (
	"bytes"
	"fmt"
	"go/format"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/diag"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Options tune the output.
type Options struct {
	// LineDirectives adds //line comments mapping Go lines to the Python
	// source, and registers Python function names with the runtime, so
	// tracebacks name the Python file, lines and functions.
	LineDirectives bool
}

// emitter holds the state of emitting one file.
type emitter struct {
	// libAliases counts, per variable, the calls made through it (see
	// libAlias).
	libAliases map[*infer.Symbol]int
	info       *infer.Info
	// enumMembers names the slice of each enum class's members (enum.go).
	enumMembers map[*infer.Class]string
	// flagOf names the function making the members of each Flag class.
	flagOf map[*infer.Class]string
	// signals is 1 when the program imports signal, -1 when not, 0
	// before usesSignals looked.
	signals int
	log     *diag.Log
	src     *diag.Source
	opts    Options
	names   *namer
	file    *jen.File
	// classes holds the Go names of classes and their members (class.go).
	classes *classNames

	scope *infer.Scope
	fn    *infer.Func
	plan  *plan
	// agen names the *py.AGen of the async generator being emitted
	// when it has finally bodies, "" otherwise (generator.go).
	agen string
	// held names the *py.AGenHolder of the coroutine being emitted when
	// it iterates async generators held in its variables (generator.go).
	held string
	// forkCopies collects, while a ForkProc is built, the copies its
	// process makes when it starts (process.go).
	forkCopies *[]jen.Code
	// valueCall is the call last emitted as an expression whose value is
	// used, not as a statement (call.go).
	valueCall *ast.Call
	// pre collects statements that must run before the statement being
	// emitted (temporaries holding arguments, hoisted comprehensions).
	pre []jen.Code
	// subst holds Go already emitted for expressions (the arguments a
	// functools.partial binds, evaluated into temporaries).
	subst map[ast.Expr]jen.Code
	// notes says where each Python comment goes.
	notes *notes
	// funcNames maps Go function names to Python ones for tracebacks.
	funcNames map[string]string
	// hoistOK is false inside expressions Python may not evaluate (lambda
	// bodies, conditional branches, right operands of and/or), where a
	// comprehension cannot be moved before the statement.
	hoistOK bool
	// keepOrder is set while a statement is emitted whose comprehensions
	// must stay where they are, for Python's evaluation order (order.go).
	keepOrder bool
	// dynNames caches readsNamesDynamically (funcattr.go).
	dynNames *bool
	// constants are module-level names bound once to a literal.
	constants map[*infer.Symbol]*ast.Constant
	// signs proves ints non-negative (sign.go).
	signs *signs
	// ranges proves ints small (intrange.go).
	ranges *ranges
	// precOf holds the Go precedence of the infix expressions built so
	// far, for parenthesizing them as operands (prec.go).
	precOf map[*jen.Statement]int
	// bodies is the stack of function bodies being emitted.
	bodies [][]ast.Stmt
	// flow is the control context of the innermost func literal that
	// stands for a Python block (flow.go); nil directly in a function.
	flow *flowCtx
	// loops is the stack of Python loops being emitted.
	loops []*loopCtx
	// handling names the Go variables of the exceptions being handled,
	// innermost last, for a bare raise.
	handling []string
	// defaults names the variables holding defaults that are not
	// literals; defaultDecls declares those of package functions.
	defaults     map[*infer.Symbol]string
	defaultDecls []jen.Code
	// shared are the module globals that threads write (shared.go).
	shared map[*infer.Symbol]bool
	// workerFns are the function arguments of the library call being
	// emitted that run in a worker process: their arguments and results
	// cross a process boundary and are copied (process.go).
	workerFns map[ast.Expr]bool
	// procPtrs are the per-process globals the function being emitted
	// reaches through a pointer bound at its entry (process.go).
	procPtrs map[*infer.Symbol]string
	// mod is the module being emitted.
	mod *ast.Module
	// funcTypeBusy holds the function types funcType is writing, to
	// catch a type that refers to itself; funcTypeRefused those reported.
	funcTypeBusy, funcTypeRefused map[*types.Func]bool
	// calls is what the call graph says of recursion and interrupts
	// (recursion.go, interrupt.go), computed on first use.
	calls *callFacts
	// dataclassConv says whether the program calls dataclasses.asdict or
	// astuple (class_dataclass.go), computed on first use.
	dataclassConv *bool
	// graph is the call graph, built on first use (stackless.go).
	graph *callGraph
	// stackless names the step versions of the functions that run as
	// stackless greenlets; stepping is set while one is emitted, and
	// stepsCallee names the step version a spawn calls (stackless.go).
	stackless   map[*ast.FunctionDef]string
	stepsOnly   map[*ast.FunctionDef]bool // no plain version needed
	oneStep     map[*ast.FunctionDef]bool // never waits: one step calls it
	stepping    bool
	stepsCallee string
	// memoCaches names the cache variable of each memoized def (memo.go).
	memoCaches map[*ast.FunctionDef]string
}

// File emits the Go source for mod. It returns nil when the log has
// errors.
func File(mod *ast.Module, info *infer.Info, src *diag.Source, opts Options) []byte {
	e := &emitter{info: info, log: info.Log, src: src, opts: opts, names: newNamer(),
		notes: placeComments(mod, src), funcNames: map[string]string{}, hoistOK: true,
		defaults: map[*infer.Symbol]string{}, mod: mod}
	e.file = jen.NewFile("main")
	e.file.ImportAlias(patterns.RuntimePath, "py")
	e.file.HeaderComment(fmt.Sprintf("Code generated by py2go from %s; DO NOT EDIT.", filepath.Base(src.Name)))
	for _, c := range e.notes.header {
		e.file.PackageComment(commentText(c.Text))
	}
	e.checkImports(mod)
	e.checkThreadLocals()
	e.signs = e.findRangeBinds(mod)
	e.ranges = e.findRanges(mod)
	e.module(mod)
	for _, c := range e.notes.footer {
		e.file.Comment(commentText(c.Text))
	}
	if e.log.HasErrors() {
		return nil
	}
	var buf bytes.Buffer
	if err := e.file.Render(&buf); err != nil {
		e.log.Errorf(0, "internal error: generated Go does not format: %v", err)
		return nil
	}
	out, err := format.Source(buf.Bytes())
	if err != nil {
		e.log.Errorf(0, "internal error: generated Go does not format: %v", err)
		return nil
	}
	if e.opts.LineDirectives {
		out = holdLines(out)
	}
	return out
}

// module lays out the file: main first (so that its Go frames precede
// every //line directive), then package variables, then functions in
// source order.
func (e *emitter) module(mod *ast.Module) {
	e.scope = e.info.Module
	e.names.PushScope()
	e.reservePackageNames(mod)
	e.reserveLocalClasses()
	e.findShared(mod)
	e.findStackless(mod)
	var funcs []jen.Code
	var body []ast.Stmt
	for _, st := range mod.Body {
		if def, ok := st.(*ast.FunctionDef); ok && e.isPackageFunc(def) {
			if !e.stepsOnly[def] {
				funcs = append(funcs, e.funcDecl(def))
			}
			if e.stackless[def] != "" {
				funcs = append(funcs, e.stepsDecl(def))
			}
			if !hasComputedDefaults(e.info.Funcs[def]) {
				continue
			}
			// The def statement stays in main, where it evaluates its
			// defaults.
		}
		if cd, ok := st.(*ast.ClassDef); ok && e.info.Classes[cd] != nil {
			funcs = append(funcs, e.classDecl(cd)...)
			if !e.hasComputedMethodDefaults(e.info.Classes[cd]) {
				continue
			}
			// The class statement stays in main, where it evaluates its
			// methods' defaults.
		}
		funcs = append(funcs, e.blockFuncDecls([]ast.Stmt{st})...)
		body = append(body, st)
	}
	funcs = append(funcs, e.localClassDecls()...)
	e.findConstants(body)
	mainBody := e.mainBody(body)
	var setup []jen.Code
	if importsModule(mod, "argparse") {
		// argparse names the program after the script, as sys.argv[0]
		// does, whatever the binary is called.
		setup = append(setup, patterns.Rt("ScriptName").Op("=").Lit(filepath.Base(e.src.Name)))
	}
	e.file.Func().Id("main").Params().Block(append(setup,
		patterns.Rt("Run").Call(jen.Func().Params().Block(mainBody...)),
	)...)
	e.packageVars()
	for _, f := range funcs {
		e.file.Line()
		e.file.Add(f)
	}
	e.registerNames()
	e.names.PopScope()
}

// reservePackageNames names module-level functions and the variables that
// functions share before any body is emitted, so locals never shadow them.
func (e *emitter) reservePackageNames(mod *ast.Module) {
	for _, sym := range e.info.Module.Order {
		if c := e.info.ClassSyms[sym]; c != nil && sym.Import != "" {
			e.log.Unsupported(c.Def.Start(), "class '"+c.Name+"' with the name of an import")
			continue
		}
		if sym.Import != "" {
			continue
		}
		if c := e.info.ClassSyms[sym]; c != nil {
			e.reserveClass(c)
			continue
		}
		if sym.Def != nil && sym.Stores == 1 || sym.UsedFromFunctions() {
			e.names.Package(sym)
		}
		if sym.Def != nil && e.isPackageFunc(sym.Def) {
			f := e.info.Funcs[sym.Def]
			for _, p := range f.Params {
				if d := f.Defaults[p]; d != nil && !isConstant(d) {
					e.defaults[p] = e.names.Package(&infer.Symbol{Name: sym.Def.Name + "_" + p.Name + "_default", Scope: e.info.Module})
				}
			}
		}
	}
}

// isPackageFunc reports whether a module-level def becomes a Go function:
// it is bound once and not rebound.
func (e *emitter) isPackageFunc(def *ast.FunctionDef) bool {
	sym := e.info.Module.Symbols[def.Name]
	return sym != nil && sym.Def == def && sym.Stores == 1
}

// isPackageVar reports whether a module-level symbol is a Go package
// variable rather than a local of main.
func (e *emitter) isPackageVar(sym *infer.Symbol) bool {
	return sym.Scope.Kind == infer.ModuleScope && sym.UsedFromFunctions() && sym.Import == "" &&
		!(sym.Def != nil && sym.Stores == 1) && e.info.ClassSyms[sym] == nil
}

func (e *emitter) packageVars() {
	var consts, vars []jen.Code
	for _, sym := range e.info.Module.Order {
		if !e.isPackageVar(sym) {
			continue
		}
		name, _ := e.names.Name(sym)
		lit, ok := e.constants[sym]
		switch {
		case e.isLocalGlobal(sym):
			vars = append(vars, jen.Id(name).Add(e.localGlobalType(sym)))
		case e.isProcessGlobal(sym):
			vars = append(vars, e.processVarDecl(name, sym))
		case ok && isValueGoType(sym.Type) && sym.Type != types.Float:
			consts = append(consts, jen.Id(name).Op("=").Add(e.constant(lit)))
		case ok:
			vars = append(vars, jen.Id(name).Op("=").Add(e.ExprAs(lit, sym.Type)))
		case e.shared[sym]:
			vars = append(vars, jen.Id(name).Add(e.sharedType(sym.Type)))
		default:
			vars = append(vars, jen.Id(name).Add(e.GoType(sym.Type)))
		}
	}
	vars = append(vars, e.defaultDecls...)
	switch {
	case len(consts) == 1:
		e.file.Line()
		e.file.Const().Add(consts[0])
	case len(consts) > 1:
		e.file.Line()
		e.file.Const().Defs(consts...)
	}
	if len(vars) > 0 {
		e.file.Line()
		e.file.Var().Defs(vars...)
	}
}

// findConstants finds the module-level names that functions read and that
// the module binds once, at its top level, to a literal: Python's
// constants. They become Go constants (or initialized package variables
// for floats, which Go would otherwise fold exactly), and their assignment
// leaves main.
func (e *emitter) findConstants(body []ast.Stmt) {
	e.constants = map[*infer.Symbol]*ast.Constant{}
	for _, st := range body {
		a, ok := st.(*ast.Assign)
		if !ok || len(a.Targets) != 1 {
			continue
		}
		name, ok1 := a.Targets[0].(*ast.Name)
		lit, ok2 := a.Value.(*ast.Constant)
		if !ok1 || !ok2 || lit.Kind == ast.ConstNone {
			continue
		}
		sym := e.info.Refs[name]
		if sym != nil && sym.Stores == 1 && !sym.NestedStore && e.isPackageVar(sym) && !e.isProcessGlobal(sym) && types.Equal(sym.Type, e.info.TypeOf(lit)) {
			e.constants[sym] = lit
		}
	}
}

// mainBody emits the module's statements as the body of the function
// passed to the runtime's Run.
func (e *emitter) mainBody(body []ast.Stmt) []jen.Code {
	e.funcNames["main.main.func1"] = "<module>"
	inline := e.inlineWiths(body)
	e.plan = planLocals(e.info, e.info.Module, body, inline, func(sym *infer.Symbol) bool {
		return sym.Import == "" && !e.isPackageVar(sym) && !(sym.Def != nil && sym.Stores == 1 && e.isModuleDef(sym)) &&
			e.info.ClassSyms[sym] == nil
	})
	e.names.PushScope()
	defer e.names.PopScope()
	e.bodies = append(e.bodies, body)
	out := e.declareTop()
	return append(out, e.block(body)...)
}

func (e *emitter) isModuleDef(sym *infer.Symbol) bool {
	return sym.Scope.Kind == infer.ModuleScope
}

// checkImports reports imports of modules no recognizer knows: an error
// naming the module where the program uses it, a warning (and the import
// dropped) where it does not.
func (e *emitter) checkImports(mod *ast.Module) {
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Import:
			for _, a := range n.Names {
				e.checkModule(a.Name, a.Name, a.AsName, a.P)
			}
		case *ast.ImportFrom:
			for _, a := range n.Names {
				e.checkModule(n.Module, n.Module+"."+a.Name, a.AsName, a.P)
				if a.Name == "*" {
					e.log.Errorf(a.P, "not supported: 'from %s import *' (name the imported names)", n.Module)
				}
			}
			if n.Level > 0 {
				e.log.Errorf(n.Start(), "not supported: relative import (py2go translates one file)")
			}
		}
		return true
	})
}

func (e *emitter) checkModule(module, path, asName string, p ast.Pos) {
	if patterns.KnownModule(module) {
		return
	}
	name := asName
	if name == "" {
		name = strings.Split(path[strings.LastIndex(path, ".")+1:], ".")[0]
		if !strings.Contains(path, ".") || module == path {
			name = strings.Split(module, ".")[0]
		}
	}
	if sym := e.findImportSym(name, path); sym != nil && sym.Loads > 0 {
		e.log.Errorf(p, "unknown module '%s': py2go has no translation for it", module)
		return
	}
	e.log.Warnf(p, "unknown module '%s' is imported but never used; the import is dropped", module)
}

func (e *emitter) findImportSym(name, path string) *infer.Symbol {
	for _, s := range e.info.Scopes {
		if sym := s.Symbols[name]; sym != nil && sym.Import != "" {
			return sym
		}
	}
	return e.info.Module.Symbols[name]
}

// registerNames tells the runtime the Python names of the Go functions,
// for tracebacks; only with line directives, where tracebacks name Python
// lines.
func (e *emitter) registerNames() {
	if !e.opts.LineDirectives {
		return
	}
	keys := make([]string, 0, len(e.funcNames))
	for k := range e.funcNames {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	dict := jen.Dict{}
	for _, k := range keys {
		dict[jen.Lit(k)] = jen.Lit(e.funcNames[k])
	}
	e.file.Line()
	e.file.Func().Id("init").Params().Block(
		patterns.Rt("RegisterFuncNames").Call(jen.Map(jen.String()).String().Values(dict)),
	)
}

// Errorf implements patterns.EmitEnv.
func (e *emitter) Errorf(p ast.Pos, format string, a ...any) { e.log.Errorf(p, format, a...) }

// TypeOf implements patterns.EmitEnv.
func (e *emitter) TypeOf(x ast.Expr) types.Type { return e.info.TypeOf(x) }

// importsModule reports whether the module imports the module name (or a
// name from it) anywhere.
func importsModule(mod *ast.Module, name string) bool {
	found := false
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Import:
			for _, a := range n.Names {
				found = found || a.Name == name
			}
		case *ast.ImportFrom:
			found = found || n.Module == name
		}
		return !found
	})
	return found
}
