package infer

import (
	"math/big"
	"strings"

	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// An enum class (a subclass of enum.Enum, IntEnum, StrEnum, Flag or
// IntFlag) is a class whose class attributes are its members: objects of
// the class with a name and a value. Inference gives it two fields, name
// and value (the join of the members' values), types each member
// attribute as an instance, and types the class used as a value (`for c
// in Color`, len(Color), `x in Color`, list(Color)) as the list of its
// members in definition order, without aliases, which is what iterating
// over an enum class gives. The class itself is still the class where it
// is called (Color(1)), subscripted (Color['RED']), has an attribute read
// (Color.RED) or is the class argument of isinstance.

// enumKinds maps the enum base classes py2go knows to their kind's name.
var enumKinds = map[string]string{
	"enum.Enum": "Enum", "enum.IntEnum": "IntEnum", "enum.StrEnum": "StrEnum",
	"enum.Flag": "Flag", "enum.IntFlag": "IntFlag",
}

// EnumMember is one member of an enum class.
type EnumMember struct {
	Name  string
	Value ast.Expr
	Sym   *Symbol
	// AliasOf is the member this one is another name for (a later
	// attribute with an equal value), nil for a canonical member.
	AliasOf *EnumMember
}

// EnumClass is what inference knows of an enum class.
type EnumClass struct {
	// Kind is the enum base class's name: "Enum", "IntEnum", "StrEnum",
	// "Flag" or "IntFlag".
	Kind string
	// Members are the class attributes in source order, aliases included.
	Members []*EnumMember
	// Unique is set by the @unique decorator.
	Unique bool
}

// Canonical lists the members that are not aliases: what iterating over
// the class gives.
func (ec *EnumClass) Canonical() []*EnumMember {
	var out []*EnumMember
	for _, m := range ec.Members {
		if m.AliasOf == nil {
			out = append(out, m)
		}
	}
	return out
}

// Member finds the member (or alias) called name.
func (ec *EnumClass) Member(name string) *EnumMember {
	for _, m := range ec.Members {
		if m.Name == name {
			return m
		}
	}
	return nil
}

// enumBase reports whether the base expression b names an enum base
// class, and records it on c.
func (in *Info) enumBase(c *Class, b ast.Expr) bool {
	kind, ok := enumKinds[in.libraryPath(c.Scope.Parent, b)]
	if !ok {
		return false
	}
	if c.Enum != nil || c.Base != nil || c.LibBase != "" {
		in.Log.Errorf(b.Start(), "not supported yet: an enum class with several bases")
		return true
	}
	c.Enum = &EnumClass{Kind: kind}
	return true
}

// enumMixin reports whether c is an enum class whose members are also
// ints or strings (class Color(str, Enum)), and records it.
func (in *Info) enumMixin(c *Class) bool {
	bases := c.Def.Bases
	if len(bases) != 2 || in.libraryPath(c.Scope.Parent, bases[1]) != "enum.Enum" {
		return false
	}
	switch {
	case isName(bases[0], "str") && in.Lookup(c.Scope.Parent, "str") == nil:
		c.Enum = &EnumClass{Kind: "StrMixin"}
	case isName(bases[0], "int") && in.Lookup(c.Scope.Parent, "int") == nil:
		c.Enum = &EnumClass{Kind: "IntMixin"}
	default:
		return false
	}
	return true
}

// enumShape collects an enum class's members, evaluating auto() and
// finding aliases, and gives it its fields name and value.
func (in *Info) enumShape(c *Class) {
	ec := c.Enum
	var last ast.Expr
	for _, st := range c.Def.Body {
		switch n := st.(type) {
		case *ast.FunctionDef:
			if n.Name == "__init__" || n.Name == "__new__" || strings.HasPrefix(n.Name, "_") && strings.HasSuffix(n.Name, "_") && !strings.HasPrefix(n.Name, "__") {
				in.Log.Errorf(n.Start(), "not supported yet: %s in an enum class", n.Name)
			}
		case *ast.Assign:
			name, ok := n.Targets[0].(*ast.Name)
			if len(n.Targets) != 1 || !ok {
				in.Log.Errorf(n.Start(), "not supported yet: this assignment in an enum class")
				continue
			}
			if strings.HasPrefix(name.ID, "_") {
				in.Log.Errorf(n.Start(), "not supported yet: a class attribute starting with '_' in an enum class")
				continue
			}
			if in.isAuto(c, n.Value) {
				v, ok := autoValue(ec.Kind, name.ID, last)
				if !ok {
					in.Log.Errorf(n.Value.Start(), "not supported yet: auto() after a value that is not an int literal")
					continue
				}
				n.Value = v
			}
			if b, ok := n.Value.(*ast.BinOp); ok {
				n.Value = flagValue(ec, in.memberValues(ec, b))
			}
			if !enumLiteral(n.Value) {
				in.Log.Errorf(n.Value.Start(), "not supported yet: an enum member whose value is not a literal")
				continue
			}
			m := &EnumMember{Name: name.ID, Value: n.Value, Sym: c.Scope.Symbols[name.ID]}
			for _, o := range ec.Members {
				if o.AliasOf == nil && literalKey(o.Value) == literalKey(n.Value) {
					m.AliasOf = o
					break
				}
			}
			ec.Members = append(ec.Members, m)
			last = n.Value
		case *ast.Pass:
		case *ast.ExprStmt:
			if k, ok := n.Value.(*ast.Constant); !ok || k.Kind != ast.ConstStr {
				in.Log.Errorf(n.Start(), "not supported yet: this statement in an enum class")
			}
		default:
			in.Log.Errorf(n.Start(), "not supported yet: this statement in an enum class")
		}
	}
	c.addField("name").Type = types.Str
	c.addField("value")
	if ec.Unique {
		for _, m := range ec.Members {
			if m.AliasOf != nil {
				in.Log.Errorf(c.Def.Start(), "not supported yet: @unique on an enum class with aliases (%s -> %s)", m.Name, m.AliasOf.Name)
			}
		}
	}
}

// isAuto reports whether v is a call of enum.auto().
func (in *Info) isAuto(c *Class, v ast.Expr) bool {
	call, ok := v.(*ast.Call)
	return ok && len(call.Args) == 0 && len(call.Keywords) == 0 && in.libraryPath(c.Scope.Parent, call.Func) == "enum.auto"
}

// autoValue is the value auto() gives after the member value last (nil
// for the first member), as the kind's _generate_next_value_ computes
// it: the last int plus one, the next power of two for flags, the
// lower-cased name for StrEnum.
func autoValue(kind, name string, last ast.Expr) (ast.Expr, bool) {
	if kind == "StrEnum" {
		return &ast.Constant{Kind: ast.ConstStr, Value: strings.ToLower(name)}, true
	}
	next := big.NewInt(1)
	if last != nil {
		k, ok := last.(*ast.Constant)
		if !ok || k.Kind != ast.ConstInt {
			return nil, false
		}
		lastInt := k.Value.(*big.Int)
		if kind == "Flag" || kind == "IntFlag" {
			next = new(big.Int).Lsh(big.NewInt(1), uint(lastInt.BitLen()))
		} else {
			next = new(big.Int).Add(lastInt, big.NewInt(1))
		}
	}
	return &ast.Constant{Kind: ast.ConstInt, Value: next}, true
}

// enumLiteral reports whether v is a literal py2go can compare at
// transpile time to find aliases: a constant, a negated number, or a
// tuple of those.
func enumLiteral(v ast.Expr) bool {
	switch n := v.(type) {
	case *ast.Constant:
		return n.Kind == ast.ConstInt || n.Kind == ast.ConstStr || n.Kind == ast.ConstFloat || n.Kind == ast.ConstBool
	case *ast.UnaryOp:
		k, ok := n.Operand.(*ast.Constant)
		return ok && n.Op == ast.USub && (k.Kind == ast.ConstInt || k.Kind == ast.ConstFloat)
	case *ast.Tuple:
		for _, e := range n.Elts {
			if !enumLiteral(e) {
				return false
			}
		}
		return true
	}
	return false
}

// literalKey is a text equal for equal literals (1, 1.0 and True are
// equal in Python, and so aliases of each other).
func literalKey(v ast.Expr) string {
	switch n := v.(type) {
	case *ast.Constant:
		switch x := n.Value.(type) {
		case *big.Int:
			return "n" + x.String()
		case float64:
			if f := new(big.Float).SetFloat64(x); f.IsInt() {
				i, _ := f.Int(nil)
				return "n" + i.String()
			}
			return "f" + big.NewFloat(x).Text('g', -1)
		case bool:
			if x {
				return "n1"
			}
			return "n0"
		case string:
			return "s" + x
		}
	case *ast.UnaryOp:
		k := literalKey(n.Operand)
		if k == "n0" {
			return k
		}
		return k[:1] + "-" + k[1:]
	case *ast.Tuple:
		parts := make([]string, len(n.Elts))
		for i, e := range n.Elts {
			parts[i] = literalKey(e)
		}
		return "(" + strings.Join(parts, ",") + ")"
	}
	return ""
}

// markEnumClassRefs records the names that use a class as the class
// itself, not as a value: what is called, subscripted, has an attribute
// read, or is isinstance's class argument. Any other use of an enum
// class is the list of its members, except that printing it (print's
// argument, str's, an f-string field's) shows the class: <enum 'Color'>.
func (in *Info) markEnumClassRefs(mod *ast.Module) {
	in.classRefs = map[*ast.Name]bool{}
	in.printedRefs = map[*ast.Name]bool{}
	mark := func(e ast.Expr) {
		if n, ok := e.(*ast.Name); ok {
			in.classRefs[n] = true
		}
	}
	printed := func(e ast.Expr) {
		if n, ok := e.(*ast.Name); ok {
			in.printedRefs[n] = true
		}
	}
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Call:
			mark(n.Func)
			if isName(n.Func, "print") || isName(n.Func, "str") && len(n.Args) == 1 {
				for _, a := range n.Args {
					printed(a)
				}
			}
			if (isName(n.Func, "isinstance") || isName(n.Func, "issubclass")) && len(n.Args) > 1 {
				for _, a := range n.Args[1:] {
					mark(a)
					if tup, ok := a.(*ast.Tuple); ok {
						for _, e := range tup.Elts {
							mark(e)
						}
					}
				}
			}
		case *ast.FormattedValue:
			if n.Conversion != 'r' && n.Conversion != 'a' && n.FormatSpec == nil && n.DebugText == "" {
				printed(n.Value)
			}
		case *ast.Attribute:
			mark(n.Value)
		case *ast.Subscript:
			mark(n.Value)
		}
		return true
	})
}

