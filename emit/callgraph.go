package emit

import (
	"strings"

	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/types"
)

// The call graph behind recursion counting (recursion.go) and loop
// interrupt checks (interrupt.go). It is conservative: a call the program
// cannot resolve to one of its own functions goes to the unknown callee
// (nil), which reaches every function used as a value, every lambda and
// the ops node; operators and dunder-only builtins on objects go to ops,
// which reaches the dunder methods only; a function handed to a library
// reaches that function. Missing an edge could let a recursion grow Go's
// stack unchecked, an extra edge only costs a frame count.

// callGraph is the program's functions (FunctionDefs and Lambdas) with
// edges to the functions each may call; nil stands for the unknown callee.
type callGraph struct {
	info  *infer.Info
	edges map[ast.Node]map[ast.Node]bool
	// methods maps a method name to every method of that name.
	methods map[string][]ast.Node
	// ops stands for the dunder methods an operator or a builtin may run
	// on an object; the unknown callee (nil) reaches them too.
	ops ast.Node
}

// buildCallGraph scans every function of the program, and the module's
// own statements for the functions they use as values.
func buildCallGraph(info *infer.Info, mod *ast.Module) *callGraph {
	ops := &ast.Pass{}
	g := &callGraph{info: info, edges: map[ast.Node]map[ast.Node]bool{nil: {ops: true}, ops: {}},
		methods: map[string][]ast.Node{}, ops: ops}
	for _, m := range info.MethodDefs {
		g.methods[m.Def.Name] = append(g.methods[m.Def.Name], m.Def)
		if isDunder(m.Def.Name) && m.Def.Name != "__init__" {
			g.edges[ops][m.Def] = true // operators and builtins call them
		}
	}
	for fn := range info.Funcs {
		if g.edges[fn] == nil {
			g.edges[fn] = map[ast.Node]bool{}
		}
		g.scan(fn)
	}
	top := &ast.Pass{} // stands for the module's code, which no call reaches
	g.edges[top] = map[ast.Node]bool{}
	callees := map[ast.Expr]bool{}
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		return g.visit(top, n, callees)
	})
	return g
}

// scan adds the edges of fn's body. Nested functions and lambdas are
// nodes of their own: their bodies are not fn's, but defining one runs
// its decorators in fn.
func (g *callGraph) scan(fn ast.Node) {
	var roots []ast.Node
	switch n := fn.(type) {
	case *ast.FunctionDef:
		for _, s := range n.Body {
			roots = append(roots, s)
		}
	case *ast.Lambda:
		roots = append(roots, n.Body)
	}
	callees := map[ast.Expr]bool{}
	for _, r := range roots {
		ast.Inspect(r, func(n ast.Node) bool {
			return g.visit(fn, n, callees)
		})
	}
}

// visit records the edges one node of fn's body adds; callees holds the
// expressions called, so that naming a function to call it is not taking
// it as a value.
func (g *callGraph) visit(fn, n ast.Node, callees map[ast.Expr]bool) bool {
	switch n := n.(type) {
	case *ast.FunctionDef:
		if len(n.Decorators) > 0 {
			g.edges[fn][nil] = true // the decorator may call it
			g.edges[nil][n] = true
		}
		return false
	case *ast.Lambda:
		g.edges[nil][n] = true
		return false
	case *ast.Call:
		callees[n.Func] = true
		g.call(fn, n)
	case *ast.Name:
		if !callees[n] {
			g.valueOf(n)
		}
	case *ast.Attribute:
		for _, m := range g.methodsOf(fn, n) {
			g.edges[fn][m] = true // a call, a property or a bound method
			if !callees[n] {
				g.edges[nil][m] = true
			}
		}
	case *ast.BinOp:
		g.objects(fn, n.Left, n.Right)
	case *ast.UnaryOp:
		g.objects(fn, n.Operand)
	case *ast.Compare:
		g.objects(fn, append([]ast.Expr{n.Left}, n.Comparators...)...)
	case *ast.Subscript:
		g.objects(fn, n.Value)
	case *ast.FormattedValue:
		g.objects(fn, n.Value)
	case *ast.AugAssign:
		g.objects(fn, n.Target, n.Value)
	case *ast.For:
		g.objects(fn, n.Iter)
	case *ast.With:
		for _, it := range n.Items {
			g.objects(fn, it.ContextExpr)
		}
	}
	return true
}

