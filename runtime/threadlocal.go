package runtime

import "sync"

// ThreadLocal is threading.local(): an object whose attributes each
// thread sets and sees on its own. A thread that never set an attribute
// gets AttributeError. Greenlets and asyncio tasks share their thread's
// attributes, as in CPython, except in a monkey-patched process, where
// gevent makes locals greenlet-local.
type ThreadLocal struct {
	mu    sync.Mutex
	attrs map[threadKey]*Dict
}

// threadKey names a thread: the main thread of a process has a nil
// Thread. In a monkey-patched process each greenlet counts as a thread.
type threadKey struct {
	proc   *process
	thread *Thread
	glet   *glet
}

// localKey is the calling thread's key.
func localKey() threadKey {
	c := current()
	k := threadKey{proc: c.proc, thread: c.thread}
	if c.proc.patched.Load() {
		k.glet = c.glet
	}
	return k
}

// NewThreadLocal is threading.local().
func NewThreadLocal() *ThreadLocal {
	return &ThreadLocal{attrs: map[threadKey]*Dict{}}
}

// mine is the calling thread's attributes, made on first use.
func (l *ThreadLocal) mine() *Dict {
	k := localKey()
	l.mu.Lock()
	defer l.mu.Unlock()
	d := l.attrs[k]
	if d == nil {
		d = NewDict()
		l.attrs[k] = d
	}
	return d
}

// PyGetAttr reads the calling thread's attribute.
func (l *ThreadLocal) PyGetAttr(name string) (Object, bool) {
	return l.mine().Get(name)
}

// PySetAttr sets the calling thread's attribute.
func (l *ThreadLocal) PySetAttr(name string, value Object) bool {
	l.mine().Set(name, value)
	return true
}

// PyMethod reports that a plain local has no methods of its own.
func (l *ThreadLocal) PyMethod(name string, args []Object) (Object, bool) { return nil, false }

// PyTypeName is the class name CPython's messages use.
func (l *ThreadLocal) PyTypeName() string { return "_thread._local" }

// HasAttr is hasattr(obj, name) for a value whose class is not known
// statically.
func HasAttr(obj Object, name string) bool {
	err := Catch(func() { GetAttr(obj, name) })
	if err != nil && !err.Matches(AttributeError) {
		panic(err)
	}
	return err == nil
}

// GetAttrDefault is getattr(obj, name, default).
func GetAttrDefault(obj Object, name string, def Object) Object {
	var v Object
	err := Catch(func() { v = GetAttr(obj, name) })
	switch {
	case err == nil:
		return v
	case err.Matches(AttributeError):
		return def
	}
	panic(err)
}

// Local is an instance of a threading.local subclass held in a module
// global: each thread has its own object, made by running the class's
// __init__ (newObj) in that thread the first time it touches the global,
// as CPython re-runs __init__ with the constructor's arguments.
type Local[T any] struct {
	mu     sync.Mutex
	vals   map[threadKey]T
	newObj func() T
}

// NewLocal makes the object for the calling thread at once, as the
// constructor call does, and for other threads on first use.
func NewLocal[T any](newObj func() T) *Local[T] {
	l := &Local[T]{vals: map[threadKey]T{}, newObj: newObj}
	l.Get()
	return l
}

// Get is the calling thread's object.
func (l *Local[T]) Get() T {
	k := localKey()
	l.mu.Lock()
	v, ok := l.vals[k]
	l.mu.Unlock()
	if ok {
		return v
	}
	v = l.newObj() // outside the lock: __init__ may read the global
	l.mu.Lock()
	defer l.mu.Unlock()
	if old, ok := l.vals[k]; ok {
		return old
	}
	l.vals[k] = v
	return v
}
