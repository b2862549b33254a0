package emit

import (
	"slices"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Objects whose class inference does not prove (a list holding objects of
// several classes) travel as Objects; the runtime's GetAttr, CallMethod
// and TypeName reach them through PyGetAttr, PyMethod and PyTypeName,
// which classes get when the program has such objects.

// needDynamic reports whether the program reads attributes of values of
// unknown type or asks for type names, so classes need their dynamic
// methods.
func (e *emitter) needDynamic() bool {
	if e.classes.dynamic != 0 {
		return e.classes.dynamic > 0
	}
	e.classes.dynamic = -1
	operators := false
	for _, c := range e.info.Classes {
		if c.MultiBase() {
			e.classes.dynamic = 1 // mixins reach their hosts' members by name
		}
		for _, name := range []string{"__add__", "__radd__", "__sub__", "__rsub__"} {
			operators = operators || c.Methods[name] != nil
		}
	}
	if operators && e.dynamicArith() {
		e.classes.dynamic = 1 // sum() and + on Objects reach them by name
	}
	for x := range e.info.Types {
		switch x := x.(type) {
		case *ast.Attribute:
			if vt := e.info.TypeOf(x.Value); vt == types.Object || isNamedError(vt) {
				e.classes.dynamic = 1
			}
		case *ast.Call:
			if e.isBuiltin(x.Func, "type") || e.isBuiltin(x.Func, "isinstance") {
				e.classes.dynamic = 1
			}
			// A method of a class called on an Object is found by name
			// (CallMethod).
			if attr, ok := x.Func.(*ast.Attribute); ok && e.info.TypeOf(attr.Value) == types.Object &&
				!e.isSuper(attr.Value) && e.anyClassMethod(attr.Attr) {
				e.classes.dynamic = 1
			}
		}
	}
	return e.classes.dynamic > 0
}

// anyClassMethod reports whether a class of the program has a method
// called name.
func (e *emitter) anyClassMethod(name string) bool {
	for _, c := range e.info.Classes {
		if c.Method(name) != nil {
			return true
		}
	}
	return false
}

// isSuper reports whether x is a super() call, whose methods are
// resolved statically.
func (e *emitter) isSuper(x ast.Expr) bool {
	call, ok := x.(*ast.Call)
	return ok && e.isBuiltin(call.Func, "super")
}

// dynamicArith reports whether the program adds or subtracts values of
// unproven type, or calls sum(), which may reach a class's __add__.
func (e *emitter) dynamicArith() bool {
	for x := range e.info.Types {
		switch x := x.(type) {
		case *ast.BinOp:
			if (x.Op == ast.Add || x.Op == ast.Sub) &&
				(e.info.TypeOf(x.Left) == types.Object || e.info.TypeOf(x.Right) == types.Object) {
				return true
			}
		case *ast.Call:
			if e.isBuiltin(x.Func, "sum") {
				return true
			}
		}
	}
	return false
}

// dynamicMethods emits PyTypeName, PyGetAttr and PyMethod for c.
func (e *emitter) dynamicMethods(c *infer.Class) []jen.Code {
	if !e.needDynamic() {
		return nil
	}
	name := e.classes.typ[c]
	recv := recvName(c)
	self := func() *jen.Statement { return jen.Func().Params(jen.Id(recv).Op("*").Id(name)) }
	obj := patterns.Rt("Object")
	out := []jen.Code{
		self().Id("PyTypeName").Params().String().Block(jen.Return(jen.Lit(c.Name))),
		jen.Comment("PyGetAttr and PyMethod let code that does not know an object's class use a "+name+".").Line().
			Add(self()).Id("PyGetAttr").Params(jen.Id("name").String()).Params(obj, jen.Bool()).Block(
			e.dispatch(c, e.attrCases(c), jen.Id(recv).Dot(e.baseName(c)).Dot("PyGetAttr").Call(jen.Id("name")))...),
		self().Id("PyMethod").Params(jen.Id("name").String(), jen.Id("args").Index().Add(obj)).Params(obj, jen.Bool()).Block(
			e.dispatch(c, e.methodCases(c), jen.Id(recv).Dot(e.baseName(c)).Dot("PyMethod").Call(jen.Id("name"), jen.Id("args")))...),
	}
	if e.setsAttrsByName() {
		out = append(out, self().Id("PySetAttr").Params(jen.Id("name").String(), jen.Id("value").Add(obj)).Bool().Block(
			e.setDispatch(c, e.setAttrCases(c), jen.Id(recv).Dot(e.baseName(c)).Dot("PySetAttr").Call(jen.Id("name"), jen.Id("value")))...))
	}
	return out
}

// setsAttrsByName reports whether the program assigns an attribute of a
// value of unproven type (py.SetAttr), which reaches the class's fields
// through PySetAttr.
func (e *emitter) setsAttrsByName() bool {
	for name := range e.info.DynamicStores {
		if e.anyClassField(name) {
			return true
		}
	}
	return false
}

// anyClassField reports whether a class of the program has a field
// called name.
func (e *emitter) anyClassField(name string) bool {
	for _, c := range e.info.Classes {
		if c.Field(name) != nil {
			return true
		}
	}
	return false
}

// setDispatch is dispatch for PySetAttr: a switch on name over cases,
// falling back to the base's PySetAttr or to false.
func (e *emitter) setDispatch(c *infer.Class, cases []jen.Code, base jen.Code) []jen.Code {
	var out []jen.Code
	if len(cases) > 0 {
		out = append(out, jen.Switch(jen.Id("name")).Block(cases...))
	}
	if c.Base != nil && !e.isPlainException(c.Base) && !c.MultiBase() {
		return append(out, jen.Return(base))
	}
	return append(out, jen.Return(jen.False()))
}

// setAttrCases store value, converted to each field's type, into the
// field its name names.
func (e *emitter) setAttrCases(c *infer.Class) []jen.Code {
	recv := jen.Id(recvName(c))
	fields := c.Fields
	if c.MultiBase() {
		fields = c.AllFields()
	}
	var cases []jen.Code
	for _, f := range fields {
		value := e.setAttrValue(f.Type)
		cases = append(cases, jen.Case(jen.Lit(f.Name)).Block(
			e.fieldStore(jen.Add(recv), f, e.classes.members[c][f.Name], value), jen.Return(jen.True())))
	}
	return cases
}

func (e *emitter) baseName(c *infer.Class) string {
	if c.Base == nil && c.LibBase != "" {
		gt, _ := patterns.TypeOf(c.LibBase)
		return gt.Name // the embedded runtime value (Thread, Process)
	}
	if c.Base == nil {
		return ""
	}
	return e.classes.typ[c.Base]
}

// dispatch is a switch on name over cases, falling back to the base's
// method or to "not found".
func (e *emitter) dispatch(c *infer.Class, cases []jen.Code, base jen.Code) []jen.Code {
	var out []jen.Code
	if len(cases) > 0 {
		out = append(out, jen.Switch(jen.Id("name")).Block(cases...))
	}
	if c.Base != nil && !e.isPlainException(c.Base) || c.Base == nil && c.LibBase != "" {
		return append(out, jen.Return(base))
	}
	// No base, or a plain exception class the struct does not embed.
	return append(out, jen.Return(jen.Nil(), jen.False()))
}

func (e *emitter) attrCases(c *infer.Class) []jen.Code {
	recv := jen.Id(recvName(c))
	var cases []jen.Code
	fields := c.Fields
	if c.MultiBase() {
		fields = c.AllFields()
	}
	isField := map[string]bool{}
	for _, f := range fields {
		isField[f.Name] = true
		cases = append(cases, jen.Case(jen.Lit(f.Name)).Block(
			jen.Return(e.fieldValue(jen.Add(recv), f, e.classes.members[c][f.Name]), jen.True())))
	}
	for _, m := range e.ownMethods(c) {
		var value jen.Code
		switch {
		case m.Kind == infer.PropertyGetter:
			value = jen.Add(recv).Dot(methodGoName(m)).Call()
		case m.Kind == infer.StaticMethod || m.Kind == infer.ClassMethod:
			value = jen.Id(e.classes.members[m.Owner][m.Def.Name])
		case m.Kind == infer.PlainMethod && m.Def.Name != "__init__":
			value = jen.Add(recv).Dot(e.mroName(c, m)) // a bound method
		default:
			continue
		}
		cases = append(cases, jen.Case(jen.Lit(m.Def.Name)).Block(jen.Return(value, jen.True())))
	}
	for _, k := range e.ownClasses(c) {
		for _, sym := range k.Scope.Order {
			// An instance field (a dataclass's `id: int`) shadows the
			// class attribute of the same name.
			if _, ok := e.classes.attrs[sym]; ok && c.Attr(sym.Name) == sym && !isField[sym.Name] {
				cases = append(cases, jen.Case(jen.Lit(sym.Name)).Block(jen.Return(e.classAttrValue(sym), jen.True())))
			}
		}
	}
	return cases
}

// ownClasses lists the classes whose members c's dynamic methods list
// themselves: c, or its whole MRO for a class with several bases, which
// has no embedded base to defer to.
func (e *emitter) ownClasses(c *infer.Class) []*infer.Class {
	if c.MultiBase() {
		return c.MRO()
	}
	return []*infer.Class{c}
}

// ownMethods lists the methods c's dynamic methods list themselves: c's
// own, or each one its MRO gives its objects.
func (e *emitter) ownMethods(c *infer.Class) []*infer.Method {
	if !c.MultiBase() {
		return c.Order
	}
	var out []*infer.Method
	for _, k := range c.MRO() {
		for _, m := range k.Order {
			if m.Kind != infer.PropertySetter && c.Method(m.Def.Name) == m {
				out = append(out, m)
			}
		}
	}
	return out
}

func (e *emitter) methodCases(c *infer.Class) []jen.Code {
	recv := jen.Id(recvName(c))
	var cases []jen.Code
	for _, m := range e.ownMethods(c) {
		if m.Kind != infer.PlainMethod || m.Def.Name == "__init__" || m.Def.Args.Vararg != nil || m.Def.Args.Kwarg != nil {
			continue
		}
		f := e.info.Funcs[m.Def]
		if len(f.Params) == 0 {
			continue
		}
		params := f.Params[1:]
		min := len(params)
		var args []jen.Code
		for i, p := range params {
			arg := jen.Id("args").Index(jen.Lit(i))
			if d, ok := f.Defaults[p].(*ast.Constant); ok {
				if i < min {
					min = i
				}
				arg = patterns.Rt("Arg").Call(jen.Id("args"), jen.Lit(i), e.ExprAs(d, types.Object))
			}
			args = append(args, e.fromObject(arg, p.Type))
		}
		call := jen.Add(recv).Dot(e.mroName(c, m)).Call(args...)
		check := patterns.Rt("CheckArgs").Call(jen.Lit(m.Def.Name), jen.Id("args"), jen.Lit(min), jen.Lit(len(params)))
		var body []jen.Code
		if f.Result == types.None {
			body = []jen.Code{check, call, jen.Return(jen.Nil(), jen.True())}
		} else {
			body = []jen.Code{check, jen.Return(call, jen.True())}
		}
		cases = append(cases, jen.Case(jen.Lit(m.Def.Name)).Block(body...))
	}
	return cases
}

// classBuiltinCall emits isinstance and issubclass against user classes;
// it reports false for other calls.
func (e *emitter) classBuiltinCall(n *ast.Call) (jen.Code, bool) {
	if len(n.Args) != 2 || len(n.Keywords) > 0 {
		return nil, false
	}
	if code, ok := e.excSubclass(n); ok {
		return code, true
	}
	classes, ok := e.classArgs(n.Args[1])
	if !ok {
		return nil, false
	}
	switch {
	case e.isBuiltin(n.Func, "isinstance"):
		return e.isInstance(n.Args[0], classes), true
	case e.isBuiltin(n.Func, "issubclass"):
		sub := e.info.ClassOf(e.info.TypeOf(n.Args[0]))
		if _, isClass := e.info.TypeOf(n.Args[0]).(*types.Class); !isClass || sub == nil {
			e.log.Unsupported(n.Start(), "issubclass of a value that is not a class")
			return jen.Nil(), true
		}
		for _, c := range classes {
			if derives(sub, c) {
				return jen.True(), true
			}
		}
		return jen.False(), true
	}
	return nil, false
}

// excSubclass emits issubclass(E, bases) for exception classes, whose
// runtime classes know their bases; it reports false for other calls.
func (e *emitter) excSubclass(n *ast.Call) (jen.Code, bool) {
	if !e.isBuiltin(n.Func, "issubclass") {
		return nil, false
	}
	sub, ok := e.excClass(n.Args[0])
	if !ok {
		return nil, false
	}
	elts := []ast.Expr{n.Args[1]}
	if t, isTuple := n.Args[1].(*ast.Tuple); isTuple {
		elts = t.Elts
	}
	var tests []jen.Code
	for _, el := range elts {
		base, ok := e.excClass(el)
		if !ok {
			return nil, false
		}
		tests = append(tests, jen.Add(sub).Dot("IsSubclass").Call(base))
	}
	return joinOr(tests), true
}

// excClass emits the runtime class of an exception class expression: a
// builtin one or a user one; false for anything else.
func (e *emitter) excClass(x ast.Expr) (jen.Code, bool) {
	switch t := e.info.TypeOf(x).(type) {
	case *types.Module:
		if patterns.IsExceptionClass(t.Path) {
			return e.Expr(x), true
		}
	case *types.Class:
		if c := e.info.ClassOf(t); c != nil && c.IsException() {
			return jen.Id(e.classVar(c)), true
		}
	}
	return nil, false
}

// classArgs returns the user classes named by a class or a tuple of
// classes, and false when x names anything else.
func (e *emitter) classArgs(x ast.Expr) ([]*infer.Class, bool) {
	elts := []ast.Expr{x}
	if t, ok := x.(*ast.Tuple); ok {
		elts = t.Elts
	}
	var out []*infer.Class
	for _, el := range elts {
		ct, ok := e.info.TypeOf(el).(*types.Class)
		if !ok {
			return nil, false
		}
		out = append(out, e.info.ClassOf(ct))
	}
	return out, true
}

func derives(c, base *infer.Class) bool {
	for _, k := range c.MRO() {
		if k == base {
			return true
		}
	}
	return false
}

// isInstance tests x against classes: statically when x's class is
// proven, by a type test for each class (and its subclasses) otherwise.
func (e *emitter) isInstance(x ast.Expr, classes []*infer.Class) jen.Code {
	xt := e.info.TypeOf(x)
	if _, isInst := xt.(*types.Instance); isInst {
		k := e.recvClass(x)
		for _, c := range classes {
			if derives(k, c) {
				return jen.True()
			}
		}
		return jen.False()
	}
	var tests []jen.Code
	for _, c := range classes {
		if e.isPlainException(c) {
			tests = append(tests, patterns.Rt("IsInstanceExc").Call(e.ExprAs(x, types.Object), jen.Id(e.classes.typ[c])))
			continue
		}
		for _, d := range withSubclasses(c) {
			tests = append(tests, patterns.Rt("IsA").Types(jen.Op("*").Id(e.classes.typ[d])).Call(e.ExprAs(x, types.Object)))
		}
	}
	if len(tests) == 0 {
		return jen.False()
	}
	return joinOr(tests)
}

func withSubclasses(c *infer.Class) []*infer.Class {
	out := []*infer.Class{c}
	for _, s := range append(append([]*infer.Class{}, c.Subclasses...), c.Derived...) {
		for _, d := range withSubclasses(s) {
			if !slices.Contains(out, d) {
				out = append(out, d)
			}
		}
	}
	return out
}

// typeName emits type(x).__name__ (or x.__class__.__name__); it reports
// false for other attributes.
func (e *emitter) typeName(n *ast.Attribute) (jen.Code, bool) {
	x, ok := typeNameOperand(n)
	if call, isCall := n.Value.(*ast.Call); !ok || isCall && !e.isBuiltin(call.Func, "type") {
		return nil, false
	}
	if cur := e.currentClass(); cur != nil && e.isSelf(x) && e.isVirtual(cur, classNameKey) {
		return jen.Add(e.Expr(x)).Dot("self").Dot("PyTypeName").Call(), true
	}
	if c := e.recvClass(x); c != nil {
		if _, isInst := e.info.TypeOf(x).(*types.Instance); isInst {
			return jen.Lit(c.Name), true
		}
	}
	return patterns.Rt("ClassName").Call(e.ExprAs(x, types.Object)), true
}

// typeNameOperand returns x of type(x).__name__ or x.__class__.__name__.
func typeNameOperand(n *ast.Attribute) (ast.Expr, bool) {
	if n.Attr != "__name__" {
		return nil, false
	}
	switch v := n.Value.(type) {
	case *ast.Call:
		if name, ok := v.Func.(*ast.Name); ok && name.ID == "type" && len(v.Args) == 1 {
			return v.Args[0], true
		}
	case *ast.Attribute:
		if v.Attr == "__class__" {
			return v.Value, true
		}
	}
	return nil, false
}

// isNamedError reports whether t is the runtime's exception type, whose
// attributes the program's exception classes may supply at run time.
func isNamedError(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && infer.IsErrorClass(n.Class)
}

// setAttrValue converts PySetAttr's value to a field of type t: as
// fromObject does, except that a value of another type (None for an
// object field) gives the zero value rather than a panic.
func (e *emitter) setAttrValue(t types.Type) jen.Code {
	v := jen.Id("value")
	switch t {
	case types.Int, types.Float, types.Str, types.Bool, types.Object, types.None, types.Unknown:
		return e.fromObject(v, t)
	}
	if _, isList := t.(*types.List); isList {
		return e.fromObject(v, t)
	}
	return jen.Func().Params().Add(e.GoType(t)).Block(
		jen.List(jen.Id("x"), jen.Id("_")).Op(":=").Add(v).Assert(e.GoType(t)),
		jen.Return(jen.Id("x"))).Call()
}
