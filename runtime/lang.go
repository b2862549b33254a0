package runtime

import "math/big"

// Index turns a Python index into a Go one for a sequence of length n:
// a negative index counts from the end. Out of range raises IndexError, as
// Python's list does.
func Index(i, n int) int {
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		panic(IndexError.New("list index out of range"))
	}
	return i
}

// intOperands unpacks two ints (bool counts as int) for the bitwise
// operators, which Python defines on ints only.
func intOperands(sym string, a, b Object) (*big.Int, *big.Int) {
	x, ok1 := asNum(a)
	y, ok2 := asNum(b)
	if !ok1 || !ok2 || x.kind == floatNum || y.kind == floatNum {
		panic(unsupported(sym, a, b))
	}
	return x.big(), y.big()
}

// LShift is a << b, exact: the result grows into a big int as needed.
func LShift(a, b Object) Object {
	x, y := intOperands("<<", a, b)
	if y.Sign() < 0 {
		panic(ValueError.New("negative shift count"))
	}
	if !y.IsInt64() || y.Int64() > 1<<24 {
		panic(OverflowError.New("too many digits in integer"))
	}
	return fromBig(new(big.Int).Lsh(x, uint(y.Int64())))
}

// RShift is a >> b, flooring as Python does for negative numbers.
func RShift(a, b Object) Object {
	x, y := intOperands(">>", a, b)
	if y.Sign() < 0 {
		panic(ValueError.New("negative shift count"))
	}
	if !y.IsInt64() {
		return fromBig(big.NewInt(int64(x.Sign() >> 1)))
	}
	return fromBig(new(big.Int).Rsh(x, uint(y.Int64())))
}

// BitAnd is a & b on ints.
func BitAnd(a, b Object) Object {
	if r, ok := setOp("&", a, b); ok {
		return r
	}
	x, y := intOperands("&", a, b)
	return fromBig(new(big.Int).And(x, y))
}

// BitOr is a | b on ints.
func BitOr(a, b Object) Object {
	if r, ok := setOp("|", a, b); ok {
		return r
	}
	x, y := intOperands("|", a, b)
	return fromBig(new(big.Int).Or(x, y))
}

// BitXor is a ^ b on ints.
func BitXor(a, b Object) Object {
	if r, ok := setOp("^", a, b); ok {
		return r
	}
	x, y := intOperands("^", a, b)
	return fromBig(new(big.Int).Xor(x, y))
}

// ErrorOrNone is an exception as a dynamic value: None for a nil *Error,
// which would otherwise be a non-nil interface holding a nil pointer.
func ErrorOrNone(e *Error) Object {
	if e == nil {
		return nil
	}
	return e
}

// MulInt is a * b on ints py2go proved to stay small. Should a product
// still not fit (inputs larger than inference could see), it raises
// OverflowError rather than wrap around: a result is never silently wrong.
func MulInt(a, b int) int {
	if c, ok := mulSmall(a, b); ok {
		return c
	}
	panic(OverflowError.New("int too large for a Go int: py2go proved this value small"))
}
