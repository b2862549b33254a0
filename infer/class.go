package infer

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Class is what inference knows of one class statement: its base, the
// instance attributes its methods assign (the fields of the Go struct), its
// methods and how they are decorated.
type Class struct {
	Def   *ast.ClassDef
	Name  string
	Scope *Scope
	// Sym is the name the class statement binds.
	Sym *Symbol
	// Base is the user-defined base class, nil when there is none.
	Base *Class
	// LibBase is the library class this class derives from
	// ("threading.Thread"), "" when none: its recognizer's entries give
	// the methods the class does not define, and the instance embeds the
	// runtime type.
	LibBase string
	// ExcBase is the builtin exception class this class derives from
	// directly ("ValueError"), "" when its base is not a builtin exception.
	ExcBase string
	// Fields are the instance attributes the class's own methods assign,
	// in order of first assignment; inherited ones live with the base.
	Fields []*Field
	fields map[string]*Field
	// Methods are the class's own methods by name, Order in source order.
	Methods map[string]*Method
	Order   []*Method
	// Subclasses are the classes that name this one as their base.
	Subclasses []*Class
	// Dataclass is set for @dataclass classes, whose annotated class
	// attributes are the fields and whose __init__ is generated.
	Dataclass bool
	// InitCalledFromSub is set when a subclass runs this class's __init__
	// through super().__init__(...), so it must exist as a method.
	InitCalledFromSub bool
}

// Field is an instance attribute.
type Field struct {
	Name  string
	Type  types.Type
	Owner *Class
	// Default is a dataclass field's default value, nil when it has none.
	Default ast.Expr
}

// MethodKind says how a method is decorated.
type MethodKind int

// The method kinds.
const (
	PlainMethod MethodKind = iota
	StaticMethod
	ClassMethod
	PropertyGetter
	PropertySetter
)

// Method is one def in a class body.
type Method struct {
	Def   *ast.FunctionDef
	Kind  MethodKind
	Owner *Class
}

// IsException reports whether instances of c are exceptions.
func (c *Class) IsException() bool {
	for k := c; k != nil; k = k.Base {
		if k.ExcBase != "" {
			return true
		}
	}
	return false
}

// Field finds an instance attribute in c or its bases.
func (c *Class) Field(name string) *Field {
	for k := c; k != nil; k = k.Base {
		if f := k.fields[name]; f != nil {
			return f
		}
	}
	return nil
}

// AllFields lists the fields of c and its bases, bases first.
func (c *Class) AllFields() []*Field {
	if c.Base == nil {
		return c.Fields
	}
	return append(c.Base.AllFields(), c.Fields...)
}

// Method finds a method (of any kind) in c or its bases.
func (c *Class) Method(name string) *Method {
	for k := c; k != nil; k = k.Base {
		if m := k.Methods[name]; m != nil {
			return m
		}
	}
	return nil
}

// Setter finds the property setter called name in c or its bases.
func (c *Class) Setter(name string) *Method {
	for k := c; k != nil; k = k.Base {
		for _, m := range k.Order {
			if m.Kind == PropertySetter && m.Def.Name == name {
				return m
			}
		}
	}
	return nil
}

// Attr finds a class attribute (a name the class body assigns) in c or
// its bases.
func (c *Class) Attr(name string) *Symbol {
	for k := c; k != nil; k = k.Base {
		if sym := k.Scope.Symbols[name]; sym != nil && k.Methods[name] == nil {
			return sym
		}
	}
	return nil
}

// Instance is the type of c's objects.
func (c *Class) Instance() types.Type {
	if c.IsException() && !c.HasState() {
		return ExceptionType
	}
	return &types.Instance{Class: c.Name, Def: c.Def}
}

// HasState reports whether c or a base has fields or methods of its own,
// beyond what a plain exception class has.
func (c *Class) HasState() bool {
	for k := c; k != nil; k = k.Base {
		if len(k.Fields) > 0 || len(k.Methods) > 0 {
			return true
		}
	}
	return false
}

// ClassOf returns the class whose instances have type t, nil when t is
// not an instance of a user class.
func (in *Info) ClassOf(t types.Type) *Class {
	if i, ok := t.(*types.Instance); ok {
		return in.Classes[i.Def.(*ast.ClassDef)]
	}
	if c, ok := t.(*types.Class); ok {
		return in.Classes[c.Def.(*ast.ClassDef)]
	}
	return nil
}

// collectClasses builds a Class for every class statement: its base, its
// methods and the fields its methods assign.
func (in *Info) collectClasses() {
	var defs []*ast.ClassDef
	for node, s := range in.Scopes {
		if cd, ok := node.(*ast.ClassDef); ok && s.Kind == ClassScope && s.Parent.Kind == ModuleScope {
			defs = append(defs, cd)
		}
	}
	for _, cd := range defs {
		s := in.Scopes[cd]
		c := &Class{Def: cd, Name: cd.Name, Scope: s, Methods: map[string]*Method{}, fields: map[string]*Field{}}
		c.Sym = s.Parent.Symbols[cd.Name]
		in.Classes[cd] = c
		in.ClassSyms[c.Sym] = c
	}
	for _, cd := range defs {
		in.classShape(in.Classes[cd])
	}
}

