package runtime

// A Counter, defaultdict, OrderedDict or deque held as a dynamic value (a
// variable the program also uses for other things) is reached by
// CallMethod through these; the methods they share with dict go to the
// dict they hold.

// PyMethodKw lets CallMethod reach a Counter's methods.
func (c *Counter) PyMethodKw(name string, kw Kwargs, args []Object) (Object, bool) {
	switch name {
	case "most_common":
		CheckArgs(name, args, 0, 1)
		n := -1
		if v := argAt(args, 0, kw["n"]); v != nil {
			n = ToInt(v)
		}
		return NewList(c.MostCommon(n)...), true
	case "elements":
		CheckArgs(name, args, 0, 0)
		return NewList(c.Elements()...), true
	case "total":
		CheckArgs(name, args, 0, 0)
		return c.Total(), true
	case "update", "subtract":
		CheckArgs(name, args, 0, 1)
		if src := argAt(args, 0, nil); src != nil {
			if name == "update" {
				c.Update(src)
			} else {
				c.Subtract(src)
			}
		}
		return nil, true
	case "keys":
		return c.Keys(), true
	case "values":
		return c.Values(), true
	case "items":
		return c.Items(), true
	}
	return callDictMethod(c.d, name, kw, args)
}

// PyMethodKw lets CallMethod reach a defaultdict's methods: those of
// dict, which do not call the default factory.
func (d *DefaultDict) PyMethodKw(name string, kw Kwargs, args []Object) (Object, bool) {
	switch name {
	case "keys":
		return d.Keys(), true
	case "values":
		return d.Values(), true
	case "items":
		return d.Items(), true
	}
	return callDictMethod(d.d, name, kw, args)
}

// PyMethodKw lets CallMethod reach an OrderedDict's methods.
func (o *OrderedDict) PyMethodKw(name string, kw Kwargs, args []Object) (Object, bool) {
	switch name {
	case "move_to_end":
		CheckArgs(name, args, 1, 2)
		o.MoveToEnd(args[0], Truthy(argAt(args, 1, kwOr(kw, "last", true))))
		return nil, true
	case "popitem":
		CheckArgs(name, args, 0, 1)
		return o.Popitem(Truthy(argAt(args, 0, kwOr(kw, "last", true)))), true
	case "keys":
		return o.Keys(), true
	case "values":
		return o.Values(), true
	case "items":
		return o.Items(), true
	}
	return callDictMethod(o.d, name, kw, args)
}

// kwOr is the keyword argument name, or def when it is not given.
func kwOr(kw Kwargs, name string, def Object) Object {
	if v, ok := kw[name]; ok {
		return v
	}
	return def
}

// PyMethod lets CallMethod reach a deque's methods.
func (d *Deque) PyMethod(name string, args []Object) (Object, bool) {
	one := func() Object { CheckArgs(name, args, 1, 1); return args[0] }
	switch name {
	case "append":
		d.Append(one())
	case "appendleft":
		d.Appendleft(one())
	case "extend":
		d.Extend(one())
	case "extendleft":
		d.Extendleft(one())
	case "pop":
		CheckArgs(name, args, 0, 0)
		return d.Pop(), true
	case "popleft":
		CheckArgs(name, args, 0, 0)
		return d.Popleft(), true
	case "rotate":
		CheckArgs(name, args, 0, 1)
		d.Rotate(intArg(args, 0, 1))
	case "clear":
		CheckArgs(name, args, 0, 0)
		d.Clear()
	case "reverse":
		CheckArgs(name, args, 0, 0)
		d.Reverse()
	case "index":
		return d.Index(one()), true
	case "count":
		return d.Count(one()), true
	case "remove":
		d.Remove(one())
	case "insert":
		CheckArgs(name, args, 2, 2)
		d.Insert(ToInt(args[0]), args[1])
	default:
		return nil, false
	}
	return nil, true
}

// PyGetAttr lets GetAttr read a deque's maxlen.
func (d *Deque) PyGetAttr(name string) (Object, bool) {
	if name == "maxlen" {
		return d.Maxlen(), true
	}
	return nil, false
}

// Fill is what defaultdict(factory, mapping, **kw) adds to the new dict:
// the items of src (a mapping or pairs), in order.
func (d *DefaultDict) Fill(src Object) *DefaultDict {
	d.d.Update(src, nil)
	return d
}

// Fill is what OrderedDict(iterable, **kw) adds after the iterable: the
// keyword arguments, in order.
func (o *OrderedDict) Fill(src Object) *OrderedDict {
	o.d.Update(src, nil)
	return o
}
