package infer

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/diag"
)

// Abstract base classes (class Base(ABC), metaclass=ABCMeta, with
// @abstractmethod methods) are rewritten, before anything else looks at
// the program, into the plain classes they are once their subclasses
// implement the methods: the ABC base, the metaclass and the decorators
// go. What the abc machinery adds is the TypeError on instantiating a
// class whose abstract methods are not all implemented; a call of such a
// class by name is reported instead.

// desugarABC rewrites the abstract base classes of mod.
func desugarABC(mod *ast.Module, log *diag.Log) {
	abcNames, abcModules := importedAs(mod, "abc", "ABC")
	metaNames, _ := importedAs(mod, "abc", "ABCMeta")
	absNames, _ := importedAs(mod, "abc", "abstractmethod")
	if len(abcNames) == 0 && len(abcModules) == 0 && len(metaNames) == 0 && len(absNames) == 0 {
		return
	}
	isAbstract := func(d ast.Expr) bool {
		return isImported(d, absNames, abcModules, "abstractmethod")
	}
	classes := map[string]*ast.ClassDef{}
	abstract := map[*ast.ClassDef][]string{} // the abstract methods each class declares
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		c, ok := n.(*ast.ClassDef)
		if !ok {
			return true
		}
		classes[c.Name] = c
		var bases []ast.Expr
		for _, b := range c.Bases {
			if !isImported(b, abcNames, abcModules, "ABC") {
				bases = append(bases, b)
			}
		}
		c.Bases = bases
		var kws []*ast.Keyword
		for _, k := range c.Keywords {
			if k.Arg != "metaclass" || !isImported(k.Value, metaNames, abcModules, "ABCMeta") {
				kws = append(kws, k)
			}
		}
		c.Keywords = kws
		for _, st := range c.Body {
			if def, ok := st.(*ast.FunctionDef); ok {
				var decs []ast.Expr
				for _, d := range def.Decorators {
					if isAbstract(d) {
						abstract[c] = append(abstract[c], def.Name)
					} else {
						decs = append(decs, d)
					}
				}
				def.Decorators = decs
			}
		}
		return true
	})
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.Call)
		if !ok {
			return true
		}
		name, ok := call.Func.(*ast.Name)
		if !ok {
			return true
		}
		if c := classes[name.ID]; c != nil {
			if missing := unimplemented(c, classes, abstract); missing != "" {
				log.Errorf(call.Start(), "not supported yet: instantiating abstract class %s, whose method %s is abstract (TypeError in Python)", c.Name, missing)
			}
		}
		return true
	})
}

// unimplemented names an abstract method of c or its bases that neither
// c nor a base closer to it defines; "" when there is none.
func unimplemented(c *ast.ClassDef, classes map[string]*ast.ClassDef, abstract map[*ast.ClassDef][]string) string {
	defined := map[string]bool{}
	var walk func(k *ast.ClassDef, depth int) string
	walk = func(k *ast.ClassDef, depth int) string {
		if depth > 50 {
			return ""
		}
		isAbs := map[string]bool{}
		for _, m := range abstract[k] {
			isAbs[m] = true
			if !defined[m] {
				return m
			}
		}
		for _, st := range k.Body {
			if def, ok := st.(*ast.FunctionDef); ok && !isAbs[def.Name] {
				defined[def.Name] = true
			}
		}
		for _, b := range k.Bases {
			if bn, ok := b.(*ast.Name); ok && classes[bn.ID] != nil {
				if m := walk(classes[bn.ID], depth+1); m != "" {
					return m
				}
			}
		}
		return ""
	}
	return walk(c, 0)
}
