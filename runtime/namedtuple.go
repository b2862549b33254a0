package runtime

import (
	"iter"
	"sort"
	"strconv"
	"strings"
)

// This file is collections.namedtuple. A namedtuple class is a
// *NamedTupleType made where the program calls namedtuple(); its objects
// are *NamedTuple values: a Tuple with field names. They compare, hash,
// order, index, slice, unpack and concatenate as the plain tuple of their
// items (Point(1, 2) == (1, 2), and both are the same dict key), which the
// rest of the runtime reaches through TupleLike.

// TupleLike is implemented by values that Python treats as tuples with
// extra behaviour (namedtuples): == and ordering, hashing, + and * use
// their items.
type TupleLike interface {
	AsTuple() Tuple
}

// TupleObject is implemented by classes of the program that act as
// tuples (a typing.NamedTuple class with methods, which becomes a
// dataclass): AsTuple gives the tuple as the dynamic value it is there.
type TupleObject interface{ AsTuple() Object }

// objectTuple is the tuple a TupleObject stands for.
func objectTuple(t TupleObject) Tuple { return Tuple(itemsOf(t.AsTuple())) }

// NamedTupleType is a class made by collections.namedtuple: its name, its
// fields in order and the defaults of the last len(Defaults) fields.
type NamedTupleType struct {
	Name     string
	Fields   []string
	Defaults Tuple
}

// NewNamedTupleType is namedtuple(typename, field_names, defaults=...):
// fields is a []string already split, or a dynamic value (a string of
// names separated by spaces or commas, or a sequence of strings);
// defaults is nil or a sequence.
func NewNamedTupleType(name string, fields Object, defaults Object) *NamedTupleType {
	t := &NamedTupleType{Name: name, Fields: fieldNames(fields)}
	if defaults != nil {
		t.Defaults = Tuple(itemsOf(defaults))
		if len(t.Defaults) > len(t.Fields) {
			panic(TypeError.New("Got more default values than field names"))
		}
	}
	for i, f := range t.Fields {
		if !isIdentifier(f) || strings.HasPrefix(f, "_") {
			if strings.HasPrefix(f, "_") && isIdentifier(f) {
				panic(ValueError.New("Field names cannot start with an underscore: " + Repr(f)))
			}
			panic(ValueError.New("Type names and field names must be valid identifiers: " + Repr(f)))
		}
		for _, g := range t.Fields[:i] {
			if g == f {
				panic(ValueError.New("Encountered duplicate field name: " + Repr(f)))
			}
		}
	}
	return t
}

func fieldNames(fields Object) []string {
	switch f := fields.(type) {
	case []string:
		return f
	case string:
		return strings.Fields(strings.ReplaceAll(f, ",", " "))
	}
	var out []string
	for v := range Iter(fields) {
		out = append(out, Str(v))
	}
	return out
}

func isIdentifier(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}

// PyRepr is repr() of the class: <class '__main__.Point'>.
func (t *NamedTupleType) PyRepr() string { return "<class '__main__." + t.Name + "'>" }

// FieldsTuple is the class's _fields: its field names as a tuple.
func (t *NamedTupleType) FieldsTuple() Tuple {
	out := make(Tuple, len(t.Fields))
	for i, f := range t.Fields {
		out[i] = f
	}
	return out
}

// FieldDefaults is the class's _field_defaults: a dict of the fields that
// have defaults.
func (t *NamedTupleType) FieldDefaults() *Dict {
	d := NewDict()
	first := len(t.Fields) - len(t.Defaults)
	for i, v := range t.Defaults {
		d.Set(t.Fields[first+i], v)
	}
	return d
}

// New is Point(*args): the fields by position, with the defaults for the
// ones left out.
func (t *NamedTupleType) New(args ...Object) *NamedTuple {
	return t.NewKw(nil, args...)
}

// NewKw is Point(*args, **kw), binding as Python binds the arguments of
// the class's __new__, with its error messages.
func (t *NamedTupleType) NewKw(kw Kwargs, args ...Object) *NamedTuple {
	n := len(t.Fields)
	if len(args) > n {
		panic(TypeError.New(t.Name + ".__new__() takes " + t.positionalCount() + " positional arguments but " +
			strconv.Itoa(len(args)+1) + " were given"))
	}
	items := make(Tuple, n)
	set := make([]bool, n)
	for i, a := range args {
		items[i], set[i] = a, true
	}
	for _, k := range sortedKeys(kw) {
		i := t.index(k)
		if i < 0 {
			panic(TypeError.New(t.Name + ".__new__() got an unexpected keyword argument '" + k + "'"))
		}
		if set[i] {
			panic(TypeError.New(t.Name + ".__new__() got multiple values for argument '" + k + "'"))
		}
		items[i], set[i] = kw[k], true
	}
	var missing []string
	first := n - len(t.Defaults)
	for i := range items {
		switch {
		case set[i]:
		case i >= first:
			items[i] = t.Defaults[i-first]
		default:
			missing = append(missing, "'"+t.Fields[i]+"'")
		}
	}
	if len(missing) > 0 {
		panic(TypeError.New(t.Name + ".__new__() missing " + strconv.Itoa(len(missing)) + " required positional argument" +
			plural(len(missing)) + ": " + joinNames(missing)))
	}
	return &NamedTuple{Type: t, Items: items}
}

