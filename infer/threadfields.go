package infer

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Fields that threads write.
//
// Under CPython's GIL `self.count += 1` never tears and, in practice,
// loses no update, even when four threads run it on one object; a Go
// struct field written from several goroutines is a data race. Inference
// finds the code that runs in threads (the library arguments
// patterns.ThreadArgs names, and run() of threading.Thread subclasses),
// everything it reaches, and the fields that code reads or writes. A
// field such code touches is:
//
//   - Shared (Field.Shared) when the program assigns it anywhere but in an
//     __init__ through self: the emitter keeps it in the runtime's Shared
//     or SharedInt, as it does a module global that threads write;
//   - a runtime list (Field.Ref) when it holds a list the program changes
//     in place (append, item stores, sort, ...): the runtime's list locks
//     each operation, as a module list that threads append to is.
//
// Fields no thread touches, and fields threads only read after __init__
// set them, stay plain Go fields.

// noteThreads records the functions a library call runs in another
// thread. Roots only accumulate, so the set is complete once typing
// settles.
func (t *typer) noteThreads(path string, b *patterns.Bound) {
	t.addRoots(&t.info.threadRoots, patterns.ThreadArgs(path), b)
}

// addRoots adds to *roots the user functions that the arguments args of
// a library call name (the target of a Thread, the fn of a submit).
func (t *typer) addRoots(roots *map[ast.Node]bool, args []string, b *patterns.Bound) {
	for _, arg := range args {
		fn := b.Get(arg)
		if fn == nil {
			continue
		}
		if f, ok := t.info.Types[fn].(*types.Func); ok {
			if node, ok := f.Def.(ast.Node); ok {
				if *roots == nil {
					*roots = map[ast.Node]bool{}
				}
				(*roots)[node] = true
			}
		}
	}
}

// threadCode is every function that may run in a thread other than the
// main one: the noted roots, the run methods of Thread subclasses, and
// what they reach.
func (in *Info) threadCode() map[ast.Node]bool {
	seen := map[ast.Node]bool{}
	var work []ast.Node
	add := func(n ast.Node) {
		if n != nil && !seen[n] && in.Scopes[n] != nil {
			seen[n] = true
			work = append(work, n)
		}
	}
	for n := range in.threadRoots {
		add(n)
	}
	for _, c := range in.Classes {
		if c.isThread() {
			if m := c.Method("run"); m != nil {
				add(m.Def)
			}
		}
	}
	unknown := false
	for len(work) > 0 {
		n := work[len(work)-1]
		work = work[:len(work)-1]
		unknown = in.reachAll(n, add) || unknown
		if len(work) == 0 && unknown {
			// A call of a value whose function is not known (a
			// handler taken from a dict) may run any function used
			// as a value.
			unknown = false
			for node := range in.Funcs {
				add(node)
			}
		}
	}
	return seen
}

// isThread reports whether c derives from threading.Thread.
func (c *Class) isThread() bool {
	for _, k := range c.MRO() {
		if k.LibBase == "threading.Thread" {
			return true
		}
	}
	return false
}

// reachAll passes on every function the function n may call or start:
// the functions and methods its expressions name (with the overrides of
// a method, and for obj.m() on an object of unproven class every method
// m), and the dunders and properties of the objects it uses, which
// operators and attribute reads run. Unlike a worker process's reach, a
// plain method of an object is reached only where the code names it, so
// a thread's loop method does not make its class's other methods thread
// code. It reports whether n calls a function value of unknown type,
// which may be any function.
func (in *Info) reachAll(n ast.Node, reach func(ast.Node)) (unknown bool) {
	ast.Inspect(n, func(x ast.Node) bool {
		if call, ok := x.(*ast.Call); ok && in.Types[call.Func] == types.Object {
			if a, isAttr := call.Func.(*ast.Attribute); isAttr {
				in.reachByName(a.Attr, reach) // obj.m() on an object of unproven class
			} else {
				unknown = true
			}
		}
		if x != n {
			switch x.(type) {
			case *ast.FunctionDef, *ast.Lambda:
				reach(x)
				return false
			}
		}
		if e, ok := x.(ast.Expr); ok {
			in.reachThreadType(in.Types[e], reach)
		}
		if a, ok := x.(*ast.Attribute); ok {
			in.reachMethod(a, reach)
		}
		return true
	})
	return unknown
}

// reachMethod passes on the method (and its overrides) that obj.name
// names when obj is an object or class of the program.
func (in *Info) reachMethod(a *ast.Attribute, reach func(ast.Node)) {
	c := in.ClassOf(in.Types[a.Value])
	if c == nil {
		return
	}
	if m := c.Method(a.Attr); m != nil {
		reach(m.Def)
		in.reachOverrides(m.Owner, a.Attr, reach)
	}
}

// reachThreadType passes on the code a value of type t may run in the
// thread using it.
func (in *Info) reachThreadType(t types.Type, reach func(ast.Node)) {
	switch t := t.(type) {
	case *types.Func:
		reach(asNode(t.Def))
		if def, ok := t.Def.(*ast.FunctionDef); ok {
			if m := in.MethodDefs[def]; m != nil {
				in.reachOverrides(m.Owner, def.Name, reach)
			}
		}
	case *types.Instance, *types.Class:
		_, isClass := t.(*types.Class)
		c := in.ClassOf(t)
		for ; c != nil; c = c.Base {
			for _, m := range c.Order {
				name := m.Def.Name
				if name == "__init__" && !isClass {
					continue // an object in use is constructed already
				}
				if m.Kind == PropertyGetter || m.Kind == PropertySetter || len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__" {
					reach(m.Def)
				}
			}
		}
	}
}

