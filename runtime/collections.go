package runtime

import (
	"iter"
	"sort"
	"strings"
)

// This file is Python's collections module: Counter, defaultdict and
// deque, built on the runtime's ordered Dict and dynamic values.

// PyMapping is implemented by the collections' dict types, so dict(x)
// and d.update(x) read them as mappings.
type PyMapping interface{ PyDict() *Dict }

// PyDict is the counts as a plain dict.
func (c *Counter) PyDict() *Dict { return c.d }

// PyDict is the items as a plain dict.
func (d *DefaultDict) PyDict() *Dict { return d.d }

// PyDict is the items as a plain dict.
func (o *OrderedDict) PyDict() *Dict { return o.d }

// Counter is collections.Counter: a dict of counts whose missing keys
// count zero.
type Counter struct{ d *Dict }

// NewCounter is Counter(iterable): counts of the items, or of a mapping's
// values by key; nil makes an empty counter.
func NewCounter(src Object) *Counter {
	c := &Counter{d: NewDict()}
	if src != nil {
		c.Update(src)
	}
	return c
}

// Update is c.update(iterable or mapping): adds counts.
func (c *Counter) Update(src Object) {
	switch m := src.(type) {
	case *Counter:
		for _, k := range m.d.Keys() {
			c.d.Set(k, Add(c.Get(k), m.d.GetItem(k)))
		}
		return
	case *Dict:
		for _, k := range m.Keys() {
			c.d.Set(k, Add(c.Get(k), m.GetItem(k)))
		}
		return
	}
	for v := range Iter(src) {
		c.d.Set(v, Add(c.Get(v), 1))
	}
}

// Subtract is c.subtract(iterable or mapping): counts may go negative.
func (c *Counter) Subtract(src Object) {
	other := NewCounter(src)
	for _, k := range other.d.Keys() {
		c.d.Set(k, Sub(c.Get(k), other.d.GetItem(k)))
	}
}

// Get is c[k]: zero for a missing key, which is not added.
func (c *Counter) Get(k Object) Object {
	if v, ok := c.d.Get(k); ok {
		return v
	}
	return 0
}

// PyGetItem is c[k].
func (c *Counter) PyGetItem(k Object) Object { return c.Get(k) }

// PySetItem is c[k] = v.
func (c *Counter) PySetItem(k, v Object) { c.d.Set(k, v) }

// Delete is del c[k]; a missing key is ignored, as Counter does.
func (c *Counter) Delete(k Object) {
	if _, ok := c.d.Get(k); ok {
		c.d.Delete(k)
	}
}

// Len is len(c).
func (c *Counter) Len() int { return c.d.Len() }

// PyIter iterates over the keys.
func (c *Counter) PyIter() iter.Seq[Object] { return sliceIter(c.d.Keys()) }

// PyContains is `k in c`.
func (c *Counter) PyContains(k Object) bool {
	_, ok := c.d.Get(k)
	return ok
}

// Keys lists the keys in insertion order.
func (c *Counter) Keys() DictKeys { return c.d.Keys() }

// Values lists the counts in insertion order.
func (c *Counter) Values() DictValues { return c.d.Values() }

// Items lists (key, count) tuples in insertion order.
func (c *Counter) Items() DictItems {
	out := make([]Object, 0, c.d.Len())
	for _, k := range c.d.Keys() {
		out = append(out, Tuple{k, c.d.GetItem(k)})
	}
	return out
}

// sorted is the items by count, largest first, ties in insertion order.
func (c *Counter) sorted() []Tuple {
	items := make([]Tuple, 0, c.d.Len())
	for _, k := range c.d.Keys() {
		items = append(items, Tuple{k, c.d.GetItem(k)})
	}
	sort.SliceStable(items, func(i, j int) bool { return Gt(items[i][1], items[j][1]) })
	return items
}

// MostCommon is c.most_common(n): the n most common (key, count) pairs;
// n < 0 stands for None (all of them).
func (c *Counter) MostCommon(n int) []Object {
	items := c.sorted()
	if n >= 0 && n < len(items) {
		items = items[:n]
	}
	out := make([]Object, len(items))
	for i, t := range items {
		out[i] = t
	}
	return out
}

// Elements is c.elements(): each key repeated by its count.
func (c *Counter) Elements() []Object {
	var out []Object
	for _, k := range c.d.Keys() {
		for i := 0; i < ToInt(c.d.GetItem(k)); i++ {
			out = append(out, k)
		}
	}
	return out
}

// Total is c.total(): the sum of the counts.
func (c *Counter) Total() Object {
	var sum Object = 0
	for _, v := range c.d.Values() {
		sum = Add(sum, v)
	}
	return sum
}

