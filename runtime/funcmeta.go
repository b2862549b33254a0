package runtime

import (
	"reflect"
	"slices"
	"sync"
	"unsafe"
)

// A Python function has a name and a docstring that a program may read
// (f.__name__, f.__doc__), and functools.wraps copies them from the
// function a decorator wraps to its wrapper. Generated code passes plain
// Go funcs around, so the runtime keeps these attributes beside them,
// keyed by the func value's identity: its closure pointer, which is the
// same for every copy of one func value and different for two closures.

// FuncInfo is what Python knows of a function and a Go func value does
// not: its name and docstring (nil for None), and for calls that bind
// arguments at run time (a decorator's wrapper passing *args and
// **kwargs on), its parameters in Go's order and the defaults of the last
// len(Defaults) of them.
type FuncInfo struct {
	Name     string
	Doc      Object
	Params   []string
	Defaults []Object
}

// funcMeta is what the runtime knows of one function value.
type funcMeta struct {
	FuncInfo
	wrapped Object
}

var funcMetas sync.Map // closure pointer → *funcMeta

// funcIdentity returns the closure pointer of a Go func value, and false
// for anything else.
func funcIdentity(f Object) (unsafe.Pointer, bool) {
	if f == nil || reflect.TypeOf(f).Kind() != reflect.Func {
		return nil, false
	}
	// An interface holding a func stores the closure pointer as its data
	// word.
	type eface struct{ typ, data unsafe.Pointer }
	return (*eface)(unsafe.Pointer(&f)).data, true
}

// Named records the Python name and docstring (nil for None) of the
// function value f and returns f: decorated functions go through it so
// that functools.wraps and __name__ can find them.
func Named[F any](f F, info FuncInfo) F {
	if id, ok := funcIdentity(f); ok {
		funcMetas.Store(id, &funcMeta{FuncInfo: info})
	}
	return f
}

// Wraps is @functools.wraps(wrapped) applied to wrapper: wrapper takes
// wrapped's __name__ and __doc__, and __wrapped__ is wrapped.
func Wraps[F any](wrapper F, wrapped Object) F {
	m := &funcMeta{FuncInfo: FuncInfo{Name: FuncName(wrapped), Doc: FuncDoc(wrapped)}, wrapped: wrapped}
	if id, ok := funcIdentity(wrapper); ok {
		funcMetas.Store(id, m)
	}
	return wrapper
}

func metaOf(f Object) (*funcMeta, bool) {
	id, ok := funcIdentity(f)
	if !ok {
		return nil, false
	}
	m, ok := funcMetas.Load(id)
	if !ok {
		return nil, false
	}
	return m.(*funcMeta), true
}

// FuncName is f.__name__ for a function value whose name is not known
// statically.
func FuncName(f Object) string {
	if m, ok := metaOf(f); ok {
		return m.Name
	}
	panic(AttributeError.New("'" + TypeName(f) + "' object has no attribute '__name__'"))
}

// FuncDoc is f.__doc__: the docstring, or None.
func FuncDoc(f Object) Object {
	if m, ok := metaOf(f); ok {
		return m.Doc
	}
	panic(AttributeError.New("'" + TypeName(f) + "' object has no attribute '__doc__'"))
}

// funcAttr reads __name__, __qualname__, __doc__ and __wrapped__ of a
// function value.
func funcAttr(f Object, name string) (Object, bool) {
	m, ok := metaOf(f)
	if !ok {
		return nil, false
	}
	switch name {
	case "__name__", "__qualname__":
		return m.Name, true
	case "__doc__":
		return m.Doc, true
	case "__wrapped__":
		if m.wrapped != nil {
			return m.wrapped, true
		}
	}
	return nil, false
}

// withDefaults appends to args the defaults of the parameters a call of f
// left out, when the runtime knows them; args is returned as it is
// otherwise.
func withDefaults(f Object, args []Object, want int) []Object {
	m, ok := metaOf(f)
	if !ok || len(args) >= want || want-len(args) > len(m.Defaults) {
		return args
	}
	return append(args, m.Defaults[len(m.Defaults)-(want-len(args)):]...)
}

// CallKw is f(*args, **kw) for a function value whose signature the
// compiler did not prove; kw is a *Dict or nil. Keyword arguments are bound
// by the parameter names the runtime knows for f (FuncInfo).
func CallKw(f Object, kw Object, args ...Object) Object {
	d, _ := kw.(*Dict)
	if d == nil || d.Len() == 0 {
		return Call(f, args...)
	}
	m, ok := metaOf(f)
	if !ok || m.Params == nil {
		panic(TypeError.New("keyword arguments to a function whose parameters are not known"))
	}
	full := make([]Object, len(m.Params))
	set := make([]bool, len(m.Params))
	copy(full, args)
	for i := range min(len(args), len(full)) {
		set[i] = true
	}
	for _, k := range d.Keys() {
		name := Str(k)
		i := slices.Index(m.Params, name)
		switch {
		case i < 0:
			panic(TypeError.New(m.Name + "() got an unexpected keyword argument '" + name + "'"))
		case set[i]:
			panic(TypeError.New(m.Name + "() got multiple values for argument '" + name + "'"))
		}
		full[i], set[i] = d.GetItem(k), true
	}
	first := len(full) - len(m.Defaults)
	for i := range full {
		if !set[i] {
			if i < first {
				panic(TypeError.New(m.Name + "() missing 1 required positional argument: '" + m.Params[i] + "'"))
			}
			full[i] = m.Defaults[i-first]
		}
	}
	return Call(f, append(full, args[min(len(args), len(full)):]...)...)
}
