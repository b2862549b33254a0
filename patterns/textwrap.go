package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

func init() {
	Register(&Recognizer{
		Name:    "textwrap",
		Doc:     "textwrap: wrap, fill, shorten, dedent, indent with the default TextWrapper settings.",
		Modules: []string{"textwrap"},
		Entries: []*Entry{
			fn("textwrap.wrap", "text, width=70", returns(&types.List{Elem: types.Str}), func(c *EmitCall) jen.Code {
				return Rt("TextwrapWrap").Call(c.ArgAs("text", types.Str, nil), c.ArgAs("width", types.Int, jen.Lit(70)))
			}),
			fn("textwrap.fill", "text, width=70", returns(types.Str), func(c *EmitCall) jen.Code {
				return Rt("TextwrapFill").Call(c.ArgAs("text", types.Str, nil), c.ArgAs("width", types.Int, jen.Lit(70)))
			}),
			fn("textwrap.shorten", "text, width, *, placeholder=' [...]'", returns(types.Str), func(c *EmitCall) jen.Code {
				return Rt("TextwrapShorten").Call(c.ArgAs("text", types.Str, nil), c.ArgAs("width", types.Int, nil),
					c.ArgAs("placeholder", types.Str, jen.Lit(" [...]")))
			}),
			fn("textwrap.dedent", "text", returns(types.Str), call("TextwrapDedent", "text")),
			fn("textwrap.indent", "text, prefix, predicate=None", returns(types.Str), func(c *EmitCall) jen.Code {
				if c.Args.Has("predicate") {
					c.Env.Errorf(c.Call.Start(), "not supported yet: textwrap.indent with predicate")
				}
				return Rt("TextwrapIndent").Call(c.ArgAs("text", types.Str, nil), c.ArgAs("prefix", types.Str, nil))
			}),
		},
	})
}
