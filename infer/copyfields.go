package infer

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// copy.copy(obj) of a program object makes a second object whose fields
// hold the same values: a list field is then shared by both, so it must
// be a runtime list (Field.Ref), not a Go slice the copy would split
// from the original at its next append.

// markCopiedFields sets Ref on the fields of the classes whose objects
// copy.copy copies (and of their subclasses); it reports whether it made
// a list field a runtime list, which changes types, so typing must run
// again.
func (in *Info) markCopiedFields(mod *ast.Module) bool {
	changed := false
	ast.InspectStmts(mod.Body, func(x ast.Node) bool {
		call, ok := x.(*ast.Call)
		if !ok || len(call.Args) != 1 {
			return true
		}
		// Imports are module-level in the programs py2go takes.
		if in.libraryPath(in.Module, call.Func) != "copy.copy" {
			return true
		}
		if c := in.ClassOf(in.Types[call.Args[0]]); c != nil {
			changed = in.refFields(c) || changed
		}
		return true
	})
	return changed
}

// refFields sets Ref on the fields of c and its subclasses.
func (in *Info) refFields(c *Class) bool {
	changed := false
	for _, f := range c.AllFields() {
		if f.Ref {
			continue
		}
		f.Ref = true
		if _, isList := f.Type.(*types.List); isList {
			f.Type = types.Object
			changed = true
		}
	}
	for _, sub := range c.Subclasses {
		changed = in.refFields(sub) || changed
	}
	return changed
}
