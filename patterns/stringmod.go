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

const templateClass = "string.Template"

func init() {
	RegisterType(templateClass, GoType{Name: "Template"})
	r := &Recognizer{
		Name:    "string",
		Doc:     "string: the character-class constants, capwords and Template (substitute, safe_substitute, get_identifiers, is_valid).",
		Modules: []string{"string"},
		Entries: []*Entry{
			fn("string.capwords", "s, sep=None", returns(types.Str), func(c *EmitCall) jen.Code {
				return Rt("Capwords").Call(c.ArgAs("s", types.Str, nil), c.ArgAs("sep", types.Object, jen.Nil()))
			}),
			fn(templateClass, "template", returns(named(templateClass)), func(c *EmitCall) jen.Code {
				return Rt("NewTemplate").Call(c.ArgAs("template", types.Str, nil))
			}),
			fn(templateClass+".substitute", "mapping=None, /, **kws", returns(types.Str), emitSubstitute("Substitute")),
			fn(templateClass+".safe_substitute", "mapping=None, /, **kws", returns(types.Str), emitSubstitute("SafeSubstitute")),
			fn(templateClass+".get_identifiers", "", returns(&types.List{Elem: types.Str}), method("Identifiers")),
			fn(templateClass+".is_valid", "", returns(types.Bool), method("IsValid")),
			value(templateClass+".template", types.Str, func(c *EmitCall) jen.Code { return recv(c).Dot("Text") }),
		},
	}
	for _, kv := range stringConstants {
		text := kv[1]
		r.Entries = append(r.Entries, value("string."+kv[0], types.Str, func(*EmitCall) jen.Code { return jen.Lit(text) }))
	}
	Register(r)
}

// emitSubstitute emits t.substitute(mapping, **kws): the mapping as a
// dynamic value (nil when absent) and the keywords as py.Kwargs.
func emitSubstitute(name string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		kw := jen.Code(jen.Nil())
		if len(c.Args.VarKw) > 0 {
			d := jen.Dict{}
			for _, k := range c.Args.VarKw {
				if k.Arg == "" {
					c.Env.Errorf(k.P, "not supported yet: **mapping in Template.%s()", name)
					return jen.Nil()
				}
				d[jen.Lit(k.Arg)] = c.Env.ExprAs(k.Value, types.Object)
			}
			kw = Rt("Kwargs").Values(d)
		}
		return recv(c).Dot(name).Call(c.ArgAs("mapping", types.Object, jen.Nil()), kw)
	}
}
