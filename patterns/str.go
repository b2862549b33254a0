package patterns

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// The methods of str. A call on a receiver proven to be a str is looked up
// as "str.METHOD"; the receiver is a Go string.

func init() {
	Register(&Recognizer{
		Name: "str",
		Doc:  "The methods of Python's str, on Go strings.",
		Entries: []*Entry{
			fn("str.split", "sep=None, maxsplit=-1", returns(&types.List{Elem: types.Str}), emitStrSplit("Split", "SplitWhite")),
			fn("str.rsplit", "sep=None, maxsplit=-1", returns(&types.List{Elem: types.Str}), emitStrSplit("RSplit", "RSplitWhite")),
			fn("str.splitlines", "keepends=False", returns(&types.List{Elem: types.Str}), func(c *EmitCall) jen.Code {
				return Rt("Splitlines").Call(recv(c), c.ArgAs("keepends", types.Bool, jen.False()))
			}),
			fn("str.join", "iterable, /", returns(types.Str), emitJoin),
			fn("str.strip", "chars=None, /", returns(types.Str), emitStrip("TrimSpace", "Strip")),
			fn("str.lstrip", "chars=None, /", returns(types.Str), emitStrip("", "LStrip")),
			fn("str.rstrip", "chars=None, /", returns(types.Str), emitStrip("", "RStrip")),
			fn("str.upper", "", returns(types.Str), rtRecv("Upper")),
			fn("str.lower", "", returns(types.Str), strings1("ToLower")),
			fn("str.casefold", "", returns(types.Str), rtRecv("Casefold")),
			fn("str.capitalize", "", returns(types.Str), rtRecv("Capitalize")),
			fn("str.title", "", returns(types.Str), rtRecv("Title")),
			fn("str.swapcase", "", returns(types.Str), rtRecv("Swapcase")),
			fn("str.replace", "old, new, count=-1, /", returns(types.Str), emitReplace),
			fn("str.find", "sub, start=None, end=None, /", returns(types.Int), emitFind("Find")),
			fn("str.rfind", "sub, start=None, end=None, /", returns(types.Int), emitFind("RFind")),
			fn("str.index", "sub, start=None, end=None, /", returns(types.Int), emitFind("StrIndexOf")),
			fn("str.rindex", "sub, start=None, end=None, /", returns(types.Int), emitFind("StrRIndexOf")),
			fn("str.count", "sub, start=None, end=None, /", returns(types.Int), emitFind("StrCount")),
			fn("str.startswith", "prefix, start=None, end=None, /", returns(types.Bool), emitAffix("HasPrefix", "StartsWith")),
			fn("str.endswith", "suffix, start=None, end=None, /", returns(types.Bool), emitAffix("HasSuffix", "EndsWith")),
			fn("str.isdigit", "", returns(types.Bool), rtRecv("IsDigit")),
			fn("str.isdecimal", "", returns(types.Bool), rtRecv("IsDecimal")),
			fn("str.isnumeric", "", returns(types.Bool), rtRecv("IsNumeric")),
			fn("str.isalpha", "", returns(types.Bool), rtRecv("IsAlpha")),
			fn("str.isalnum", "", returns(types.Bool), rtRecv("IsAlnum")),
			fn("str.isspace", "", returns(types.Bool), rtRecv("IsSpace")),
			fn("str.isupper", "", returns(types.Bool), rtRecv("IsUpper")),
			fn("str.islower", "", returns(types.Bool), rtRecv("IsLower")),
			fn("str.istitle", "", returns(types.Bool), rtRecv("IsTitle")),
			fn("str.zfill", "width, /", returns(types.Str), func(c *EmitCall) jen.Code {
				return Rt("Zfill").Call(recv(c), c.ArgAs("width", types.Int, nil))
			}),
			fn("str.center", "width, fillchar=' ', /", returns(types.Str), emitJustify("Center")),
			fn("str.ljust", "width, fillchar=' ', /", returns(types.Str), emitJustify("Ljust")),
			fn("str.rjust", "width, fillchar=' ', /", returns(types.Str), emitJustify("Rjust")),
			fn("str.partition", "sep, /", returns(&types.Tuple{Elems: []types.Type{types.Str, types.Str, types.Str}}),
				func(c *EmitCall) jen.Code { return Rt("Partition").Call(recv(c), c.ArgAs("sep", types.Str, nil)) }),
			fn("str.rpartition", "sep, /", returns(&types.Tuple{Elems: []types.Type{types.Str, types.Str, types.Str}}),
				func(c *EmitCall) jen.Code { return Rt("RPartition").Call(recv(c), c.ArgAs("sep", types.Str, nil)) }),
			fn("str.removeprefix", "prefix, /", returns(types.Str), func(c *EmitCall) jen.Code {
				return jen.Qual("strings", "TrimPrefix").Call(recv(c), c.ArgAs("prefix", types.Str, nil))
			}),
			fn("str.removesuffix", "suffix, /", returns(types.Str), func(c *EmitCall) jen.Code {
				return jen.Qual("strings", "TrimSuffix").Call(recv(c), c.ArgAs("suffix", types.Str, nil))
			}),
			fn("str.expandtabs", "tabsize=8", returns(types.Str), func(c *EmitCall) jen.Code {
				return Rt("ExpandTabs").Call(recv(c), c.ArgAs("tabsize", types.Int, jen.Lit(8)))
			}),
			spreadKw(fn("str.format", "*args, **kwargs", returns(types.Str), emitStrFormat)),
			fn("builtins.str.maketrans", "x, y=None, z=None, /", returns(types.Object), func(c *EmitCall) jen.Code {
				return Rt("Maketrans").Call(c.ArgAs("x", types.Object, nil), c.ArgAs("y", types.Object, jen.Nil()), c.ArgAs("z", types.Object, jen.Nil()))
			}),
			fn("str.translate", "table, /", returns(types.Str), func(c *EmitCall) jen.Code {
				return Rt("Translate").Call(recv(c), c.ArgAs("table", types.Object, nil))
			}),
			fn("str.format_map", "mapping, /", returns(types.Str), func(c *EmitCall) jen.Code {
				return Rt("StrFormatKw").Call(recv(c), Rt("KwargsOf").Call(Rt("Kwargs").Values(), c.ArgAs("mapping", types.Object, nil)))
			}),
			fn("str.encode", "encoding='utf-8', errors='strict'", returns(types.Object), emitEncode),
		},
	})
}

