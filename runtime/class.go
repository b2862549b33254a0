package runtime

import (
	"fmt"
	"iter"
	"reflect"
	"slices"
	"sync"
)

// Classes written in Python become Go struct types in the generated
// program. Where inference proves an object's class, generated code uses
// its fields and methods directly. Where it does not (a list holding
// objects of several classes), the object travels as an Object and generated
// code reaches it through the interfaces below, which every generated class
// implements.

// PyObject is implemented by generated classes so that code which does
// not know an object's class can read its attributes and call its methods
// by name.
type PyObject interface {
	// PyGetAttr returns the attribute (a field or a property) called
	// name, and false when there is none.
	PyGetAttr(name string) (Object, bool)
	// PyMethod calls the method called name with args, and reports false
	// when there is none; CallMethod uses it.
	PyMethod(name string, args []Object) (Object, bool)
}

// PyAttrSetter is implemented by generated classes whose attributes
// dynamic code may assign.
type PyAttrSetter interface {
	PySetAttr(name string, value Object) bool
}

// PyRichComparer is implemented by generated classes that define __eq__,
// __lt__ and friends. op is the Python operator ("==", "<", ...); ok is
// false when the class does not define it for other (Python's
// NotImplemented), so the reflected operation is tried.
type PyRichComparer interface {
	PyRichCompare(op string, other Object) (result, ok bool)
}

// GetAttr is getattr(obj, name) for an object whose class is not known
// statically.
func GetAttr(obj Object, name string) Object {
	if o, ok := obj.(interface {
		PyGetAttr(name string) (Object, bool)
	}); ok {
		if v, ok := o.PyGetAttr(name); ok {
			return v
		}
	}
	if e, ok := obj.(*Error); ok && name == "args" {
		return e.argsTuple()
	}
	if e, ok := obj.(*Error); ok && isOSErrorAttr(e, name) {
		return e.osErrorAttr(name)
	}
	if e, ok := obj.(*Error); ok && name == "code" && e.Matches(SystemExit) {
		// SystemExit.code: its argument, None without one.
		switch len(e.Args) {
		case 0:
			return nil
		case 1:
			return e.Args[0]
		}
		return Tuple(e.Args)
	}
	if e, ok := obj.(*Error); ok && e.Self != nil {
		// An exception caught as a base class: the attributes are those
		// of the program's exception class it was raised as.
		return GetAttr(e.Self, name)
	}
	if v, ok := funcAttr(obj, name); ok {
		return v
	}
	if builtinMethods[TypeName(obj)][name] {
		// A bound method of a list, dict or set (Timer(1, hits.append)).
		return func(args ...Object) Object { return CallMethod(obj, name, args...) }
	}
	panic(AttributeError.New("'" + TypeName(obj) + "' object has no attribute '" + name + "'"))
}

// builtinMethods are the methods GetAttr gives as bound method values.
var builtinMethods = map[string]map[string]bool{
	"list": setOf("append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse", "index", "count", "copy"),
	"dict": setOf("get", "keys", "values", "items", "pop", "popitem", "setdefault", "update", "clear", "copy"),
	"set":  setOf("add", "discard", "remove", "pop", "clear", "update", "union", "intersection", "difference", "copy"),
}

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// SetAttr is setattr(obj, name, value) for an object whose class is not
// known statically.
func SetAttr(obj Object, name string, value Object) {
	if o, ok := obj.(PyAttrSetter); ok && o.PySetAttr(name, value) {
		return
	}
	panic(AttributeError.New("'" + TypeName(obj) + "' object has no attribute '" + name + "'"))
}

// Arg returns args[i], or def when the call passed fewer arguments: a
// generated PyCallMethod fills parameters with defaults this way.
func Arg(args []Object, i int, def Object) Object {
	if i < len(args) {
		return args[i]
	}
	return def
}

