package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// mathFloat1 are math's one-argument float functions: the Go function
// computing each and whether an infinite result is an OverflowError.
var mathFloat1 = []struct {
	py, goName  string
	canOverflow bool
	rt          bool // the runtime's correctly rounded version, not Go's
}{
	{"sin", "Sin", false, true}, {"cos", "Cos", false, true}, {"tan", "Tan", false, true},
	{"asin", "Asin", false, true}, {"acos", "Acos", false, true}, {"atan", "Atan", false, true},
	{"sinh", "Sinh", true, true}, {"cosh", "Cosh", true, true}, {"tanh", "Tanh", false, true},
	{"asinh", "Asinh", false, false}, {"acosh", "Acosh", false, false}, {"atanh", "Atanh", false, false},
	{"expm1", "Expm1", true, false}, {"log1p", "Log1p", false, false}, {"cbrt", "Cbrt", false, false},
	{"erf", "Erf", false, false}, {"erfc", "Erfc", false, false}, {"gamma", "Gamma", true, false}, {"exp2", "Exp2", true, false},
}

func init() {
	r := &Recognizer{
		Name: "math",
		Doc: "math: constants, float functions with CPython's domain and range errors, floor/ceil/trunc " +
			"returning int, exact factorial/comb/perm/gcd/lcm/isqrt, isclose, fsum, prod.",
		Modules: []string{"math"},
		Entries: []*Entry{
			mathConst("pi", "MathPi"), mathConst("e", "MathE"), mathConst("tau", "MathTau"),
			mathConst("inf", "MathInf"), mathConst("nan", "MathNaN"),
			floatFn("math.sqrt", "MathSqrt", "x"),
			floatFn("math.exp", "MathExp", "x"),
			floatFn("math.log2", "MathLog2", "x"),
			floatFn("math.log10", "MathLog10", "x"),
			floatFn("math.degrees", "MathDegrees", "x"),
			floatFn("math.radians", "MathRadians", "x"),
			floatFn("math.pow", "MathPow", "x", "y"),
			floatFn("math.fmod", "MathFmod", "x", "y"),
			fn("math.log", "x, base=None, /", returns(types.Float), emitMathLog),
			fn("math.fabs", "x, /", returns(types.Float), goMath("Abs", "x")),
			fn("math.copysign", "x, y, /", returns(types.Float), goMath("Copysign", "x", "y")),
			fn("math.atan2", "y, x, /", returns(types.Float), func(c *EmitCall) jen.Code {
				return Rt("CAtan2").Call(c.ArgAs("y", types.Float, nil), c.ArgAs("x", types.Float, nil))
			}),
			fn("math.isnan", "x, /", returns(types.Bool), goMath("IsNaN", "x")),
			fn("math.isfinite", "x, /", returns(types.Bool), func(c *EmitCall) jen.Code {
				return jen.Op("!").Qual("math", "IsInf").Call(c.ArgAs("x", types.Float, nil), jen.Lit(0)).
					Op("&&").Op("!").Qual("math", "IsNaN").Call(c.ArgAs("x", types.Float, nil))
			}),
			fn("math.isinf", "x, /", returns(types.Bool), func(c *EmitCall) jen.Code {
				return jen.Qual("math", "IsInf").Call(c.ArgAs("x", types.Float, nil), jen.Lit(0))
			}),
			fn("math.hypot", "*coordinates", returns(types.Float), func(c *EmitCall) jen.Code {
				return Rt("MathHypot").Call(c.varArgsAs(types.Float)...)
			}),
			toInt("math.floor", "MathFloor"), toInt("math.ceil", "MathCeil"), toInt("math.trunc", "MathTrunc"),
			fn("math.isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0", returns(types.Bool), func(c *EmitCall) jen.Code {
				return Rt("MathIsclose").Call(c.ArgAs("a", types.Float, nil), c.ArgAs("b", types.Float, nil),
					c.ArgAs("rel_tol", types.Float, jen.Lit(1e-09)), c.ArgAs("abs_tol", types.Float, jen.Lit(0.0)))
			}),
			intFn("math.factorial", "MathFactorial", types.Object, "n"),
			intFn("math.comb", "MathComb", types.Object, "n", "k"),
			intFn("math.isqrt", "MathIsqrt", types.Int, "n"),
			fn("math.perm", "n, k=None, /", returns(types.Object), func(c *EmitCall) jen.Code {
				n := c.ArgAs("n", types.Int, nil)
				if !c.Args.Has("k") {
					return Rt("MathFactorial").Call(n)
				}
				return Rt("MathPerm").Call(n, c.ArgAs("k", types.Int, nil))
			}),
			fn("math.gcd", "*integers", returns(types.Int), func(c *EmitCall) jen.Code {
				return Rt("MathGcd").Call(c.varArgsAs(types.Int)...)
			}),
			fn("math.lcm", "*integers", returns(types.Object), func(c *EmitCall) jen.Code {
				return Rt("MathLcm").Call(c.varArgsAs(types.Int)...)
			}),
			fn("math.fsum", "seq, /", returns(types.Float), func(c *EmitCall) jen.Code {
				return Rt("MathFsum").Call(c.ArgAs("seq", types.Object, nil))
			}),
			fn("math.prod", "iterable, /, *, start=1", returns(types.Object), func(c *EmitCall) jen.Code {
				return Rt("MathProd").Call(c.ArgAs("iterable", types.Object, nil), c.ArgAs("start", types.Object, jen.Lit(1)))
			}),
		},
	}
	for _, f := range mathFloat1 {
		f := f
		r.Entries = append(r.Entries, fn("math."+f.py, "x, /", returns(types.Float), func(c *EmitCall) jen.Code {
			goFn := jen.Qual("math", f.goName)
			if f.rt {
				goFn = Rt("C" + f.goName)
			}
			return Rt("MathFunc1").Call(goFn, c.ArgAs("x", types.Float, nil), jen.Lit(f.canOverflow))
		}))
	}
	Register(r)
}

