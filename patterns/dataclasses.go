package patterns

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// The dataclasses module is translated by the emitter's class support: a
// @dataclass class becomes a struct whose constructor takes its fields,
// with a generated repr and ==, and field(default=..., default_factory=...)
// gives a field's default. Used anywhere else, these names are errors.
func init() {
	misuse := func(name string) func(*EmitCall) jen.Code {
		return func(c *EmitCall) jen.Code {
			c.Env.Errorf(c.Call.Start(), "not supported yet: dataclasses.%s outside a @dataclass class", name)
			return jen.Nil()
		}
	}
	Register(&Recognizer{
		Name:    "dataclasses",
		Doc:     "@dataclass classes (fields with defaults, field(default=..., default_factory=...), generated __init__, __repr__ and __eq__), asdict and astuple.",
		Modules: []string{"dataclasses"},
		Entries: []*Entry{
			fn("dataclasses.dataclass", "cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False",
				returns(types.Object), misuse("dataclass")),
			fn("dataclasses.field", "*, default=None, default_factory=None, init=True, repr=True, hash=None, compare=True",
				returns(types.Object), misuse("field")),
			fn("dataclasses.asdict", "obj, *, dict_factory=dict", returns(types.Object), dataclassConversion("AsDict")),
			fn("dataclasses.astuple", "obj, *, tuple_factory=tuple", returns(types.Object), dataclassConversion("AsTuple")),
		},
	})
}

// dataclassConversion is asdict or astuple (the runtime's fn): every
// dataclass of a program that calls them lists its fields at run time.
func dataclassConversion(fn string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		for _, k := range []string{"dict_factory", "tuple_factory"} {
			if c.Args.Has(k) {
				c.Env.Errorf(c.Call.Start(), "not supported yet: dataclasses.%s with %s", strings.ToLower(fn[:2])+strings.ToLower(fn[2:]), k)
				return jen.Nil()
			}
		}
		return Rt(fn).Call(c.ArgAs("obj", types.Object, nil))
	}
}
