package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

func init() {
	RegisterType("os._Environ", GoType{Name: "Dict"})
	str := types.Str
	Register(&Recognizer{
		Name: "os",
		Doc: "os: getpid, getppid, cpu_count, getcwd, listdir, environ, getenv, sep, name, remove, unlink, " +
			"rmdir, mkdir, makedirs, rename, replace, and os.path's " +
			"join, exists, isfile, isdir, getsize, basename, dirname, split, splitext, abspath, normpath.",
		Modules: []string{"os", "os.path"},
		Entries: []*Entry{
			fn("os.getpid", "", returns(types.Int), call("Getpid")),
			fn("os.getppid", "", returns(types.Int), call("Getppid")),
			fn("os.cpu_count", "", returns(types.Int), goCall("runtime", "NumCPU")),
			fn("os.getcwd", "", returns(str), call("Getcwd")),
			fn("os.listdir", "path='.'", returns(&types.List{Elem: str}), func(c *EmitCall) jen.Code {
				return Rt("Listdir").Call(c.ArgAs("path", str, jen.Lit(".")))
			}),
			value("os.sep", str, func(*EmitCall) jen.Code { return jen.Lit("/") }),
			value("os.linesep", str, func(*EmitCall) jen.Code { return jen.Lit("\n") }),
			value("os.name", str, func(*EmitCall) jen.Code { return jen.Lit("posix") }),
			value("os.environ", named("os._Environ"), func(*EmitCall) jen.Code { return Rt("OSEnviron").Call() }),
			fn("os.getenv", "key, default=None", typeOfGetenv, emitGetenv),
			proc("os.remove", "path", strCall("OSRemove", "path")),
			proc("os.unlink", "path", strCall("OSRemove", "path")),
			proc("os.rmdir", "path", strCall("Rmdir", "path")),
			proc("os.mkdir", "path, mode=0o777", func(c *EmitCall) jen.Code {
				return Rt("Mkdir").Call(c.ArgAs("path", str, nil), c.ArgAs("mode", types.Int, jen.Lit(0o777)))
			}),
			proc("os.makedirs", "name, mode=0o777, exist_ok=False", func(c *EmitCall) jen.Code {
				return Rt("Makedirs").Call(c.ArgAs("name", str, nil), c.ArgAs("mode", types.Int, jen.Lit(0o777)),
					c.ArgAs("exist_ok", types.Bool, jen.False()))
			}),
			proc("os.rename", "src, dst", strCall("Rename", "src", "dst")),
			proc("os.replace", "src, dst", strCall("Rename", "src", "dst")),
			fn("os._Environ.get", "key, default=None", typeOfGetenv, emitGetenv),
			pathFn("join", "PathJoin", str, "a, *p"),
			pathFn("exists", "PathExists", types.Bool, "path"),
			pathFn("isfile", "PathIsfile", types.Bool, "path"),
			pathFn("isdir", "PathIsdir", types.Bool, "s"),
			pathFn("getsize", "PathGetsize", types.Int, "filename"),
			pathFn("basename", "PathBasename", str, "p"),
			pathFn("dirname", "PathDirname", str, "p"),
			pathFn("abspath", "PathAbspath", str, "path"),
			pathFn("normpath", "PathNormpath", str, "path"),
			pathFn("split", "PathSplit", &types.Tuple{Elems: []types.Type{str, str}}, "p"),
			pathFn("splitext", "PathSplitext", &types.Tuple{Elems: []types.Type{str, str}}, "p"),
		},
	})
}

func init() {
	str := types.Str
	Register(&Recognizer{
		Name:    "tempfile",
		Doc:     "tempfile: mkdtemp, gettempdir; shutil: rmtree.",
		Modules: []string{"tempfile", "shutil"},
		Entries: []*Entry{
			fn("tempfile.mkdtemp", "suffix=None, prefix=None, dir=None", returns(str), func(c *EmitCall) jen.Code {
				return Rt("Mkdtemp").Call(strOr(c, "suffix", ""), strOr(c, "prefix", "tmp"), strOr(c, "dir", ""))
			}),
			fn("tempfile.gettempdir", "", returns(str), call("Gettempdir")),
			proc("shutil.rmtree", "path", strCall("Rmtree", "path")),
		},
	})
}

// strCall emits py.name(args...) with each argument converted to str.
func strCall(name string, args ...string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		out := make([]jen.Code, len(args))
		for i, a := range args {
			out[i] = c.ArgAs(a, types.Str, nil)
		}
		return Rt(name).Call(out...)
	}
}

// strOr is the str argument name, or def when it is absent or None.
func strOr(c *EmitCall, name, def string) jen.Code {
	if a := c.Args.Get(name); a == nil || IsNone(a) {
		return jen.Lit(def)
	}
	return c.ArgAs(name, types.Str, nil)
}

// goCall calls a function of Go's standard library that means what the
// Python function means.
func goCall(pkg, name string) func(*EmitCall) jen.Code {
	return func(*EmitCall) jen.Code { return jen.Qual(pkg, name).Call() }
}

// pathFn is an os.path function of str arguments, implemented by the
// runtime function rtName.
func pathFn(name, rtName string, result types.Type, sig string) *Entry {
	s := Sig(name, sig)
	return fn("os.path."+name, sig, returns(result), func(c *EmitCall) jen.Code {
		var args []jen.Code
		for _, p := range s.Params {
			if p.Kind == VarPositional {
				args = append(args, c.varArgsAs(types.Str)...)
			} else {
				args = append(args, c.ArgAs(p.Name, types.Str, nil))
			}
		}
		return Rt(rtName).Call(args...)
	})
}

func typeOfGetenv(c *TypeCall) types.Type {
	if c.Type("default") == types.Str {
		return types.Str
	}
	return types.Object
}

func emitGetenv(c *EmitCall) jen.Code {
	key := c.ArgAs("key", types.Str, nil)
	if d := c.Args.Get("default"); d != nil && c.Env.TypeOf(d) == types.Str {
		return Rt("GetenvStr").Call(key, c.Env.Expr(d))
	}
	return Rt("Getenv").Call(key, c.ArgAs("default", types.Object, jen.Nil()))
}
