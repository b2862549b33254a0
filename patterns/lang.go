package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// The builtins that belong to the language core: sets, iterators.
func init() {
	RegisterType("builtins.iterator", GoType{Name: "Iterator"})
	RegisterType("builtins.set", GoType{Name: "Set"})
	Register(&Recognizer{
		Name:    "lang",
		Modules: []string{"builtins"},
		Doc:     "set(), frozenset(), iter(), next(): the builtins the language core's data and generators need.",
		Entries: []*Entry{
			fn("builtins.set", "iterable=None, /", returns(types.Object), emitSet("SetFrom")),
			fn("builtins.frozenset", "iterable=None, /", returns(types.Object), emitSet("FrozenSetFrom")),
			fn("builtins.iter", "obj, /", typeOfIter, emitIter),
			fn("builtins.next", "iterator, default=None, /", typeOfNext, emitNext),
			value("BaseException.__cause__", types.Object, func(c *EmitCall) jen.Code {
				return Rt("ErrorOrNone").Call(recv(c).Dot("Cause"))
			}),
			value("BaseException.__context__", types.Object, func(c *EmitCall) jen.Code {
				return Rt("ErrorOrNone").Call(recv(c).Dot("Context"))
			}),
			// An exception group's exceptions and message; other
			// exceptions raise AttributeError, as in CPython.
			value("BaseException.exceptions", types.Object, method("Exceptions")),
			value("BaseException.message", types.Str, method("Message")),
			fn("BaseException.split", "condition, /", returns(&types.Tuple{Elems: []types.Type{types.Object, types.Object}}), func(c *EmitCall) jen.Code {
				return recv(c).Dot("Split").Call(c.ArgAs("condition", types.Object, nil))
			}),
			fn("BaseException.subgroup", "condition, /", returns(types.Object), func(c *EmitCall) jen.Code {
				return recv(c).Dot("Subgroup").Call(c.ArgAs("condition", types.Object, nil))
			}),
		},
	})
}

// Iterator is the type of iter(x) over items of type elem.
func Iterator(elem types.Type) types.Type { return named("builtins.iterator", elem) }

func typeOfIter(c *TypeCall) types.Type {
	return Iterator(types.Elem(c.Type("obj")))
}

func emitIter(c *EmitCall) jen.Code {
	obj := c.Args.Get("obj")
	seq := &types.Iter{Elem: types.Elem(c.Env.TypeOf(obj))}
	return Rt("NewIterator").Call(c.Env.ExprAs(obj, seq))
}

func typeOfNext(c *TypeCall) types.Type {
	elem := argOf(c.Type("iterator"))
	if c.Args.Has("default") {
		return types.Join(elem, c.Type("default"))
	}
	return elem
}

func emitNext(c *EmitCall) jen.Code {
	it := c.Args.Get("iterator")
	elem := argOf(c.Env.TypeOf(it))
	code := c.Env.ExprAs(it, Iterator(elem))
	if !c.Args.Has("default") {
		return jen.Add(code).Dot("Next").Call()
	}
	def := c.Args.Get("default")
	if types.Equal(c.Env.TypeOf(def), elem) {
		return jen.Add(code).Dot("NextOr").Call(c.Env.Expr(def))
	}
	return Rt("NextObj").Call(code, c.Env.ExprAs(def, types.Object))
}

// emitSet emits set(x) or frozenset(x); without an argument the empty one.
func emitSet(name string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		if !c.Args.Has("iterable") {
			return Rt(name).Call(jen.Nil())
		}
		return Rt(name).Call(c.ArgAs("iterable", types.Object, nil))
	}
}