// combine is Counter arithmetic: op on each key's counts, keeping the
// positive results, keys in first-seen order.
func (c *Counter) combine(o *Counter, op func(a, b Object) Object) *Counter {
	out := NewCounter(nil)
	for _, k := range append(c.d.Keys(), o.d.Keys()...) {
		if _, done := out.d.Get(k); done {
			continue
		}
		if v := op(c.Get(k), o.Get(k)); Gt(v, 0) {
			out.d.Set(k, v)
		}
	}
	return out
}

// AddCounter is c + o.
func (c *Counter) AddCounter(o *Counter) *Counter { return c.combine(o, Add) }

// SubCounter is c - o.
func (c *Counter) SubCounter(o *Counter) *Counter { return c.combine(o, Sub) }

// Or is c | o: the larger count of each key.
func (c *Counter) Or(o *Counter) *Counter {
	return c.combine(o, func(a, b Object) Object {
		if Gt(b, a) {
			return b
		}
		return a
	})
}

// And is c & o: the smaller count of each key.
func (c *Counter) And(o *Counter) *Counter {
	return c.combine(o, func(a, b Object) Object {
		if Lt(b, a) {
			return b
		}
		return a
	})
}

// PyRepr is repr(c): "Counter({'a': 3, 'b': 1})", most common first.
func (c *Counter) PyRepr() string {
	if c.d.Len() == 0 {
		return "Counter()"
	}
	var b strings.Builder
	b.WriteString("Counter({")
	for i, t := range c.sorted() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(t[0]) + ": " + Repr(t[1]))
	}
	b.WriteString("})")
	return b.String()
}

// PyEq is c == o: the same counts.
func (c *Counter) PyEq(o Object) bool {
	other, ok := o.(*Counter)
	return ok && Eq(c.d, other.d)
}

// PyTypeName is the name CPython's error messages give the type.
func (c *Counter) PyTypeName() string { return "Counter" }

// DefaultDict is collections.defaultdict: a dict that makes a missing
// key's value by calling its factory.
type DefaultDict struct {
	d       *Dict
	factory func() Object
	// name is the factory's repr ("<class 'list'>").
	name string
}

// NewDefaultDict is defaultdict(factory); name is the factory's repr.
func NewDefaultDict(factory func() Object, name string) *DefaultDict {
	return &DefaultDict{d: NewDict(), factory: factory, name: name}
}

// Get is d[k]: a missing key gets factory() stored and returned.
func (d *DefaultDict) Get(k Object) Object {
	if v, ok := d.d.Get(k); ok {
		return v
	}
	if d.factory == nil {
		panic(KeyError.New(k))
	}
	v := d.factory()
	d.d.Set(k, v)
	return v
}

// PyGetItem is d[k].
func (d *DefaultDict) PyGetItem(k Object) Object { return d.Get(k) }

// PySetItem is d[k] = v.
func (d *DefaultDict) PySetItem(k, v Object) { d.d.Set(k, v) }

// Len is len(d).
func (d *DefaultDict) Len() int { return d.d.Len() }

// PyIter iterates over the keys.
func (d *DefaultDict) PyIter() iter.Seq[Object] { return sliceIter(d.d.Keys()) }

// PyContains is `k in d`; it does not call the factory.
func (d *DefaultDict) PyContains(k Object) bool {
	_, ok := d.d.Get(k)
	return ok
}

// Keys lists the keys in insertion order.
func (d *DefaultDict) Keys() DictKeys { return d.d.Keys() }

// Values lists the values in insertion order.
func (d *DefaultDict) Values() DictValues { return d.d.Values() }

// Items lists (key, value) tuples in insertion order.
func (d *DefaultDict) Items() DictItems {
	out := make([]Object, 0, d.d.Len())
	for _, k := range d.d.Keys() {
		out = append(out, Tuple{k, d.d.GetItem(k)})
	}
	return out
}

// GetDefault is d.get(k, def): no factory call.
func (d *DefaultDict) GetDefault(k, def Object) Object {
	if v, ok := d.d.Get(k); ok {
		return v
	}
	return def
}

// Dict is the plain dict with the same items, as dict(d) gives.
func (d *DefaultDict) Dict() *Dict { return d.d }

// PyRepr is repr(d): "defaultdict(<class 'int'>, {'a': 1})".
func (d *DefaultDict) PyRepr() string { return "defaultdict(" + d.name + ", " + d.d.PyRepr() + ")" }

// PyTypeName is the name CPython's error messages give the type.
func (d *DefaultDict) PyTypeName() string { return "collections.defaultdict" }

// OrderedDict is collections.OrderedDict: a dict whose order can be
// changed with move_to_end and popitem.
type OrderedDict struct{ d *Dict }

// NewOrderedDict is OrderedDict(iterable of pairs or mapping).
func NewOrderedDict(src Object) *OrderedDict {
	o := &OrderedDict{d: NewDict()}
	switch m := src.(type) {
	case nil:
	case *Dict:
		for _, k := range m.Keys() {
			o.d.Set(k, m.GetItem(k))
		}
	default:
		for pair := range Iter(src) {
			kv := pairItems(pair)
			o.d.Set(kv[0], kv[1])
		}
	}
	return o
}

