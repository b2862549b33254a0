package runtime

import (
	"iter"
	"strconv"
	"sync"
)

// multiprocessing.Value and Array live in shared memory in CPython, so
// unlike globals every process sees every write. Here processes share
// one address space: a SharedValue or SharedArray is one object that
// crossing a process boundary never copies. Each read and write is
// atomic (a mutex of its own), and get_lock() returns the separate RLock
// that Python code takes around read-modify-write sequences.

// CNumber is the Go type of a ctypes number: int for the integer
// typecodes, float64 for 'd' and 'f'.
type CNumber interface{ int | float64 }

// ctype is what a typecode stores: its ctypes name and how a value is
// narrowed to it (C integers wrap, floats round to float32).
type ctype struct {
	name   string
	bits   int  // 0 for floating point
	signed bool // for integers
}

var ctypes = map[string]ctype{
	"b": {"c_byte", 8, true}, "B": {"c_ubyte", 8, false},
	"h": {"c_short", 16, true}, "H": {"c_ushort", 16, false},
	"i": {"c_int", 32, true}, "I": {"c_uint", 32, false},
	"l": {"c_long", 64, true}, "L": {"c_ulong", 64, false},
	"q": {"c_longlong", 64, true}, "Q": {"c_ulonglong", 64, false},
	"f": {"c_float", 0, true}, "d": {"c_double", 0, true},
}

// ctypeOf looks up a typecode, raising CPython's error for unknown ones.
func ctypeOf(typecode string) ctype {
	ct, ok := ctypes[typecode]
	if !ok {
		panic(TypeError.New("unsupported typecode " + strconv.Quote(typecode)))
	}
	return ct
}

// narrow stores v as the C type does.
func narrow[T CNumber](ct ctype, v T) T {
	switch x := any(v).(type) {
	case int:
		if ct.bits == 64 || ct.bits == 0 {
			return v
		}
		shift := 64 - ct.bits
		if ct.signed {
			return any(x << shift >> shift).(T)
		}
		return any(int(uint64(x) << shift >> shift)).(T)
	case float64:
		if ct.name == "c_float" {
			return any(float64(float32(x))).(T)
		}
	}
	return v
}

// toCNumber converts a dynamic value for a store, with ctypes' errors.
func toCNumber[T CNumber](x Object) T {
	var zero T
	if _, isInt := any(zero).(int); isInt {
		switch v := x.(type) {
		case int:
			return any(v).(T)
		case bool:
			return any(map[bool]int{false: 0, true: 1}[v]).(T)
		}
		panic(TypeError.New("'" + TypeName(x) + "' object cannot be interpreted as an integer"))
	}
	switch v := x.(type) {
	case float64:
		return any(v).(T)
	case int:
		return any(float64(v)).(T)
	case bool:
		return any(map[bool]float64{false: 0, true: 1}[v]).(T)
	}
	panic(TypeError.New("must be real number, not " + TypeName(x)))
}

// SharedValue is multiprocessing.Value(typecode, value): one C number
// shared by every process.
type SharedValue[T CNumber] struct {
	mu   sync.Mutex
	v    T
	ct   ctype
	lock *RLock // nil for lock=False
}

// NewSharedValue is multiprocessing.Value(typecode, value, lock=lock).
func NewSharedValue[T CNumber](typecode string, v T, lock bool) *SharedValue[T] {
	s := &SharedValue[T]{ct: ctypeOf(typecode)}
	s.v = narrow(s.ct, v)
	if lock {
		s.lock = NewRLock()
	}
	markShared(s)
	return s
}

// Value is v.value.
func (s *SharedValue[T]) Value() T {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.v
}

// SetValue is v.value = x; integers wrap as the C type does.
func (s *SharedValue[T]) SetValue(x T) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.v = narrow(s.ct, x)
}

// GetLock is v.get_lock(): the RLock that `with v.get_lock():` holds
// around a read-modify-write.
func (s *SharedValue[T]) GetLock() *RLock {
	if s.lock == nil {
		panic(AttributeError.New("'" + s.ct.name + "' object has no attribute 'get_lock'"))
	}
	return s.lock
}

// Enter is `with v:`, which holds the value's lock.
func (s *SharedValue[T]) Enter() { s.GetLock().Acquire() }

// Exit ends `with v:`.
func (s *SharedValue[T]) Exit() { s.GetLock().Release() }

// PyRepr is repr(v): "<Synchronized wrapper for c_int(5)>", or the bare
// "c_int(5)" of lock=False.
func (s *SharedValue[T]) PyRepr() string {
	inner := s.ct.name + "(" + Repr(s.Value()) + ")"
	if s.lock == nil {
		return inner
	}
	return "<Synchronized wrapper for " + inner + ">"
}

