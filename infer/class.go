package infer

import (
	"sort"
	"strings"

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
	// Base is the user-defined base class, nil when there is none or when
	// there are several (then Bases lists them and the Go struct embeds
	// none: see MRO).
	Base *Class
	// Bases are the user-defined base classes in the order the class
	// statement lists them.
	Bases []*Class
	// Derived are the classes with several bases that list this one.
	Derived []*Class
	mro     []*Class
	// LibBase is the library class this class derives from
	// ("threading.Thread"), "" when none: its recognizer's entries give
	// the methods the class does not define, and the instance embeds the
	// runtime type.
	LibBase string
	// ExcBase is the builtin exception class this class derives from
	// directly ("ValueError"), "" when its base is not a builtin exception.
	ExcBase string
	// ExcMore are the builtin exception classes among its other bases
	// (class NotFound(AppError, KeyError)).
	ExcMore []string
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
	// DataclassNoEq is set by @dataclass(eq=False): objects compare by
	// identity. DataclassUnhashable is set for a dataclass whose
	// decorator sets __hash__ to None (eq without frozen or unsafe_hash).
	DataclassNoEq, DataclassUnhashable bool
	// DataclassFrozen is set by @dataclass(frozen=True).
	DataclassFrozen bool
	// ThreadLocal is set for a subclass of threading.local: each thread
	// sees its own object (emit/threadlocal.go).
	ThreadLocal bool
	// InitCalledFromSub is set when a subclass runs this class's __init__
	// through super().__init__(...), so it must exist as a method.
	InitCalledFromSub bool
	// Func is the function whose body defines the class, nil for a class
	// of the module (class_local.go).
	Func *Func
	// Captures are the variables of enclosing functions its methods read,
	// in order of first use.
	Captures []*Symbol
	// Enum is set for an enum class (enum.go): its members and kind.
	Enum *EnumClass
}

// Field is an instance attribute.
type Field struct {
	Name  string
	Type  types.Type
	Owner *Class
	// Default is a dataclass field's default value, nil when it has none.
	Default ast.Expr
	// At is where a method first assigns it.
	At ast.Pos
	// Shared is set when threads touch the field and the program assigns
	// it after __init__: the emitter keeps it in a runtime Shared
	// (threadfields.go).
	Shared bool
	// Ref is set when threads touch the field and the program changes
	// its value in place, or when copy.copy shares it between objects: a
	// list it holds is a runtime list.
	Ref bool
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
	for _, k := range c.MRO() {
		if k.ExcBase != "" {
			return true
		}
	}
	return false
}

// MultiBase reports whether c has several user-defined bases, or derives
// from a class that has: its Go struct then holds the fields of its whole
// MRO and has the methods of its MRO as methods of its own, since Go's
// embedding cannot share one base between two paths (a diamond) or
// follow Python's MRO.
func (c *Class) MultiBase() bool {
	return len(c.Bases) > 1 || len(c.Bases) == 1 && c.Bases[0].MultiBase()
}

// MRO is c's method resolution order, c first, computed by C3
// linearization as Python does; nil when the bases admit none.
func (c *Class) MRO() []*Class {
	if c.mro == nil {
		c.mro = c3(c)
	}
	return c.mro
}

// c3 merges the MROs of c's bases and the list of bases, taking each time
// the first head that is in no other list's tail.
func c3(c *Class) []*Class {
	if len(c.Bases) == 0 {
		return []*Class{c}
	}
	var seqs [][]*Class
	for _, b := range c.Bases {
		seqs = append(seqs, append([]*Class{}, b.MRO()...))
	}
	seqs = append(seqs, append([]*Class{}, c.Bases...))
	out := []*Class{c}
	for {
		var live [][]*Class
		for _, s := range seqs {
			if len(s) > 0 {
				live = append(live, s)
			}
		}
		if len(live) == 0 {
			return out
		}
		head := c3Head(live)
		if head == nil {
			return nil
		}
		out = append(out, head)
		for i, s := range live {
			if s[0] == head {
				live[i] = s[1:]
			}
		}
		seqs = live
	}
}

// c3Head is the first head of seqs that is in no tail, nil when there is
// none.
func c3Head(seqs [][]*Class) *Class {
	for _, s := range seqs {
		inTail := false
		for _, t := range seqs {
			for _, k := range t[1:] {
				inTail = inTail || k == s[0]
			}
		}
		if !inTail {
			return s[0]
		}
	}
	return nil
}

