package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

const (
	counterClass = "collections.Counter"
	ddClass      = "collections.defaultdict"
	dequeClass   = "collections.deque"
	odClass      = "collections.OrderedDict"
)

// collections' containers hold dynamic values (the runtime's Counter,
// defaultdict, deque and OrderedDict): their contents change type as a
// program runs, which Python allows and a Go generic would not.
func init() {
	RegisterType(counterClass, GoType{Name: "Counter"})
	RegisterType(ddClass, GoType{Name: "DefaultDict"})
	RegisterType(dequeClass, GoType{Name: "Deque"})
	RegisterType(odClass, GoType{Name: "OrderedDict"})
	counter, deque := named(counterClass), named(dequeClass)
	objs := &types.List{Elem: types.Object}
	pairs := &types.List{Elem: &types.Tuple{Elems: []types.Type{types.Object, types.Object}}}
	entries := []*Entry{
		fn(counterClass, "iterable=None, /, **kwds", returns(counter), emitCounter),
		fn(counterClass+".most_common", "n=None", returns(&types.List{Elem: &types.Tuple{Elems: []types.Type{types.Object, types.Int}}}),
			func(c *EmitCall) jen.Code {
				return recv(c).Dot("MostCommon").Call(c.ArgAs("n", types.Int, jen.Lit(-1)))
			}),
		proc(counterClass+".update", "iterable, /", objMethod("Update", "iterable")),
		proc(counterClass+".subtract", "iterable, /", objMethod("Subtract", "iterable")),
		fn(counterClass+".elements", "", returns(objs), method("Elements")),
		fn(counterClass+".total", "", returns(types.Object), method("Total")),
		fn(ddClass, "default_factory=None, mapping=None, /, **kwds", func(c *TypeCall) types.Type {
			if f := c.Args.Get("default_factory"); f != nil {
				if _, ok := c.Env.TypeOf(f).(*types.Func); ok {
					c.Env.CallResult(f, nil)
				}
			}
			return named(ddClass)
		}, emitDefaultDict),
		fn(dequeClass, "iterable=None, maxlen=None", returns(deque), func(c *EmitCall) jen.Code {
			return Rt("NewDeque").Call(c.ArgAs("iterable", types.Object, jen.Nil()), c.ArgAs("maxlen", types.Int, jen.Lit(-1)))
		}),
		proc(dequeClass+".append", "x, /", objMethod("Append", "x")),
		proc(dequeClass+".appendleft", "x, /", objMethod("Appendleft", "x")),
		proc(dequeClass+".extend", "iterable, /", objMethod("Extend", "iterable")),
		proc(dequeClass+".extendleft", "iterable, /", objMethod("Extendleft", "iterable")),
		fn(dequeClass+".pop", "", returns(types.Object), method("Pop")),
		fn(dequeClass+".popleft", "", returns(types.Object), method("Popleft")),
		proc(dequeClass+".rotate", "n=1, /", func(c *EmitCall) jen.Code {
			return recv(c).Dot("Rotate").Call(c.ArgAs("n", types.Int, jen.Lit(1)))
		}),
		proc(dequeClass+".clear", "", method("Clear")),
		proc(dequeClass+".reverse", "", method("Reverse")),
		proc(dequeClass+".remove", "value, /", objMethod("Remove", "value")),
		fn(dequeClass+".index", "x, /", returns(types.Int), objMethod("Index", "x")),
		proc(dequeClass+".insert", "i, x, /", func(c *EmitCall) jen.Code {
			return recv(c).Dot("Insert").Call(c.ArgAs("i", types.Int, nil), c.ArgAs("x", types.Object, nil))
		}),
		fn(dequeClass+".count", "x, /", returns(types.Int), objMethod("Count", "x")),
		value(dequeClass+".maxlen", types.Object, func(c *EmitCall) jen.Code { return recv(c).Dot("Maxlen").Call() }),
		fn(odClass, "iterable=None, /, **kwds", returns(named(odClass)), func(c *EmitCall) jen.Code {
			made := Rt("NewOrderedDict").Call(c.ArgAs("iterable", types.Object, jen.Nil()))
			return fillKwds(c, "OrderedDict", made)
		}),
		proc(odClass+".move_to_end", "key, last=True", func(c *EmitCall) jen.Code {
			return recv(c).Dot("MoveToEnd").Call(c.ArgAs("key", types.Object, nil), c.ArgAs("last", types.Bool, jen.True()))
		}),
		fn(odClass+".popitem", "last=True", returns(&types.Tuple{Elems: []types.Type{types.Object, types.Object}}),
			func(c *EmitCall) jen.Code {
				return recv(c).Dot("Popitem").Call(c.ArgAs("last", types.Bool, jen.True()))
			}),
	}
	for _, class := range []string{counterClass, ddClass, odClass} {
		entries = append(entries,
			fn(class+".keys", "", returns(objs), method("Keys")),
			fn(class+".values", "", returns(objs), method("Values")),
			fn(class+".items", "", returns(pairs), method("Items")))
	}
	for _, class := range []string{counterClass, ddClass, odClass} {
		entries = append(entries, dictMethods(class)...)
	}
	for _, class := range []string{ddClass, odClass} {
		entries = append(entries, proc(class+".update", "other=(), /", func(c *EmitCall) jen.Code {
			return recv(c).Dot("PyDict").Call().Dot("Update").Call(c.ArgAs("other", types.Object, jen.Nil()), jen.Nil())
		}))
		entries = append(entries, fn(class+".get", "key, default=None, /", returns(types.Object), func(c *EmitCall) jen.Code {
			return recv(c).Dot("GetDefault").Call(c.ArgAs("key", types.Object, nil), c.ArgAs("default", types.Object, jen.Nil()))
		}))
	}
	entries = append(entries, fn(counterClass+".get", "key, default=None, /", returns(types.Object), func(c *EmitCall) jen.Code {
		return Rt("CounterGet").Call(recv(c), c.ArgAs("key", types.Object, nil), c.ArgAs("default", types.Object, jen.Nil()))
	}))
	Register(&Recognizer{
		Name: "collections",
		Doc: "collections: Counter (most_common, update, subtract, elements, total, + - | &), defaultdict, " +
			"deque (append/appendleft/pop/popleft/extend/rotate/maxlen/remove/insert/index/reverse), OrderedDict " +
			"(move_to_end, popitem); setdefault, pop, clear and update on the dict-like ones.",
		Modules: []string{"collections"},
		Entries: entries,
	})
	for _, o := range []struct {
		op   ast.Operator
		name string
	}{{ast.Add, "AddCounter"}, {ast.Sub, "SubCounter"}, {ast.BitOr, "Or"}, {ast.BitAnd, "And"}} {
		RegisterOperator(&Operator{Op: o.op, Left: counterClass, Right: counterClass, Result: counter, Emit: methodOp(o.name)})
	}
}

