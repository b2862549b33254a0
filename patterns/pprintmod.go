package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

func init() {
	const opts = "indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False"
	Register(&Recognizer{
		Name:    "pprint",
		Doc:     "pprint: pprint, pp and pformat of dicts, lists, tuples, sets and strings (indent, width, sort_dicts); other objects as their repr.",
		Modules: []string{"pprint"},
		Entries: []*Entry{
			proc("pprint.pprint", "object, stream=None, "+opts, func(c *EmitCall) jen.Code {
				return emitPPrint(c, true)
			}),
			proc("pprint.pp", "object, stream=None, "+opts, func(c *EmitCall) jen.Code {
				return emitPPrint(c, false)
			}),
			fn("pprint.pformat", "object, "+opts, returns(types.Str), func(c *EmitCall) jen.Code {
				return Rt("PFormat").Call(c.ArgAs("object", types.Object, nil), ppOptions(c, true))
			}),
		},
	})
}

// emitPPrint is pprint.pprint (sorting dicts by default) or pprint.pp
// (keeping their order).
func emitPPrint(c *EmitCall, sortDicts bool) jen.Code {
	stream := jen.Code(jen.Nil())
	if s := c.Args.Get("stream"); s != nil && !IsNone(s) {
		if n, ok := c.Env.TypeOf(s).(*types.Named); !ok || n.Class != "sys.TextIOWrapper" {
			c.Env.Errorf(s.Start(), "not supported yet: pprint to a stream other than sys.stdout or sys.stderr")
		}
		stream = c.Env.Expr(s)
	}
	return Rt("PPrint").Call(c.ArgAs("object", types.Object, nil), stream, ppOptions(c, sortDicts))
}

// ppOptions is the runtime's PPrintOptions for the call, refusing
// depth, compact and underscore_numbers.
func ppOptions(c *EmitCall, sortDicts bool) jen.Code {
	for _, opt := range []string{"depth", "compact", "underscore_numbers"} {
		if e := c.Args.Get(opt); e != nil && !IsNone(e) && !isFalse(e) {
			c.Env.Errorf(e.Start(), "not supported yet: pprint's %s=", opt)
		}
	}
	return Rt("PPrintOptions").Values(
		jen.Id("Indent").Op(":").Add(c.ArgAs("indent", types.Int, jen.Lit(1))),
		jen.Id("Width").Op(":").Add(c.ArgAs("width", types.Int, jen.Lit(80))),
		jen.Id("SortDicts").Op(":").Add(c.ArgAs("sort_dicts", types.Bool, jen.Lit(sortDicts))))
}
