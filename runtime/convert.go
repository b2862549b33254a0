package runtime

import (
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
)

// ToInt is int(v) for a dynamic value whose result generated code keeps in
// a Go int: floats truncate toward zero, strings parse as Python's int()
// does (surrounding white space, a sign, underscores between digits).
// A value that does not fit an int raises OverflowError rather than wrap.
func ToInt(v Object) int {
	if s, ok := v.(string); ok {
		return parseInt(s)
	}
	n, ok := asNum(v)
	if !ok {
		panic(TypeError.New("int() argument must be a string, a bytes-like object or a real number, not '" + TypeName(v) + "'"))
	}
	switch n.kind {
	case intNum:
		return n.i
	case bigNum:
		panic(OverflowError.New("Python int too large to convert to a Go int"))
	}
	switch f := n.f; {
	case math.IsInf(f, 0):
		panic(OverflowError.New("cannot convert float infinity to integer"))
	case math.IsNaN(f):
		panic(ValueError.New("cannot convert float NaN to integer"))
	case f < -(1<<63) || f >= 1<<63:
		panic(OverflowError.New("float too large to convert to a Go int"))
	}
	return int(n.f)
}

func parseInt(s string) int {
	t := strings.TrimSpace(s)
	digits := strings.TrimLeft(t, "+-")
	if len(t)-len(digits) > 1 || !validUnderscores(digits, false) {
		panic(ValueError.New("invalid literal for int() with base 10: " + Repr(s)))
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(t, "_", ""), 10, 64)
	if err != nil {
		if isRangeError(err) {
			panic(OverflowError.New("Python int too large to convert to a Go int"))
		}
		panic(ValueError.New("invalid literal for int() with base 10: " + Repr(s)))
	}
	return int(n)
}

// validUnderscores reports whether s is non-empty and every underscore in
// it sits between two digits, Python's rule for numeric literals in int()
// and float().
func validUnderscores(s string, allowNonDigits bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			if i == 0 || i == len(s)-1 || !isDigit(s[i-1]) || !isDigit(s[i+1]) {
				return false
			}
		case !isDigit(c) && !allowNonDigits:
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// ToFloat is float(v): numbers convert (an int too large raises
// OverflowError), strings parse as Python's float() does, including "inf",
// "nan" and "infinity" in any case and underscores between digits.
func ToFloat(v Object) float64 {
	if s, ok := v.(string); ok {
		return parseFloat(s)
	}
	n, ok := asNum(v)
	if !ok {
		panic(TypeError.New("float() argument must be a string or a real number, not '" + TypeName(v) + "'"))
	}
	return n.float()
}

func parseFloat(s string) float64 {
	t := strings.TrimSpace(s)
	lower := strings.ToLower(t)
	bad := strings.ContainsAny(lower, "xp") || // Go also reads hex floats
		(strings.Contains(t, "_") && !validUnderscores(t, true))
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
	if bad || (err != nil && !isRangeError(err)) {
		panic(ValueError.New("could not convert string to float: " + Repr(s)))
	}
	return f
}

// isRangeError reports a literal beyond float64's range, which Python
// reads as inf or 0.0 as ParseFloat also returns.
func isRangeError(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// PyTyper is implemented by runtime and generated types to give the type
// name CPython's error messages use: type(x).__name__ for classes written
// in Python, the qualified C name for types such as "datetime.datetime".
type PyTyper interface{ PyTypeName() string }

// TypeName is the type name CPython's error messages use; for builtins and
// user classes that is type(v).__name__.
func TypeName(v Object) string {
	switch x := v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case string:
		return "str"
	case float64, float32:
		return "float"
	case *big.Int:
		return "int"
	case *List:
		return "list"
	case *Dict:
		return "dict"
	case Tuple:
		return "tuple"
	case []byte:
		return "bytes"
	case *Error:
		return x.Type.Name
	case *ExceptionType:
		return "type"
	case PyTyper:
		return x.PyTypeName()
	}
	if _, ok := asNum(v); ok {
		return "int"
	}
	return goTypeName(reflect.TypeOf(v))
}

func goTypeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return "list"
	case reflect.Map:
		return "dict"
	case reflect.Func:
		return "function"
	case reflect.Pointer:
		return t.Elem().Name()
	}
	return t.Name()
}
