package runtime

import (
	"iter"
	"strconv"
)

// PyIterer is implemented by runtime types that Python code can iterate
// over (dict views, sets); Iter uses it.
type PyIterer interface{ PyIter() iter.Seq[Object] }

// PyContainer is implemented by runtime types with their own `in` test.
type PyContainer interface{ PyContains(item Object) bool }

// GetDefault is d.get(k, def).
func (d *Dict) GetDefault(k, def Object) Object {
	if v, ok := d.Get(k); ok {
		return v
	}
	return def
}

// SetDefault is d.setdefault(k, def). A default that is a Go slice (a
// list display) is stored as a runtime List, so that the idiom
// d.setdefault(k, []).append(x) changes the list in the dict.
func (d *Dict) SetDefault(k, def Object) Object {
	if v, ok := d.Get(k); ok {
		return v
	}
	def = asRuntimeList(def)
	d.Set(k, def)
	return def
}

// Pop is d.pop(k) (hasDef false: a missing key raises KeyError) or
// d.pop(k, def).
func (d *Dict) Pop(k Object, def Object, hasDef bool) Object {
	v, ok := d.Get(k)
	if !ok {
		if hasDef {
			return def
		}
		panic(KeyError.New(k))
	}
	d.Delete(k)
	return v
}

// PopItem is d.popitem(): the last inserted pair.
func (d *Dict) PopItem() Tuple {
	es := d.snapshot()
	if len(es) == 0 {
		panic(KeyError.New("popitem(): dictionary is empty"))
	}
	last := es[len(es)-1]
	d.Delete(last.key)
	return Tuple{last.key, last.val}
}

// Update is d.update(other, **kw): other is a mapping or an iterable of
// pairs.
func (d *Dict) Update(other Object, kw Kwargs) {
	switch o := other.(type) {
	case nil:
	case *Dict:
		for _, e := range o.snapshot() {
			d.Set(e.key, e.val)
		}
	case PyMapping:
		d.Update(o.PyDict(), nil)
	default:
		for item := range Iter(other) {
			pair := ItemsOf[Object](item)
			if len(pair) != 2 {
				panic(ValueError.New("dictionary update sequence element has length " + strconv.Itoa(len(pair)) + "; 2 is required"))
			}
			d.Set(pair[0], pair[1])
		}
	}
	for _, k := range sortedKwargs(kw) {
		d.Set(k, kw[k])
	}
}

// DictUnpack is **m in a dict display: m's items go into d, in order;
// m must be a mapping.
func DictUnpack(d *Dict, m Object) {
	switch m.(type) {
	case *Dict, PyMapping:
		d.Update(m, nil)
	default:
		panic(TypeError.New("'" + TypeName(m) + "' object is not a mapping"))
	}
}

// sortedKwargs lists keyword names in a stable order (Go maps have none;
// generated code passes keywords in source order through KwargsList
// where the order shows).
func sortedKwargs(kw Kwargs) []string {
	keys := make([]string, 0, len(kw))
	for k := range kw {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}

func sortStrings(xs []string) {
	Sort(xs, false)
}

// Copy is d.copy().
func (d *Dict) Copy() *Dict {
	out := NewDict()
	for _, e := range d.snapshot() {
		out.Set(e.key, e.val)
	}
	return out
}

// Clear is d.clear().
func (d *Dict) Clear() {
	d.mu.Lock()
	d.index, d.entries, d.dead = map[any]int{}, nil, 0
	d.mu.Unlock()
}

// Items returns a snapshot of the (key, value) pairs in insertion order.
func (d *Dict) Items() []Tuple {
	es := d.snapshot()
	out := make([]Tuple, len(es))
	for i, e := range es {
		out[i] = Tuple{e.key, e.val}
	}
	return out
}

// PyIter iterates over the keys, so a *Dict passed as Object iterates as
// in Python.
func (d *Dict) PyIter() iter.Seq[Object] { return sliceIter(d.Keys()) }

// PyContains is `k in d`.
func (d *Dict) PyContains(k Object) bool {
	_, ok := d.Get(k)
	return ok
}

// DictView is d.keys(), d.values() or d.items(): it iterates over the
// dict's current contents and prints as dict_keys([...]).
type DictView struct {
	d    *Dict
	kind string // "keys", "values" or "items"
}

// KeysView is d.keys().
func (d *Dict) KeysView() *DictView { return &DictView{d, "keys"} }

// ValuesView is d.values().
func (d *Dict) ValuesView() *DictView { return &DictView{d, "values"} }

// ItemsView is d.items().
func (d *Dict) ItemsView() *DictView { return &DictView{d, "items"} }

func (v *DictView) list() []Object {
	switch v.kind {
	case "keys":
		return v.d.Keys()
	case "values":
		return v.d.Values()
	}
	items := v.d.Items()
	out := make([]Object, len(items))
	for i, t := range items {
		out[i] = t
	}
	return out
}

// PyIter iterates over a snapshot of the view.
func (v *DictView) PyIter() iter.Seq[Object] { return sliceIter(v.list()) }

// Len is len(view).
func (v *DictView) Len() int { return v.d.Len() }

// PyContains is `x in view`.
func (v *DictView) PyContains(x Object) bool {
	if v.kind == "keys" {
		return v.d.PyContains(x)
	}
	for _, y := range v.list() {
		if Eq(x, y) {
			return true
		}
	}
	return false
}

// PyRepr is repr(view): "dict_items([('a', 1)])".
func (v *DictView) PyRepr() string {
	return "dict_" + v.kind + "(" + seqRepr(v.list(), "[", "]") + ")"
}

// PyTypeName is type(view).__name__.
func (v *DictView) PyTypeName() string { return "dict_" + v.kind }

// DictFrom is dict(iterable, **kw).
func DictFrom(other Object, kw Kwargs) *Dict {
	d := NewDict()
	d.Update(other, kw)
	return d
}

// DictFromPairs is dict(k1=v1, k2=v2) with the keywords in source order.
func DictFromPairs(kv ...Object) *Dict {
	d := NewDict()
	for i := 0; i+1 < len(kv); i += 2 {
		d.Set(kv[i], kv[i+1])
	}
	return d
}

// asRuntimeList turns a Go slice (a list whose type inference proved) into
// a runtime List when it is stored in a dict: code that reads it back sees
// an Object and may change it in place (d[k].append(x)), which only a
// List shared by reference allows. Other values pass unchanged.
func asRuntimeList(v Object) Object {
	switch v.(type) {
	case nil, *List, Tuple, []byte, string, int, float64, bool:
		return v
	}
	if isListLike(v) {
		return NewList(ItemsOf[Object](v)...)
	}
	return v
}
