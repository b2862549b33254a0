package patterns

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	pyrt "github.com/py2go/py2go/runtime"
	"github.com/py2go/py2go/types"
)

const (
	patternClass = "re.Pattern"
	matchClass   = "re.Match"
)

// The re module runs on Go's regexp. A pattern written as a literal is
// checked here, with the same function the runtime uses, so a feature RE2 lacks (lookaround, backreferences) is an
// error naming it at transpile time; other patterns are checked when the
// program compiles them.
func init() {
	RegisterType(patternClass, GoType{Name: "Pattern"})
	RegisterType(matchClass, GoType{Name: "Match"})
	pattern, match := named(patternClass), named(matchClass)
	strs := &types.List{Elem: types.Str}
	entries := []*Entry{
		fn("re.compile", "pattern, flags=0", returns(pattern), func(c *EmitCall) jen.Code { return compiled(c) }),
		fn("re.escape", "pattern", returns(types.Str), call("ReEscape", "pattern")),
		fn(patternClass+".match", "string, pos=0, endpos=None", returns(match), reMethod("Match")),
		fn(patternClass+".search", "string, pos=0, endpos=None", returns(match), reMethod("Search")),
		fn(patternClass+".fullmatch", "string, pos=0, endpos=None", returns(match), reMethod("Fullmatch")),
		fn(patternClass+".finditer", "string, pos=0, endpos=None", returns(&types.Iter{Elem: match}), reMethod("Finditer")),
		fn(patternClass+".findall", "string, pos=0, endpos=None", returns(types.Object), reMethod("FindallObj")),
		fn(patternClass+".split", "string, maxsplit=0", returns(types.Object), emitSplit(false)),
		fn(patternClass+".sub", "repl, string, count=0", typeOfSub, emitSub("Sub")),
		fn(patternClass+".subn", "repl, string, count=0", returns(types.Object), emitSub("Subn")),
		value(patternClass+".pattern", types.Str, func(c *EmitCall) jen.Code { return recv(c).Dot("Pattern") }),
		value(patternClass+".flags", types.Int, func(c *EmitCall) jen.Code { return recv(c).Dot("Flags") }),
		value(patternClass+".groups", types.Int, func(c *EmitCall) jen.Code { return recv(c).Dot("Groups").Call() }),
		fn("re.match", "pattern, string, flags=0", returns(match), reMethod("Match")),
		fn("re.search", "pattern, string, flags=0", returns(match), reMethod("Search")),
		fn("re.fullmatch", "pattern, string, flags=0", returns(match), reMethod("Fullmatch")),
		fn("re.finditer", "pattern, string, flags=0", returns(&types.Iter{Elem: match}), reMethod("Finditer")),
		fn("re.findall", "pattern, string, flags=0", func(c *TypeCall) types.Type {
			if n, ok := literalGroups(c.Args.Get("pattern")); ok && n <= 1 {
				return strs
			}
			return types.Object
		}, emitFindall),
		fn("re.split", "pattern, string, maxsplit=0, flags=0", func(c *TypeCall) types.Type {
			if n, ok := literalGroups(c.Args.Get("pattern")); ok && n == 0 {
				return strs
			}
			return types.Object
		}, emitSplit(true)),
		fn("re.sub", "pattern, repl, string, count=0, flags=0", typeOfSub, emitSub("Sub")),
		fn("re.subn", "pattern, repl, string, count=0, flags=0", returns(types.Object), emitSub("Subn")),
		fn(matchClass+".group", "*groups", func(c *TypeCall) types.Type {
			if len(c.Args.VarArgs) == 0 || isZero(c.Args.VarArgs[0]) && len(c.Args.VarArgs) == 1 {
				return types.Str
			}
			return types.Object
		}, emitGroup),
		fn(matchClass+".groups", "default=None", returns(types.Object), func(c *EmitCall) jen.Code {
			return recv(c).Dot("Groups").Call(c.ArgAs("default", types.Object, jen.Nil()))
		}),
		fn(matchClass+".groupdict", "default=None", returns(types.Object), func(c *EmitCall) jen.Code {
			return recv(c).Dot("Groupdict").Call(c.ArgAs("default", types.Object, jen.Nil()))
		}),
		fn(matchClass+".start", "group=0, /", returns(types.Int), groupMethod("Start")),
		fn(matchClass+".end", "group=0, /", returns(types.Int), groupMethod("End")),
		fn(matchClass+".span", "group=0, /", returns(types.Object), groupMethod("Span")),
		fn(matchClass+".expand", "template", returns(types.Str), method("Expand", "template")),
		value(matchClass+".string", types.Str, func(c *EmitCall) jen.Code { return recv(c).Dot("String").Call() }),
		exceptionValue("re.error", "ReError"),
	}
	for _, f := range [][2]string{{"I", "ReIgnoreCase"}, {"IGNORECASE", "ReIgnoreCase"}, {"M", "ReMultiline"},
		{"MULTILINE", "ReMultiline"}, {"S", "ReDotAll"}, {"DOTALL", "ReDotAll"}, {"X", "ReVerbose"},
		{"VERBOSE", "ReVerbose"}, {"A", "ReASCII"}, {"ASCII", "ReASCII"}} {
		rtName := f[1]
		entries = append(entries, value("re."+f[0], types.Int, func(*EmitCall) jen.Code { return Rt(rtName) }))
	}
	Register(&Recognizer{
		Name: "re",
		Doc: "re on Go's regexp: compile, match, fullmatch, search, findall, finditer, sub (templates and " +
			"functions), subn, split, escape, Match.group/groups/groupdict/start/end/span, flags I, M, S, X.",
		Modules: []string{"re"},
		Entries: entries,
	})
}

