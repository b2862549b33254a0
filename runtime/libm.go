package runtime

import (
	"math"
	"math/big"
)

// CPython's math functions call the C library, whose exp, log, sin, cos,
// atan, pow and friends are (glibc) correctly rounded in practice. Go's math
// package is faster but often one unit in the last place away, which
// changes what print shows. The functions here evaluate in 128-bit binary
// floating point with math/big and round once, giving the correctly rounded
// result, so printed values match CPython's.

const libmPrec = 128

var (
	bigPi  = mustBig("3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803")
	bigLn2 = mustBig("0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863")
)

func mustBig(s string) *big.Float {
	f, _, err := big.ParseFloat(s, 10, 2*libmPrec, big.ToNearestEven)
	if err != nil {
		panic(err)
	}
	return f
}

func bf(x float64) *big.Float { return new(big.Float).SetPrec(libmPrec).SetFloat64(x) }

func bnew() *big.Float { return new(big.Float).SetPrec(libmPrec) }

func f64(x *big.Float) float64 {
	f, _ := x.Float64()
	return f
}

// small reports whether a series term no longer changes a sum of size
// near 1 at libmPrec bits.
func small(term *big.Float) bool {
	return term.Sign() == 0 || term.MantExp(nil) < -libmPrec-8
}

// expBig is e**x: x = k*ln2 + r with |r| <= ln2/2, then a Taylor series.
func expBig(x *big.Float) *big.Float {
	q := bnew().Quo(x, bigLn2)
	kf, _ := q.Float64()
	k := math.Round(kf)
	r := bnew().Sub(x, bnew().Mul(bf(k), bigLn2))
	sum, term := bf(1), bf(1)
	for n := 1; ; n++ {
		term.Mul(term, r)
		term.Quo(term, bf(float64(n)))
		sum.Add(sum, term)
		if small(term) {
			break
		}
	}
	return sum.SetMantExp(sum, int(k))
}

// logBig is the natural logarithm of x > 0: x = m * 2**e, then
// log(m) = 2*atanh((m-1)/(m+1)).
func logBig(x *big.Float) *big.Float {
	m := bnew()
	e := x.MantExp(m) // m in [0.5, 1)
	if m.Cmp(bf(math.Sqrt2/2)) < 0 {
		m.SetMantExp(m, 1)
		e--
	}
	s := bnew().Quo(bnew().Sub(m, bf(1)), bnew().Add(m, bf(1)))
	s2 := bnew().Mul(s, s)
	sum, pow := bnew().Set(s), bnew().Set(s)
	for n := 3; ; n += 2 {
		pow.Mul(pow, s2)
		term := bnew().Quo(pow, bf(float64(n)))
		sum.Add(sum, term)
		if small(term) {
			break
		}
	}
	sum.Mul(sum, bf(2))
	return sum.Add(sum, bnew().Mul(bf(float64(e)), bigLn2))
}

// sinCosBig gives sin(x) and cos(x) for |x| below about 2**40, reducing by
// multiples of pi/2 with pi known to 170 bits beyond that.
func sinCosBig(x *big.Float) (*big.Float, *big.Float) {
	halfPi := bnew().SetPrec(2*libmPrec).Quo(bigPi, big.NewFloat(2))
	q, _ := bnew().SetPrec(2*libmPrec).Quo(x, halfPi).Float64()
	k := math.Round(q)
	r := bnew().SetPrec(2*libmPrec).Sub(x, bnew().SetPrec(2*libmPrec).Mul(bf(k), halfPi))
	r.SetPrec(libmPrec)
	r2 := bnew().Mul(r, r)
	sin, cos := bnew().Set(r), bf(1)
	st, ct := bnew().Set(r), bf(1)
	for n := 1; ; n++ {
		st.Mul(st, r2).Quo(st, bf(float64((2*n)*(2*n+1)))).Neg(st)
		ct.Mul(ct, r2).Quo(ct, bf(float64((2*n-1)*(2*n)))).Neg(ct)
		sin.Add(sin, st)
		cos.Add(cos, ct)
		if small(st) && small(ct) {
			break
		}
	}
	switch int(math.Mod(math.Mod(k, 4)+4, 4)) {
	case 1:
		return cos, sin.Neg(sin)
	case 2:
		return sin.Neg(sin), cos.Neg(cos)
	case 3:
		return cos.Neg(cos), sin
	}
	return sin, cos
}

