package infer

import (
	"github.com/py2go/py2go/ast"
)

// A class statement inside a function makes a new class each time the
// function runs, whose methods are closures over the function's
// variables. In Go the class is one struct type at package level; the
// variables of the enclosing functions that its methods read (Captures)
// become fields that the constructor fills from the function's
// variables. That is exact when each such variable is bound once before
// the class statement and never rebound, since the method then sees the
// value the object was made with; other cases are refused.

// localClasses finds the enclosing function and the captured variables of
// every class defined in a function.
func (in *Info) localClasses() {
	for _, c := range in.classList() {
		if c.Scope.Parent.Kind != FuncScope {
			continue
		}
		c.Func = in.Funcs[c.Scope.Parent.Node]
		in.findCaptures(c)
		for _, sym := range c.Captures {
			if !in.boundOnceBefore(sym, c.Def) {
				in.Log.Errorf(c.Def.Start(), "not supported yet: class %s in a function reads '%s', which the function binds more than once or after the class statement", c.Name, sym.Name)
			}
		}
		if len(c.Subclasses) > 0 || len(c.Derived) > 0 {
			in.Log.Errorf(c.Def.Start(), "not supported yet: subclasses of a class defined in a function")
		}
		if c.LibBase != "" || c.IsException() {
			in.Log.Errorf(c.Def.Start(), "not supported yet: a class in a function deriving from a library or exception class")
		}
		for _, b := range c.Bases {
			if b.Func != nil {
				in.Log.Errorf(c.Def.Start(), "not supported yet: a class in a function deriving from another class defined in a function")
			}
		}
	}
}

// findCaptures collects the variables of enclosing functions that c's
// methods read.
func (in *Info) findCaptures(c *Class) {
	seen := map[*Symbol]bool{}
	ast.InspectStmts(c.Def.Body, func(n ast.Node) bool {
		name, ok := n.(*ast.Name)
		if !ok {
			return true
		}
		sym := in.Refs[name]
		if sym == nil || seen[sym] || in.ClassSyms[sym] != nil || !enclosing(sym.Scope, c.Scope) {
			return true
		}
		seen[sym] = true
		c.Captures = append(c.Captures, sym)
		return true
	})
}

// enclosing reports whether s is a function scope that holds class scope
// cs.
func enclosing(s, cs *Scope) bool {
	if s.Kind != FuncScope {
		return false
	}
	for k := cs.Parent; k != nil; k = k.Parent {
		if k == s {
			return true
		}
	}
	return false
}

// boundOnceBefore reports whether sym is a parameter never rebound, or is
// bound once by a statement directly in its function's body (not in a
// loop or a branch) that comes before the class statement cd.
func (in *Info) boundOnceBefore(sym *Symbol, cd *ast.ClassDef) bool {
	if sym.NestedStore {
		return false
	}
	if sym.Param {
		return sym.Stores == 0
	}
	f := in.Funcs[sym.Scope.Node]
	if sym.Stores != 1 || f == nil || sym.Pos >= cd.Start() {
		return false
	}
	def, ok := f.Node.(*ast.FunctionDef)
	if !ok {
		return false
	}
	for _, st := range def.Body {
		switch st.(type) {
		case *ast.Assign, *ast.AnnAssign, *ast.FunctionDef:
			if covers(st, sym.Pos) {
				return true
			}
		}
	}
	return false
}

// covers reports whether pos is inside statement st.
func covers(st ast.Stmt, pos ast.Pos) bool {
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		if name, ok := n.(*ast.Name); ok && name.Start() == pos {
			found = true
		}
		if def, ok := n.(*ast.FunctionDef); ok && def.Start() <= pos && pos < def.Start()+ast.Pos(len("def ")+len(def.Name)+1) {
			found = true
		}
		return !found
	})
	return found
}
