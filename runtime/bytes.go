package runtime

import (
	"bytes"
	"encoding/hex"
	"iter"
	"strconv"
	"sync"
)

// Python's bytes is a Go []byte held as a dynamic value (what str.encode
// and bytes literals give); bytearray is a *ByteArray, mutable and locked
// per operation as lists are. The dynamic operations (GetItem, Slice,
// Add, Mul, Contains, Iter, Eq, ordering, dict keys) reach the helpers
// below through bytesLike.

// ByteArray is a Python bytearray.
type ByteArray struct {
	mu sync.Mutex
	b  []byte
}

// NewBytes is bytes(source, encoding, errors): empty, n zero bytes, a
// string encoded, a copy of a bytes-like object, or bytes of an iterable
// of ints.
func NewBytes(source, encoding, errors Object) []byte {
	return makeBytes("bytes", source, encoding, errors)
}

// NewByteArray is bytearray(source, encoding, errors), as bytes() takes
// them.
func NewByteArray(source, encoding, errors Object) *ByteArray {
	return &ByteArray{b: makeBytes("bytearray", source, encoding, errors)}
}

func makeBytes(kind string, source, encoding, errors Object) []byte {
	if s, ok := source.(string); ok {
		if encoding == nil {
			panic(TypeError.New("string argument without an encoding"))
		}
		return Encode(s, Str(encoding), strOr(errors, "strict"))
	}
	if encoding != nil {
		panic(TypeError.New("encoding without a string argument"))
	}
	if b, ok := bytesLike(source); ok {
		return bytes.Clone(b)
	}
	switch x := source.(type) {
	case nil:
		return []byte{}
	case bool, int:
		n := ToInt(x)
		if n < 0 {
			panic(ValueError.New("negative count"))
		}
		return make([]byte, n)
	}
	out := []byte{}
	for v := range iterate(source, "cannot convert '"+TypeName(source)+"' object to "+kind) {
		out = append(out, byteValue(v))
	}
	return out
}

func strOr(v Object, def string) string {
	if v == nil {
		return def
	}
	return Str(v)
}

// byteValue is v as one byte, raising CPython's errors for other values.
func byteValue(v Object) byte {
	n, ok := intValue(v)
	if b, isBool := v.(bool); isBool {
		n, ok = 0, true
		if b {
			n = 1
		}
	}
	if !ok {
		panic(TypeError.New("'" + TypeName(v) + "' object cannot be interpreted as an integer"))
	}
	if n < 0 || n > 255 {
		panic(ValueError.New("byte must be in range(0, 256)"))
	}
	return byte(n)
}

// BytesFromHex is bytes.fromhex(s): pairs of hex digits, spaces between
// pairs allowed.
func BytesFromHex(s string) []byte {
	out := []byte{}
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++
			continue
		}
		if i+1 >= len(s) {
			panic(ValueError.New("non-hexadecimal number found in fromhex() arg at position " + strconv.Itoa(i+1)))
		}
		b, err := hex.DecodeString(s[i : i+2])
		if err != nil {
			pos := i
			if _, err := hex.DecodeString(string(s[i]) + "0"); err == nil {
				pos = i + 1
			}
			panic(ValueError.New("non-hexadecimal number found in fromhex() arg at position " + strconv.Itoa(pos)))
		}
		out = append(out, b[0])
		i += 2
	}
	return out
}

// bytesLike is the bytes of a bytes or bytearray value (a snapshot of a
// bytearray's), false for anything else.
func bytesLike(v Object) ([]byte, bool) {
	switch x := v.(type) {
	case []byte:
		return x, true
	case *ByteArray:
		return x.Bytes(), true
	}
	return nil, false
}

// Bytes is a copy of the bytearray's contents.
func (a *ByteArray) Bytes() []byte {
	a.mu.Lock()
	defer a.mu.Unlock()
	return bytes.Clone(a.b)
}

// Len is len(a).
func (a *ByteArray) Len() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.b)
}

// PyRepr is repr(a): bytearray(b'...').
func (a *ByteArray) PyRepr() string { return "bytearray(" + Repr(a.Bytes()) + ")" }

// PyTypeName is "bytearray".
func (a *ByteArray) PyTypeName() string { return "bytearray" }

// PyGetItem is a[i], an int.
func (a *ByteArray) PyGetItem(k Object) Object {
	a.mu.Lock()
	defer a.mu.Unlock()
	return int(a.b[seqIndex(indexOf(k, "bytearray"), len(a.b), "bytearray")])
}

// PySetItem is a[i] = v.
func (a *ByteArray) PySetItem(k, v Object) {
	b := byteValue(v)
	a.mu.Lock()
	defer a.mu.Unlock()
	a.b[seqIndex(indexOf(k, "bytearray"), len(a.b), "bytearray")] = b
}

