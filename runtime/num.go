package runtime

import (
	"math"
	"math/big"
)

// Typed numeric helpers for operands whose types py2go has proven. Go's
// own / and % truncate toward zero and Go folds constants exactly, so
// generated code calls these wherever Python's result can differ.

// FloorDiv is a // b for ints: the quotient rounded toward negative
// infinity, so -7 // 2 == -4.
func FloorDiv(a, b int) int {
	if b == 0 {
		panic(ZeroDivisionError.New("integer division or modulo by zero"))
	}
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Mod is a % b for ints: the remainder takes the sign of b, so -7 % 3 == 2.
func Mod(a, b int) int {
	if b == 0 {
		panic(ZeroDivisionError.New("integer modulo by zero"))
	}
	r := a % b
	if r != 0 && (r < 0) != (b < 0) {
		r += b
	}
	return r
}

// TrueDiv is a / b for floats, raising where Go would give Inf or NaN.
func TrueDiv(a, b float64) float64 {
	if b == 0 {
		panic(ZeroDivisionError.New("float division by zero"))
	}
	return a / b
}

// TrueDivInt is a / b for ints. It is correctly rounded even when the ints
// do not fit a float64 exactly, as CPython's int division is.
func TrueDivInt(a, b int) float64 {
	if b == 0 {
		panic(ZeroDivisionError.New("division by zero"))
	}
	const exact = 1 << 53
	if -exact <= a && a <= exact && -exact <= b && b <= exact {
		return float64(a) / float64(b)
	}
	f, _ := new(big.Rat).SetFrac(big.NewInt(int64(a)), big.NewInt(int64(b))).Float64()
	return f
}

// FloorDivFloat is a // b for floats, computed as CPython's float_floor_div
// (so -7.5 // 2 == -4.0 and signs of zero match).
func FloorDivFloat(a, b float64) float64 {
	if b == 0 {
		panic(ZeroDivisionError.New("float floor division by zero"))
	}
	div, _ := floatDivMod(a, b)
	return div
}

// ModFloat is a % b for floats: the result takes the sign of b.
func ModFloat(a, b float64) float64 {
	if b == 0 {
		panic(ZeroDivisionError.New("float modulo"))
	}
	_, mod := floatDivMod(a, b)
	return mod
}

// floatDivMod is CPython's _float_div_mod for b != 0.
func floatDivMod(a, b float64) (float64, float64) {
	mod := math.Mod(a, b)
	div := (a - mod) / b
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
			div--
		}
	} else {
		mod = math.Copysign(0, b)
	}
	if div == 0 {
		return math.Copysign(0, a/b), mod
	}
	floor := math.Floor(div)
	if div-floor > 0.5 {
		floor++
	}
	return floor, mod
}

// PowInt is a ** b for ints with b >= 0 whose result fits an int. Generated
// code uses it only where both are proven; other cases go through Pow,
// which returns a *big.Int or a float as Python does. It raises
// ValueError for a negative exponent and OverflowError for a result that
// does not fit, rather than return a wrong number.
func PowInt(a, b int) int {
	if b < 0 {
		panic(ValueError.New("PowInt: negative exponent; use Pow"))
	}
	r, ok := powSmall(a, b)
	if !ok {
		panic(OverflowError.New("integer power too large for int; use Pow"))
	}
	return r
}

// powSmall computes a ** b (b >= 0) by squaring and reports false on
// overflow.
func powSmall(a, b int) (int, bool) {
	result := 1
	for b > 0 {
		var ok bool
		if b&1 == 1 {
			if result, ok = mulSmall(result, a); !ok {
				return 0, false
			}
		}
		b >>= 1
		if b > 0 {
			if a, ok = mulSmall(a, a); !ok {
				return 0, false
			}
		}
	}
	return result, true
}

// mulSmall multiplies and reports false when the product overflows int.
func mulSmall(a, b int) (int, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	c := a * b
	if c/b != a || (a == -1 && b == math.MinInt) || (b == -1 && a == math.MinInt) {
		return 0, false
	}
	return c, true
}

// Round is round(x) with no digits: half to even (round(2.5) == 2).
func Round(x float64) int {
	switch {
	case math.IsInf(x, 0):
		panic(OverflowError.New("cannot convert float infinity to integer"))
	case math.IsNaN(x):
		panic(ValueError.New("cannot convert float NaN to integer"))
	}
	r := math.RoundToEven(x)
	if r < -(1<<63) || r >= 1<<63 {
		panic(OverflowError.New("rounded value does not fit an int; use RoundTo"))
	}
	return int(r)
}

// RoundTo is round(x, nd): x rounded half-even to nd decimal places
// (negative nd rounds to tens, hundreds, ...) on its exact binary value,
// then converted back correctly rounded, as CPython does; so
// round(2.675, 2) == 2.67 because 2.675 is stored as 2.67499999....
func RoundTo(x float64, nd int) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 || nd > 400 {
		return x
	}
	if nd < -400 {
		return math.Copysign(0, x)
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(nd))), nil)
	r := new(big.Rat).SetFloat64(x)
	if nd >= 0 {
		r.Mul(r, new(big.Rat).SetInt(scale))
	} else {
		r.Quo(r, new(big.Rat).SetInt(scale))
	}
	n := roundHalfEven(r)
	if nd >= 0 {
		r.SetFrac(n, scale)
	} else {
		r.SetInt(n.Mul(n, scale))
	}
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		panic(OverflowError.New("rounded value too large to represent"))
	}
	if f == 0 {
		return math.Copysign(0, x)
	}
	return f
}

// roundHalfEven rounds r to the nearest integer, ties to even.
func roundHalfEven(r *big.Rat) *big.Int {
	q, m := new(big.Int).QuoRem(r.Num(), r.Denom(), new(big.Int))
	twice := m.Abs(m).Lsh(m, 1)
	switch c := twice.Cmp(r.Denom()); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		if r.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