// objMethod emits recv.Name(args...) with the arguments as dynamic values.
func objMethod(name string, args ...string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		out := make([]jen.Code, len(args))
		for i, a := range args {
			out[i] = c.ArgAs(a, types.Object, nil)
		}
		return recv(c).Dot(name).Call(out...)
	}
}

// builtinFactories are the classes defaultdict is usually given: the Go
// that makes their empty value.
var builtinFactories = map[string]func() jen.Code{
	"builtins.int":   func() jen.Code { return jen.Lit(0) },
	"builtins.float": func() jen.Code { return jen.Lit(0.0) },
	"builtins.str":   func() jen.Code { return jen.Lit("") },
	"builtins.bool":  func() jen.Code { return jen.False() },
	"builtins.list":  func() jen.Code { return Rt("NewList").Call() },
	"builtins.dict":  func() jen.Code { return Rt("NewDict").Call() },
	"builtins.tuple": func() jen.Code { return Rt("Tuple").Values() },
	"builtins.set":   func() jen.Code { return Rt("SetOf").Call() },
}

// emitDefaultDict is defaultdict(factory, mapping, **kwds): the dict
// with its factory, filled from the mapping and the keywords.
func emitDefaultDict(c *EmitCall) jen.Code {
	made := emitDefaultDictOf(c)
	if c.Args.Has("mapping") {
		made = jen.Add(made).Dot("Fill").Call(c.ArgAs("mapping", types.Object, nil))
	}
	return fillKwds(c, "defaultdict", made)
}

