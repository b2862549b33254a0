package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// The random module's functions are methods of a hidden random.Random
// instance (the runtime's DefaultRandom); random.Random(seed) makes another.
// The runtime implements CPython's Mersenne Twister and its algorithms, so
// a seeded program draws the numbers CPython draws.
func init() {
	RegisterType("random.Random", GoType{Name: "Random"})
	r := &Recognizer{
		Name: "random",
		Doc: "random: seed, random, getrandbits, randrange, randint, choice, choices, shuffle, sample, " +
			"uniform, gauss and random.Random, drawing CPython's exact sequence for a seed.",
		Modules: []string{"random"},
		Entries: []*Entry{
			fn("random.Random", "x=None", returns(named("random.Random")), func(c *EmitCall) jen.Code {
				return Rt("NewRandom").Call(c.ArgAs("x", types.Object, jen.Nil()))
			}),
		},
	}
	for _, prefix := range []string{"random.", "random.Random."} {
		r.Entries = append(r.Entries, randomEntries(prefix)...)
	}
	Register(r)
}

// randomEntries are the generator's methods, under the module (prefix
// "random.") or the class ("random.Random.").
func randomEntries(prefix string) []*Entry {
	return []*Entry{
		proc(prefix+"seed", "a=None, version=2", func(c *EmitCall) jen.Code {
			return rng(c).Dot("Seed").Call(c.ArgAs("a", types.Object, jen.Nil()))
		}),
		fn(prefix+"random", "", returns(types.Float), func(c *EmitCall) jen.Code {
			return rng(c).Dot("Random").Call()
		}),
		fn(prefix+"getrandbits", "k, /", returns(types.Object), func(c *EmitCall) jen.Code {
			return rng(c).Dot("Getrandbits").Call(c.ArgAs("k", types.Int, nil))
		}),
		fn(prefix+"randint", "a, b", returns(types.Int), func(c *EmitCall) jen.Code {
			return rng(c).Dot("Randint").Call(c.ArgAs("a", types.Int, nil), c.ArgAs("b", types.Int, nil))
		}),
		fn(prefix+"randrange", "start, stop=None, step=1", returns(types.Int), emitRandrange),
		fn(prefix+"uniform", "a, b", returns(types.Float), func(c *EmitCall) jen.Code {
			return rng(c).Dot("Uniform").Call(c.ArgAs("a", types.Float, nil), c.ArgAs("b", types.Float, nil))
		}),
		fn(prefix+"gauss", "mu=0.0, sigma=1.0", returns(types.Float), func(c *EmitCall) jen.Code {
			return rng(c).Dot("Gauss").Call(c.ArgAs("mu", types.Float, jen.Lit(0.0)), c.ArgAs("sigma", types.Float, jen.Lit(1.0)))
		}),
		fn(prefix+"normalvariate", "mu=0.0, sigma=1.0", returns(types.Float), func(c *EmitCall) jen.Code {
			return rng(c).Dot("Normalvariate").Call(c.ArgAs("mu", types.Float, jen.Lit(0.0)), c.ArgAs("sigma", types.Float, jen.Lit(1.0)))
		}),
		fn(prefix+"lognormvariate", "mu, sigma", returns(types.Float), func(c *EmitCall) jen.Code {
			return rng(c).Dot("Lognormvariate").Call(c.ArgAs("mu", types.Float, nil), c.ArgAs("sigma", types.Float, nil))
		}),
		fn(prefix+"expovariate", "lambd=1.0", returns(types.Float), func(c *EmitCall) jen.Code {
			return rng(c).Dot("Expovariate").Call(c.ArgAs("lambd", types.Float, jen.Lit(1.0)))
		}),
		fn(prefix+"triangular", "low=0.0, high=1.0, mode=None", returns(types.Float), func(c *EmitCall) jen.Code {
			hasMode := c.Args.Has("mode") && !IsNone(c.Args.Get("mode"))
			return rng(c).Dot("Triangular").Call(c.ArgAs("low", types.Float, jen.Lit(0.0)), c.ArgAs("high", types.Float, jen.Lit(1.0)),
				c.ArgAs("mode", types.Float, jen.Lit(0.0)), jen.Lit(hasMode))
		}),
		fn(prefix+"choice", "seq", typeOfChoice, emitChoice),
		proc(prefix+"shuffle", "x", func(c *EmitCall) jen.Code {
			x := c.Args.Get("x")
			if _, ok := c.Env.TypeOf(x).(*types.List); ok {
				return Rt("Shuffle").Call(rng(c), c.Env.Expr(x))
			}
			return Rt("ShuffleObj").Call(rng(c), c.Env.ExprAs(x, types.Object))
		}),
		fn(prefix+"sample", "population, k, *, counts=None", typeOfSample, emitSample),
		fn(prefix+"choices", "population, weights=None, *, cum_weights=None, k=1", typeOfSample, emitChoices),
	}
}