func (t *NamedTupleType) positionalCount() string {
	n := len(t.Fields) + 1
	if len(t.Defaults) == 0 {
		return strconv.Itoa(n)
	}
	return "from " + strconv.Itoa(n-len(t.Defaults)) + " to " + strconv.Itoa(n)
}

func (t *NamedTupleType) index(field string) int {
	for i, f := range t.Fields {
		if f == field {
			return i
		}
	}
	return -1
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// joinNames lists names as CPython's argument errors do: 'a', 'b' and 'c'.
func joinNames(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// Make is the class's _make(iterable).
func (t *NamedTupleType) Make(iterable Object) *NamedTuple {
	items := Tuple(itemsOf(iterable))
	if len(items) != len(t.Fields) {
		panic(TypeError.New("Expected " + strconv.Itoa(len(t.Fields)) + " arguments, got " + strconv.Itoa(len(items))))
	}
	return &NamedTuple{Type: t, Items: items}
}

// NamedTuple is an object of a namedtuple class. Its items never change.
type NamedTuple struct {
	Type  *NamedTupleType
	Items Tuple
}

// AsTuple implements TupleLike.
func (p *NamedTuple) AsTuple() Tuple { return p.Items }

// PyRepr is Point(x=1, y=2).
func (p *NamedTuple) PyRepr() string {
	var b strings.Builder
	b.WriteString(p.Type.Name + "(")
	for i, f := range p.Type.Fields {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f + "=" + Repr(p.Items[i]))
	}
	return b.String() + ")"
}

// PyTypeName is the class's name.
func (p *NamedTuple) PyTypeName() string { return p.Type.Name }

// Len is len(p).
func (p *NamedTuple) Len() int { return len(p.Items) }

// PyIter iterates over the items, as unpacking does.
func (p *NamedTuple) PyIter() iter.Seq[Object] { return sliceIter(p.Items) }

// PyGetItem is p[i].
func (p *NamedTuple) PyGetItem(k Object) Object { return GetItem(p.Items, k) }

// sortedKeys lists the keyword arguments in a fixed order.
func sortedKeys(kw Kwargs) []string {
	keys := make([]string, 0, len(kw))
	for k := range kw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// PyGetAttr reads a field by name, or _fields.
func (p *NamedTuple) PyGetAttr(name string) (Object, bool) {
	if i := p.Type.index(name); i >= 0 {
		return p.Items[i], true
	}
	switch name {
	case "_fields":
		return p.Type.FieldsTuple(), true
	case "_field_defaults":
		return p.Type.FieldDefaults(), true
	}
	return nil, false
}

// Field is p.name for a field name the program spells out.
func (p *NamedTuple) Field(name string) Object {
	if v, ok := p.PyGetAttr(name); ok {
		return v
	}
	panic(AttributeError.New("'" + p.Type.Name + "' object has no attribute '" + name + "'"))
}

// PyMethod calls _asdict, _replace (without keywords), count and index.
func (p *NamedTuple) PyMethod(name string, args []Object) (Object, bool) {
	return p.PyMethodKw(name, nil, args)
}

// PyMethodKw calls the namedtuple's methods with keyword arguments
// (_replace(x=3)).
func (p *NamedTuple) PyMethodKw(name string, kw Kwargs, args []Object) (Object, bool) {
	switch name {
	case "_asdict":
		return p.AsDict(), true
	case "_replace":
		CheckArgs(name, args, 0, 0)
		return p.Replace(kw), true
	}
	return callSeqMethod([]Object(p.Items), name, args)
}

// AsDict is p._asdict(): the fields and their values, in order.
func (p *NamedTuple) AsDict() *Dict {
	d := NewDict()
	for i, f := range p.Type.Fields {
		d.Set(f, p.Items[i])
	}
	return d
}

// Replace is p._replace(**kw): a copy with the named fields changed.
func (p *NamedTuple) Replace(kw Kwargs) *NamedTuple {
	items := append(Tuple(nil), p.Items...)
	var unknown []string
	for _, k := range sortedKeys(kw) {
		if i := p.Type.index(k); i >= 0 {
			items[i] = kw[k]
		} else {
			unknown = append(unknown, Repr(k))
		}
	}
	if len(unknown) > 0 {
		panic(ValueError.New("Got unexpected field names: [" + strings.Join(unknown, ", ") + "]"))
	}
	return &NamedTuple{Type: p.Type, Items: items}
}