// CheckArgs raises Python's TypeError when a method called by name gets
// more than max or fewer than min arguments (self not counted).
func CheckArgs(method string, args []Object, min, max int) {
	if len(args) >= min && len(args) <= max {
		return
	}
	want := itoa(max + 1)
	if min != max {
		want = "from " + itoa(min+1) + " to " + itoa(max+1)
	}
	panic(TypeError.New(method + "() takes " + want + " positional arguments but " + itoa(len(args)+1) + " were given"))
}

func itoa(n int) string { return Str(n) }

// IsA reports whether v holds a T: isinstance() against a class written in
// Python is a test for each class that derives from it.
func IsA[T any](v Object) bool {
	if _, ok := v.(T); ok {
		return true
	}
	// An exception caught as a runtime *Error (`except AppError as e`)
	// may be raised by a stateful subclass: its struct is the Self.
	if e, isErr := v.(*Error); isErr && e != nil && e.Self != nil {
		_, ok := e.Self.(T)
		return ok
	}
	return false
}

// ObjectRepr is the repr of an object whose class defines no __repr__:
// <__main__.Point object at 0xc000012345>.
func ObjectRepr(class string, obj any) string {
	return fmt.Sprintf("<__main__.%s object at %p>", class, obj)
}

var swappedOps = map[string]string{"<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "==", "!=": "!="}

// richCompare applies a class's own comparison: a's method for op, else
// b's reflected one (a < b tries b > a), as Python does. ok is false when
// neither object defines it.
func richCompare(op string, a, b Object) (result, ok bool) {
	if x, isRich := a.(PyRichComparer); isRich {
		if r, ok := x.PyRichCompare(op, b); ok {
			return r, true
		}
	}
	if y, isRich := b.(PyRichComparer); isRich {
		if r, ok := y.PyRichCompare(swappedOps[op], a); ok {
			return r, true
		}
	}
	return false, false
}

// PyItemGetter is implemented by generated classes that define
// __getitem__.
type PyItemGetter interface {
	PyGetItem(key Object) Object
}

// IterNext turns an iterator written in Python (an object with __next__)
// into a sequence: next is called until it raises StopIteration.
func IterNext(next func() Object) iter.Seq[Object] {
	return func(yield func(Object) bool) {
		for {
			var v Object
			if err := Catch(func() { v = next() }); err != nil {
				if err.Matches(StopIteration) {
					return
				}
				panic(err)
			}
			if !yield(v) {
				return
			}
		}
	}
}

// IsInstanceExc is isinstance(v, t) for an exception class t.
func IsInstanceExc(v Object, t *ExceptionType) bool {
	e, ok := v.(*Error)
	return ok && e.Matches(t)
}

// PyExceptioner is implemented by generated exception classes with
// attributes or methods: structs that embed the *Error they raise as.
type PyExceptioner interface{ PyException() *Error }

// PyExcStringer is implemented by generated exception classes that define
// __str__; str(e), print(e) and the traceback's last line use it.
type PyExcStringer interface{ PyExcStr() string }

// ExcValue is the object an except clause binds when its name may hold
// exceptions of several classes: the struct of a user exception class with
// attributes, else the exception itself.
func ExcValue(e *Error) Object {
	if e.Self != nil {
		return e.Self
	}
	return e
}

// IsNone reports whether v is None: nil, or a nil pointer to a generated
// class (an instance variable that holds None is a nil *Node).
func IsNone(v Object) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}

// defaultObjectRepr is CPython's default repr, <__main__.C object at
// 0x...>, for an object of a class of the script (a pointer to a struct of
// package main); ok is false for any other value. A class that defines
// __str__ but not __repr__ gets this repr, as in Python.
func defaultObjectRepr(v any) (string, bool) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.Type().Elem().PkgPath() != "main" {
		return "", false
	}
	name := rv.Type().Elem().Name()
	if n, ok := v.(interface{ PyTypeName() string }); ok {
		name = n.PyTypeName()
	}
	if n, ok := v.(interface{ PyQualName() string }); ok {
		name = n.PyQualName() // a class defined in a function
	}
	return fmt.Sprintf("<__main__.%s object at %#x>", name, rv.Pointer()), true
}

