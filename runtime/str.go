package runtime

import (
	"math/big"
	"strconv"
)

// Object is a Python value whose type py2go could not prove: nil (None),
// bool, int, float64, string, *big.Int, *List, *Dict, Tuple, or a runtime
// or generated type. It is an alias so plain Go values pass without
// conversion.
type Object = any

// PyStringer is implemented by types with their own str(); print and
// f-strings use it.
type PyStringer interface{ PyStr() string }

// PyReprer is implemented by types with their own repr(); containers use
// it for their elements, and str() falls back to it as Python's
// object.__str__ does.
type PyReprer interface{ PyRepr() string }

// Str is Python's str(v).
func Str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case float64:
		var buf [32]byte
		return string(appendFloat(buf[:0], x, 64))
	}
	return string(appendStr(nil, v))
}

// Repr is Python's repr(v).
func Repr(v any) string {
	return string(appendRepr(nil, v))
}

// appendStr appends str(v) to b; print formats through it without building
// intermediate strings for the common scalar cases.
func appendStr(b []byte, v any) []byte {
	if IsNone(v) {
		return append(b, "None"...)
	}
	switch x := v.(type) {
	case string:
		return append(b, x...)
	case PyStringer:
		return append(b, x.PyStr()...)
	case PyReprer:
		return append(b, x.PyRepr()...)
	case error:
		return append(b, toError(x).Str()...)
	}
	return appendRepr(b, v)
}

// appendRepr appends repr(v) to b.
func appendRepr(b []byte, v any) []byte {
	if b2, ok := appendScalar(b, v); ok {
		return b2
	}
	if IsNone(v) {
		return append(b, "None"...)
	}
	if s, ok := v.(string); ok {
		return appendQuoted(b, s)
	}
	w := reprWriter{b: b}
	w.repr(v)
	return w.b
}

// appendScalar appends the repr of None, bools and numbers, whose str and
// repr are the same. It reports false for any other type.
func appendScalar(b []byte, v any) ([]byte, bool) {
	switch x := v.(type) {
	case nil:
		return append(b, "None"...), true
	case bool:
		if x {
			return append(b, "True"...), true
		}
		return append(b, "False"...), true
	case int:
		return strconv.AppendInt(b, int64(x), 10), true
	case int64:
		return strconv.AppendInt(b, x, 10), true
	case int32:
		return strconv.AppendInt(b, int64(x), 10), true
	case int16:
		return strconv.AppendInt(b, int64(x), 10), true
	case int8:
		return strconv.AppendInt(b, int64(x), 10), true
	case uint:
		return strconv.AppendUint(b, uint64(x), 10), true
	case uint64:
		return strconv.AppendUint(b, x, 10), true
	case uint32:
		return strconv.AppendUint(b, uint64(x), 10), true
	case uint16:
		return strconv.AppendUint(b, uint64(x), 10), true
	case uint8:
		return strconv.AppendUint(b, uint64(x), 10), true
	case uintptr:
		return strconv.AppendUint(b, uint64(x), 10), true
	case float64:
		return appendFloat(b, x, 64), true
	case float32:
		return appendFloat(b, float64(x), 32), true
	case *big.Int:
		return x.Append(b, 10), true
	}
	return b, false
}
