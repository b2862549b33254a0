package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

func init() {
	Register(&Recognizer{
		Name:    "copy",
		Doc:     "copy: copy and deepcopy of lists, dicts, tuples and the collections' containers, keeping Go types.",
		Modules: []string{"copy"},
		Entries: []*Entry{
			fn("copy.copy", "x", copyType, func(c *EmitCall) jen.Code {
				x := c.Args.Get("x")
				if _, ok := c.Env.TypeOf(x).(*types.List); ok {
					return jen.Qual("slices", "Clone").Call(c.Env.Expr(x))
				}
				return Rt("Copy").Call(c.Env.Expr(x))
			}),
			fn("copy.deepcopy", "x, memo=None", copyType, func(c *EmitCall) jen.Code {
				return Rt("Deepcopy").Call(c.Arg("x"))
			}),
		},
	})
}

// copyType is the type of a copy: the original's.
func copyType(c *TypeCall) types.Type { return c.Type("x") }
