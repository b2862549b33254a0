package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// exceptionClasses are the builtin exception classes; each is a runtime
// variable of the same name.
var exceptionClasses = []string{
	"BaseException", "Exception", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "StopIteration",
	"StopAsyncIteration", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
	"AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError",
	"LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
	"BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
	"ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
	"InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
	"TimeoutError", "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError",
	"SyntaxError", "SystemError", "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError",
	"UnicodeEncodeError", "BaseExceptionGroup", "ExceptionGroup",
}

func init() {
	RegisterType("BaseException", GoType{Name: "Error"})
	RegisterType("builtins.type", GoType{Name: "Class", Value: true})
	RegisterType(rangeClass, GoType{Name: "IntRange", Value: true})
	r := &Recognizer{
		Name:    "builtins",
		Doc:     "Python's builtin functions, constants and exception classes.",
		Modules: []string{"builtins"},
		Entries: []*Entry{
			proc("builtins.print", "*objects, sep=' ', end='\\n', file=None, flush=False", emitPrint),
			fn("builtins.range", "start, stop=None, step=None", returns(named(rangeClass)), emitRange),
			value(rangeClass+".start", types.Int, method("Start")),
			value(rangeClass+".stop", types.Int, method("Stop")),
			value(rangeClass+".step", types.Int, method("Step")),
			fn(rangeClass+".index", "value, /", returns(types.Int), method("Index", "value")),
			fn(rangeClass+".count", "value, /", returns(types.Int), method("Count", "value")),
			fn("builtins.len", "obj, /", returns(types.Int), emitLen),
			fn("builtins.str", "object=''", returns(types.Str), emitStr),
			fn("builtins.repr", "obj, /", returns(types.Str), call("Repr", "obj")),
			fn("builtins.int", "x=0, /, base=10", returns(types.Int), emitInt),
			fn("builtins.sorted", "iterable, /, *, key=None, reverse=False", typeSorted, emitSorted),
			fn("builtins.min", "*args, key=None, default=None", typeMinMax, emitMinMax("min", -1)),
			fn("builtins.max", "*args, key=None, default=None", typeMinMax, emitMinMax("max", 1)),
			fn("builtins.sum", "iterable, /, start=0", typeSum, emitSum),
			fn("builtins.any", "iterable, /", returns(types.Bool), emitAnyAll("Any")),
			fn("builtins.all", "iterable, /", returns(types.Bool), emitAnyAll("All")),
			fn("builtins.map", "func, iterable, /, *iterables", typeMap, emitMap),
			fn("builtins.filter", "function, iterable, /", typeFilter, emitFilter),
			fn("builtins.enumerate", "iterable, start=0", typeEnumerate, emitEnumerate),
			fn("builtins.zip", "*iterables, strict=False", typeZip, emitZip),
			fn("builtins.reversed", "seq, /", typeReversed, emitReversed),
			fn("builtins.list", "iterable=None, /", typeList, emitList),
			fn("builtins.tuple", "iterable=None, /", returns(types.Object), emitTuple),
			spreadKw(fn("builtins.dict", "iterable=None, /, **kwargs", returns(types.Object), emitDict)),
			fn("builtins.float", "x=0.0", returns(types.Float), emitFloat),
			value("builtins.__name__", types.Str, func(*EmitCall) jen.Code { return jen.Lit("__main__") }),
		},
	}
	r.Entries = append(r.Entries, builtinScalarEntries()...)
	for _, name := range exceptionClasses {
		r.Entries = append(r.Entries, exceptionClass("builtins."+name, name))
	}
	Register(r)
}

// exceptionClass is a builtin exception class: calling it makes an
// instance, naming it (in except clauses) gives the class.
func exceptionClass(path, rtName string) *Entry {
	exceptionPaths[path] = true
	e := fn(path, "*args", returns(named("BaseException")), func(c *EmitCall) jen.Code {
		args := make([]jen.Code, len(c.Args.VarArgs))
		for i, a := range c.Args.VarArgs {
			args[i] = c.Env.ExprAs(a, types.Object)
		}
		return Rt(rtName).Dot("New").Call(args...)
	})
	e.AsValue = func(*EmitCall) jen.Code { return Rt(rtName) }
	return e
}

// exceptionPaths holds the qualified names of the library's exception
// classes (builtins.ValueError, asyncio.CancelledError).
var exceptionPaths = map[string]bool{}

// IsExceptionClass reports whether path names a library exception class,
// whose runtime value (an ExceptionType) isinstance, issubclass and except
// clauses test against.
func IsExceptionClass(path string) bool { return exceptionPaths[path] }