// Next is the class after after in c's MRO that defines method name (what
// super().name reaches from a method of after on an object of class c), nil
// when none does.
func (c *Class) Next(after *Class, name string) *Method {
	mro := c.MRO()
	for i, k := range mro {
		if k != after {
			continue
		}
		for _, n := range mro[i+1:] {
			if m := n.Methods[name]; m != nil {
				return m
			}
		}
	}
	return nil
}

// Field finds an instance attribute in c or its bases.
func (c *Class) Field(name string) *Field {
	for _, k := range c.MRO() {
		if f := k.fields[name]; f != nil {
			return f
		}
	}
	return nil
}

// AllFields lists the fields of c and its bases, bases first, each name
// once.
func (c *Class) AllFields() []*Field {
	mro := c.MRO()
	var out []*Field
	seen := map[string]bool{}
	for i := len(mro) - 1; i >= 0; i-- {
		for _, f := range mro[i].Fields {
			if !seen[f.Name] {
				seen[f.Name] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// Method finds a method (of any kind) in c or its bases.
func (c *Class) Method(name string) *Method {
	for _, k := range c.MRO() {
		if m := k.Methods[name]; m != nil {
			return m
		}
	}
	return nil
}

// Setter finds the property setter called name in c or its bases.
func (c *Class) Setter(name string) *Method {
	for _, k := range c.MRO() {
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
	for _, k := range c.MRO() {
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
	for _, k := range c.MRO() {
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
		if cd, ok := node.(*ast.ClassDef); ok && s.Kind == ClassScope && (s.Parent.Kind == ModuleScope || s.Parent.Kind == FuncScope) {
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
	sort.Slice(defs, func(i, j int) bool { return defs[i].Start() < defs[j].Start() })
	for _, cd := range defs {
		in.classBases(in.Classes[cd])
	}
	for _, cd := range defs {
		in.classShape(in.Classes[cd])
	}
}

// classBases records c's bases; a class with several user-defined bases
// gets Python's MRO instead of an embedded Base.
func (in *Info) classBases(c *Class) {
	if in.enumMixin(c) {
		return
	}
	for _, b := range c.Def.Bases {
		in.classBase(c, b)
	}
	if len(c.ExcMore) > 0 && !c.IsException() {
		in.Log.Errorf(c.Def.Start(), "not supported yet: an exception class with a base that is not an exception")
	}
	if !c.MultiBase() {
		return
	}
	first := c.Bases[0]
	first.Subclasses = first.Subclasses[:len(first.Subclasses)-1]
	c.Base = nil
	for _, b := range c.Bases {
		b.Derived = append(b.Derived, c)
	}
	if c.MRO() == nil {
		names := make([]string, len(c.Bases))
		for i, b := range c.Bases {
			names[i] = b.Name
		}
		in.Log.Errorf(c.Def.Start(), "Cannot create a consistent method resolution order (MRO) for bases %s", strings.Join(names, ", "))
		c.Bases = c.Bases[:1]
		c.mro = nil
	}
	if c.LibBase != "" || c.ExcBase != "" {
		in.Log.Errorf(c.Def.Start(), "not supported yet: several bases together with a library or exception class")
	}
	for _, b := range c.Bases {
		if !b.IsException() && c.IsException() {
			in.Log.Errorf(c.Def.Start(), "not supported yet: an exception class with a base that is not an exception (%s)", b.Name)
		}
	}
}

func (in *Info) classShape(c *Class) {
	for _, d := range c.Def.Decorators {
		if c.Enum != nil && in.libraryPath(c.Scope.Parent, d) == "enum.unique" {
			c.Enum.Unique = true
		} else if flags, ok := dataclassDecorator(d, in.Log.Errorf); ok {
			c.Dataclass = true
			c.DataclassNoEq = !flags.eq
			c.DataclassFrozen = flags.frozen
			c.DataclassUnhashable = flags.eq && !flags.frozen && !flags.unsafeHash
		} else {
			in.Log.Errorf(d.Start(), "not supported yet: class decorator")
		}
	}
	if c.Enum != nil {
		in.enumShape(c)
	}
	for _, st := range c.Def.Body {
		switch n := st.(type) {
		case *ast.FunctionDef:
			if why, ok := refusedDunders[n.Name]; ok {
				in.Log.Errorf(n.Start(), "not supported yet: %s (%s)", n.Name, why)
			}
			m := &Method{Def: n, Kind: methodKind(n), Owner: c}
			in.MethodDefs[n] = m
			if m.Kind != PropertySetter {
				c.Methods[n.Name] = m
			}
			c.Order = append(c.Order, m)
		case *ast.AnnAssign:
			if name, ok := n.Target.(*ast.Name); ok && c.Dataclass && !IsClassVar(n.Annotation) {
				c.addField(name.ID).Default = n.Value
			}
		}
	}
	for _, m := range c.Order {
		if m.Kind != StaticMethod && m.Kind != ClassMethod {
			in.selfFields(c, m.Def)
		}
	}
	in.checkShadowing(c)
}

// checkShadowing refuses an instance attribute that shadows a class
// attribute unless __init__ always sets it: before that store Python reads
// the class attribute through the instance, which a Go field cannot do.
func (in *Info) checkShadowing(c *Class) {
	initSets := map[string]bool{}
	if init := c.Methods["__init__"]; init != nil && len(init.Def.Args.All()) > 0 {
		self := init.Def.Args.All()[0].Name
		for _, st := range init.Def.Body {
			if a, ok := st.(*ast.Assign); ok && len(a.Targets) == 1 {
				if attr, ok := a.Targets[0].(*ast.Attribute); ok && isName(attr.Value, self) {
					initSets[attr.Attr] = true
				}
			}
		}
	}
	for _, f := range c.Fields {
		if sym := c.Attr(f.Name); sym != nil && !c.Dataclass && !initSets[f.Name] && sym.Scope != nil && sym.Scope.Kind == ClassScope {
			in.Log.Errorf(f.At, "not supported yet: instance attribute '%s' shadowing the class attribute of that name (set it in __init__)", f.Name)
		}
	}
}

func (in *Info) classBase(c *Class, b ast.Expr) {
	if in.enumBase(c, b) {
		return
	}
	if in.libraryPath(c.Scope.Parent, b) == "threading.local" && c.Base == nil && c.LibBase == "" {
		c.ThreadLocal = true
		return
	}
	if path := in.libraryPath(c.Scope.Parent, b); path != "" && c.Base == nil && c.LibBase == "" &&
		patterns.Lookup(path+".__init_subclass__") != nil {
		c.LibBase = path
		return
	}
	name, ok := b.(*ast.Name)
	if path := in.libraryPath(c.Scope.Parent, b); !ok && path != "" {
		in.Log.Errorf(b.Start(), "not supported yet: a subclass of the library class %s", path)
		return
	}
	if !ok {
		in.Log.Errorf(b.Start(), "not supported yet: a base class that is not a name")
		return
	}
	if sym := in.Lookup(c.Scope.Parent, name.ID); sym != nil {
		if base := in.ClassSyms[sym]; base != nil {
			if base.Enum != nil {
				in.Log.Errorf(b.Start(), "not supported yet: a subclass of the enum class '%s'", name.ID)
				return
			}
			if base.Def.Start() >= c.Def.Start() {
				// CPython raises NameError here; taking the class statement
				// that comes later as the base could make the chain a cycle.
				in.Log.Errorf(b.Start(), "not supported yet: base class '%s' that is not defined before the class", name.ID)
				return
			}
			if c.Base == nil && len(c.Bases) == 0 {
				c.Base = base
				base.Subclasses = append(base.Subclasses, c)
			}
			c.Bases = append(c.Bases, base)
			return
		}
	}
	if name.ID == "object" {
		return
	}
	if e := patterns.Lookup("builtins." + name.ID); e != nil && e.AsValue != nil {
		if c.ExcBase == "" && c.Base == nil {
			c.ExcBase = name.ID
		} else {
			c.ExcMore = append(c.ExcMore, name.ID)
		}
		return
	}
	in.Log.Errorf(b.Start(), "not supported yet: base class '%s' (multiple inheritance or a library class)", name.ID)
}

// refusedDunders are the special methods a Go struct cannot honour, and
// why: Python calls them where Go code reaches fields and methods
// directly.
var refusedDunders = map[string]string{
	"__getattr__":       "attributes computed by name at run time",
	"__getattribute__":  "attributes computed by name at run time",
	"__setattr__":       "attribute stores intercepted at run time",
	"__delattr__":       "attribute deletion intercepted at run time",
	"__new__":           "objects made by a method of their own",
	"__del__":           "finalizers run when CPython frees the object",
	"__get__":           "descriptors",
	"__set__":           "descriptors",
	"__delete__":        "descriptors",
	"__set_name__":      "descriptors",
	"__init_subclass__": "hooks run when a subclass is created",
	"__class_getitem__": "generic classes",
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
				if f := c.addField(a.Attr); f.At == 0 {
					f.At = a.Start()
				}
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