// reachByName passes on every method of the program called name.
func (in *Info) reachByName(name string, reach func(ast.Node)) {
	for _, c := range in.Classes {
		if m := c.Methods[name]; m != nil {
			reach(m.Def)
		}
	}
}

// reachOverrides passes on the methods called name of c's subclasses,
// which a call through a c may run.
func (in *Info) reachOverrides(c *Class, name string, reach func(ast.Node)) {
	for _, sub := range c.Subclasses {
		if m := sub.Methods[name]; m != nil {
			reach(m.Def)
		}
		in.reachOverrides(sub, name, reach)
	}
}

// markThreadFields sets Shared and Ref on the fields threads touch (see
// above); it reports whether it made a list field a runtime list, which
// changes types, so typing must run again.
func (in *Info) markThreadFields(mod *ast.Module) bool {
	code := in.threadCode()
	if len(code) == 0 {
		return false
	}

	touched := map[*Field]bool{}
	for n := range code {
		ast.Inspect(n, func(x ast.Node) bool {
			if a, ok := x.(*ast.Attribute); ok {
				if f := in.fieldAt(a); f != nil {
					touched[f] = true
				}
			}
			return true
		})
	}
	stored, mutated := in.fieldWrites(mod)
	changed := false
	for f := range touched {
		if stored[f] {
			f.Shared = true
		}
		if mutated[f] && !f.Ref {
			f.Ref = true
			if _, isList := f.Type.(*types.List); isList {
				f.Type = types.Object
				changed = true
			}
		}
	}
	return changed
}

// fieldAt is the field of a program's object that a names, or nil.
func (in *Info) fieldAt(a *ast.Attribute) *Field {
	vt := in.Types[a.Value]
	if _, isInst := vt.(*types.Instance); !isInst {
		return nil
	}
	if c := in.ClassOf(vt); c != nil {
		return c.Field(a.Attr)
	}
	return nil
}

// fieldWrites finds, in the whole program, the fields assigned other than
// through self in an __init__, and the fields whose value is changed in
// place (an item store, a mutating method call, `+=`).
func (in *Info) fieldWrites(mod *ast.Module) (stored, mutated map[*Field]bool) {
	stored, mutated = map[*Field]bool{}, map[*Field]bool{}
	var walk func(body []ast.Stmt, self *Symbol)
	walk = func(body []ast.Stmt, self *Symbol) {
		ast.InspectStmts(body, func(x ast.Node) bool {
			if def, ok := x.(*ast.FunctionDef); ok {
				walk(def.Body, in.initSelf(def))
				return false
			}
			for _, t := range storeTargets(x) {
				in.noteFieldStore(t, self, stored, mutated)
			}
			if aug, ok := x.(*ast.AugAssign); ok {
				if f := in.fieldOfExpr(aug.Target); f != nil {
					mutated[f] = true
				}
			}
			if call, ok := x.(*ast.Call); ok {
				if a, ok := call.Func.(*ast.Attribute); ok && mutators[a.Attr] {
					if f := in.fieldOfExpr(a.Value); f != nil {
						mutated[f] = true
					}
				}
			}
			return true
		})
	}
	walk(mod.Body, nil)
	return stored, mutated
}

// initSelf is the self parameter of an __init__ method, nil for other
// functions: its stores set up an object no other thread sees yet.
func (in *Info) initSelf(def *ast.FunctionDef) *Symbol {
	m := in.MethodDefs[def]
	f := in.Funcs[def]
	if m == nil || def.Name != "__init__" || f == nil || len(f.Params) == 0 {
		return nil
	}
	return f.Params[0]
}

// noteFieldStore records what the store target t does to fields: assigns
// one (unless through self in an __init__), or changes one in place
// (obj.items[i] = v).
func (in *Info) noteFieldStore(t ast.Expr, self *Symbol, stored, mutated map[*Field]bool) {
	switch n := t.(type) {
	case *ast.Tuple:
		for _, el := range n.Elts {
			in.noteFieldStore(el, self, stored, mutated)
		}
	case *ast.List:
		for _, el := range n.Elts {
			in.noteFieldStore(el, self, stored, mutated)
		}
	case *ast.Starred:
		in.noteFieldStore(n.Value, self, stored, mutated)
	case *ast.Attribute:
		if f := in.fieldAt(n); f != nil {
			if name, ok := n.Value.(*ast.Name); !ok || self == nil || in.Refs[name] != self {
				stored[f] = true
			}
		}
	case *ast.Subscript:
		if f := in.fieldOfExpr(n.Value); f != nil {
			mutated[f] = true
		}
	}
}

// fieldOfExpr is the field x reads, nil when x is not a field.
func (in *Info) fieldOfExpr(x ast.Expr) *Field {
	if a, ok := x.(*ast.Attribute); ok {
		return in.fieldAt(a)
	}
	return nil
}