// strings1 emits strings.Name(recv).
func strings1(name string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code { return jen.Qual("strings", name).Call(recv(c)) }
}

// rtRecv emits py.Name(recv).
func rtRecv(name string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code { return Rt(name).Call(recv(c)) }
}

func emitStrSplit(withSep, white string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		maxsplit := c.ArgAs("maxsplit", types.Int, jen.Lit(-1))
		sep := c.Args.Get("sep")
		if sep == nil || IsNone(sep) {
			if withSep == "Split" && !c.Args.Has("maxsplit") {
				return Rt("SplitWhite").Call(recv(c), jen.Lit(-1))
			}
			return Rt(white).Call(recv(c), maxsplit)
		}
		if c.Env.TypeOf(sep) != types.Str {
			return Rt(withSep).Call(recv(c), c.ArgAs("sep", types.Str, nil), maxsplit)
		}
		return Rt(withSep).Call(recv(c), c.Env.Expr(sep), maxsplit)
	}
}

func emitJoin(c *EmitCall) jen.Code {
	it := c.Args.Get("iterable")
	switch t := c.Env.TypeOf(it).(type) {
	case *types.List:
		if t.Elem == types.Str {
			return jen.Qual("strings", "Join").Call(c.Env.Expr(it), recv(c))
		}
	case *types.Iter:
		if t.Elem == types.Str {
			return jen.Qual("strings", "Join").Call(jen.Qual("slices", "Collect").Call(c.Env.Expr(it)), recv(c))
		}
	}
	return Rt("Join").Call(recv(c), c.Env.ExprAs(it, types.Object))
}

