package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

const parserClass = "argparse.ArgumentParser"

// argActions are the add_argument actions the runtime implements.
var argActions = map[string]bool{
	"store": true, "store_true": true, "store_false": true, "store_const": true,
	"append": true, "count": true, "help": true,
}

func init() {
	RegisterType(parserClass, GoType{Name: "ArgumentParser"})
	parser := named(parserClass)
	Register(&Recognizer{
		Name: "argparse",
		Doc: "argparse: ArgumentParser(prog, description, epilog, add_help), add_argument (positionals and options; " +
			"actions store, store_true, store_false, store_const, append, count; nargs, type, default, choices, required, dest, metavar, help), " +
			"parse_args on sys.argv or a list, print_help/print_usage/format_help/format_usage/error; the namespace is a dynamic value.",
		Modules: []string{"argparse"},
		Entries: []*Entry{
			fn(parserClass, "prog=None, usage=None, description=None, epilog=None, parents=None, formatter_class=None, "+
				"prefix_chars=None, fromfile_prefix_chars=None, argument_default=None, conflict_handler=None, add_help=True, "+
				"allow_abbrev=None, exit_on_error=None", returns(parser), emitArgumentParser),
			addArgument(),
			fn(parserClass+".parse_args", "args=None, namespace=None", returns(types.Object), func(c *EmitCall) jen.Code {
				if c.Args.Has("namespace") {
					c.Env.Errorf(c.Call.Start(), "not supported yet: parse_args(namespace=...)")
				}
				return recv(c).Dot("ParseArgs").Call(c.ArgAs("args", types.Object, jen.Nil()))
			}),
			proc(parserClass+".print_help", "file=None", func(c *EmitCall) jen.Code {
				return recv(c).Dot("PrintHelp").Call(fileArg(c))
			}),
			proc(parserClass+".print_usage", "file=None", func(c *EmitCall) jen.Code {
				return recv(c).Dot("PrintUsage").Call(fileArg(c))
			}),
			fn(parserClass+".format_help", "", returns(types.Str), method("FormatHelp")),
			fn(parserClass+".format_usage", "", returns(types.Str), method("FormatUsage")),
			proc(parserClass+".error", "message", func(c *EmitCall) jen.Code {
				return recv(c).Dot("Error").Call(c.ArgAs("message", types.Str, nil))
			}),
		},
	})
}

// addArgument is parser.add_argument: a function given as type= is
// called with the argument's string.
func addArgument() *Entry {
	e := proc(parserClass+".add_argument", "*name_or_flags, action=None, nargs=None, const=None, default=None, type=None, "+
		"choices=None, required=None, help=None, metavar=None, dest=None", emitAddArgument)
	e.Type = func(c *TypeCall) types.Type {
		if t := c.Args.Get("type"); t != nil {
			if _, ok := c.Env.TypeOf(t).(*types.Func); ok {
				c.Env.CallResult(t, []types.Type{types.Str})
			}
		}
		return types.None
	}
	return e
}

// emitArgumentParser is ArgumentParser(...), refusing the settings the
// runtime does not implement.
func emitArgumentParser(c *EmitCall) jen.Code {
	for _, opt := range []string{"usage", "parents", "formatter_class", "prefix_chars", "fromfile_prefix_chars",
		"argument_default", "conflict_handler", "allow_abbrev", "exit_on_error"} {
		if c.Args.Has(opt) {
			c.Env.Errorf(c.Call.Start(), "not supported yet: ArgumentParser(%s=...)", opt)
			return jen.Nil()
		}
	}
	return Rt("NewArgumentParser").Call(c.ArgAs("prog", types.Object, jen.Nil()), c.ArgAs("description", types.Object, jen.Nil()),
		c.ArgAs("epilog", types.Object, jen.Nil()), c.ArgAs("add_help", types.Bool, jen.True()))
}

// emitAddArgument is parser.add_argument(...): a runtime ArgSpec holding
// the keyword arguments given.
func emitAddArgument(c *EmitCall) jen.Code {
	names := make([]jen.Code, len(c.Args.VarArgs))
	for i, n := range c.Args.VarArgs {
		names[i] = c.Env.ExprAs(n, types.Str)
	}
	fields := []jen.Code{jen.Id("Names").Op(":").Index().String().Values(names...)}
	if a := c.Args.Get("action"); a != nil {
		k, ok := a.(*ast.Constant)
		if !ok || k.Kind != ast.ConstStr || !argActions[k.Value.(string)] {
			c.Env.Errorf(a.Start(), "not supported yet: this add_argument action")
			return jen.Null()
		}
		fields = append(fields, jen.Id("Action").Op(":").Lit(k.Value.(string)))
	}
	for _, kw := range []struct{ arg, field string }{{"nargs", "Nargs"}, {"const", "Const"}, {"default", "Default"},
		{"choices", "Choices"}, {"help", "Help"}, {"metavar", "Metavar"}} {
		if e := c.Args.Get(kw.arg); e != nil && !IsNone(e) {
			fields = append(fields, jen.Id(kw.field).Op(":").Add(c.Env.ExprAs(e, types.Object)))
		}
	}
	if e := c.Args.Get("required"); e != nil {
		fields = append(fields, jen.Id("Required").Op(":").Add(c.Env.ExprAs(e, types.Bool)))
	}
	if e := c.Args.Get("dest"); e != nil {
		fields = append(fields, jen.Id("Dest").Op(":").Add(c.Env.ExprAs(e, types.Str)))
	}
	if t := c.Args.Get("type"); t != nil && !IsNone(t) {
		conv, name := argType(c, t)
		if conv == nil {
			return jen.Null()
		}
		fields = append(fields, jen.Id("Type").Op(":").Add(conv), jen.Id("TypeName").Op(":").Lit(name))
	}
	return recv(c).Dot("AddArgument").Call(Rt("ArgSpec").Values(fields...))
}

// argType is the Go function standing for add_argument's type= (taking
// the string, returning the value) and its name for error messages.
func argType(c *EmitCall, t ast.Expr) (jen.Code, string) {
	switch tt := c.Env.TypeOf(t).(type) {
	case *types.Module:
		switch tt.Path {
		case "builtins.int":
			return Rt("ArgInt"), "int"
		case "builtins.float":
			return Rt("ArgFloat"), "float"
		case "builtins.str":
			return jen.Nil(), "str"
		}
	case *types.Func:
		return Rt("ArgFunc").Call(c.Env.Callback(t, []types.Type{types.Str})), c.Env.FuncName(t)
	}
	c.Env.Errorf(t.Start(), "not supported yet: this add_argument type")
	return nil, ""
}

// fileArg is a print_help/print_usage file argument: a runtime *File,
// nil for stdout.
func fileArg(c *EmitCall) jen.Code {
	f := c.Args.Get("file")
	if f == nil || IsNone(f) {
		return jen.Nil()
	}
	if n, ok := c.Env.TypeOf(f).(*types.Named); !ok || n.Class != "sys.TextIOWrapper" {
		c.Env.Errorf(f.Start(), "not supported yet: printing help to a file other than sys.stdout or sys.stderr")
		return jen.Nil()
	}
	return c.Env.Expr(f)
}
