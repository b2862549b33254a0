package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// refusedBuiltins are the builtins that run or inspect code at run time.
// A Go program is compiled ahead of time, so they cannot become static Go;
// naming them here turns "calling a value whose type is not known" into an
// error that says which construct is refused and why.
var refusedBuiltins = map[string]string{
	"eval":       "eval() runs code built at run time",
	"exec":       "exec() runs code built at run time",
	"compile":    "compile() builds code at run time",
	"globals":    "globals() exposes the module's namespace as a dict",
	"locals":     "locals() exposes a function's namespace as a dict",
	"vars":       "vars() exposes a namespace as a dict",
	"__import__": "__import__() imports modules chosen at run time",
	"breakpoint": "breakpoint() starts the Python debugger",
}

func init() {
	r := &Recognizer{
		Name:    "refused builtins",
		Doc:     "eval, exec, compile, globals, locals, vars, __import__ and breakpoint: refused with the reason.",
		Modules: nil,
	}
	for name, why := range refusedBuiltins {
		why := why
		refuse := func(c *EmitCall) jen.Code {
			c.Env.Errorf(c.Call.Start(), "not supported: %s, which a compiled Go program cannot do", why)
			return jen.Nil()
		}
		e := fn("builtins."+name, "*args, **kwargs", returns(types.Object), refuse)
		e.AsValue = func(c *EmitCall) jen.Code {
			c.Env.Errorf(c.Pos, "not supported: %s, which a compiled Go program cannot do", why)
			return jen.Nil()
		}
		r.Entries = append(r.Entries, e)
	}
	Register(r)
}
