package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// textFile is the class of files open() returns in text mode.
const textFile = "builtins.TextIOWrapper"

func init() {
	RegisterType(textFile, GoType{Name: "TextFile"})
	file := named(textFile)
	Register(&Recognizer{
		Name: "io",
		Doc:  "open() for text files and the methods of the file it returns.",
		Entries: []*Entry{
			fn("builtins.open", "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None",
				returns(file), emitOpen),
			proc(textFile+".__exit__", "", method("Close")),
			proc(textFile+".close", "", method("Close")),
			fn(textFile+".read", "size=-1, /", returns(types.Str), func(c *EmitCall) jen.Code {
				return recv(c).Dot("Read").Call(c.ArgAs("size", types.Int, jen.Lit(-1)))
			}),
			fn(textFile+".readline", "", returns(types.Str), method("Readline")),
			fn(textFile+".readlines", "", returns(&types.List{Elem: types.Str}), method("Readlines")),
			fn(textFile+".write", "s, /", returns(types.Int), func(c *EmitCall) jen.Code {
				return recv(c).Dot("Write").Call(c.ArgAs("s", types.Str, nil))
			}),
			proc(textFile+".writelines", "lines, /", func(c *EmitCall) jen.Code {
				return recv(c).Dot("Writelines").Call(c.ArgAs("lines", types.Object, nil))
			}),
			value(textFile+".name", types.Str, func(c *EmitCall) jen.Code { return recv(c).Dot("Name").Call() }),
			value(textFile+".closed", types.Bool, func(c *EmitCall) jen.Code { return recv(c).Dot("Closed").Call() }),
		},
	})
}

func emitOpen(c *EmitCall) jen.Code {
	for _, unsupported := range []string{"buffering", "errors", "newline"} {
		if a := c.Args.Get(unsupported); a != nil {
			c.Env.Errorf(a.Start(), "not supported yet: open(%s=...)", unsupported)
		}
	}
	return Rt("Open").Call(c.ArgAs("file", types.Str, nil), c.ArgAs("mode", types.Str, jen.Lit("r")),
		c.ArgAs("encoding", types.Object, jen.Nil()))
}