func emitPrint(c *EmitCall) jen.Code {
	args := objectArgs(c.Env, c.Args.VarArgs)
	if !c.Args.Has("sep") && !c.Args.Has("end") && !c.Args.Has("file") && !c.Args.Has("flush") {
		return Rt("Print").Call(args...)
	}
	opts := jen.Dict{
		jen.Id("Sep"): c.ArgAs("sep", types.Str, jen.Lit(" ")),
		jen.Id("End"): c.ArgAs("end", types.Str, jen.Lit("\n")),
	}
	if f := c.Args.Get("file"); f != nil && !IsNone(f) {
		file := jen.Add(c.Env.Expr(f))
		if n, ok := c.Env.TypeOf(f).(*types.Named); ok && n.Class == textFile {
			file = file.Dot("Out").Call()
		}
		opts[jen.Id("File")] = file
	}
	if c.Args.Has("flush") {
		opts[jen.Id("Flush")] = c.ArgAs("flush", types.Bool, jen.False())
	}
	return Rt("PrintOpts").Call(append([]jen.Code{Rt("PrintOptions").Values(opts)}, args...)...)
}

// rangeClass is the type of range(...): Python's range object, a
// py.IntRange; loops over it take its items with All().
const rangeClass = "builtins.range"

// emitRange is range() used as a value; loops over range are emitted as Go
// integer loops by the emitter itself.
func emitRange(c *EmitCall) jen.Code {
	var args []jen.Code
	for _, n := range []string{"start", "stop", "step"} {
		if a := c.Args.Get(n); a != nil {
			args = append(args, c.Env.ExprAs(a, types.Int))
		}
	}
	return Rt("NewIntRange").Call(args...)
}

func emitLen(c *EmitCall) jen.Code {
	a := c.Args.Get("obj")
	switch c.Env.TypeOf(a).(type) {
	case *types.List:
		return jen.Len(c.Env.Expr(a))
	}
	if c.Env.TypeOf(a) == types.Str {
		return jen.Qual("unicode/utf8", "RuneCountInString").Call(c.Env.Expr(a))
	}
	if isRange(c.Env, a) {
		return jen.Add(c.Env.Expr(a)).Dot("Len").Call()
	}
	return Rt("Len").Call(c.Env.ExprAs(a, types.Object))
}

func emitStr(c *EmitCall) jen.Code {
	a := c.Args.Get("object")
	if a == nil {
		return jen.Lit("")
	}
	switch c.Env.TypeOf(a) {
	case types.Str:
		return c.Env.Expr(a)
	case types.Int:
		return jen.Qual("strconv", "Itoa").Call(c.Env.Expr(a))
	}
	return Rt("Str").Call(c.Env.ExprAs(a, types.Object))
}

func emitInt(c *EmitCall) jen.Code {
	a := c.Args.Get("x")
	if a == nil {
		return jen.Lit(0)
	}
	if hasArg(c.Args, "base") {
		return Rt("ToInt").Call(Rt("IntBase").Call(c.Env.ExprAs(a, types.Str), c.ArgAs("base", types.Int, nil)))
	}
	if c.Env.TypeOf(a) == types.Int {
		return c.Env.Expr(a)
	}
	return Rt("ToInt").Call(c.Env.ExprAs(a, types.Object))
}

func emitFloat(c *EmitCall) jen.Code {
	a := c.Args.Get("x")
	if a == nil {
		return jen.Lit(0.0)
	}
	switch c.Env.TypeOf(a) {
	case types.Float:
		return c.Env.Expr(a)
	case types.Int:
		return jen.Float64().Call(c.Env.Expr(a))
	}
	return Rt("ToFloat").Call(c.Env.ExprAs(a, types.Object))
}

// constInt reports the value of an int literal.
func constInt(e ast.Expr) (int64, bool) {
	c, ok := e.(*ast.Constant)
	if !ok || c.Kind != ast.ConstInt {
		return 0, false
	}
	v, ok := c.Value.(interface {
		IsInt64() bool
		Int64() int64
	})
	if !ok || !v.IsInt64() {
		return 0, false
	}
	return v.Int64(), true
}

// objectArgs emits arguments for a variadic ...Object parameter. A
// *argument (print(*xs)) spreads its items: the arguments become one
// []Object built with append and passed with "...".
func objectArgs(env EmitEnv, args []ast.Expr) []jen.Code {
	var plain []jen.Code
	var acc jen.Code
	starred := false
	for _, a := range args {
		st, ok := a.(*ast.Starred)
		if !ok {
			plain = append(plain, env.ExprAs(a, types.Object))
			continue
		}
		items := Rt("ItemsOf").Types(Rt("Object")).Call(env.ExprAs(st.Value, types.Object))
		switch {
		case !starred && len(plain) == 0:
			acc = items
		case !starred:
			acc = jen.Append(jen.Index().Add(Rt("Object")).Values(plain...), jen.Add(items).Op("..."))
		default:
			if len(plain) > 0 {
				acc = jen.Append(append([]jen.Code{acc}, plain...)...)
			}
			acc = jen.Append(acc, jen.Add(items).Op("..."))
		}
		plain, starred = nil, true
	}
	if !starred {
		return plain
	}
	if len(plain) > 0 {
		acc = jen.Append(append([]jen.Code{acc}, plain...)...)
	}
	return []jen.Code{jen.Add(acc).Op("...")}
}