// EnumOf is the enum class sym names (the class statement's name, or a
// classmethod's cls), nil when it names no enum class.
func (in *Info) EnumOf(sym *Symbol) *Class {
	if c := in.ClassSyms[sym]; c != nil && c.Enum != nil {
		return c
	}
	if ct, ok := sym.Type.(*types.Class); ok {
		if c := in.ClassOf(ct); c != nil && c.Enum != nil {
			return c
		}
	}
	return nil
}

// enumName types a name of an enum class used as a value: the list of
// its members; ok is false when n is not such a use.
func (t *typer) enumName(n *ast.Name, sym *Symbol) (types.Type, bool) {
	c := t.info.EnumOf(sym)
	if c == nil || t.info.classRefs[n] {
		return nil, false
	}
	if t.info.printedRefs[n] {
		return types.Str, true
	}
	return &types.List{Elem: c.Instance()}, true
}

// enumBody types an enum class's body: each member attribute is an
// instance of the class, and its value goes into the field value.
func (t *typer) enumBody(c *Class) {
	value := c.Field("value")
	for _, st := range c.Def.Body {
		a, ok := st.(*ast.Assign)
		var m *EnumMember
		if ok && len(a.Targets) == 1 {
			if name, ok := a.Targets[0].(*ast.Name); ok {
				m = c.Enum.Member(name.ID)
			}
		}
		if m == nil {
			t.stmt(st)
			continue
		}
		t.updateField(value, t.expr(m.Value))
		t.setSym(m.Sym, c.Instance())
	}
}