// atanBig is atan(x): atan(x) = pi/2 - atan(1/x) beyond 1, and two
// argument halvings before the series.
func atanBig(x *big.Float) *big.Float {
	neg := x.Sign() < 0
	a := bnew().Abs(x)
	inv := a.Cmp(bf(1)) > 0
	if inv {
		a.Quo(bf(1), a)
	}
	for i := 0; i < 3; i++ {
		den := bnew().Sqrt(bnew().Add(bf(1), bnew().Mul(a, a)))
		a.Quo(a, den.Add(den, bf(1)))
	}
	a2 := bnew().Mul(a, a)
	sum, pow := bnew().Set(a), bnew().Set(a)
	for n := 3; ; n += 2 {
		pow.Mul(pow, a2).Neg(pow)
		term := bnew().Quo(pow, bf(float64(n)))
		sum.Add(sum, term)
		if small(term) {
			break
		}
	}
	sum.Mul(sum, bf(8))
	if inv {
		sum.Sub(bnew().Quo(bigPi, bf(2)), sum)
	}
	if neg {
		sum.Neg(sum)
	}
	return sum
}

// finite reports whether x is neither infinite nor NaN.
func finite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// CExp is e**x, correctly rounded.
func CExp(x float64) float64 {
	switch {
	case !finite(x) || x > 710 || x < -746:
		return math.Exp(x)
	case x == 0:
		return 1
	}
	return f64(expBig(bf(x)))
}

// CLog is the natural logarithm, correctly rounded.
func CLog(x float64) float64 {
	if !finite(x) || x <= 0 || x == 1 {
		return math.Log(x)
	}
	return f64(logBig(bf(x)))
}

// CLog2 is log2(x), correctly rounded.
func CLog2(x float64) float64 {
	if !finite(x) || x <= 0 {
		return math.Log2(x)
	}
	if frac, exp := math.Frexp(x); frac == 0.5 {
		return float64(exp - 1)
	}
	return f64(bnew().Quo(logBig(bf(x)), bigLn2))
}

// CLog10 is log10(x) as glibc computes it (fdlibm's e_log10.c, from a
// correctly rounded log of the mantissa).
func CLog10(x float64) float64 {
	if !finite(x) || x <= 0 {
		return math.Log10(x)
	}
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	frac, exp := math.Frexp(x) // x = frac * 2**exp, frac in [0.5, 1)
	k := exp - 1               // x = (2*frac) * 2**k
	m := 2 * frac
	if k < 0 {
		m = frac
		k++
	}
	y := float64(k)
	z := y*log10_2lo + ivln10*CLog(m)
	return z + y*log10_2hi
}

// CSin is sin(x), correctly rounded.
func CSin(x float64) float64 {
	if !finite(x) || x == 0 || math.Abs(x) > 1<<40 {
		return math.Sin(x)
	}
	s, _ := sinCosBig(bf(x))
	return f64(s)
}

// CCos is cos(x), correctly rounded.
func CCos(x float64) float64 {
	if !finite(x) || math.Abs(x) > 1<<40 {
		return math.Cos(x)
	}
	_, c := sinCosBig(bf(x))
	return f64(c)
}

// CTan is tan(x), correctly rounded.
func CTan(x float64) float64 {
	if !finite(x) || x == 0 || math.Abs(x) > 1<<40 {
		return math.Tan(x)
	}
	s, c := sinCosBig(bf(x))
	return f64(s.Quo(s, c))
}

// CAtan is atan(x), correctly rounded.
func CAtan(x float64) float64 {
	if !finite(x) || x == 0 {
		return math.Atan(x)
	}
	return f64(atanBig(bf(x)))
}

// CAsin is asin(x), correctly rounded: atan(x / sqrt(1 - x*x)).
func CAsin(x float64) float64 {
	if !finite(x) || x == 0 || math.Abs(x) >= 1 {
		return math.Asin(x)
	}
	b := bf(x)
	d := bnew().Sqrt(bnew().Sub(bf(1), bnew().Mul(b, b)))
	return f64(atanBig(b.Quo(b, d)))
}

