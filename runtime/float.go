package runtime

import (
	"math"
	"strconv"
)

// appendFloat writes Python's repr of a float: the shortest digits that
// round-trip (Go's and CPython's agree), in fixed notation when the decimal
// exponent is in [-4, 16) with ".0" on integral values, and otherwise in
// exponent form with a signed, at least two-digit exponent ("1e+16",
// "1e-05"). bits is 32 for a Go float32 so it prints its own shortest
// digits.
func appendFloat(b []byte, f float64, bits int) []byte {
	switch {
	case math.IsInf(f, 1):
		return append(b, "inf"...)
	case math.IsInf(f, -1):
		return append(b, "-inf"...)
	case math.IsNaN(f):
		return append(b, "nan"...)
	}
	var tmp [32]byte
	e := strconv.AppendFloat(tmp[:0], f, 'e', -1, bits)
	mant, exp := splitExponent(e)
	if exp < -4 || exp >= 16 {
		return append(b, e...)
	}
	if mant[0] == '-' {
		b = append(b, '-')
		mant = mant[1:]
	}
	digits := make([]byte, 0, 20)
	digits = append(digits, mant[0])
	if len(mant) > 2 {
		digits = append(digits, mant[2:]...) // skip the '.'
	}
	return appendFixed(b, digits, exp)
}

// splitExponent splits strconv's 'e' output ("-1.25e+03") into the
// mantissa and the exponent's value.
func splitExponent(e []byte) ([]byte, int) {
	for i := len(e) - 1; i >= 0; i-- {
		if e[i] == 'e' {
			return e[:i], parseExponent(e[i+1:])
		}
	}
	return e, 0
}

// parseExponent reads strconv's signed decimal exponent without
// allocating.
func parseExponent(s []byte) int {
	n, sign := 0, 1
	for _, c := range s {
		switch {
		case c == '-':
			sign = -1
		case c >= '0' && c <= '9':
			n = 10*n + int(c-'0')
		}
	}
	return sign * n
}

// appendFixed lays out significant digits d.ddd × 10**exp without an
// exponent, always with a fractional part.
func appendFixed(b, digits []byte, exp int) []byte {
	if exp < 0 {
		b = append(b, "0."...)
		for i := -1; i > exp; i-- {
			b = append(b, '0')
		}
		return append(b, digits...)
	}
	if len(digits) <= exp+1 {
		b = append(b, digits...)
		for i := len(digits); i <= exp; i++ {
			b = append(b, '0')
		}
		return append(b, ".0"...)
	}
	b = append(b, digits[:exp+1]...)
	b = append(b, '.')
	return append(b, digits[exp+1:]...)
}