// mathConst is a math constant: a runtime variable rather than Go's
// untyped constant, so that Go's exact constant arithmetic never folds an
// expression Python computes in floats.
func mathConst(name, rtName string) *Entry {
	return value("math."+name, types.Float, func(*EmitCall) jen.Code { return Rt(rtName) })
}

// floatFn is a math function of floats calling the runtime function
// rtName with its arguments converted to float64.
func floatFn(name, rtName string, params ...string) *Entry {
	return argsFn(name, rtName, types.Float, types.Float, params...)
}

// intFn is a math function of ints.
func intFn(name, rtName string, result types.Type, params ...string) *Entry {
	return argsFn(name, rtName, types.Int, result, params...)
}

func argsFn(name, rtName string, param, result types.Type, params ...string) *Entry {
	sig := ""
	for _, p := range params {
		sig += p + ", "
	}
	return fn(name, sig+"/", returns(result), func(c *EmitCall) jen.Code {
		args := make([]jen.Code, len(params))
		for i, p := range params {
			args[i] = c.ArgAs(p, param, nil)
		}
		return Rt(rtName).Call(args...)
	})
}

// goMath calls Go's math package directly where it means what Python's
// function means for every argument.
func goMath(goName string, params ...string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		args := make([]jen.Code, len(params))
		for i, p := range params {
			args[i] = c.ArgAs(p, types.Float, nil)
		}
		return jen.Qual("math", goName).Call(args...)
	}
}

// toInt is floor, ceil or trunc: the int itself for an int, the runtime's
// float-to-int function otherwise.
func toInt(name, rtName string) *Entry {
	return fn(name, "x, /", returns(types.Int), func(c *EmitCall) jen.Code {
		x := c.Args.Get("x")
		if c.Env.TypeOf(x) == types.Int {
			return c.Env.Expr(x)
		}
		return Rt(rtName).Call(c.Env.ExprAs(x, types.Float))
	})
}

func emitMathLog(c *EmitCall) jen.Code {
	x := c.ArgAs("x", types.Float, nil)
	if c.Args.Has("base") {
		return Rt("MathLogBase").Call(x, c.ArgAs("base", types.Float, nil))
	}
	return Rt("MathLog").Call(x)
}

// varArgsAs emits the call's *args converted to t.
func (c *EmitCall) varArgsAs(t types.Type) []jen.Code {
	out := make([]jen.Code, len(c.Args.VarArgs))
	for i, a := range c.Args.VarArgs {
		out[i] = c.Env.ExprAs(a, t)
	}
	return out
}
