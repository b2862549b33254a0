package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

func init() {
	RegisterType("sys.TextIOWrapper", GoType{Name: "File"})
	RegisterType("sys.version_info", GoType{Name: "VersionInfo", Value: true})
	stream := named("sys.TextIOWrapper")
	Register(&Recognizer{
		Name: "sys",
		Doc: "sys: argv, exit, stdin (read, readline, readlines, lines), stdout/stderr (write, flush, print's file=), platform, maxsize, " +
			"version_info, get/setrecursionlimit.",
		Modules: []string{"sys"},
		Entries: []*Entry{
			value("sys.argv", &types.List{Elem: types.Str}, func(*EmitCall) jen.Code { return Rt("Argv").Call() }),
			value("sys.stdout", stream, func(*EmitCall) jen.Code { return Rt("Stdout") }),
			value("sys.stderr", stream, func(*EmitCall) jen.Code { return Rt("Stderr") }),
			value("sys.stdin", named(textFile), func(*EmitCall) jen.Code { return Rt("SysStdin").Call() }),
			value("sys.platform", types.Str, func(*EmitCall) jen.Code { return Rt("Platform").Call() }),
			value("sys.maxsize", types.Int, func(*EmitCall) jen.Code { return jen.Qual("math", "MaxInt") }),
			value("sys.byteorder", types.Str, func(*EmitCall) jen.Code { return jen.Lit("little") }),
			value("sys.version_info", named("sys.version_info"), func(*EmitCall) jen.Code { return Rt("VersionInfo").Values() }),
			value("sys.version_info.major", types.Int, func(c *EmitCall) jen.Code { return recv(c).Dot("Major").Call() }),
			value("sys.version_info.minor", types.Int, func(c *EmitCall) jen.Code { return recv(c).Dot("Minor").Call() }),
			proc("sys.exit", "status=None, /", func(c *EmitCall) jen.Code {
				return Rt("Exit").Call(c.ArgAs("status", types.Object, jen.Nil()))
			}),
			fn("sys.getrecursionlimit", "", returns(types.Int), func(*EmitCall) jen.Code { return Rt("GetRecursionLimit").Call() }),
			proc("sys.setrecursionlimit", "limit, /", func(c *EmitCall) jen.Code {
				return Rt("SetRecursionLimit").Call(c.ArgAs("limit", types.Int, nil))
			}),
			fn("sys.TextIOWrapper.write", "s, /", returns(types.Int), func(c *EmitCall) jen.Code {
				return recv(c).Dot("WriteStr").Call(c.ArgAs("s", types.Str, nil))
			}),
			proc("sys.TextIOWrapper.flush", "", method("Flush")),
		},
	})
}
