package infer

import (
	"slices"
	"sort"

	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// classDef types a class statement: the name it binds, the first
// parameter of each method (an instance, or the class for a classmethod),
// then the class body (class attributes and methods) in the class scope.
func (t *typer) classDef(n *ast.ClassDef) {
	c := t.info.Classes[n]
	if c == nil {
		return
	}
	t.setSym(c.Sym, &types.Class{Name: c.Name, Def: n})
	for _, m := range c.Order {
		f := t.info.Funcs[m.Def]
		if len(f.Params) == 0 {
			continue
		}
		switch m.Kind {
		case StaticMethod:
		case ClassMethod:
			t.setSym(f.Params[0], &types.Class{Name: c.Name, Def: n})
		default:
			t.setSym(f.Params[0], c.Instance())
		}
		t.seedDunders(c, m, f)
	}
	t.inScope(t.info.Scopes[n], t.fn, func() {
		if c.Enum != nil {
			t.enumBody(c)
		} else {
			t.body(n.Body)
		}
	})
	t.unifyOverrides(c)
	if c.Dataclass {
		t.dataclassFields(c)
	}
}

// updateField joins typ into field f's type. A list field whose name is
// read through a value of unproven type is a runtime list, which that
// read shares; so is one that threads change in place (f.Ref).
func (t *typer) updateField(f *Field, typ types.Type) {
	t.update(&f.Type, typ, t.info.dynamicAttrs[f.Name] || f.Ref)
}

// dataclassFields types a dataclass's fields from their annotations and
// defaults.
func (t *typer) dataclassFields(c *Class) {
	for _, st := range c.Def.Body {
		if a, ok := st.(*ast.AnnAssign); ok {
			if name, ok := a.Target.(*ast.Name); ok {
				if f := c.Field(name.ID); f != nil {
					if at := fieldAnnotation(a.Annotation); at != nil {
						t.updateField(f, at)
					}
					if a.Value != nil {
						t.updateField(f, t.fieldDefaultType(a.Value))
					}
				}
			}
		}
	}
}

// construct types a call of a class: the arguments bind to __init__ (or
// to a dataclass's fields) and the result is an instance.
func (t *typer) construct(ct *types.Class, n *ast.Call) types.Type {
	c := t.info.Classes[ct.Def.(*ast.ClassDef)]
	if c.Enum != nil {
		return c.Instance()
	}
	if init := c.Method("__init__"); init != nil {
		if init.Owner != c && !init.Owner.InitCalledFromSub {
			init.Owner.InitCalledFromSub = true
			t.changed = true
		}
		t.bindMethod(t.info.Funcs[init.Def], n, 1)
	} else if c.Dataclass {
		t.bindFields(c, n)
	}
	return c.Instance()
}

// bindFields binds a dataclass constructor's arguments to its fields.
func (t *typer) bindFields(c *Class, n *ast.Call) {
	fields := c.AllFields()
	for i, a := range n.Args {
		if i < len(fields) {
			t.updateField(fields[i], t.info.Types[a])
		}
	}
	for _, k := range n.Keywords {
		if f := c.Field(k.Arg); f != nil {
			t.updateField(f, t.info.Types[k.Value])
		}
	}
}

// bindMethod binds a call's arguments to a method's parameters after the
// first skip ones (the instance or class the call is made on) and returns
// the method's result type.
func (t *typer) bindMethod(f *Func, n *ast.Call, skip int) types.Type {
	f.Called = true
	params := PositionalParams(f)
	if skip > len(params) {
		skip = len(params)
	}
	params = params[skip:]
	bound := map[*Symbol]bool{}
	argTypes, spread := t.positionalTypes(n.Args)
	for i, at := range argTypes {
		if i < len(params) {
			t.setSym(params[i], at)
			bound[params[i]] = true
		}
	}
	if spread {
		// f(*xs) of a length not known may fill the rest with anything.
		for _, p := range params[min(len(argTypes), len(params)):] {
			t.setSym(p, types.Object)
			bound[p] = true
		}
	}
	for _, k := range n.Keywords {
		if sym := f.Scope.Symbols[k.Arg]; sym != nil && sym.Param {
			t.setSym(sym, t.info.Types[k.Value])
			bound[sym] = true
		}
	}
	for _, p := range f.Params[:skip] {
		bound[p] = true
	}
	if hasMapping(n) {
		// f(**kw) may fill any parameter with any value.
		for _, p := range params {
			if !bound[p] {
				t.setSym(p, types.Object)
			}
		}
	}
	t.useDefaults(f, bound)
	return f.Result
}

// hasMapping reports whether a call passes a **mapping.
func hasMapping(n *ast.Call) bool {
	for _, k := range n.Keywords {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// classMethodCall types a method call on an instance or a class, or
// through super(); it reports false when the receiver is neither.
func (t *typer) classMethodCall(n *ast.Call, attr *ast.Attribute, rt types.Type) (types.Type, bool) {
	if owner, ok := t.superClass(attr.Value); ok {
		return t.superCall(owner, n, attr), true
	}
	if l, ok := rt.(*types.List); ok {
		t.fieldListMethod(n, attr, l)
		return nil, false
	}
	c := t.info.ClassOf(rt)
	if c == nil {
		return nil, false
	}
	m := c.Method(attr.Attr)
	if m == nil && c.LibBase != "" {
		return t.libCall(c.LibBase+"."+attr.Attr, n, &types.Named{Class: c.LibBase}), true
	}
	if m == nil {
		return t.mixinCall(c, n, attr), true
	}
	f := t.info.Funcs[m.Def]
	_, onClass := rt.(*types.Class)
	skip := 1
	if m.Kind == StaticMethod || onClass && m.Kind == PlainMethod {
		skip = 0
	}
	if onClass && m.Kind == PlainMethod && m.Def.Name == "__init__" {
		m.Owner.InitCalledFromSub = true
	}
	return t.bindMethod(f, n, skip), true
}

// superClass reports whether e is super() in a method, and the class
// the method belongs to.
func (t *typer) superClass(e ast.Expr) (*Class, bool) {
	call, ok := e.(*ast.Call)
	if !ok || !isName(call.Func, "super") || len(call.Args) > 0 || t.fn == nil {
		return nil, false
	}
	if n := call.Func.(*ast.Name); t.info.Lookup(t.scope, n.ID) != nil {
		return nil, false
	}
	m := t.info.MethodDefs[t.fn.Node]
	if m == nil {
		return nil, false
	}
	t.record(call, types.Object)
	return m.Owner, true
}

// superCall types super().name(...) in a method of owner: it reaches the
// next class defining name in the MRO of each class that inherits the
// method (several, with multiple inheritance), and its arguments bind to
// each of them.
func (t *typer) superCall(owner *Class, n *ast.Call, attr *ast.Attribute) types.Type {
	if len(owner.Bases) == 0 {
		return types.None // a builtin exception's __init__ keeps the args; object's does nothing
	}
	targets := t.info.SuperTargets(owner, attr.Attr)
	if len(targets) == 0 {
		if attr.Attr == "__init__" {
			return types.None
		}
		return types.Object
	}
	var result types.Type = types.Unknown
	for _, m := range targets {
		if attr.Attr == "__init__" && !m.Owner.InitCalledFromSub {
			m.Owner.InitCalledFromSub = true
			t.changed = true
		}
		skip := 1
		if m.Kind == StaticMethod {
			skip = 0
		}
		result = types.Join(result, t.bindMethod(t.info.Funcs[m.Def], n, skip))
	}
	return result
}

// SuperTargets lists the methods super().name in a method of owner may
// reach: for each class whose MRO holds owner, the next class after owner
// in it that defines name.
func (in *Info) SuperTargets(owner *Class, name string) []*Method {
	var out []*Method
	seen := map[*Method]bool{}
	for _, k := range in.classList() {
		if m := k.Next(owner, name); m != nil && !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out
}

// classList lists the classes in source order.
func (in *Info) classList() []*Class {
	out := make([]*Class, 0, len(in.Classes))
	for _, c := range in.Classes {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Def.Start() < out[j].Def.Start() })
	return out
}

// fieldListMethod widens the element type of a list held in a field when
// append, extend or insert put something in it.
func (t *typer) fieldListMethod(call *ast.Call, attr *ast.Attribute, l *types.List) {
	field := t.fieldOf(attr.Value)
	if field == nil {
		return
	}
	var in types.Type
	switch {
	case attr.Attr == "append" && len(call.Args) == 1, attr.Attr == "insert" && len(call.Args) == 2:
		in = t.info.Types[call.Args[len(call.Args)-1]]
	case attr.Attr == "extend" && len(call.Args) == 1:
		in = types.Elem(t.info.Types[call.Args[0]])
	default:
		return
	}
	t.updateField(field, &types.List{Elem: in})
}

// fieldOf returns the field an expression such as self.items reads, or
// nil.
func (t *typer) fieldOf(e ast.Expr) *Field {
	a, ok := e.(*ast.Attribute)
	if !ok {
		return nil
	}
	if c := t.info.ClassOf(t.info.Types[a.Value]); c != nil {
		if _, isInst := t.info.Types[a.Value].(*types.Instance); isInst {
			return c.Field(a.Attr)
		}
	}
	return nil
}

// classAttribute types an attribute read of an instance or a class; it
// reports false when the value is neither.
func (t *typer) classAttribute(n *ast.Attribute, vt types.Type) (types.Type, bool) {
	if n.Attr == "__name__" && (t.isTypeOf(n.Value) || t.info.MethodName(vt) != "") {
		return types.Str, true
	}
	if vt == types.Unknown {
		return types.Unknown, true // not learned yet; a later round decides
	}
	c := t.info.ClassOf(vt)
	if c == nil {
		return nil, false
	}
	if _, isInst := vt.(*types.Instance); isInst {
		if f := c.Field(n.Attr); f != nil {
			return f.Type, true
		}
		if m := c.Method(n.Attr); m != nil && m.Kind == PropertyGetter {
			f := t.info.Funcs[m.Def]
			f.Called = true
			return f.Result, true
		}
	}
	if sym := c.Attr(n.Attr); sym != nil {
		return sym.Type, true
	}
	if m := c.Method(n.Attr); m != nil {
		if ft := methodValue(m, vt); ft != nil {
			return ft, true
		}
	}
	if c.LibBase != "" {
		return t.libValue(c.LibBase+"."+n.Attr, n), true
	}
	return t.mixinAttr(c, n), true
}

// mixinAttr types an attribute a class lacks but the classes with several
// bases that derive from it have (a mixin reading its host's fields): the
// join of their types, Object when none has it.
func (t *typer) mixinAttr(c *Class, n *ast.Attribute) types.Type {
	var out types.Type = types.Unknown
	for _, d := range t.info.MixinHosts(c) {
		if f := d.Field(n.Attr); f != nil {
			out = types.Join(out, f.Type)
		} else if sym := d.Attr(n.Attr); sym != nil {
			out = types.Join(out, sym.Type)
		}
	}
	if out == types.Unknown {
		return types.Object
	}
	return out
}

// mixinCall types a call of a method a class lacks but the classes with
// several bases deriving from it have: the arguments bind to each.
func (t *typer) mixinCall(c *Class, n *ast.Call, attr *ast.Attribute) types.Type {
	var out types.Type = types.Unknown
	for _, d := range t.info.MixinHosts(c) {
		if m := d.Method(attr.Attr); m != nil && m.Kind == PlainMethod {
			out = types.Join(out, t.bindMethod(t.info.Funcs[m.Def], n, 1))
		}
	}
	if out == types.Unknown {
		return types.Object
	}
	return out
}

// MixinHosts lists the classes with several bases whose MRO holds c.
func (in *Info) MixinHosts(c *Class) []*Class {
	var out []*Class
	for _, d := range in.classList() {
		if d != c && d.MultiBase() && slices.Contains(d.MRO(), c) {
			out = append(out, d)
		}
	}
	return out
}

// MethodName is the name of the method a method value of type t calls
// (obj.method.__name__), "" when t is not a method value.
func (in *Info) MethodName(t types.Type) string {
	if ft, ok := t.(*types.Func); ok {
		if def, ok := ft.Def.(*ast.FunctionDef); ok && in.MethodDefs[def] != nil {
			return def.Name
		}
	}
	return ""
}

// methodValue is the type of a method read as a value through an object
// or class of type recv: a bound method (obj.method, a classmethod) whose
// calls leave out the first parameter, or a plain function (a
// staticmethod, Class.method taking the object first); nil for properties.
func methodValue(m *Method, recv types.Type) *types.Func {
	_, onInst := recv.(*types.Instance)
	switch m.Kind {
	case StaticMethod:
		return &types.Func{Name: m.Def.Name, Def: m.Def}
	case ClassMethod:
		return &types.Func{Name: m.Def.Name, Def: m.Def, Bound: true}
	case PlainMethod:
		return &types.Func{Name: m.Def.Name, Def: m.Def, Bound: onInst}
	}
	return nil
}

// assignAttr records a store into an attribute of an instance (a field or
// a property setter) or of a class (a class attribute).
func (t *typer) assignAttr(n *ast.Attribute, vt types.Type) {
	ot := t.expr(n.Value)
	if ot == types.Object {
		// obj.x = v on an object of unproven class (setattr by name) may
		// store into the field x of any class.
		for _, c := range t.info.Classes {
			if f := c.Field(n.Attr); f != nil {
				t.updateField(f, vt)
			}
		}
		if t.info.DynamicStores == nil {
			t.info.DynamicStores = map[string]bool{}
		}
		t.info.DynamicStores[n.Attr] = true
		t.record(n, types.Object)
		return
	}
	c := t.info.ClassOf(ot)
	if c == nil {
		return
	}
	if _, isInst := ot.(*types.Instance); isInst {
		if f := c.Field(n.Attr); f != nil {
			t.updateField(f, vt)
			t.record(n, f.Type)
			return
		}
		if m := c.Setter(n.Attr); m != nil {
			f := t.info.Funcs[m.Def]
			f.Called = true
			if len(f.Params) == 2 {
				t.setSym(f.Params[1], vt)
				t.record(n, f.Params[1].Type)
			}
			return
		}
	}
	if sym := c.Attr(n.Attr); sym != nil {
		t.setSym(sym, vt)
		t.record(n, sym.Type)
	}
}

// unifyOverrides gives a method and the base method it overrides the same
// parameter and result types, so that a call through the base's methods
// can reach either one with one Go signature.
func (t *typer) unifyOverrides(c *Class) {
	if c.MultiBase() {
		t.unifyMRO(c)
		return
	}
	if c.Base == nil {
		return
	}
	for _, sym := range c.Scope.Order {
		if bs := c.Base.Attr(sym.Name); bs != nil && c.Methods[sym.Name] == nil {
			t.setSym(sym, bs.Type)
			t.setSym(bs, sym.Type)
		}
	}
	for _, m := range c.Order {
		t.unifyMethods(m, c.Base.Method(m.Def.Name))
	}
}

// unifyMRO unifies, for a class with several bases, every method of its
// MRO with the one the class's objects use under that name, since the
// class's Go struct has them all as methods and they call each other
// through self.
func (t *typer) unifyMRO(c *Class) {
	for _, k := range c.MRO() {
		for _, m := range k.Order {
			t.unifyMethods(c.Method(m.Def.Name), m)
		}
	}
}

// unifyMethods gives method m and the method bm it overrides the same
// parameter and result types.
func (t *typer) unifyMethods(m, bm *Method) {
	if m == nil || bm == nil || m == bm || bm.Kind != m.Kind || m.Def.Name == "__init__" || m.Kind == StaticMethod || m.Kind == ClassMethod {
		return
	}
	f, bf := t.info.Funcs[m.Def], t.info.Funcs[bm.Def]
	if len(f.Params) != len(bf.Params) {
		return
	}
	for i := 1; i < len(f.Params); i++ {
		t.setSym(f.Params[i], bf.Params[i].Type)
		t.setSym(bf.Params[i], f.Params[i].Type)
	}
	if f.Called || bf.Called {
		f.Called, bf.Called = true, true
	}
	t.update(&f.Result, bf.Result, false)
	t.update(&bf.Result, f.Result, false)
}

// fieldAnnotation is the type a dataclass field's annotation gives:
// int, float, str, bool, list and list[T]; nil for anything else.
func fieldAnnotation(e ast.Expr) types.Type {
	if at := annotationType(e); at != nil {
		return at
	}
	switch n := e.(type) {
	case *ast.Name:
		if n.ID == "list" {
			return &types.List{Elem: types.Unknown}
		}
	case *ast.Subscript:
		if isName(n.Value, "list") {
			if et := fieldAnnotation(n.Slice); et != nil {
				return &types.List{Elem: et}
			}
		}
	}
	return nil
}

// fieldDefaultType is the type of a dataclass field's default: the value,
// or field(default=v), or an empty list for field(default_factory=list).
func (t *typer) fieldDefaultType(v ast.Expr) types.Type {
	call, ok := v.(*ast.Call)
	if !ok || !(isName(call.Func, "field") || isAttr(call.Func, "field")) {
		return t.expr(v)
	}
	for _, k := range call.Keywords {
		switch k.Arg {
		case "default":
			return t.expr(k.Value)
		case "default_factory":
			if isName(k.Value, "list") {
				return &types.List{Elem: types.Unknown}
			}
			return types.Object
		}
	}
	return types.Unknown
}

func isAttr(e ast.Expr, attr string) bool {
	a, ok := e.(*ast.Attribute)
	return ok && a.Attr == attr
}

// handlerType is what `except C as e` binds: an instance of C when C is an
// exception class with attributes or methods, the exception otherwise.
func (t *typer) handlerType(h *ast.ExceptHandler) types.Type {
	if ct, ok := t.info.Types[h.Type].(*types.Class); ok {
		if c := t.info.ClassOf(ct); c != nil && c.IsException() && c.HasState() {
			return c.Instance()
		}
	}
	return ExceptionType
}

// positionalTypes lists the types of a call's positional arguments, a
// starred tuple of known length (f(*t), t = ("a", 1)) giving one per item.
// spread reports a starred argument of a length not known, which ends
// the list.
func (t *typer) positionalTypes(args []ast.Expr) (out []types.Type, spread bool) {
	for _, a := range args {
		s, star := a.(*ast.Starred)
		if !star {
			out = append(out, t.info.Types[a])
			continue
		}
		tup, ok := t.info.Types[s.Value].(*types.Tuple)
		if !ok {
			return out, true
		}
		out = append(out, tup.Elems...)
	}
	return out, false
}
