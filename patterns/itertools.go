package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// itertools' functions are Go range-over-func sequences (iter.Seq) from
// the runtime; their items keep the input's Go type where it has one.
func init() {
	Register(&Recognizer{
		Name: "itertools",
		Doc: "itertools: count, cycle, repeat, chain, chain.from_iterable, islice, product, permutations, " +
			"combinations, combinations_with_replacement, zip_longest, groupby, accumulate, takewhile, " +
			"dropwhile, filterfalse, pairwise, starmap, tee.",
		Modules: []string{"itertools"},
		Entries: []*Entry{
			fn("itertools.count", "start=0, step=1", func(c *TypeCall) types.Type {
				if isIntOrAbsent(c, "start") && isIntOrAbsent(c, "step") {
					return &types.Iter{Elem: types.Int}
				}
				return &types.Iter{Elem: types.Float}
			}, func(c *EmitCall) jen.Code {
				if c.Result.(*types.Iter).Elem == types.Int {
					return Rt("CountFrom").Call(c.ArgAs("start", types.Int, jen.Lit(0)), c.ArgAs("step", types.Int, jen.Lit(1)))
				}
				return Rt("CountFromFloat").Call(c.ArgAs("start", types.Float, jen.Lit(0.0)), c.ArgAs("step", types.Float, jen.Lit(1.0)))
			}),
			fn("itertools.cycle", "iterable, /", iterOfArg("iterable"), func(c *EmitCall) jen.Code {
				s, _ := seqElem(c.Env, c.Args.Get("iterable"))
				return Rt("Cycle").Call(s)
			}),
			fn("itertools.compress", "data, selectors", iterOfArg("data"), func(c *EmitCall) jen.Code {
				s, _ := seqElem(c.Env, c.Args.Get("data"))
				return Rt("Compress").Call(s, boxedSeq(c.Env, c.Args.Get("selectors")))
			}),
			fn("itertools.repeat", "object, times=None", func(c *TypeCall) types.Type {
				return &types.Iter{Elem: c.Type("object")}
			}, func(c *EmitCall) jen.Code {
				return Rt("Repeat").Call(c.Arg("object"), c.ArgAs("times", types.Int, jen.Lit(-1)))
			}),
			fn("itertools.chain", "*iterables", typeOfChain, emitChain),
			fn("itertools.starmap", "function, iterable, /", typeOfStarmap, func(c *EmitCall) jen.Code {
				elem := c.Result.(*types.Iter).Elem
				return Rt("Starmap").Types(c.Env.GoType(elem)).Call(c.Env.ExprAs(c.Args.Get("function"), types.Object),
					boxedSeq(c.Env, c.Args.Get("iterable")))
			}),
			fn("itertools.tee", "iterable, n=2, /", func(c *TypeCall) types.Type {
				return &types.List{Elem: Iterator(elemOf(c.Type("iterable")))}
			}, func(c *EmitCall) jen.Code {
				s, _ := seqElem(c.Env, c.Args.Get("iterable"))
				return Rt("Tee").Call(s, c.ArgAs("n", types.Int, jen.Lit(2)))
			}),
			fn("itertools.chain.from_iterable", "iterable, /", returns(&types.Iter{Elem: types.Object}),
				func(c *EmitCall) jen.Code {
					return Rt("ChainFromIterable").Call(c.ArgAs("iterable", types.Object, nil))
				}),
			fn("itertools.islice", "iterable, /, *args", iterOfArg("iterable"), emitIslice),
			fn("itertools.product", "*iterables, repeat=1", typeOfProduct, func(c *EmitCall) jen.Code {
				args := []jen.Code{c.ArgAs("repeat", types.Int, jen.Lit(1))}
				for _, a := range c.Args.VarArgs {
					args = append(args, boxedSeq(c.Env, a))
				}
				return Rt("Product").Call(args...)
			}),
			fn("itertools.permutations", "iterable, r=None", typeOfTuples, emitTuples("Permutations")),
			fn("itertools.combinations", "iterable, r", typeOfTuples, emitTuples("Combinations")),
			fn("itertools.combinations_with_replacement", "iterable, r", typeOfTuples,
				emitTuples("CombinationsWithReplacement")),
			fn("itertools.zip_longest", "*iterables, fillvalue=None", func(c *TypeCall) types.Type {
				elems := make([]types.Type, len(c.Args.VarArgs))
				for i := range elems {
					elems[i] = types.Object
				}
				return &types.Iter{Elem: &types.Tuple{Elems: elems}}
			}, func(c *EmitCall) jen.Code {
				args := []jen.Code{c.ArgAs("fillvalue", types.Object, jen.Nil())}
				for _, a := range c.Args.VarArgs {
					args = append(args, boxedSeq(c.Env, a))
				}
				return Rt("ZipLongest").Call(args...)
			}),
			fn("itertools.groupby", "iterable, key=None", func(c *TypeCall) types.Type {
				if k := c.Args.Get("key"); k != nil && !IsNone(k) {
					c.Env.CallResult(k, []types.Type{elemOf(c.Type("iterable"))})
				}
				return &types.Iter{Elem: &types.Tuple{Elems: []types.Type{types.Object, types.Object}}}
			}, emitGroupby),
			fn("itertools.accumulate", "iterable, func=None, *, initial=None", func(c *TypeCall) types.Type {
				elem := elemOf(c.Type("iterable"))
				if f := c.Args.Get("func"); f != nil && !IsNone(f) {
					c.Env.CallResult(f, []types.Type{elem, elem})
				}
				return &types.Iter{Elem: elem}
			}, emitAccumulate),
			predicateFn("takewhile", "Takewhile"),
			predicateFn("dropwhile", "Dropwhile"),
			predicateFn("filterfalse", "Filterfalse"),
			fn("itertools.pairwise", "iterable, /", func(c *TypeCall) types.Type {
				e := elemOf(c.Type("iterable"))
				return &types.Iter{Elem: &types.Tuple{Elems: []types.Type{e, e}}}
			}, func(c *EmitCall) jen.Code {
				s, _ := seqElem(c.Env, c.Args.Get("iterable"))
				return Rt("Pairwise").Call(s)
			}),
		},
	})
}