// PyHasher is implemented by generated classes that define __hash__: dict
// keys and set items of such a class are the same key when their hashes
// are equal and __eq__ says they are equal, as in Python.
type PyHasher interface{ PyHash() int }

// userKey is the hash key of an object whose class defines __hash__: its
// hash, and which of the unequal objects seen with that hash it equals.
type userKey struct{ hash, n int }

// userKeys remembers, for each hash value, one object of each class of
// equal objects, so that equal objects get the same userKey.
var userKeys struct {
	sync.Mutex
	byHash map[int][]Object
}

// userHashKey finds (or makes) the userKey of o. __eq__ runs without the
// lock held, since it is Python code that may itself hash objects.
func userHashKey(o PyHasher) userKey {
	h := o.PyHash()
	seen := 0
	for {
		userKeys.Lock()
		reps := userKeys.byHash[h]
		if len(reps) == seen {
			if userKeys.byHash == nil {
				userKeys.byHash = map[int][]Object{}
			}
			userKeys.byHash[h] = append(reps, o)
			userKeys.Unlock()
			return userKey{h, seen}
		}
		userKeys.Unlock()
		for ; seen < len(reps); seen++ {
			if reps[seen] == Object(o) || Eq(o, reps[seen]) {
				return userKey{h, seen}
			}
		}
	}
}

// KwArg is the argument a **mapping passes for parameter name of method
// fn: mapping[name], else def when the parameter has a default (hasDef),
// else TypeError as Python raises it.
func KwArg(fn string, mapping Object, name string, def Object, hasDef bool) Object {
	if d, ok := mapping.(*Dict); ok {
		if v, ok := d.Get(name); ok {
			return v
		}
	}
	if !hasDef {
		panic(TypeError.New(fn + "() missing 1 required positional argument: '" + name + "'"))
	}
	return def
}

// KwRest is what a **mapping leaves for the method's own **kwargs: a new
// dict of its keys other than the parameters names.
func KwRest(mapping Object, names ...string) *Dict {
	out := NewDict()
	d, ok := mapping.(*Dict)
	if !ok {
		return out
	}
	for _, k := range d.Keys() {
		if s, isStr := k.(string); !isStr || !slices.Contains(names, s) {
			out.Set(k, d.GetItem(k))
		}
	}
	return out
}

// KwCheck raises TypeError when a **mapping passed to method fn, which
// has no **kwargs, has a key other than its parameters names; it returns
// the mapping.
func KwCheck(fn string, mapping Object, names ...string) Object {
	if rest := KwRest(mapping, names...); rest.Len() > 0 {
		panic(TypeError.New(fn + "() got an unexpected keyword argument '" + Str(rest.Keys()[0]) + "'"))
	}
	return mapping
}

// ObjectInit is object.__init__ reached with a **mapping at the end of a
// cooperative super().__init__(**kw) chain: it takes no arguments.
func ObjectInit(mapping Object) {
	if KwRest(mapping).Len() > 0 {
		panic(TypeError.New("object.__init__() takes exactly one argument (the instance to initialize)"))
	}
}

// userOp applies a class's own operator method to a and b when their
// classes are not proven statically: a's method (__add__), else b's
// reflected one (__radd__), as Python tries them; ok is false when
// neither defines it.
func userOp(name, reflected string, a, b Object) (Object, bool) {
	if o, ok := a.(PyObject); ok {
		if r, ok := o.PyMethod(name, []Object{b}); ok {
			return r, true
		}
	}
	if o, ok := b.(PyObject); ok {
		if r, ok := o.PyMethod(reflected, []Object{a}); ok {
			return r, true
		}
	}
	return nil, false
}
