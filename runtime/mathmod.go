package runtime

import (
	"math"
	"math/big"
)

// This file is Python's math module. Functions of floats follow CPython's
// math_1 rule: a NaN result from a number that is not NaN is "math domain
// error" (ValueError), an infinite result from a finite number is "math
// range error" (OverflowError), so programs fail where CPython fails
// instead of printing nan or inf.

// MathFunc1 applies a one-argument float function of the math module with
// CPython's domain and range checks; canOverflow says whether an infinite
// result from a finite argument is an OverflowError (exp, cosh) rather than
// a domain error (log(0)).
func MathFunc1(f func(float64) float64, x float64, canOverflow bool) float64 {
	r := f(x)
	switch {
	case math.IsNaN(r) && !math.IsNaN(x):
		panic(ValueError.New("math domain error"))
	case math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x):
		if canOverflow {
			panic(OverflowError.New("math range error"))
		}
		panic(ValueError.New("math domain error"))
	}
	return r
}

// MathSqrt is math.sqrt.
func MathSqrt(x float64) float64 { return MathFunc1(math.Sqrt, x, false) }

// MathExp is math.exp.
func MathExp(x float64) float64 { return MathFunc1(CExp, x, true) }

// MathLog is math.log with one argument. Zero and negative numbers are
// domain errors, as in CPython (Go returns -Inf and NaN).
func MathLog(x float64) float64 {
	if x <= 0 {
		panic(ValueError.New("math domain error"))
	}
	return CLog(x)
}

// MathLogBase is math.log(x, base), computed as CPython does: log(x) /
// log(base).
func MathLogBase(x, base float64) float64 {
	num, den := MathLog(x), MathLog(base)
	if den == 0 {
		panic(ZeroDivisionError.New("float division by zero"))
	}
	return num / den
}

// MathLog2 is math.log2.
func MathLog2(x float64) float64 {
	if x <= 0 {
		panic(ValueError.New("math domain error"))
	}
	return CLog2(x)
}

// MathLog10 is math.log10.
func MathLog10(x float64) float64 {
	if x <= 0 {
		panic(ValueError.New("math domain error"))
	}
	return CLog10(x)
}

// MathPow is math.pow with C99's special cases, which CPython follows:
// pow(x, 0) is 1 even for NaN, a negative base with a fractional exponent
// and 0 to a negative power are domain errors.
func MathPow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case x == 0 && y < 0 && !math.IsInf(y, 0):
		panic(ValueError.New("math domain error"))
	case x < 0 && !math.IsInf(x, 0) && !math.IsInf(y, 0) && y != math.Trunc(y):
		panic(ValueError.New("math domain error"))
	}
	r := CPow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		panic(OverflowError.New("math range error"))
	}
	return r
}

// MathFloor is math.floor of a float: an int, as in Python 3.
func MathFloor(x float64) int { return floatToInt(math.Floor(x)) }

// MathCeil is math.ceil of a float.
func MathCeil(x float64) int { return floatToInt(math.Ceil(x)) }

// MathTrunc is math.trunc of a float.
func MathTrunc(x float64) int { return floatToInt(math.Trunc(x)) }

// floatToInt converts an integral float to an int with Python's errors for
// infinities and NaN.
func floatToInt(f float64) int {
	switch {
	case math.IsInf(f, 0):
		panic(OverflowError.New("cannot convert float infinity to integer"))
	case math.IsNaN(f):
		panic(ValueError.New("cannot convert float NaN to integer"))
	case f < -(1<<63) || f >= 1<<63:
		panic(OverflowError.New("float too large to convert to a Go int"))
	}
	return int(f)
}

// MathFmod is math.fmod: the remainder with the sign of x, as C's fmod.
func MathFmod(x, y float64) float64 {
	if y == 0 && !math.IsNaN(x) || math.IsInf(x, 0) && !math.IsNaN(y) {
		panic(ValueError.New("math domain error"))
	}
	return math.Mod(x, y)
}

// MathHypot is math.hypot of any number of coordinates.
func MathHypot(xs ...float64) float64 {
	switch len(xs) {
	case 0:
		return 0
	case 1:
		return math.Abs(xs[0])
	case 2:
		return math.Hypot(xs[0], xs[1])
	}
	max := 0.0
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		max = math.Max(max, math.Abs(x))
	}
	if max == 0 {
		return 0
	}
	sum := 0.0
	for _, x := range xs {
		sum += (x / max) * (x / max)
	}
	return max * math.Sqrt(sum)
}

