package runtime

// DictWith is dict(src, k=v, **m): a new dict filled from each source in
// turn, as dict.update would (a mapping or an iterable of pairs), so keys
// keep the order the call gives them. Generated code passes keyword
// arguments as a DictFromPairs in source order and each **mapping as it
// is.
func DictWith(srcs ...Object) *Dict {
	d := NewDict()
	for _, s := range srcs {
		d.Update(s, nil)
	}
	return d
}

// Filled is a dict-like object (defaultdict, OrderedDict) after update
// from each source in turn: how their constructors take an iterable and
// keyword arguments.
func Filled[D PyMapping](d D, srcs ...Object) D {
	for _, s := range srcs {
		d.PyDict().Update(s, nil)
	}
	return d
}