// valueOf marks the function a name denotes as used as a value.
func (g *callGraph) valueOf(n *ast.Name) {
	if f, ok := g.info.TypeOf(n).(*types.Func); ok {
		if def, ok := f.Def.(ast.Node); ok && g.info.Funcs[def] != nil {
			g.edges[nil][def] = true
		}
	}
}

// call adds the edges of one call.
func (g *callGraph) call(fn ast.Node, c *ast.Call) {
	switch t := g.info.TypeOf(c.Func).(type) {
	case *types.Func:
		if def, ok := t.Def.(ast.Node); ok && g.info.Funcs[def] != nil {
			g.edges[fn][def] = true // its arguments are only passed on
			return
		}
	case *types.Class:
		if k := g.info.ClassOf(t); k != nil {
			if m := k.Method("__init__"); m != nil {
				g.edges[fn][m.Def] = true
			}
		}
		return
	}
	if a, ok := c.Func.(*ast.Attribute); ok && g.info.ClassOf(g.info.TypeOf(a.Value)) != nil {
		return // a method of the program: the Attribute case adds the edges
	}
	name := calleeName(c.Func)
	if noCallback[name] {
		return
	}
	args := callArgs(c)
	if _, ok := g.info.Refs[nameOf(c.Func)]; dunderOnly[name] && !ok && len(c.Keywords) == 0 {
		g.objects(fn, args...) // a builtin that only runs its arguments' dunders
		return
	}
	// An Object a builtin (map, filter, reduce, ...) is handed may be a
	// function it calls on this goroutine; a library method (submit,
	// spawn, Thread) runs what it is handed on a stack of its own, where
	// no recursion builds up, or is given a known function.
	_, builtin := c.Func.(*ast.Name)
	for _, x := range args {
		g.handed(fn, g.info.TypeOf(x), builtin)
	}
	if a, ok := c.Func.(*ast.Attribute); ok {
		g.objects(fn, a.Value) // a method of an object of unknown class
	}
	if _, known := g.info.TypeOf(c.Func).(*types.Module); !known && !isLibraryCallee(g.info, c.Func) {
		g.edges[fn][nil] = true // a function value
	}
}

// handed adds the edges of handing a value of type t to a library, which
// may call it: a known function, any function value may be, or the
// dunders of an object.
func (g *callGraph) handed(fn ast.Node, t types.Type, builtin bool) {
	switch t := t.(type) {
	case *types.Func:
		if def, ok := t.Def.(ast.Node); ok && g.info.Funcs[def] != nil {
			g.edges[fn][def] = true
			return
		}
		g.edges[fn][nil] = true
	case *types.List:
		g.handed(fn, t.Elem, builtin)
	case *types.Iter:
		g.handed(fn, t.Elem, builtin)
	case *types.Tuple:
		for _, e := range t.Elems {
			g.handed(fn, e, builtin)
		}
	case *types.Named:
		for _, e := range t.Args {
			g.handed(fn, e, builtin)
		}
	case *types.Instance, *types.Class:
		g.edges[fn][g.ops] = true
	case types.Basic:
		switch {
		case (t == types.Object || t == types.Unknown) && builtin:
			g.edges[fn][nil] = true
		case t == types.Object || t == types.Unknown:
			g.edges[fn][g.ops] = true
		}
	case *types.Module:
	default:
		g.edges[fn][nil] = true
	}
}

// isLibraryCallee reports whether x is a builtin or a library name, whose
// call reaches the program only through its arguments.
func isLibraryCallee(info *infer.Info, x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Name:
		return info.Refs[x] == nil || isModuleType(info.TypeOf(x))
	case *ast.Attribute:
		_, named := info.TypeOf(x.Value).(*types.Named)
		return named || isModuleType(info.TypeOf(x.Value)) || !mayCallBack(info.TypeOf(x.Value))
	}
	return false
}

func isModuleType(t types.Type) bool {
	_, ok := t.(*types.Module)
	return ok
}

func callArgs(c *ast.Call) []ast.Expr {
	args := append([]ast.Expr{}, c.Args...)
	for _, k := range c.Keywords {
		args = append(args, k.Value)
	}
	return args
}