// seqElem emits the iterable e as an iter.Seq (seqOf) and returns the
// type of its items (elemOf).
func seqElem(env EmitEnv, e ast.Expr) (jen.Code, types.Type) {
	return seqOf(env, e), elemOf(env.TypeOf(e))
}

// boxedSeq is seqOf with the items as dynamic values.
func boxedSeq(env EmitEnv, e ast.Expr) jen.Code {
	s, elem := seqElem(env, e)
	if elem == types.Object {
		return s
	}
	return Rt("Boxed").Call(s)
}

// typeOfStarmap teaches the function the types of the items of each
// tuple it is called with.
func typeOfStarmap(c *TypeCall) types.Type {
	fn := c.Args.Get("function")
	if t, ok := elemOf(c.Type("iterable")).(*types.Tuple); ok {
		return &types.Iter{Elem: known(c.Env.CallResult(fn, t.Elems))}
	}
	return &types.Iter{Elem: types.Object}
}

func iterOfArg(name string) func(*TypeCall) types.Type {
	return func(c *TypeCall) types.Type { return &types.Iter{Elem: elemOf(c.Type(name))} }
}

func isIntOrAbsent(c *TypeCall, name string) bool {
	t := c.Type(name)
	return t == nil || t == types.Int
}

func typeOfChain(c *TypeCall) types.Type {
	var elem types.Type = types.Unknown
	for _, a := range c.Args.VarArgs {
		elem = types.Join(elem, elemOf(c.Env.TypeOf(a)))
	}
	if elem == types.Unknown {
		elem = types.Object
	}
	return &types.Iter{Elem: elem}
}

func emitChain(c *EmitCall) jen.Code {
	elem := c.Result.(*types.Iter).Elem
	args := make([]jen.Code, len(c.Args.VarArgs))
	for i, a := range c.Args.VarArgs {
		if elem == types.Object {
			args[i] = boxedSeq(c.Env, a)
		} else {
			args[i] = seqOf(c.Env, a)
		}
	}
	if len(args) == 0 {
		return Rt("Chain").Types(Rt("Object")).Call()
	}
	return Rt("Chain").Call(args...)
}