// SharedArray is multiprocessing.Array(typecode, size or items): a fixed
// number of C numbers shared by every process.
type SharedArray[T CNumber] struct {
	mu    sync.Mutex
	items []T
	ct    ctype
	lock  *RLock
}

// NewSharedArray is Array(typecode, items, lock=lock).
func NewSharedArray[T CNumber](typecode string, items []T, lock bool) *SharedArray[T] {
	a := &SharedArray[T]{ct: ctypeOf(typecode), items: make([]T, len(items))}
	for i, v := range items {
		a.items[i] = narrow(a.ct, v)
	}
	if lock {
		a.lock = NewRLock()
	}
	markShared(a)
	return a
}

// NewSharedArrayOf is Array(typecode, iterable) for items of another
// type than the array's (ints for a 'd' array), converted as ctypes does.
func NewSharedArrayOf[T CNumber](typecode string, items Object, lock bool) *SharedArray[T] {
	var vals []T
	for _, x := range ItemsOf[Object](items) {
		vals = append(vals, toCNumber[T](x))
	}
	return NewSharedArray(typecode, vals, lock)
}

// NewSharedArrayN is Array(typecode, n): n zeros.
func NewSharedArrayN[T CNumber](typecode string, n int, lock bool) *SharedArray[T] {
	if n < 0 {
		panic(ValueError.New("negative count"))
	}
	return NewSharedArray(typecode, make([]T, n), lock)
}

// Len is len(a).
func (a *SharedArray[T]) Len() int { return len(a.items) }

// index turns a Python index into a position, with ctypes' error.
func (a *SharedArray[T]) index(k Object) int {
	i, ok := k.(int)
	if !ok {
		panic(TypeError.New("indices must be integers"))
	}
	if i < 0 {
		i += len(a.items)
	}
	if i < 0 || i >= len(a.items) {
		panic(IndexError.New("invalid index"))
	}
	return i
}

// At is a[i].
func (a *SharedArray[T]) At(i int) T {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.items[a.index(i)]
}

// SetAt is a[i] = v.
func (a *SharedArray[T]) SetAt(i int, v T) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.items[a.index(i)] = narrow(a.ct, v)
}

// Items is a[:], a list of the current values.
func (a *SharedArray[T]) Items() []T {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]T(nil), a.items...)
}

// PyGetItem is a[k] on a dynamic value.
func (a *SharedArray[T]) PyGetItem(k Object) Object { return a.At(a.index(k)) }

// PySetItem is a[k] = v on a dynamic value.
func (a *SharedArray[T]) PySetItem(k, v Object) { a.SetAt(a.index(k), toCNumber[T](v)) }

// PySlice is a[lo:hi:step]: a list, as ctypes arrays give.
func (a *SharedArray[T]) PySlice(lo, hi, step Object) Object {
	return NewList(ItemsOf[Object](SliceOf(a.Items(), lo, hi, step))...)
}

// SetSlice is a[lo:hi] = items, which must keep the array's length.
func (a *SharedArray[T]) SetSlice(lo, hi Object, items Object) {
	vals := ItemsOf[Object](items)
	a.mu.Lock()
	defer a.mu.Unlock()
	start, st, count := sliceBounds(lo, hi, nil, len(a.items))
	if count != len(vals) {
		panic(ValueError.New("Can only assign sequence of same size"))
	}
	for i, v := range vals {
		a.items[start+i*st] = narrow(a.ct, toCNumber[T](v))
	}
}

// PyIter iterates over the values.
func (a *SharedArray[T]) PyIter() iter.Seq[Object] {
	return func(yield func(Object) bool) {
		for _, v := range a.Items() {
			if !yield(v) {
				return
			}
		}
	}
}

// GetLock is a.get_lock().
func (a *SharedArray[T]) GetLock() *RLock {
	if a.lock == nil {
		panic(AttributeError.New("'" + a.ct.name + "_Array' object has no attribute 'get_lock'"))
	}
	return a.lock
}

// Enter is `with a:`, which holds the array's lock.
func (a *SharedArray[T]) Enter() { a.GetLock().Acquire() }

// Exit ends `with a:`.
func (a *SharedArray[T]) Exit() { a.GetLock().Release() }

// PyRepr is repr(a).
func (a *SharedArray[T]) PyRepr() string {
	inner := "<multiprocessing.sharedctypes." + a.ct.name + "_Array_" + strconv.Itoa(len(a.items)) + " object>"
	if a.lock == nil {
		return inner
	}
	return "<SynchronizedArray wrapper for " + inner + ">"
}
