package runtime

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"sync"
)

// Dict is a Python dict: keys are hashable dynamic values, iteration
// follows insertion order, and keys that Python considers equal (1, 1.0
// and True) are the same key. Like List it is used through a pointer and
// each operation takes a lock.
type Dict struct {
	mu      sync.Mutex
	index   map[any]int // hash key -> position in entries
	entries []dictEntry
	dead    int // deleted entries still in entries
}

type dictEntry struct {
	key, val Object
	live     bool
}

// NewDict makes an empty dict.
func NewDict() *Dict {
	return &Dict{index: map[any]int{}}
}

// Get is d.get(k): the value and whether k is present.
func (d *Dict) Get(k Object) (Object, bool) {
	h := hashKey(k)
	d.mu.Lock()
	defer d.mu.Unlock()
	if i, ok := d.index[h]; ok {
		return d.entries[i].val, true
	}
	return nil, false
}

// GetItem is d[k]; a missing key raises KeyError(k).
func (d *Dict) GetItem(k Object) Object {
	v, ok := d.Get(k)
	if !ok {
		panic(KeyError.New(k))
	}
	return v
}

// Set is d[k] = v. An existing key keeps its place and its original key
// object, as in Python.
func (d *Dict) Set(k, v Object) {
	v = asRuntimeList(v)
	h := hashKey(k)
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.index == nil {
		d.index = map[any]int{}
	}
	if i, ok := d.index[h]; ok {
		d.entries[i].val = v
		return
	}
	d.index[h] = len(d.entries)
	d.entries = append(d.entries, dictEntry{key: k, val: v, live: true})
}

// Delete is del d[k]; a missing key raises KeyError(k).
func (d *Dict) Delete(k Object) {
	h := hashKey(k)
	d.mu.Lock()
	defer d.mu.Unlock()
	i, ok := d.index[h]
	if !ok {
		panic(KeyError.New(k))
	}
	delete(d.index, h)
	d.entries[i] = dictEntry{}
	d.dead++
	if d.dead > len(d.entries)/2 {
		d.compact()
	}
}

// compact drops deleted entries so iteration stays proportional to Len;
// d.mu is held.
func (d *Dict) compact() {
	live := d.entries[:0]
	for _, e := range d.entries {
		if e.live {
			d.index[hashKey(e.key)] = len(live)
			live = append(live, e)
		}
	}
	clear(d.entries[len(live):])
	d.entries, d.dead = live, 0
}

// Len is len(d).
func (d *Dict) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.entries) - d.dead
}

// Keys returns a snapshot of the keys in insertion order.
func (d *Dict) Keys() []Object {
	var keys []Object
	for _, e := range d.snapshot() {
		keys = append(keys, e.key)
	}
	return keys
}

// Values returns a snapshot of the values in insertion order.
func (d *Dict) Values() []Object {
	var vals []Object
	for _, e := range d.snapshot() {
		vals = append(vals, e.val)
	}
	return vals
}

// snapshot copies the live entries, so callers can format or call back
// into Python code without holding the lock.
func (d *Dict) snapshot() []dictEntry {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]dictEntry, 0, len(d.entries)-d.dead)
	for _, e := range d.entries {
		if e.live {
			out = append(out, e)
		}
	}
	return out
}

// PyRepr is repr(d): "{'a': 1, 2: [3]}"; a dict inside itself is
// "{...}".
func (d *Dict) PyRepr() string {
	return Repr(d)
}

// bigKey and tupleKey stand for a *big.Int or Tuple as a comparable Go
// map key.
type (
	bigKey   string
	tupleKey string
)

// hashKey maps a Python key to a comparable Go value such that keys equal
// in Python (1 == 1.0 == True) map to the same value. Unhashable values
// raise TypeError as in Python.
func hashKey(k Object) any {
	switch v := k.(type) {
	case nil, string, int:
		return v
	case bool:
		if v {
			return 1
		}
		return 0
	case float64:
		return floatKey(v)
	case float32:
		return floatKey(float64(v))
	case *big.Int:
		if v.IsInt64() {
			return int(v.Int64())
		}
		return bigKey(v.String())
	case Tuple:
		return tupleKeyOf(v)
	case TupleLike:
		return tupleKeyOf(v.AsTuple())
	case TupleObject:
		return tupleKeyOf(objectTuple(v))
	case PyHasher:
		return userHashKey(v)
	}
	if n, ok := intValue(k); ok {
		return n
	}
	if isBigInt(k) {
		return bigKey(fmt.Sprint(k))
	}
	if t := reflect.TypeOf(k); !t.Comparable() || isMutableContainer(k) {
		panic(TypeError.New("unhashable type: '" + TypeName(k) + "'"))
	}
	return k
}

func floatKey(f float64) any {
	if f == math.Trunc(f) && f >= -(1<<63) && f < 1<<63 {
		return int(f)
	}
	return f
}

func tupleKeyOf(t Tuple) tupleKey {
	var b []byte
	for _, e := range t {
		b = fmt.Appendf(b, "%T:%#v,", hashKey(e), hashKey(e))
	}
	return tupleKey(b)
}

func isMutableContainer(k Object) bool {
	switch k.(type) {
	case *List, *Dict:
		return true
	}
	return false
}