// MathDegrees is math.degrees, with CPython's constant.
func MathDegrees(x float64) float64 { return x * (180.0 / math.Pi) }

// MathRadians is math.radians, with CPython's constant.
func MathRadians(x float64) float64 { return x * (math.Pi / 180.0) }

// MathIsclose is math.isclose(a, b, rel_tol=..., abs_tol=...).
func MathIsclose(a, b, relTol, absTol float64) bool {
	if relTol < 0 || absTol < 0 {
		panic(ValueError.New("tolerances must be non-negative"))
	}
	if a == b {
		return true
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	diff := math.Abs(b - a)
	return diff <= math.Abs(relTol*b) || diff <= math.Abs(relTol*a) || diff <= absTol
}

// MathFactorial is math.factorial: exact, a big int once it no longer
// fits an int.
func MathFactorial(n int) Object {
	if n < 0 {
		panic(ValueError.New("factorial() not defined for negative values"))
	}
	return fromBig(new(big.Int).MulRange(1, int64(n)))
}

// MathComb is math.comb(n, k): exact.
func MathComb(n, k int) Object {
	if n < 0 {
		panic(ValueError.New("n must be a non-negative integer"))
	}
	if k < 0 {
		panic(ValueError.New("k must be a non-negative integer"))
	}
	if k > n {
		return 0
	}
	return fromBig(new(big.Int).Binomial(int64(n), int64(k)))
}

// MathPerm is math.perm(n, k): exact.
func MathPerm(n, k int) Object {
	if n < 0 {
		panic(ValueError.New("n must be a non-negative integer"))
	}
	if k < 0 {
		panic(ValueError.New("k must be a non-negative integer"))
	}
	if k > n {
		return 0
	}
	return fromBig(new(big.Int).MulRange(int64(n-k+1), int64(n)))
}

// MathGcd is math.gcd of any number of ints; the result is not negative.
func MathGcd(xs ...int) int {
	g := 0
	for _, x := range xs {
		a, b := abs(g), abs(x)
		for b != 0 {
			a, b = b, a%b
		}
		g = a
	}
	return g
}

// MathLcm is math.lcm of any number of ints: exact.
func MathLcm(xs ...int) Object {
	l := big.NewInt(1)
	for _, x := range xs {
		if x == 0 {
			return 0
		}
		b := big.NewInt(int64(abs(x)))
		g := new(big.Int).GCD(nil, nil, l, b)
		l.Mul(l, b.Quo(b, g))
	}
	return fromBig(l)
}

// MathIsqrt is math.isqrt: the floor of the exact square root.
func MathIsqrt(n int) int {
	if n < 0 {
		panic(ValueError.New("isqrt() argument must be nonnegative"))
	}
	return int(new(big.Int).Sqrt(big.NewInt(int64(n))).Int64())
}

// MathFsum is math.fsum: the correctly rounded sum, by Shewchuk's
// algorithm as in CPython.
func MathFsum(items Object) float64 {
	var partials []float64
	special := 0.0
	for v := range Iter(items) {
		x := ToFloat(v)
		if math.IsInf(x, 0) || math.IsNaN(x) {
			special += x
			continue
		}
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = append(partials[:i], x)
	}
	if special != 0 || math.IsNaN(special) {
		return special
	}
	return sumPartials(partials)
}

// sumPartials adds Shewchuk's partials from the top, correcting the
// rounding of the last step as CPython's fsum does.
func sumPartials(p []float64) float64 {
	n := len(p)
	if n == 0 {
		return 0
	}
	n--
	hi := p[n]
	lo := 0.0
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		yr := hi - x
		lo = y - yr
		if lo != 0 {
			break
		}
	}
	if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi
}

// The math module's constants, as variables so that Go's exact constant
// arithmetic never folds an expression Python computes in floats.
var (
	MathPi  = math.Pi
	MathE   = math.E
	MathTau = 2 * math.Pi
	MathInf = math.Inf(1)
	MathNaN = math.NaN()
)

// MathProd is math.prod: the product of the items, starting from start.
func MathProd(items, start Object) Object {
	p := start
	for v := range Iter(items) {
		p = Mul(p, v)
	}
	return p
}
