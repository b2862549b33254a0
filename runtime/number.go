package runtime

import (
	"math"
	"math/big"
)

// numKind is which representation a dynamic number has. Python has one
// int type; the runtime keeps it in a Go int while it fits and in a
// *big.Int beyond, so arithmetic is exact and small ints stay fast.
type numKind int

const (
	intNum numKind = iota + 1
	bigNum
	floatNum
)

// num is a dynamic number unpacked for arithmetic.
type num struct {
	kind numKind
	i    int
	b    *big.Int
	f    float64
}

// asNum unpacks bool, any Go integer, *big.Int and Go floats; bool counts
// as int, as in Python.
func asNum(v Object) (num, bool) {
	switch x := v.(type) {
	case int:
		return num{kind: intNum, i: x}, true
	case float64:
		return num{kind: floatNum, f: x}, true
	case bool:
		if x {
			return num{kind: intNum, i: 1}, true
		}
		return num{kind: intNum}, true
	case *big.Int:
		if x.IsInt64() {
			return num{kind: intNum, i: int(x.Int64())}, true
		}
		return num{kind: bigNum, b: x}, true
	case float32:
		return num{kind: floatNum, f: float64(x)}, true
	}
	if i, ok := intValue(v); ok {
		return num{kind: intNum, i: i}, true
	}
	if i, ok := enumNumber(v); ok {
		return num{kind: intNum, i: i}, true
	}
	if isBigInt(v) {
		return num{kind: bigNum, b: new(big.Int).SetUint64(toUint64(v))}, true
	}
	return num{}, false
}

// intValue converts any Go integer type that fits an int.
func intValue(v Object) (int, bool) {
	switch x := v.(type) {
	case int:
		return x, true
	case int8:
		return int(x), true
	case int16:
		return int(x), true
	case int32:
		return int(x), true
	case int64:
		return int(x), true
	case uint8:
		return int(x), true
	case uint16:
		return int(x), true
	case uint32:
		return int(x), true
	case uint, uint64, uintptr:
		if u := toUint64(v); u <= math.MaxInt {
			return int(u), true
		}
	}
	return 0, false
}

// isBigInt reports whether v is an integer too large for an int.
func isBigInt(v Object) bool {
	switch v.(type) {
	case *big.Int:
		return true
	case uint, uint64, uintptr:
		return toUint64(v) > math.MaxInt
	}
	return false
}

func toUint64(v Object) uint64 {
	switch x := v.(type) {
	case uint:
		return uint64(x)
	case uint64:
		return x
	case uintptr:
		return uint64(x)
	}
	return 0
}

// big returns n as a *big.Int; n is an int or big number.
func (n num) big() *big.Int {
	if n.kind == bigNum {
		return n.b
	}
	return big.NewInt(int64(n.i))
}

// float returns n as a float64, raising OverflowError for an int too
// large for a float, as CPython does.
func (n num) float() float64 {
	switch n.kind {
	case floatNum:
		return n.f
	case intNum:
		return float64(n.i)
	}
	f, _ := new(big.Float).SetInt(n.b).Float64()
	if math.IsInf(f, 0) {
		panic(OverflowError.New("int too large to convert to float"))
	}
	return f
}

// fromBig returns a big result as an int when it fits, so later arithmetic
// takes the fast path.
func fromBig(b *big.Int) Object {
	if b.IsInt64() {
		return int(b.Int64())
	}
	return b
}

// numOp is one arithmetic operator over Python's number kinds. Operands
// are promoted as in Python: any float makes the operation float; ints
// that overflow retry as big ints.
type numOp struct {
	sym    string
	ints   func(a, b int) (Object, bool) // false on overflow
	bigs   func(a, b *big.Int) Object
	floats func(a, b float64) Object
}

// arith applies op if both operands are numbers.
func arith(op *numOp, a, b Object) (Object, bool) {
	x, ok := asNum(a)
	if !ok {
		return nil, false
	}
	y, ok := asNum(b)
	if !ok {
		return nil, false
	}
	if x.kind == floatNum || y.kind == floatNum {
		return op.floats(x.float(), y.float()), true
	}
	if x.kind == intNum && y.kind == intNum {
		if r, ok := op.ints(x.i, y.i); ok {
			return r, true
		}
	}
	return op.bigs(x.big(), y.big()), true
}

