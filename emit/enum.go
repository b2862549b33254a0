package emit

import (
	"math/big"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// An enum class becomes a struct embedding the runtime's Enum[V] (the
// member's class, name and value, and Python's str, repr, format and
// comparisons of members), one package variable per member pointing at
// its object, and a slice of the members in definition order, which is
// what the class used as a value (iterated, len, in, list) stands for:
//
//	type Color struct{ py.Enum[int] }
//
//	var colorRED = &Color{py.Enum[int]{Class: "Color", Name: "RED", Value: 1}}
//	var colorMembers = []*Color{colorRED, colorGREEN}
//
// A member is the same pointer wherever it goes (a process worker's
// argument included), so `is`, == and dict keys work by identity.

// enumKinds are the runtime's names of the enum kinds.
var enumKinds = map[string]string{
	"Enum": "KindEnum", "IntEnum": "KindIntEnum", "StrEnum": "KindStrEnum",
	"Flag": "KindFlag", "IntFlag": "KindIntFlag",
	"StrMixin": "KindStrMixin", "IntMixin": "KindIntMixin",
}

// reserveEnum names the members slice of an enum class and maps the
// fields name and value onto the embedded Enum's Name and Value.
func (e *emitter) reserveEnum(c *infer.Class, name string) {
	if c.Enum == nil {
		return
	}
	v := unique(lowerFirst(name)+"Members", func(s string) bool { return e.names.pkg[s] })
	e.names.pkg[v] = true
	if e.enumMembers == nil {
		e.enumMembers = map[*infer.Class]string{}
	}
	e.enumMembers[c] = v
	e.classes.members[c]["name"] = "Name"
	if c.IsFlag() {
		f := unique(lowerFirst(name)+"Of", func(s string) bool { return e.names.pkg[s] })
		e.names.pkg[f] = true
		if e.flagOf == nil {
			e.flagOf = map[*infer.Class]string{}
		}
		e.flagOf[c] = f
	}
	e.classes.members[c]["value"] = "Value"
}

// enumDecl emits an enum class: its struct, its members and its
// methods.
func (e *emitter) enumDecl(c *infer.Class, doc []jen.Code) []jen.Code {
	name := e.classes.typ[c]
	embed := patterns.Rt("Enum").Types(e.GoType(c.Field("value").Type))
	out := []jen.Code{jen.Add(doc...).Type().Id(name).Struct(embed)}
	var canon []jen.Code
	for _, m := range c.Enum.Members {
		v := e.classes.attrs[m.Sym]
		if m.AliasOf != nil {
			out = append(out, jen.Var().Id(v).Op("=").Id(e.classes.attrs[m.AliasOf.Sym]))
			continue
		}
		state := []jen.Code{jen.Id("Class").Op(":").Lit(c.Name)}
		if c.Enum.Kind != "Enum" {
			state = append(state, jen.Id("Kind").Op(":").Add(patterns.Rt(enumKinds[c.Enum.Kind])))
		}
		state = append(state, jen.Id("Name").Op(":").Lit(m.Name),
			jen.Id("Value").Op(":").Add(e.ExprAs(m.Value, c.Field("value").Type)))
		out = append(out, jen.Var().Id(v).Op("=").Op("&").Id(name).Values(jen.Add(embed).Values(state...)))
		if iterated(c, m) {
			canon = append(canon, jen.Id(v))
		}
	}
	out = append(out, jen.Commentf("%s lists %s's members in definition order.", e.enumMembers[c], name).Line().
		Var().Id(e.enumMembers[c]).Op("=").Index().Op("*").Id(name).Values(canon...))
	if c.IsFlag() {
		out = append(out, e.flagOfDecl(c))
	}
	for _, m := range c.Order {
		out = append(out, e.method(c, m))
	}
	return out
}

// enumName emits an enum class's name used as a value: its members.
func (e *emitter) enumName(n *ast.Name, sym *infer.Symbol) (jen.Code, bool) {
	c := e.info.EnumOf(sym)
	if c == nil {
		return nil, false
	}
	if e.info.TypeOf(n) == types.Str {
		return jen.Lit("<enum '" + c.Name + "'>"), true
	}
	if _, ok := e.info.TypeOf(n).(*types.List); !ok {
		return nil, false
	}
	return jen.Id(e.enumMembers[c]), true
}

// enumConstruct emits Color(value): the member with that value.
func (e *emitter) enumConstruct(c *infer.Class, n *ast.Call) jen.Code {
	if len(n.Args) != 1 || len(n.Keywords) > 0 {
		e.log.Unsupported(n.Start(), "an enum class called with other than one argument")
		return jen.Nil()
	}
	if c.IsFlag() {
		if e.info.TypeOf(n.Args[0]) != types.Int {
			e.log.Unsupported(n.Start(), "a Flag class called with other than an int")
			return jen.Nil()
		}
		return jen.Id(e.flagOf[c]).Call(e.Expr(n.Args[0]))
	}
	return patterns.Rt("EnumByValue").Call(jen.Lit(c.Name), jen.Id(e.enumMembers[c]), e.ExprAs(n.Args[0], types.Object))
}

// enumSubscript emits Color[name]: the member called name.
func (e *emitter) enumSubscript(n *ast.Subscript) (jen.Code, bool) {
	ct, ok := e.info.TypeOf(n.Value).(*types.Class)
	if !ok {
		return nil, false
	}
	c := e.info.ClassOf(ct)
	if c == nil || c.Enum == nil {
		return nil, false
	}
	if e.info.TypeOf(n.Slice) != types.Str {
		e.log.Unsupported(n.Slice.Start(), "an enum class subscripted with other than a str")
		return jen.Nil(), true
	}
	return patterns.Rt("EnumByName").Call(jen.Id(e.enumMembers[c]), e.Expr(n.Slice)), true
}

// flagOfDecl declares, for a Flag class, the function that turns a value
// into its member (the named member of that value, or the combination of
// members it stands for, made once):
//
//	func permOf(value int) *Perm {
//		return py.FlagOf([]*Perm{permR, permW, permRW}, value, func(s py.Enum[int]) *Perm { return &Perm{s} })
//	}
func (e *emitter) flagOfDecl(c *infer.Class) jen.Code {
	name := e.classes.typ[c]
	var named []jen.Code
	for _, m := range c.Enum.Canonical() {
		named = append(named, jen.Id(e.classes.attrs[m.Sym]))
	}
	embed := patterns.Rt("Enum").Types(jen.Int())
	mk := jen.Func().Params(jen.Id("s").Add(embed)).Op("*").Id(name).Block(jen.Return(jen.Op("&").Id(name).Values(jen.Id("s"))))
	return jen.Commentf("%s is %s(value): the member of that value, or the combination of members it stands for.", e.flagOf[c], c.Name).Line().
		Func().Id(e.flagOf[c]).Params(jen.Id("value").Int()).Op("*").Id(name).Block(
		jen.Return(patterns.Rt("FlagOf").Call(jen.Index().Op("*").Id(name).Values(named...), jen.Id("value"), mk)))
}

// iterated reports whether iterating over the enum class gives m: every
// canonical member, but for a Flag class only those of one bit (3.11).
func iterated(c *infer.Class, m *infer.EnumMember) bool {
	if m.AliasOf != nil {
		return false
	}
	if !c.IsFlag() {
		return true
	}
	k, ok := m.Value.(*ast.Constant)
	if !ok || k.Kind != ast.ConstInt {
		return false
	}
	v := k.Value.(*big.Int)
	return v.Sign() > 0 && new(big.Int).And(v, new(big.Int).Sub(v, big.NewInt(1))).Sign() == 0
}

// flagBinop emits a | b, a & b and a ^ b on members of one Flag class.
func (e *emitter) flagBinop(op ast.Operator, l, r ast.Expr) (jen.Code, bool) {
	c := e.info.FlagOperands(op, e.info.TypeOf(l), e.info.TypeOf(r))
	if c == nil {
		return nil, false
	}
	goOp := map[ast.Operator]string{ast.BitOr: "|", ast.BitAnd: "&", ast.BitXor: "^"}[op]
	return jen.Id(e.flagOf[c]).Call(jen.Add(e.flagBits(l)).Op(goOp).Add(e.flagBits(r))), true
}

// flagBits is the int of a Flag member (its Value) or of an int.
func (e *emitter) flagBits(x ast.Expr) jen.Code {
	if e.info.TypeOf(x) == types.Int {
		return e.Expr(x)
	}
	return jen.Add(e.Expr(x)).Dot("Value")
}

// flagInvert emits ~a on a Flag member: the members it does not hold.
func (e *emitter) flagInvert(n *ast.UnaryOp) (jen.Code, bool) {
	c := e.info.FlagClass(e.info.TypeOf(n.Operand))
	if n.Op != ast.Invert || c == nil {
		return nil, false
	}
	all := patterns.Rt("FlagAll").Call(jen.Id(e.enumMembers[c]))
	return jen.Id(e.flagOf[c]).Call(jen.Add(all).Op("&^").Add(e.Expr(n.Operand)).Dot("Value")), true
}

// flagContains emits `a in b` on members of one Flag class: whether b
// holds a's bits.
func (e *emitter) flagContains(op ast.CmpOp, l, r ast.Expr) (jen.Code, bool) {
	c := e.info.FlagClass(e.info.TypeOf(r))
	if c == nil || c != e.info.FlagClass(e.info.TypeOf(l)) || op != ast.In && op != ast.NotIn {
		return nil, false
	}
	goOp := "=="
	if op == ast.NotIn {
		goOp = "!="
	}
	if isSimple(l) {
		bits := jen.Add(e.Expr(l)).Dot("Value")
		return jen.Add(bits).Op("&").Add(e.Expr(r)).Dot("Value").Op(goOp).Add(bits), true
	}
	code := patterns.Rt("FlagIn").Call(jen.Add(e.Expr(l)).Dot("Value"), jen.Add(e.Expr(r)).Dot("Value"))
	if op == ast.NotIn {
		code = jen.Op("!").Add(code)
	}
	return code, true
}

// enumCond emits the truth of a member of an enum class whose members
// can be false (a Flag's zero, an IntEnum's 0); ok is false for other
// classes, whose members are always true.
func (e *emitter) enumCond(x ast.Expr, c *infer.Class) (jen.Code, bool) {
	if c.Enum == nil || c.Enum.Kind == "Enum" {
		return nil, false
	}
	return jen.Add(e.Expr(x)).Dot("PyBool").Call(), true
}

// enumIdentity emits ==, !=, is and is not between members of one enum
// class as Go's pointer comparison: each member is one object, and two
// members of a class are equal only when they are the same one.
func (e *emitter) enumIdentity(op ast.CmpOp, l, r ast.Expr) (jen.Code, bool) {
	lt, rt := e.info.TypeOf(l), e.info.TypeOf(r)
	c := e.info.ClassOf(lt)
	if _, ok := lt.(*types.Instance); !ok || c == nil || c.Enum == nil || !types.Equal(lt, rt) {
		return nil, false
	}
	switch op {
	case ast.Eq, ast.Is:
		return jen.Add(e.Expr(l)).Op("==").Add(e.Expr(r)), true
	case ast.NotEq, ast.IsNot:
		return jen.Add(e.Expr(l)).Op("!=").Add(e.Expr(r)), true
	}
	return nil, false
}