// emitIslice binds islice's two forms: (iterable, stop) and (iterable,
// start, stop[, step]).
func emitIslice(c *EmitCall) jen.Code {
	s, _ := seqElem(c.Env, c.Args.Get("iterable"))
	rest := c.Args.VarArgs
	bound := func(e ast.Expr, def int) jen.Code {
		if e == nil || IsNone(e) {
			return jen.Lit(def)
		}
		return c.Env.ExprAs(e, types.Int)
	}
	switch len(rest) {
	case 1:
		return Rt("Islice").Call(s, jen.Lit(0), bound(rest[0], -1), jen.Lit(1))
	case 2:
		return Rt("Islice").Call(s, bound(rest[0], 0), bound(rest[1], -1), jen.Lit(1))
	case 3:
		return Rt("Islice").Call(s, bound(rest[0], 0), bound(rest[1], -1), bound(rest[2], 1))
	}
	c.Env.Errorf(c.Call.Start(), "islice expected 2 to 4 arguments, got %d", len(rest)+1)
	return jen.Nil()
}

func typeOfProduct(c *TypeCall) types.Type {
	repeat := 1
	if r := c.Args.Get("repeat"); r != nil {
		v, ok := constInt(r)
		if !ok {
			return &types.Iter{Elem: types.Object}
		}
		repeat = int(v)
	}
	var elems []types.Type
	for range max(repeat, 0) {
		for range c.Args.VarArgs {
			elems = append(elems, types.Object)
		}
	}
	return &types.Iter{Elem: &types.Tuple{Elems: elems}}
}

// typeOfTuples types permutations and combinations: tuples of r items
// when r is a literal.
func typeOfTuples(c *TypeCall) types.Type {
	r, ok := constInt(c.Args.Get("r"))
	if !ok || r < 0 || r > 64 {
		return &types.Iter{Elem: types.Object}
	}
	elems := make([]types.Type, r)
	for i := range elems {
		elems[i] = types.Object
	}
	return &types.Iter{Elem: &types.Tuple{Elems: elems}}
}

func emitTuples(name string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		return Rt(name).Call(boxedSeq(c.Env, c.Args.Get("iterable")), c.ArgAs("r", types.Int, jen.Lit(-1)))
	}
}

func emitGroupby(c *EmitCall) jen.Code {
	s, elem := seqElem(c.Env, c.Args.Get("iterable"))
	k := c.Args.Get("key")
	if k == nil || IsNone(k) {
		return Rt("Groupby").Call(s, jen.Nil())
	}
	v := jen.Id("v")
	key := jen.Func().Params(jen.Id("v").Add(c.Env.GoType(elem))).Add(Rt("Object")).Block(
		jen.Return(jen.Add(c.Env.Callback(k, []types.Type{elem})).Call(v)))
	return Rt("Groupby").Call(s, key)
}

func emitAccumulate(c *EmitCall) jen.Code {
	s, elem := seqElem(c.Env, c.Args.Get("iterable"))
	fnCode := jen.Code(jen.Nil())
	if f := c.Args.Get("func"); f != nil && !IsNone(f) {
		fnCode = c.Env.Callback(f, []types.Type{elem, elem})
	}
	init := jen.Code(jen.Nil())
	if i := c.Args.Get("initial"); i != nil && !IsNone(i) {
		init = jen.Op("&").Index().Add(c.Env.GoType(elem)).Values(c.Env.ExprAs(i, elem)).Index(jen.Lit(0))
	}
	if fnCode == nil {
		return Rt("Accumulate").Call(s, jen.Nil(), init)
	}
	return Rt("Accumulate").Call(s, fnCode, init)
}

// predicateFn is takewhile, dropwhile or filterfalse: the predicate is
// called with each item.
func predicateFn(name, rtName string) *Entry {
	return fn("itertools."+name, "predicate, iterable, /", func(c *TypeCall) types.Type {
		elem := elemOf(c.Type("iterable"))
		c.Env.CallResult(c.Args.Get("predicate"), []types.Type{elem})
		return &types.Iter{Elem: elem}
	}, func(c *EmitCall) jen.Code {
		s, elem := seqElem(c.Env, c.Args.Get("iterable"))
		return Rt(rtName).Call(c.Env.Callback(c.Args.Get("predicate"), []types.Type{elem}), s)
	})
}