// objects adds an edge to the dunders when one of xs may be an object
// whose dunder methods an operator or a builtin runs.
func (g *callGraph) objects(fn ast.Node, xs ...ast.Expr) {
	for _, x := range xs {
		if mayCallBack(g.info.TypeOf(x)) {
			g.edges[fn][g.ops] = true
			return
		}
	}
}

// dunderOnly holds builtins that run no function they are handed, only
// the dunder methods of their arguments (without a key= argument).
var dunderOnly = map[string]bool{
	"print": true, "str": true, "repr": true, "format": true, "int": true,
	"float": true, "abs": true, "sum": true, "round": true, "bool": true,
	"hash": true, "list": true, "tuple": true, "set": true, "dict": true,
	"frozenset": true, "min": true, "max": true, "sorted": true, "any": true,
	"all": true, "divmod": true, "pow": true,
}

// nameOf is x as a Name, or nil.
func nameOf(x ast.Expr) *ast.Name {
	n, _ := x.(*ast.Name)
	return n
}

// mayCallBack reports whether handing a value of type t to an operator or
// a library may run code of the program.
func mayCallBack(t types.Type) bool {
	switch t := t.(type) {
	case types.Basic:
		return t == types.Object || t == types.Unknown
	case *types.List:
		return mayCallBack(t.Elem)
	case *types.Iter:
		return mayCallBack(t.Elem)
	case *types.Tuple:
		return anyMayCallBack(t.Elems)
	case *types.Named:
		return anyMayCallBack(t.Args)
	case *types.Module:
		return false
	}
	return true
}

func anyMayCallBack(ts []types.Type) bool {
	for _, t := range ts {
		if mayCallBack(t) {
			return true
		}
	}
	return false
}

// noCallback holds builtins and library methods that never run code of
// the program, whatever their arguments hold: they do not look inside the
// values they store, count or hand back.
var noCallback = map[string]bool{
	"len": true, "isinstance": true, "id": true, "type": true, "range": true,
	"enumerate": true, "zip": true, "iter": true, "reversed": true,
	"callable": true, "append": true, "appendleft": true, "extend": true,
	"insert": true, "pop": true, "popleft": true, "keys": true,
	"values": true, "items": true, "copy": true, "clear": true, "put": true,
	"put_nowait": true, "get_nowait": true, "qsize": true, "empty": true,
	"full": true, "join": true, "start": true,
}

// calleeName is the name a call's callee ends in: f for f(...) and
// x.f(...).
func calleeName(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.Name:
		return x.ID
	case *ast.Attribute:
		return x.Attr
	}
	return ""
}

// methodsOf lists the methods an attribute x.m of fn's body may reach:
// for an object of a known class, the method it inherits or defines and
// the overrides in its subclasses; for super().m, the bases' method; for
// anything else, every method called m.
func (g *callGraph) methodsOf(fn ast.Node, a *ast.Attribute) []ast.Node {
	if call, ok := a.Value.(*ast.Call); ok && isBuiltinSuper(g.info, call) {
		if m := g.info.MethodDefs[fn]; m != nil && m.Owner != nil && m.Owner.Base != nil {
			if bm := m.Owner.Base.Method(a.Attr); bm != nil {
				return []ast.Node{bm.Def}
			}
			return nil
		}
	}
	k := g.info.ClassOf(g.info.TypeOf(a.Value))
	if k == nil {
		return g.methods[a.Attr]
	}
	var out []ast.Node
	if m := k.Method(a.Attr); m != nil {
		out = append(out, m.Def)
	}
	return append(out, overrides(k, a.Attr)...)
}

// overrides lists the methods called name that subclasses of k define.
func overrides(k *infer.Class, name string) []ast.Node {
	var out []ast.Node
	for _, sub := range k.Subclasses {
		if m := sub.Methods[name]; m != nil {
			out = append(out, m.Def)
		}
		out = append(out, overrides(sub, name)...)
	}
	return out
}

func isDunder(name string) bool {
	return len(name) > 4 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__")
}

// isBuiltinSuper reports whether call is the builtin super(): a bare name
// the program does not rebind (obj.super() is an ordinary method call).
func isBuiltinSuper(info *infer.Info, call *ast.Call) bool {
	n, ok := call.Func.(*ast.Name)
	return ok && n.ID == "super" && info.Refs[n] == nil
}
