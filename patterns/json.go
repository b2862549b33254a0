package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

const dumpsSig = "obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, " +
	"indent=None, separators=None, default=None, sort_keys=False"

func init() {
	Register(&Recognizer{
		Name: "json",
		Doc: "json: dumps (indent, separators, sort_keys, ensure_ascii) with CPython's exact text, dump to " +
			"sys.stdout/sys.stderr, loads into dicts in document order, JSONDecodeError.",
		Modules: []string{"json"},
		Entries: []*Entry{
			fn("json.dumps", dumpsSig, returns(types.Str), func(c *EmitCall) jen.Code { return jsonDumps(c) }),
			proc("json.dump", "obj, fp, "+dumpsSig[len("obj, "):], func(c *EmitCall) jen.Code {
				fp := c.Args.Get("fp")
				if n, ok := c.Env.TypeOf(fp).(*types.Named); !ok || n.Class != "sys.TextIOWrapper" {
					c.Env.Errorf(fp.Start(), "not supported yet: json.dump to a file other than sys.stdout or sys.stderr")
					return jen.Nil()
				}
				return jen.Add(c.Env.Expr(fp)).Dot("WriteString").Call(jsonDumps(c))
			}),
			fn("json.loads", "s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, "+
				"parse_constant=None, object_pairs_hook=None", returns(types.Object), func(c *EmitCall) jen.Code {
				for _, hook := range []string{"cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"} {
					if c.Args.Has(hook) {
						c.Env.Errorf(c.Args.Get(hook).Start(), "not supported yet: json.loads with %s", hook)
					}
				}
				return Rt("JSONLoads").Call(c.ArgAs("s", types.Str, nil))
			}),
			exceptionValue("json.JSONDecodeError", "JSONDecodeError"),
		},
	})
}

func jsonDumps(c *EmitCall) jen.Code {
	for _, unsupported := range []string{"skipkeys", "cls", "default"} {
		if a := c.Args.Get(unsupported); a != nil && !IsNone(a) {
			c.Env.Errorf(a.Start(), "not supported yet: json.dumps with %s", unsupported)
		}
	}
	opts := jen.Dict{
		jen.Id("ASCII"): c.ArgAs("ensure_ascii", types.Bool, jen.True()),
	}
	if c.Args.Has("indent") && !IsNone(c.Args.Get("indent")) {
		opts[jen.Id("Indent")] = c.ArgAs("indent", types.Object, nil)
	}
	if c.Args.Has("sort_keys") {
		opts[jen.Id("SortKeys")] = c.ArgAs("sort_keys", types.Bool, nil)
	}
	if s := c.Args.Get("separators"); s != nil && !IsNone(s) {
		elems, ok := SequenceElems(s)
		if !ok || len(elems) != 2 {
			c.Env.Errorf(s.Start(), "not supported yet: separators that are not a (item, key) pair written out")
		} else {
			opts[jen.Id("ItemSep")] = c.Env.ExprAs(elems[0], types.Str)
			opts[jen.Id("KeySep")] = c.Env.ExprAs(elems[1], types.Str)
			opts[jen.Id("HasSeps")] = jen.True()
		}
	}
	return Rt("JSONDumps").Call(c.ArgAs("obj", types.Object, nil), Rt("JSONOptions").Values(opts))
}
