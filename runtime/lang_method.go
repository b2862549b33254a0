package runtime

import "strings"

// CallMethod calls a method of a dynamic value by name: the fallback for
// receivers whose type inference could not prove (a dict, a set, a list
// held as Object). Receivers with methods of their own implement
// PyMethod.
func CallMethod(recv Object, name string, args ...Object) Object {
	switch x := recv.(type) {
	case interface {
		PyMethod(name string, args []Object) (Object, bool)
	}:
		if r, ok := x.PyMethod(name, args); ok {
			return r
		}
	case *Dict:
		if r, ok := dictMethod(x, name, args); ok {
			return r
		}
	case *List:
		if r, ok := listMethod(x, name, args); ok {
			return r
		}
	case *Set:
		if r, ok := setMethod(x, name, args); ok {
			return r
		}
	case string:
		if r, ok := strMethod(x, name, args); ok {
			return r
		}
	}
	panic(AttributeError.New("'" + TypeName(recv) + "' object has no attribute '" + name + "'"))
}

func arg(args []Object, i int) Object {
	if i < len(args) {
		return args[i]
	}
	return nil
}

func dictMethod(d *Dict, name string, args []Object) (Object, bool) {
	switch name {
	case "get":
		if v, ok := d.Get(arg(args, 0)); ok {
			return v, true
		}
		return arg(args, 1), true
	case "keys":
		return NewList(d.Keys()...), true
	case "values":
		return NewList(d.Values()...), true
	case "items":
		keys, values := d.Keys(), d.Values()
		items := make([]Object, len(keys))
		for i := range keys {
			items[i] = Tuple{keys[i], values[i]}
		}
		return NewList(items...), true
	case "pop":
		v, ok := d.Get(arg(args, 0))
		if !ok {
			if len(args) > 1 {
				return args[1], true
			}
			panic(KeyError.New(arg(args, 0)))
		}
		d.Delete(args[0])
		return v, true
	case "setdefault":
		if v, ok := d.Get(arg(args, 0)); ok {
			return v, true
		}
		d.Set(arg(args, 0), arg(args, 1))
		return arg(args, 1), true
	case "update":
		if o, ok := arg(args, 0).(*Dict); ok {
			keys, values := o.Keys(), o.Values()
			for i := range keys {
				d.Set(keys[i], values[i])
			}
			return nil, true
		}
	case "clear":
		for _, k := range d.Keys() {
			d.Delete(k)
		}
		return nil, true
	case "copy":
		out := NewDict()
		keys, values := d.Keys(), d.Values()
		for i := range keys {
			out.Set(keys[i], values[i])
		}
		return out, true
	}
	return nil, false
}

func listMethod(l *List, name string, args []Object) (Object, bool) {
	switch name {
	case "append":
		l.Append(arg(args, 0))
		return nil, true
	case "extend":
		l.Extend(itemsOf(arg(args, 0))...)
		return nil, true
	case "pop":
		items := l.Items()
		i := len(items) - 1
		if len(args) > 0 {
			i = ToInt(args[0])
		}
		if len(items) == 0 {
			panic(IndexError.New("pop from empty list"))
		}
		i = seqIndex(i, len(items), "pop")
		v := items[i]
		DelItem(l, i)
		return v, true
	case "insert":
		items := l.Items()
		i := ToInt(arg(args, 0))
		if i < 0 {
			i = max(i+len(items), 0)
		}
		i = min(i, len(items))
		out := append(append(append([]Object{}, items[:i]...), arg(args, 1)), items[i:]...)
		l.mu.Lock()
		l.items = out
		l.mu.Unlock()
		return nil, true
	case "index", "count", "remove":
		n := 0
		for i, v := range l.Items() {
			if Eq(v, arg(args, 0)) {
				switch name {
				case "index":
					return i, true
				case "remove":
					DelItem(l, i)
					return nil, true
				}
				n++
			}
		}
		if name == "count" {
			return n, true
		}
		if name == "index" {
			panic(ValueError.New(Repr(arg(args, 0)) + " is not in list"))
		}
		panic(ValueError.New("list.remove(x): x not in list"))
	case "copy":
		return NewList(l.Items()...), true
	case "clear":
		l.mu.Lock()
		l.items = nil
		l.mu.Unlock()
		return nil, true
	case "reverse":
		items := l.Items()
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		l.mu.Lock()
		l.items = items
		l.mu.Unlock()
		return nil, true
	}
	return nil, false
}

func setMethod(s *Set, name string, args []Object) (Object, bool) {
	other := func() *Set {
		if o, ok := arg(args, 0).(*Set); ok {
			return o
		}
		return SetFrom(arg(args, 0))
	}
	switch name {
	case "add":
		s.Add(arg(args, 0))
	case "discard":
		s.Discard(arg(args, 0))
	case "remove":
		s.Remove(arg(args, 0))
	case "union":
		return s.Union(other()), true
	case "intersection":
		return s.Intersection(other()), true
	case "difference":
		return s.Difference(other()), true
	case "issubset":
		return s.Difference(other()).Len() == 0, true
	case "update":
		for _, k := range other().Items() {
			s.Add(k)
		}
	case "copy":
		return s.derive(func(Object) bool { return true }, nil), true
	case "clear":
		s.d = NewDict()
	default:
		return nil, false
	}
	return nil, true
}

func strMethod(s, name string, args []Object) (Object, bool) {
	switch name {
	case "upper":
		return strings.ToUpper(s), true
	case "lower":
		return strings.ToLower(s), true
	case "strip":
		return strings.TrimSpace(s), true
	case "startswith":
		return strings.HasPrefix(s, Str(arg(args, 0))), true
	case "endswith":
		return strings.HasSuffix(s, Str(arg(args, 0))), true
	case "replace":
		return strings.ReplaceAll(s, Str(arg(args, 0)), Str(arg(args, 1))), true
	case "join":
		var parts []string
		for _, v := range itemsOf(arg(args, 0)) {
			parts = append(parts, Str(v))
		}
		return strings.Join(parts, s), true
	case "split":
		var parts []Object
		var fields []string
		if arg(args, 0) == nil {
			fields = strings.Fields(s)
		} else {
			fields = strings.Split(s, Str(args[0]))
		}
		for _, f := range fields {
			parts = append(parts, f)
		}
		return NewList(parts...), true
	}
	return nil, false
}