// CAcos is acos(x), correctly rounded: pi/2 - asin(x).
func CAcos(x float64) float64 {
	if !finite(x) || math.Abs(x) >= 1 {
		return math.Acos(x)
	}
	b := bf(x)
	d := bnew().Sqrt(bnew().Sub(bf(1), bnew().Mul(b, b)))
	as := atanBig(b.Quo(b, d))
	return f64(as.Sub(bnew().Quo(bigPi, bf(2)), as))
}

// CAtan2 is atan2(y, x), correctly rounded.
func CAtan2(y, x float64) float64 {
	if !finite(x) || !finite(y) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	a := atanBig(bnew().Quo(bf(y), bf(x)))
	if x < 0 {
		if y > 0 {
			a.Add(a, bigPi)
		} else {
			a.Sub(a, bigPi)
		}
	}
	return f64(a)
}

// CSinh is sinh(x) as glibc computes it (fdlibm's e_sinh.c, from expm1
// and exp), which is not correctly rounded.
func CSinh(x float64) float64 {
	a := math.Abs(x)
	if !finite(x) || a < 1.0/(1<<28) || a > 709 {
		return math.Sinh(x)
	}
	h := math.Copysign(0.5, x)
	if a < 22 {
		t := math.Expm1(a)
		if a < 1 {
			return h * (2.0*t - t*t/(t+1.0))
		}
		return h * (t + t/(t+1.0))
	}
	return h * CExp(a)
}

// CCosh is cosh(x) as glibc computes it (fdlibm's e_cosh.c).
func CCosh(x float64) float64 {
	a := math.Abs(x)
	switch {
	case !finite(x) || a > 709:
		return math.Cosh(x)
	case a < 0.5*math.Ln2:
		t := math.Expm1(a)
		w := 1.0 + t
		if a < 1.0/(1<<55) {
			return w
		}
		return 1.0 + (t*t)/(w+w)
	case a < 22:
		t := CExp(a)
		return 0.5*t + 0.5/t
	}
	return 0.5 * CExp(a)
}

// CTanh is tanh(x) as glibc computes it (fdlibm's s_tanh.c).
func CTanh(x float64) float64 {
	a := math.Abs(x)
	var z float64
	switch {
	case !finite(x):
		return math.Tanh(x)
	case a >= 22:
		z = 1.0
	case a < 1.0/(1<<55):
		return x * (1.0 + x)
	case a >= 1:
		t := math.Expm1(2 * a)
		z = 1.0 - 2.0/(t+2.0)
	default:
		t := math.Expm1(-2 * a)
		z = -t / (t + 2.0)
	}
	return math.Copysign(z, x)
}

// CCbrt is the real cube root, correctly rounded.
func CCbrt(x float64) float64 {
	if !finite(x) || x == 0 {
		return math.Cbrt(x)
	}
	r := expBig(bnew().Quo(logBig(bf(math.Abs(x))), bf(3)))
	if x < 0 {
		r.Neg(r)
	}
	return f64(r)
}

// powFinite is x**y for finite x > 0 and finite y, correctly rounded:
// exp(y * log(x)).
func powFinite(x, y float64) float64 {
	l := bnew().Mul(logBig(bf(x)), bf(y))
	if lf, _ := l.Float64(); lf > 710 {
		return math.Inf(1)
	} else if lf < -746 {
		return 0
	}
	return f64(expBig(l))
}

// CPow is C's pow(x, y), correctly rounded where the result is not a
// special case.
func CPow(x, y float64) float64 {
	if !finite(x) || !finite(y) || x == 0 || y == 0 || x == 1 {
		return math.Pow(x, y)
	}
	if y == 1 {
		return x
	}
	if x > 0 {
		return powFinite(x, y)
	}
	if y != math.Trunc(y) {
		return math.NaN()
	}
	r := powFinite(-x, y)
	if math.Mod(y, 2) != 0 {
		return -r
	}
	return r
}