// PySlice is a[lo:hi:step], a new bytearray.
func (a *ByteArray) PySlice(lo, hi, step Object) Object {
	return &ByteArray{b: SliceOf(a.Bytes(), lo, hi, step)}
}

// PyIter iterates over a snapshot of the bytes, as ints.
func (a *ByteArray) PyIter() iter.Seq[Object] { return bytesIter(a.Bytes()) }

// PyContains is `x in a`.
func (a *ByteArray) PyContains(x Object) bool { return bytesContains(a.Bytes(), x) }

// PyEq is a == other, for bytes and bytearrays.
func (a *ByteArray) PyEq(other Object) bool {
	o, ok := bytesLike(other)
	return ok && bytes.Equal(a.Bytes(), o)
}

// PyCompare orders a with bytes and bytearrays.
func (a *ByteArray) PyCompare(other Object) (int, bool) {
	o, ok := bytesLike(other)
	if !ok {
		return 0, false
	}
	return bytes.Compare(a.Bytes(), o), true
}

// PyMethod runs bytearray's methods: its own mutators and bytes' methods.
func (a *ByteArray) PyMethod(name string, args []Object) (Object, bool) {
	a.mu.Lock()
	switch name {
	case "append":
		a.b = append(a.b, byteValue(argAt(args, 0, nil)))
	case "extend":
		a.mu.Unlock()
		more := makeBytes("bytearray", argAt(args, 0, nil), nil, nil)
		a.mu.Lock()
		a.b = append(a.b, more...)
	case "clear":
		a.b = a.b[:0]
	case "pop":
		if len(a.b) == 0 {
			a.mu.Unlock()
			panic(IndexError.New("pop from empty bytearray"))
		}
		v := a.b[len(a.b)-1]
		a.b = a.b[:len(a.b)-1]
		a.mu.Unlock()
		return int(v), true
	case "reverse":
		for i, j := 0, len(a.b)-1; i < j; i, j = i+1, j-1 {
			a.b[i], a.b[j] = a.b[j], a.b[i]
		}
	default:
		a.mu.Unlock()
		out, ok := bytesMethod(a.Bytes(), name, args)
		if b, isBytes := out.([]byte); isBytes && name != "hex" {
			out = &ByteArray{b: b}
		}
		return out, ok
	}
	a.mu.Unlock()
	return nil, true
}

// bytesIter yields the bytes as ints.
func bytesIter(b []byte) iter.Seq[Object] {
	return func(yield func(Object) bool) {
		for _, c := range b {
			if !yield(int(c)) {
				return
			}
		}
	}
}

// bytesContains is `x in b`: an int byte or a bytes-like run.
func bytesContains(b []byte, x Object) bool {
	if sub, ok := bytesLike(x); ok {
		return bytes.Contains(b, sub)
	}
	if _, ok := intValue(x); !ok {
		if _, isBool := x.(bool); !isBool {
			panic(TypeError.New("a bytes-like object is required, not '" + TypeName(x) + "'"))
		}
	}
	return bytes.IndexByte(b, byteValue(x)) >= 0
}

// bytesItem is b[k]: an int.
func bytesItem(b []byte, k Object) Object {
	i := indexOf(k, "byte")
	if i < 0 {
		i += len(b)
	}
	if i < 0 || i >= len(b) {
		panic(IndexError.New("index out of range"))
	}
	return int(b[i])
}

// bytesConcat is a + b where a is bytes or bytearray: the result has a's
// type; ok is false when a is neither.
func bytesConcat(a, b Object) (Object, bool) {
	x, ok := bytesLike(a)
	if !ok {
		return nil, false
	}
	y, ok := bytesLike(b)
	if !ok {
		panic(TypeError.New("can't concat " + TypeName(b) + " to " + TypeName(a)))
	}
	out := append(bytes.Clone(x), y...)
	if _, isArray := a.(*ByteArray); isArray {
		return &ByteArray{b: out}, true
	}
	return out, true
}

// bytesRepeat is b * n or n * b; ok is false when neither is bytes-like.
func bytesRepeat(a, b Object) (Object, bool) {
	if _, ok := bytesLike(a); !ok {
		a, b = b, a
	}
	x, ok := bytesLike(a)
	if !ok {
		return nil, false
	}
	n, isInt := intValue(b)
	if !isInt {
		panic(TypeError.New("can't multiply sequence by non-int of type '" + TypeName(b) + "'"))
	}
	out := bytes.Repeat(x, max(n, 0))
	if _, isArray := a.(*ByteArray); isArray {
		return &ByteArray{b: out}, true
	}
	return out, true
}

// bytesKey is the dict key of a bytes value: bytes are hashable, and
// equal bytes are one key.
type bytesKey string