var addOp = &numOp{
	sym: "+",
	ints: func(a, b int) (Object, bool) {
		c := a + b
		return c, (c > a) == (b > 0)
	},
	bigs:   func(a, b *big.Int) Object { return fromBig(new(big.Int).Add(a, b)) },
	floats: func(a, b float64) Object { return a + b },
}

var subOp = &numOp{
	sym: "-",
	ints: func(a, b int) (Object, bool) {
		c := a - b
		return c, (c < a) == (b > 0)
	},
	bigs:   func(a, b *big.Int) Object { return fromBig(new(big.Int).Sub(a, b)) },
	floats: func(a, b float64) Object { return a - b },
}

var mulOp = &numOp{
	sym:    "*",
	ints:   func(a, b int) (Object, bool) { return mulSmall(a, b) },
	bigs:   func(a, b *big.Int) Object { return fromBig(new(big.Int).Mul(a, b)) },
	floats: func(a, b float64) Object { return a * b },
}

var trueDivOp = &numOp{
	sym:    "/",
	ints:   func(a, b int) (Object, bool) { return TrueDivInt(a, b), true },
	bigs:   bigTrueDiv,
	floats: func(a, b float64) Object { return TrueDiv(a, b) },
}

var floorDivOp = &numOp{
	sym: "//",
	ints: func(a, b int) (Object, bool) {
		if a == math.MinInt && b == -1 {
			return nil, false
		}
		return FloorDiv(a, b), true
	},
	bigs: func(a, b *big.Int) Object {
		q, _ := bigDivMod(a, b, "integer division or modulo by zero")
		return fromBig(q)
	},
	floats: func(a, b float64) Object { return FloorDivFloat(a, b) },
}

var modOp = &numOp{
	sym: "%",
	ints: func(a, b int) (Object, bool) {
		if a == math.MinInt && b == -1 {
			return 0, true
		}
		return Mod(a, b), true
	},
	bigs: func(a, b *big.Int) Object {
		_, m := bigDivMod(a, b, "integer modulo by zero")
		return fromBig(m)
	},
	floats: func(a, b float64) Object { return ModFloat(a, b) },
}

var powOp = &numOp{
	sym: "**",
	ints: func(a, b int) (Object, bool) {
		if b < 0 {
			return floatPow(float64(a), float64(b)), true
		}
		return powSmall(a, b)
	},
	bigs:   bigPow,
	floats: func(a, b float64) Object { return floatPow(a, b) },
}

func bigTrueDiv(a, b *big.Int) Object {
	if b.Sign() == 0 {
		panic(ZeroDivisionError.New("division by zero"))
	}
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	if math.IsInf(f, 0) {
		panic(OverflowError.New("integer division result too large for a float"))
	}
	return f
}

// bigDivMod is Python's floor division and modulo on big ints.
func bigDivMod(a, b *big.Int, zeroMsg string) (*big.Int, *big.Int) {
	if b.Sign() == 0 {
		panic(ZeroDivisionError.New(zeroMsg))
	}
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && m.Sign() != b.Sign() {
		q.Sub(q, big.NewInt(1))
		m.Add(m, b)
	}
	return q, m
}

func bigPow(a, b *big.Int) Object {
	if b.Sign() < 0 {
		x, y := num{kind: bigNum, b: a}, num{kind: bigNum, b: b}
		return floatPow(x.float(), y.float())
	}
	return fromBig(new(big.Int).Exp(a, b, nil))
}

// floatPow is float ** float with CPython's errors. Python returns a
// complex number for a negative base and a fractional exponent; the
// runtime has no complex type and raises ValueError instead.
func floatPow(a, b float64) float64 {
	if a == 0 && b < 0 {
		panic(ZeroDivisionError.New("0.0 cannot be raised to a negative power"))
	}
	if a < 0 && b != math.Trunc(b) && !math.IsInf(b, 0) {
		panic(ValueError.New("negative number cannot be raised to a fractional power"))
	}
	r := CPow(a, b) // correctly rounded, as glibc's pow
	if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
		panic(OverflowError.New(Tuple{34, "Numerical result out of range"}...))
	}
	return r
}
