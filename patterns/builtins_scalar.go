package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// builtinScalarEntries are the builtins on numbers, characters and single
// values.
func builtinScalarEntries() []*Entry {
	return []*Entry{
		fn("builtins.abs", "x, /", typeAbs, emitAbs),
		fn("builtins.round", "number, ndigits=None", typeRound, emitRound),
		fn("builtins.divmod", "a, b, /", typeDivmod, emitDivmod),
		fn("builtins.pow", "base, exp, mod=None", typePow, emitPow),
		fn("builtins.chr", "i, /", returns(types.Str), func(c *EmitCall) jen.Code {
			return Rt("Chr").Call(c.ArgAs("i", types.Int, nil))
		}),
		fn("builtins.ord", "c, /", returns(types.Int), func(c *EmitCall) jen.Code {
			return Rt("Ord").Call(c.ArgAs("c", types.Str, nil))
		}),
		fn("builtins.hex", "x, /", returns(types.Str), objCall("Hex", "x")),
		fn("builtins.oct", "x, /", returns(types.Str), objCall("Oct", "x")),
		fn("builtins.bin", "x, /", returns(types.Str), objCall("Bin", "x")),
		fn("builtins.object", "", returns(types.Object), call("NewObject")),
		fn("builtins.hash", "obj, /", returns(types.Int), objCall("Hash", "obj")),
		fn("builtins.ascii", "obj, /", returns(types.Str), objCall("ASCII", "obj")),
		fn("builtins.format", "value, format_spec='', /", returns(types.Str), emitFormatBuiltin),
		fn("builtins.bool", "x=False, /", returns(types.Bool), emitBool),
		fn("builtins.isinstance", "obj, class_or_tuple, /", returns(types.Bool), emitIsinstance),
		fn("builtins.type", "object, /", returns(named("builtins.type")), objCall("TypeOf", "object")),
		value("builtins.type.__name__", types.Str, func(c *EmitCall) jen.Code {
			return recv(c).Dot("PyName").Call()
		}),
		fn("builtins.input", "prompt='', /", returns(types.Str), func(c *EmitCall) jen.Code {
			return Rt("Input").Call(c.ArgAs("prompt", types.Object, jen.Lit("")))
		}),
	}
}

// objCall emits py.Name(arg) with the argument as an Object.
func objCall(name, arg string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		return Rt(name).Call(c.ArgAs(arg, types.Object, jen.Nil()))
	}
}

func typeAbs(c *TypeCall) types.Type {
	if t := c.Type("x"); types.IsNumber(t) {
		return t
	}
	return types.Object
}

func emitAbs(c *EmitCall) jen.Code {
	switch c.Result {
	case types.Int:
		return Rt("AbsInt").Call(c.Arg("x"))
	case types.Float:
		return jen.Qual("math", "Abs").Call(c.Arg("x"))
	}
	return Rt("Abs").Call(c.ArgAs("x", types.Object, nil))
}

func hasArg(b *Bound, name string) bool { return b.Has(name) && !IsNone(b.Get(name)) }

func typeRound(c *TypeCall) types.Type {
	t := c.Type("number")
	switch {
	case !hasArg(c.Args, "ndigits") && types.IsNumber(t):
		return types.Int
	case types.IsNumber(t):
		return t
	}
	return types.Object
}

func emitRound(c *EmitCall) jen.Code {
	t := c.Env.TypeOf(c.Args.Get("number"))
	nd := hasArg(c.Args, "ndigits")
	switch {
	case t == types.Int && !nd:
		return c.Arg("number")
	case t == types.Float && !nd:
		return Rt("Round").Call(c.Arg("number"))
	case t == types.Float:
		return Rt("RoundTo").Call(c.Arg("number"), c.ArgAs("ndigits", types.Int, nil))
	case t == types.Int:
		return Rt("ToInt").Call(Rt("RoundObj").Call(c.Arg("number"), c.ArgAs("ndigits", types.Int, nil)))
	case !nd:
		return Rt("Round").Call(Rt("ToFloat").Call(c.ArgAs("number", types.Object, nil)))
	}
	return Rt("RoundObj").Call(c.ArgAs("number", types.Object, nil), c.ArgAs("ndigits", types.Int, nil))
}

func typeDivmod(c *TypeCall) types.Type {
	if c.Type("a") == types.Int && c.Type("b") == types.Int {
		return &types.Tuple{Elems: []types.Type{types.Int, types.Int}}
	}
	return &types.Tuple{Elems: []types.Type{types.Object, types.Object}}
}

func emitDivmod(c *EmitCall) jen.Code {
	if c.Env.TypeOf(c.Args.Get("a")) == types.Int && c.Env.TypeOf(c.Args.Get("b")) == types.Int {
		return Rt("DivmodInt").Call(c.Arg("a"), c.Arg("b"))
	}
	return Rt("Divmod").Call(c.ArgAs("a", types.Object, nil), c.ArgAs("b", types.Object, nil))
}

func typePow(c *TypeCall) types.Type {
	if hasArg(c.Args, "mod") && c.Type("base") == types.Int && c.Type("exp") == types.Int && c.Type("mod") == types.Int {
		return types.Int
	}
	if c.Type("base") == types.Float && types.IsNumber(c.Type("exp")) {
		return types.Object
	}
	return types.Object
}

func emitPow(c *EmitCall) jen.Code {
	if hasArg(c.Args, "mod") {
		code := Rt("PowMod").Call(c.ArgAs("base", types.Object, nil), c.ArgAs("exp", types.Object, nil), c.ArgAs("mod", types.Object, nil))
		if c.Result == types.Int {
			return Rt("ToInt").Call(code)
		}
		return code
	}
	return Rt("Pow").Call(c.ArgAs("base", types.Object, nil), c.ArgAs("exp", types.Object, nil))
}

func emitFormatBuiltin(c *EmitCall) jen.Code {
	return Rt("Format").Call(c.ArgAs("value", types.Object, nil), c.ArgAs("format_spec", types.Str, jen.Lit("")))
}

func emitBool(c *EmitCall) jen.Code {
	x := c.Args.Get("x")
	if x == nil {
		return jen.False()
	}
	if c.Env.TypeOf(x) == types.Bool {
		return c.Env.Expr(x)
	}
	return Rt("Truthy").Call(c.Env.ExprAs(x, types.Object))
}

// builtinTypeNames are the classes isinstance() checks by name.
var builtinTypeNames = map[string]bool{
	"int": true, "float": true, "str": true, "bool": true, "list": true, "dict": true,
	"tuple": true, "set": true, "frozenset": true, "object": true, "complex": true, "bytes": true,
}

func emitIsinstance(c *EmitCall) jen.Code {
	cls := c.Args.Get("class_or_tuple")
	names := []ast.Expr{cls}
	if elems, ok := SequenceElems(cls); ok {
		names = elems
	}
	args := []jen.Code{c.ArgAs("obj", types.Object, nil)}
	for _, n := range names {
		if m, ok := c.Env.TypeOf(n).(*types.Module); ok && IsExceptionClass(m.Path) {
			args = append(args, c.Env.Expr(n))
			continue
		}
		id, ok := n.(*ast.Name)
		if !ok || !builtinTypeNames[id.ID] {
			c.Env.Errorf(n.Start(), "not supported yet: isinstance with a class other than a builtin type")
			return jen.False()
		}
		args = append(args, jen.Lit(id.ID))
	}
	return Rt("IsInstance").Call(args...)
}
