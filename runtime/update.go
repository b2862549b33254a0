package runtime

// UpdateItem is c[k] op= v. On the runtime's List and Dict the read, the
// operation and the write happen under the container's lock, as one step
// under CPython's GIL, so threads counting into a shared dict or list
// never lose an update. v is evaluated before the call, so op never
// touches c while its lock is held.
func UpdateItem(c, k, v Object, op func(a, b Object) Object) {
	switch x := c.(type) {
	case *Dict:
		x.update(k, func(old Object) Object { return op(old, v) })
	case *List:
		x.update(k, func(old Object) Object { return op(old, v) })
	default:
		SetItem(c, k, op(GetItem(c, k), v))
	}
}

// update replaces d[k] by f(d[k]) under the lock; a missing key raises
// KeyError as d[k] += v does.
func (d *Dict) update(k Object, f func(Object) Object) {
	h := hashKey(k)
	d.mu.Lock()
	defer d.mu.Unlock()
	i, ok := d.index[h]
	if !ok {
		panic(KeyError.New(k))
	}
	d.entries[i].val = f(d.entries[i].val)
}

// update replaces l[i] by f(l[i]) under the lock.
func (l *List) update(k Object, f func(Object) Object) {
	l.mu.Lock()
	defer l.mu.Unlock()
	i := l.index(indexOf(k, "list"), "list index out of range")
	l.items[i] = f(l.items[i])
}