func (in *Info) classShape(c *Class) {
	for _, b := range c.Def.Bases {
		in.classBase(c, b)
	}
	for _, d := range c.Def.Decorators {
		if isName(d, "dataclass") || isCallOf(d, "dataclass") {
			c.Dataclass = true
		} else {
			in.Log.Errorf(d.Start(), "not supported yet: class decorator")
		}
	}
	for _, st := range c.Def.Body {
		switch n := st.(type) {
		case *ast.FunctionDef:
			if n.Name == "__hash__" {
				in.Log.Errorf(n.Start(), "not supported yet: __hash__ (objects as dict keys and set items hash by identity in Go)")
			}
			m := &Method{Def: n, Kind: methodKind(n), Owner: c}
			in.MethodDefs[n] = m
			if m.Kind != PropertySetter {
				c.Methods[n.Name] = m
			}
			c.Order = append(c.Order, m)
		case *ast.AnnAssign:
			if name, ok := n.Target.(*ast.Name); ok && c.Dataclass {
				c.addField(name.ID).Default = n.Value
			}
		}
	}
	for _, m := range c.Order {
		if m.Kind != StaticMethod && m.Kind != ClassMethod {
			in.selfFields(c, m.Def)
		}
	}
}

func (in *Info) classBase(c *Class, b ast.Expr) {
	if path := in.libraryPath(c.Scope.Parent, b); path != "" && c.Base == nil && c.LibBase == "" &&
		patterns.Lookup(path+".__init_subclass__") != nil {
		c.LibBase = path
		return
	}
	name, ok := b.(*ast.Name)
	if !ok {
		in.Log.Errorf(b.Start(), "not supported yet: a base class that is not a name")
		return
	}
	if sym := in.Lookup(c.Scope.Parent, name.ID); sym != nil {
		if base := in.ClassSyms[sym]; base != nil && c.Base == nil {
			if base.Def.Start() >= c.Def.Start() {
				// CPython raises NameError here; taking the class statement
				// that comes later as the base could make the chain a cycle.
				in.Log.Errorf(b.Start(), "not supported yet: base class '%s' that is not defined before the class", name.ID)
				return
			}
			c.Base = base
			base.Subclasses = append(base.Subclasses, c)
			return
		}
	}
	if name.ID == "object" {
		return
	}
	if e := patterns.Lookup("builtins." + name.ID); e != nil && e.AsValue != nil && c.ExcBase == "" && c.Base == nil {
		c.ExcBase = name.ID
		return
	}
	in.Log.Errorf(b.Start(), "not supported yet: base class '%s' (multiple inheritance or a library class)", name.ID)
}

func (c *Class) addField(name string) *Field {
	if f := c.Field(name); f != nil {
		return f
	}
	f := &Field{Name: name, Type: types.Unknown, Owner: c}
	c.fields[name] = f
	c.Fields = append(c.Fields, f)
	return f
}

// selfFields adds the attributes a method assigns through its first
// parameter.
func (in *Info) selfFields(c *Class, def *ast.FunctionDef) {
	all := def.Args.All()
	if len(all) == 0 {
		return
	}
	self := all[0].Name
	add := func(t ast.Expr) {
		if a, ok := t.(*ast.Attribute); ok {
			if n, ok := a.Value.(*ast.Name); ok && n.ID == self && c.Methods[a.Attr] == nil && c.Setter(a.Attr) == nil {
				c.addField(a.Attr)
			}
		}
	}
	ast.InspectStmts(def.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef, *ast.ClassDef, *ast.Lambda:
			return false
		case *ast.Assign:
			for _, t := range n.Targets {
				add(t)
				if tup, ok := t.(*ast.Tuple); ok {
					for _, el := range tup.Elts {
						add(el)
					}
				}
			}
		case *ast.AugAssign:
			add(n.Target)
		case *ast.AnnAssign:
			add(n.Target)
		}
		return true
	})
}

func methodKind(def *ast.FunctionDef) MethodKind {
	for _, d := range def.Decorators {
		switch {
		case isName(d, "staticmethod"):
			return StaticMethod
		case isName(d, "classmethod"):
			return ClassMethod
		case isName(d, "property"):
			return PropertyGetter
		}
		if a, ok := d.(*ast.Attribute); ok && a.Attr == "setter" {
			return PropertySetter
		}
	}
	return PlainMethod
}

func isName(e ast.Expr, id string) bool {
	n, ok := e.(*ast.Name)
	return ok && n.ID == id
}

func isCallOf(e ast.Expr, id string) bool {
	c, ok := e.(*ast.Call)
	return ok && isName(c.Func, id)
}

// finishClasses settles field types that stayed unknown.
func (in *Info) finishClasses() {
	for _, c := range in.Classes {
		for _, f := range c.Fields {
			f.Type = settle(f.Type)
		}
	}
}

// isUserMethod reports whether some user class defines a method called
// name, so a call obj.name(...) may be one whose arguments the method
// keeps or changes.
func (in *Info) isUserMethod(name string) bool {
	for _, c := range in.Classes {
		if c.Methods[name] != nil {
			return true
		}
	}
	return false
}

// libraryPath is the qualified name a base class expression names through
// an import (threading.Thread, or Thread after from threading import
// Thread), "" when it names nothing imported.
func (in *Info) libraryPath(s *Scope, b ast.Expr) string {
	switch n := b.(type) {
	case *ast.Name:
		if sym := in.Lookup(s, n.ID); sym != nil && sym.Import != "" {
			return sym.Import
		}
	case *ast.Attribute:
		if p := in.libraryPath(s, n.Value); p != "" {
			return p + "." + n.Attr
		}
	}
	return ""
}