// enumSubscript types Color[name]: a member.
func (t *typer) enumSubscript(n *ast.Subscript, vt types.Type) (types.Type, bool) {
	ct, ok := vt.(*types.Class)
	if !ok {
		return nil, false
	}
	c := t.info.ClassOf(ct)
	if c == nil || c.Enum == nil {
		return nil, false
	}
	t.expr(n.Slice)
	return c.Instance(), true
}

// IsFlag reports whether c is a Flag or IntFlag class, whose members
// combine with |, & and ^.
func (c *Class) IsFlag() bool {
	return c.Enum != nil && (c.Enum.Kind == "Flag" || c.Enum.Kind == "IntFlag")
}

// FlagClass is the Flag class whose member t is, nil when t is not one.
func (in *Info) FlagClass(t types.Type) *Class {
	if _, ok := t.(*types.Instance); !ok {
		return nil
	}
	if c := in.ClassOf(t); c != nil && c.IsFlag() {
		return c
	}
	return nil
}

// FlagOperator reports whether op combines two flags into a flag.
func FlagOperator(op ast.Operator) bool {
	return op == ast.BitOr || op == ast.BitAnd || op == ast.BitXor
}

// enumBinop types a | b, a & b and a ^ b on members of one Flag class,
// or on an IntFlag member and an int: a member of that class.
func (t *typer) enumBinop(op ast.Operator, l, r types.Type) (types.Type, bool) {
	if c := t.info.FlagOperands(op, l, r); c != nil {
		return c.Instance(), true
	}
	return nil, false
}

