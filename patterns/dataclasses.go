package patterns

import (
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
		Doc:     "@dataclass classes (fields with defaults, field(default=..., default_factory=...), generated __init__, __repr__ and __eq__).",
		Modules: []string{"dataclasses"},
		Entries: []*Entry{
			fn("dataclasses.dataclass", "cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False",
				returns(types.Object), misuse("dataclass")),
			fn("dataclasses.field", "*, default=None, default_factory=None, init=True, repr=True, hash=None, compare=True",
				returns(types.Object), misuse("field")),
		},
	})
}