// exceptionValue is a library exception class usable in except clauses.
func exceptionValue(path, rtName string) *Entry {
	e := fn(path, "*args", returns(named("BaseException")), func(c *EmitCall) jen.Code {
		return Rt(rtName).Dot("New").Call(c.varArgsAs(types.Object)...)
	})
	e.AsValue = func(*EmitCall) jen.Code { return Rt(rtName) }
	return e
}

// compiled emits the pattern a call works with: the receiver of a Pattern
// method, or re.compile of the pattern and flags arguments.
func compiled(c *EmitCall) jen.Code {
	if c.Recv != nil {
		return recv(c)
	}
	p := c.Args.Get("pattern")
	if s, ok := strLiteral(p); ok {
		if f := pyrt.UnsupportedRegex(s); f != "" {
			c.Env.Errorf(p.Start(), "not supported yet: %s in a regular expression (Go's regexp has no such feature)", f)
		}
	}
	return Rt("ReCompile").Call(c.Env.ExprAs(p, types.Str), c.ArgAs("flags", types.Int, jen.Lit(0)))
}

// reMethod emits compiled(c).Name(string).
func reMethod(name string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		if c.Args.Has("pos") || c.Args.Has("endpos") {
			c.Env.Errorf(c.Call.Start(), "not supported yet: pos and endpos arguments of regular expression methods")
		}
		return jen.Add(compiled(c)).Dot(name).Call(c.ArgAs("string", types.Str, nil))
	}
}

func emitFindall(c *EmitCall) jen.Code {
	name := "FindallObj"
	if _, ok := c.Result.(*types.List); ok {
		name = "Findall"
	}
	return jen.Add(compiled(c)).Dot(name).Call(c.ArgAs("string", types.Str, nil))
}

func emitSplit(module bool) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		name := "SplitObj"
		if _, ok := c.Result.(*types.List); ok {
			name = "Split"
		}
		return jen.Add(compiled(c)).Dot(name).Call(c.ArgAs("string", types.Str, nil), c.ArgAs("maxsplit", types.Int, jen.Lit(0)))
	}
}

// typeOfSub teaches a replacement function that it receives a Match.
func typeOfSub(c *TypeCall) types.Type {
	if r := c.Args.Get("repl"); r != nil && c.Env.TypeOf(r) != types.Str {
		c.Env.CallResult(r, []types.Type{named(matchClass)})
	}
	return types.Str
}

func emitSub(name string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		repl := c.Args.Get("repl")
		s, count := c.ArgAs("string", types.Str, nil), c.ArgAs("count", types.Int, jen.Lit(0))
		if c.Env.TypeOf(repl) == types.Str {
			return jen.Add(compiled(c)).Dot(name).Call(c.Env.Expr(repl), s, count)
		}
		if name != "Sub" {
			c.Env.Errorf(repl.Start(), "not supported yet: subn with a replacement function")
			return jen.Nil()
		}
		return jen.Add(compiled(c)).Dot("SubFunc").Call(replFunc(c, repl), s, count)
	}
}

// replFunc is a replacement function as a Go func(*py.Match) string.
func replFunc(c *EmitCall, repl ast.Expr) jen.Code {
	fn := c.Env.Callback(repl, []types.Type{named(matchClass)})
	return jen.Func().Params(jen.Id("m").Op("*").Add(Rt("Match"))).String().Block(
		jen.Return(Rt("Str").Call(jen.Add(fn).Call(jen.Id("m")))),
	)
}

func emitGroup(c *EmitCall) jen.Code {
	args := c.Args.VarArgs
	switch {
	case len(args) == 0 || len(args) == 1 && isZero(args[0]):
		return recv(c).Dot("Group0").Call()
	case len(args) == 1:
		return recv(c).Dot("Group").Call(c.Env.ExprAs(args[0], types.Object))
	}
	return recv(c).Dot("GroupN").Call(c.varArgsAs(types.Object)...)
}

func groupMethod(name string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		return recv(c).Dot(name).Call(c.ArgAs("group", types.Object, jen.Lit(0)))
	}
}

func isZero(e ast.Expr) bool {
	v, ok := constInt(e)
	return ok && v == 0
}

func strLiteral(e ast.Expr) (string, bool) {
	c, ok := e.(*ast.Constant)
	if !ok || c.Kind != ast.ConstStr {
		return "", false
	}
	return c.Value.(string), true
}

// literalGroups counts the capturing groups of a pattern written as a
// literal.
func literalGroups(e ast.Expr) (int, bool) {
	p, ok := strLiteral(e)
	if !ok {
		return 0, false
	}
	n, inClass := 0, false
	for i := 0; i < len(p); i++ {
		switch {
		case p[i] == '\\':
			i++
		case p[i] == '[':
			inClass = true
		case p[i] == ']':
			inClass = false
		case p[i] == '(' && !inClass:
			if !strings.HasPrefix(p[i:], "(?") || strings.HasPrefix(p[i:], "(?P<") {
				n++
			}
		}
	}
	return n, true
}