// FlagOperands is the Flag class of a | b, a & b or a ^ b when the
// operands are members of it, or an IntFlag member and an int; nil
// otherwise.
func (in *Info) FlagOperands(op ast.Operator, l, r types.Type) *Class {
	if !FlagOperator(op) {
		return nil
	}
	lc, rc := in.FlagClass(l), in.FlagClass(r)
	switch {
	case lc != nil && lc == rc:
		return lc
	case lc != nil && r == types.Int && lc.Enum.Kind == "IntFlag":
		return lc
	case rc != nil && l == types.Int && rc.Enum.Kind == "IntFlag":
		return rc
	}
	return nil
}

// flagValue evaluates a Flag member's value written as other members
// combined (RW = R | W) into an int literal; v itself otherwise.
func flagValue(ec *EnumClass, v ast.Expr) ast.Expr {
	b, ok := v.(*ast.BinOp)
	if !ok || ec.Kind != "Flag" && ec.Kind != "IntFlag" {
		return v
	}
	x, ok1 := flagValue(ec, b.Left).(*ast.Constant)
	y, ok2 := flagValue(ec, b.Right).(*ast.Constant)
	if !ok1 || !ok2 || x.Kind != ast.ConstInt || y.Kind != ast.ConstInt {
		return v
	}
	xi, yi := x.Value.(*big.Int), y.Value.(*big.Int)
	out := new(big.Int)
	switch b.Op {
	case ast.BitOr:
		out.Or(xi, yi)
	case ast.BitAnd:
		out.And(xi, yi)
	case ast.BitXor:
		out.Xor(xi, yi)
	default:
		return v
	}
	return &ast.Constant{ExprBase: b.ExprBase, Kind: ast.ConstInt, Value: out}
}

// memberValues replaces, in a copy of the member value b, the names of
// members defined before it by their values.
func (in *Info) memberValues(ec *EnumClass, b *ast.BinOp) ast.Expr {
	operand := func(e ast.Expr) ast.Expr {
		switch x := e.(type) {
		case *ast.Name:
			if m := ec.Member(x.ID); m != nil {
				return m.Value
			}
		case *ast.BinOp:
			return in.memberValues(ec, x)
		}
		return e
	}
	out := *b
	out.Left, out.Right = operand(b.Left), operand(b.Right)
	return &out
}
