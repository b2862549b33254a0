package patterns

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

const loggerClass = "logging.Logger"

// logLevels are the level constants and the logging functions (module
// functions and Logger methods) that log at each.
var logLevels = []struct{ name, fn, rt string }{
	{"DEBUG", "debug", "LogDebug"}, {"INFO", "info", "LogInfo"}, {"WARNING", "warning", "LogWarning"},
	{"WARN", "warn", "LogWarning"}, {"ERROR", "error", "LogError"}, {"CRITICAL", "critical", "LogCritical"},
	{"FATAL", "fatal", "LogCritical"}, {"NOTSET", "", "LogNotset"},
}

func init() {
	RegisterType(loggerClass, GoType{Name: "Logger"})
	logger := named(loggerClass)
	entries := []*Entry{
		fn("logging.getLogger", "name=None", returns(logger), func(c *EmitCall) jen.Code {
			return Rt("GetLogger").Call(c.ArgAs("name", types.Object, jen.Nil()))
		}),
		proc("logging.basicConfig", "*, level=None, format=None, datefmt=None, stream=None, style='%', filename=None, filemode='a', handlers=None, force=False, encoding=None, errors=None",
			emitBasicConfig),
		proc(loggerClass+".setLevel", "level", func(c *EmitCall) jen.Code {
			return recv(c).Dot("SetLevel").Call(c.ArgAs("level", types.Object, nil))
		}),
		fn(loggerClass+".isEnabledFor", "level", returns(types.Bool), func(c *EmitCall) jen.Code {
			return recv(c).Dot("IsEnabledFor").Call(c.ArgAs("level", types.Int, nil))
		}),
		fn(loggerClass+".getEffectiveLevel", "", returns(types.Int), method("EffectiveLevel")),
		value(loggerClass+".name", types.Str, func(c *EmitCall) jen.Code { return recv(c).Dot("Name").Call() }),
	}
	for _, lv := range logLevels {
		rt := lv.rt
		entries = append(entries, value("logging."+lv.name, types.Int, func(*EmitCall) jen.Code { return Rt(rt) }))
		if lv.fn == "" {
			continue
		}
		entries = append(entries, logCall("logging."+lv.fn, rt, false), logCall(loggerClass+"."+lv.fn, rt, true))
	}
	entries = append(entries,
		logCall("logging.exception", "LogError", false), logCall(loggerClass+".exception", "LogError", true),
		logCall("logging.log", "", false), logCall(loggerClass+".log", "", true))
	Register(&Recognizer{
		Name: "logging",
		Doc: "logging: getLogger, basicConfig (level, format, datefmt, stream), the level constants, " +
			"debug/info/warning/error/critical/exception/log on the module and on loggers, setLevel, " +
			"isEnabledFor; records go to sys.stderr (or basicConfig's stream), each line written at once.",
		Modules: []string{"logging"},
		Entries: entries,
	})
}

// emitBasicConfig is logging.basicConfig with the options py2go keeps;
// the others are refused.
func emitBasicConfig(c *EmitCall) jen.Code {
	for _, opt := range []string{"filename", "handlers", "force", "encoding", "errors", "filemode"} {
		if c.Args.Has(opt) {
			c.Env.Errorf(c.Call.Start(), "not supported yet: logging.basicConfig(%s=...)", opt)
			return jen.Nil()
		}
	}
	if c.Args.Has("style") && !isStrLit(c.Args.Get("style"), "%") {
		c.Env.Errorf(c.Call.Start(), "not supported yet: logging.basicConfig(style=...) other than '%%'")
		return jen.Nil()
	}
	if f, ok := c.Args.Get("format").(*ast.Constant); ok && f.Kind == ast.ConstStr {
		for _, attr := range []string{"funcName", "lineno", "filename", "pathname", "module"} {
			if strings.Contains(f.Value.(string), "%("+attr+")") {
				c.Env.Errorf(f.Start(), "not supported yet: %%(%s) in a logging format", attr)
				return jen.Nil()
			}
		}
	}
	var stream jen.Code = jen.Nil()
	if s := c.Args.Get("stream"); s != nil && !IsNone(s) {
		if n, ok := c.Env.TypeOf(s).(*types.Named); !ok || n.Class != "sys.TextIOWrapper" {
			c.Env.Errorf(s.Start(), "not supported yet: logging to a stream other than sys.stdout or sys.stderr")
			return jen.Nil()
		}
		stream = c.Arg("stream")
	}
	return Rt("LogBasicConfig").Call(c.ArgAs("level", types.Object, jen.Nil()), c.ArgAs("format", types.Object, jen.Nil()),
		c.ArgAs("datefmt", types.Object, jen.Nil()), stream)
}

// logCall is a logging function at the level rt (the runtime's constant;
// "" for log(level, msg)): on a logger (method) or on the root logger.
// exception() logs the exception being handled after the message.
func logCall(name, rt string, method bool) *Entry {
	sig := "msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None"
	if rt == "" {
		sig = "level, " + sig
	}
	isException := name == "logging.exception" || name == loggerClass+".exception"
	return proc(name, sig, func(c *EmitCall) jen.Code {
		var l jen.Code = Rt("GetLogger").Call(jen.Nil())
		if method {
			l = recv(c)
		}
		var level jen.Code = Rt(rt)
		if rt == "" {
			level = c.ArgAs("level", types.Int, nil)
		}
		for _, opt := range []string{"stack_info", "stacklevel", "extra"} {
			if c.Args.Has(opt) {
				c.Env.Errorf(c.Call.Start(), "not supported yet: %s(%s=...)", name, opt)
				return jen.Nil()
			}
		}
		var exc jen.Code = jen.Nil()
		if isException || c.Args.Has("exc_info") && !IsNone(c.Args.Get("exc_info")) && !isFalseLit(c.Args.Get("exc_info")) {
			if exc = c.Env.HandledException(); exc == nil {
				exc = jen.Nil() // no exception is being handled: CPython prints NoneType: None
			}
		}
		args := []jen.Code{level, exc, c.ArgAs("msg", types.Object, nil)}
		for _, a := range c.Args.VarArgs {
			args = append(args, c.Env.ExprAs(a, types.Object))
		}
		return jen.Add(l).Dot("LogExc").Call(args...)
	})
}

// isStrLit reports whether e is the string literal s.
func isStrLit(e ast.Expr, s string) bool {
	c, ok := e.(*ast.Constant)
	return ok && c.Kind == ast.ConstStr && c.Value == s
}

// isFalseLit reports whether e is the literal False.
func isFalseLit(e ast.Expr) bool {
	c, ok := e.(*ast.Constant)
	return ok && c.Value == false
}