// fillKwds fills the dict-like value made with the call's keyword
// arguments, in their order.
func fillKwds(c *EmitCall, class string, made jen.Code) jen.Code {
	if len(c.Args.VarKw) == 0 {
		return made
	}
	var kv []jen.Code
	for _, k := range c.Args.VarKw {
		if k.Arg == "" {
			c.Env.Errorf(k.Value.Start(), "not supported yet: %s(**mapping)", class)
			return jen.Nil()
		}
		kv = append(kv, jen.Lit(k.Arg), c.Env.ExprAs(k.Value, types.Object))
	}
	return jen.Add(made).Dot("Fill").Call(Rt("DictOf").Call(kv...))
}

func emitDefaultDictOf(c *EmitCall) jen.Code {
	f := c.Args.Get("default_factory")
	if f == nil || IsNone(f) {
		return Rt("NewDefaultDict").Call(jen.Nil(), jen.Lit("None"))
	}
	if m, ok := c.Env.TypeOf(f).(*types.Module); ok {
		if mk, ok := builtinFactories[m.Path]; ok {
			name := m.Path[len("builtins."):]
			return Rt("NewDefaultDict").Call(jen.Func().Params().Add(Rt("Object")).Block(jen.Return(mk())),
				jen.Lit("<class '"+name+"'>"))
		}
	}
	if _, ok := c.Env.TypeOf(f).(*types.Func); !ok {
		c.Env.Errorf(f.Start(), "not supported yet: this defaultdict factory")
		return jen.Nil()
	}
	return Rt("NewDefaultDict").Call(jen.Func().Params().Add(Rt("Object")).Block(jen.Return(jen.Add(c.Env.Expr(f)).Call())),
		jen.Lit("<function "+c.Env.FuncName(f)+">"))
}

// dictMethods are the dict methods the dict-like classes share, through
// the dict each holds (PyDict).
func dictMethods(class string) []*Entry {
	return []*Entry{
		fn(class+".setdefault", "key, default=None, /", returns(types.Object), func(c *EmitCall) jen.Code {
			return recv(c).Dot("PyDict").Call().Dot("SetDefault").Call(c.ArgAs("key", types.Object, nil), c.ArgAs("default", types.Object, jen.Nil()))
		}),
		fn(class+".pop", "key, *default", returns(types.Object), func(c *EmitCall) jen.Code {
			def, has := jen.Code(jen.Nil()), jen.False()
			if len(c.Args.VarArgs) > 1 {
				c.Env.Errorf(c.Call.Start(), "pop expected at most 2 arguments, got %d", 1+len(c.Args.VarArgs))
			}
			if len(c.Args.VarArgs) == 1 {
				def, has = c.Env.ExprAs(c.Args.VarArgs[0], types.Object), jen.True()
			}
			return recv(c).Dot("PyDict").Call().Dot("Pop").Call(c.ArgAs("key", types.Object, nil), def, has)
		}),
		proc(class+".clear", "", func(c *EmitCall) jen.Code { return recv(c).Dot("PyDict").Call().Dot("Clear").Call() }),
	}
}

// emitCounter is Counter(iterable, **kwds): the keyword counts are added
// after the iterable's, in the order written.
func emitCounter(c *EmitCall) jen.Code {
	made := Rt("NewCounter").Call(c.ArgAs("iterable", types.Object, jen.Nil()))
	if len(c.Args.VarKw) == 0 {
		return made
	}
	var kv []jen.Code
	for _, k := range c.Args.VarKw {
		if k.Arg == "" {
			c.Env.Errorf(k.Value.Start(), "not supported yet: Counter(**mapping)")
			return jen.Nil()
		}
		kv = append(kv, jen.Lit(k.Arg), c.Env.ExprAs(k.Value, types.Object))
	}
	counts := Rt("DictOf").Call(kv...)
	if !c.Args.Has("iterable") {
		return Rt("NewCounter").Call(counts)
	}
	return jen.Func().Params().Op("*").Add(Rt("Counter")).Block(
		jen.Id("c").Op(":=").Add(made),
		jen.Id("c").Dot("Update").Call(counts),
		jen.Return(jen.Id("c")),
	).Call()
}