// rng is the generator a call draws from: the receiver of a Random
// method, the module's hidden instance otherwise.
func rng(c *EmitCall) *jen.Statement {
	if c.Recv != nil {
		return recv(c)
	}
	return Rt("DefaultRandom")
}

func emitRandrange(c *EmitCall) jen.Code {
	start := c.ArgAs("start", types.Int, nil)
	if !c.Args.Has("stop") || IsNone(c.Args.Get("stop")) {
		if c.Args.Has("step") {
			c.Env.Errorf(c.Call.Start(), "randrange() with a step needs a stop argument")
		}
		return rng(c).Dot("Randrange1").Call(start)
	}
	return rng(c).Dot("Randrange").Call(start, c.ArgAs("stop", types.Int, nil), c.ArgAs("step", types.Int, jen.Lit(1)))
}

func typeOfChoice(c *TypeCall) types.Type {
	switch t := c.Type("seq").(type) {
	case *types.List:
		return t.Elem
	}
	if c.Type("seq") == types.Str {
		return types.Str
	}
	return types.Object
}

func emitChoice(c *EmitCall) jen.Code {
	seq := c.Args.Get("seq")
	switch c.Env.TypeOf(seq).(type) {
	case *types.List:
		return Rt("Choice").Call(rng(c), c.Env.Expr(seq))
	}
	code := Rt("ChoiceObj").Call(rng(c), c.Env.ExprAs(seq, types.Object))
	if c.Env.TypeOf(seq) == types.Str {
		return code.Assert(jen.String())
	}
	return code
}

// typeOfSample is a list of the population's items: typed for a list,
// dynamic otherwise.
func typeOfSample(c *TypeCall) types.Type {
	if l, ok := c.Type("population").(*types.List); ok {
		return l
	}
	return types.Object
}

func emitSample(c *EmitCall) jen.Code {
	if c.Args.Has("counts") {
		c.Env.Errorf(c.Call.Start(), "not supported yet: random.sample with counts")
	}
	pop := c.Args.Get("population")
	k := c.ArgAs("k", types.Int, nil)
	if _, ok := c.Env.TypeOf(pop).(*types.List); ok {
		return Rt("Sample").Call(rng(c), c.Env.Expr(pop), k)
	}
	return Rt("SampleObj").Call(rng(c), c.Env.ExprAs(pop, types.Object), k)
}

func emitChoices(c *EmitCall) jen.Code {
	pop := c.Args.Get("population")
	if _, ok := c.Env.TypeOf(pop).(*types.List); !ok {
		c.Env.Errorf(c.Call.Start(), "not supported yet: random.choices of something that is not a list")
		return jen.Nil()
	}
	weights := func(name string) jen.Code {
		w := c.Args.Get(name)
		if w == nil || IsNone(w) {
			return jen.Nil()
		}
		return c.Env.ExprAs(w, &types.List{Elem: types.Float})
	}
	return Rt("Choices").Call(rng(c), c.Env.Expr(pop), weights("weights"), weights("cum_weights"),
		c.ArgAs("k", types.Int, jen.Lit(1)))
}