// pairItems unpacks a (key, value) pair given as any two-item sequence.
func pairItems(pair Object) []Object {
	var kv []Object
	for v := range Iter(pair) {
		kv = append(kv, v)
	}
	if len(kv) != 2 {
		panic(ValueError.New("dictionary update sequence element has length " + Str(len(kv)) + "; 2 is required"))
	}
	return kv
}

// PyGetItem is o[k].
func (o *OrderedDict) PyGetItem(k Object) Object { return o.d.GetItem(k) }

// PySetItem is o[k] = v.
func (o *OrderedDict) PySetItem(k, v Object) { o.d.Set(k, v) }

// Len is len(o).
func (o *OrderedDict) Len() int { return o.d.Len() }

// PyIter iterates over the keys.
func (o *OrderedDict) PyIter() iter.Seq[Object] { return sliceIter(o.d.Keys()) }

// PyContains is `k in o`.
func (o *OrderedDict) PyContains(k Object) bool {
	_, ok := o.d.Get(k)
	return ok
}

// Keys lists the keys in order.
func (o *OrderedDict) Keys() OdictKeys { return o.d.Keys() }

// Values lists the values in order.
func (o *OrderedDict) Values() OdictValues { return o.d.Values() }

// Items lists (key, value) tuples in order.
func (o *OrderedDict) Items() OdictItems {
	out := make([]Object, 0, o.d.Len())
	for _, k := range o.d.Keys() {
		out = append(out, Tuple{k, o.d.GetItem(k)})
	}
	return out
}

// GetDefault is o.get(k, def).
func (o *OrderedDict) GetDefault(k, def Object) Object {
	if v, ok := o.d.Get(k); ok {
		return v
	}
	return def
}

// MoveToEnd is o.move_to_end(k, last).
func (o *OrderedDict) MoveToEnd(k Object, last bool) {
	v := o.d.GetItem(k)
	if last {
		o.d.Delete(k)
		o.d.Set(k, v)
		return
	}
	rest := o.Items()
	o.d = NewDict()
	o.d.Set(k, v)
	for _, it := range rest {
		if t := it.(Tuple); !Eq(t[0], k) {
			o.d.Set(t[0], t[1])
		}
	}
}

// Popitem is o.popitem(last): the last (or first) pair, removed.
func (o *OrderedDict) Popitem(last bool) Tuple {
	keys := o.d.Keys()
	if len(keys) == 0 {
		panic(KeyError.New("dictionary is empty"))
	}
	k := keys[0]
	if last {
		k = keys[len(keys)-1]
	}
	v := o.d.GetItem(k)
	o.d.Delete(k)
	return Tuple{k, v}
}

// PyRepr is repr(o): "OrderedDict([('a', 1), ('b', 2)])".
func (o *OrderedDict) PyRepr() string {
	if o.d.Len() == 0 {
		return "OrderedDict()"
	}
	return "OrderedDict(" + Repr(NewList(o.Items()...)) + ")"
}

// PyEq is o == other.
func (o *OrderedDict) PyEq(other Object) bool {
	x, ok := other.(*OrderedDict)
	return ok && seqEq(o.Items(), x.Items())
}

// PyTypeName is the name CPython's error messages give the type.
func (o *OrderedDict) PyTypeName() string { return "collections.OrderedDict" }

// CounterGet is c.get(k, def).
func CounterGet(c *Counter, k, def Object) Object {
	if v, ok := c.d.Get(k); ok {
		return v
	}
	return def
}

// Views of the collections' dicts: slices (so typed code ranges over them)
// whose repr is Python's view repr, "dict_keys(['a'])".
type (
	// DictKeys is d.keys().
	DictKeys []Object
	// DictValues is d.values().
	DictValues []Object
	// DictItems is d.items().
	DictItems []Object
	// OdictKeys is an OrderedDict's keys().
	OdictKeys []Object
	// OdictValues is an OrderedDict's values().
	OdictValues []Object
	// OdictItems is an OrderedDict's items().
	OdictItems []Object
)

func viewRepr(kind string, items []Object) string { return kind + "(" + Repr(NewList(items...)) + ")" }

// PyRepr is the view's repr.
func (v DictKeys) PyRepr() string { return viewRepr("dict_keys", v) }

// PyRepr is the view's repr.
func (v DictValues) PyRepr() string { return viewRepr("dict_values", v) }

// PyRepr is the view's repr.
func (v DictItems) PyRepr() string { return viewRepr("dict_items", v) }

// PyRepr is the view's repr.
func (v OdictKeys) PyRepr() string { return viewRepr("odict_keys", v) }

// PyRepr is the view's repr.
func (v OdictValues) PyRepr() string { return viewRepr("odict_values", v) }

// PyRepr is the view's repr.
func (v OdictItems) PyRepr() string { return viewRepr("odict_items", v) }