func emitStrip(goName, rtName string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		if !hasArg(c.Args, "chars") {
			if goName != "" {
				return jen.Qual("strings", goName).Call(recv(c))
			}
			return Rt(rtName).Call(recv(c), jen.Nil())
		}
		return Rt(rtName).Call(recv(c), c.ArgAs("chars", types.Object, nil))
	}
}

func emitReplace(c *EmitCall) jen.Code {
	old, nw := c.ArgAs("old", types.Str, nil), c.ArgAs("new", types.Str, nil)
	if !c.Args.Has("count") {
		return jen.Qual("strings", "ReplaceAll").Call(recv(c), old, nw)
	}
	return jen.Qual("strings", "Replace").Call(recv(c), old, nw, c.ArgAs("count", types.Int, nil))
}

func emitFind(name string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		return Rt(name).Call(recv(c), c.ArgAs("sub", types.Str, nil),
			c.ArgAs("start", types.Object, jen.Nil()), c.ArgAs("end", types.Object, jen.Nil()))
	}
}

func emitAffix(goName, rtName string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		arg := "prefix"
		if goName == "HasSuffix" {
			arg = "suffix"
		}
		a := c.Args.Get(arg)
		if c.Env.TypeOf(a) == types.Str && !c.Args.Has("start") && !c.Args.Has("end") {
			return jen.Qual("strings", goName).Call(recv(c), c.Env.Expr(a))
		}
		return Rt(rtName).Call(recv(c), c.Env.ExprAs(a, types.Object),
			c.ArgAs("start", types.Object, jen.Nil()), c.ArgAs("end", types.Object, jen.Nil()))
	}
}

func emitJustify(name string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		return Rt(name).Call(recv(c), c.ArgAs("width", types.Int, nil), c.ArgAs("fillchar", types.Str, jen.Lit(" ")))
	}
}

func emitStrFormat(c *EmitCall) jen.Code {
	args := []jen.Code{recv(c)}
	for _, a := range c.Args.VarArgs {
		args = append(args, c.Env.ExprAs(a, types.Object))
	}
	if len(c.Args.VarKw) == 0 {
		return Rt("StrFormat").Call(args...)
	}
	kw := jen.Dict{}
	var spread []jen.Code
	for _, k := range c.Args.VarKw {
		if k.Arg == "" {
			spread = append(spread, c.Env.ExprAs(k.Value, types.Object))
			continue
		}
		kw[jen.Lit(k.Arg)] = c.Env.ExprAs(k.Value, types.Object)
	}
	var kwargs jen.Code = Rt("Kwargs").Values(kw)
	if len(spread) > 0 {
		// format(**mapping): the mapping's items join the named ones.
		kwargs = Rt("KwargsOf").Call(append([]jen.Code{kwargs}, spread...)...)
	}
	return Rt("StrFormatKw").Call(append([]jen.Code{args[0], kwargs}, args[1:]...)...)
}

// emitEncode is s.encode(): the UTF-8 bytes as a Go []byte, which the
// runtime prints as bytes (b'...').
func emitEncode(c *EmitCall) jen.Code {
	enc := c.Args.Get("encoding")
	if lit, ok := enc.(*ast.Constant); enc == nil || ok && lit.Kind == ast.ConstStr && isUTF8Name(lit.Value.(string)) {
		if !c.Args.Has("errors") {
			return jen.Index().Byte().Call(recv(c))
		}
	}
	return Rt("Encode").Call(recv(c), c.ArgAs("encoding", types.Str, jen.Lit("utf-8")), c.ArgAs("errors", types.Str, jen.Lit("strict")))
}

func isUTF8Name(s string) bool {
	switch strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(s, "-", ""), "_", "")) {
	case "utf8", "u8", "utf":
		return true
	}
	return false
}

// spreadOptions lets a call of e take **mappings whose keys its Emit
// reads at run time (Signature.SpreadOptions).
func spreadOptions(e *Entry) *Entry {
	e.Sig.SpreadOptions = true
	return e
}

// spreadKw lets a call of e take a **mapping argument, which its Emit
// finds in VarKw as a keyword without a name.
func spreadKw(e *Entry) *Entry {
	e.Sig.SpreadKw = true
	return e
}
