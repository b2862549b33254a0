package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// stringConstants are the string module's constants, in CPython's text.
var stringConstants = [][2]string{
	{"ascii_lowercase", "abcdefghijklmnopqrstuvwxyz"},
	{"ascii_uppercase", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
	{"ascii_letters", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"},
	{"digits", "0123456789"},
	{"hexdigits", "0123456789abcdefABCDEF"},
	{"octdigits", "01234567"},
	{"punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"},
	{"whitespace", " \t\n\r\x0b\x0c"},
	{"printable", "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c"},
}

func init() {
	r := &Recognizer{
		Name:    "string",
		Doc:     "string: the character-class constants and capwords.",
		Modules: []string{"string"},
		Entries: []*Entry{
			fn("string.capwords", "s, sep=None", returns(types.Str), func(c *EmitCall) jen.Code {
				return Rt("Capwords").Call(c.ArgAs("s", types.Str, nil), c.ArgAs("sep", types.Object, jen.Nil()))
			}),
		},
	}
	for _, kv := range stringConstants {
		text := kv[1]
		r.Entries = append(r.Entries, value("string."+kv[0], types.Str, func(*EmitCall) jen.Code { return jen.Lit(text) }))
	}
	Register(r)
}
