package runtime

import (
	"fmt"
	goruntime "runtime"
	"strings"
	"sync"
)

// ExceptionType is a Python exception class. Generated code raises and
// tests exceptions by class, so classes are values compared by identity;
// Base gives the single-inheritance chain that `except` matches against.
type ExceptionType struct {
	// Name is the class's __name__, e.g. "ValueError".
	Name string
	// Module is the class's __module__: "builtins" for the built-in
	// hierarchy, "__main__" for user classes, and the defining module for
	// library classes (tracebacks print those qualified).
	Module string
	// Base is the parent class; nil only for BaseException.
	Base *ExceptionType
	// More are the other bases of a class with several (class
	// E(AppError, KeyError)), which `except` matches too.
	More []*ExceptionType
	// StrFunc, when set, is the class's __str__; subclasses inherit it.
	// Tracebacks and print use it.
	StrFunc func(e *Error) string
}

// NewExceptionType makes a user-defined exception class (a `class
// E(Base): pass` in the script). Its module is "__main__", so tracebacks
// print it unqualified, as CPython does.
func NewExceptionType(name string, base *ExceptionType, more ...*ExceptionType) *ExceptionType {
	return &ExceptionType{Name: name, Module: "__main__", Base: base, More: more}
}

// New makes an exception instance of class t with the given args, ready to
// be raised with panic. Args are kept as given, as BaseException.args.
//
// It stays this small so that it inlines, and with it the runtime's
// arithmetic that raises (an OSError's own arguments are read where they
// are used, oserror.go).
func (t *ExceptionType) New(args ...Object) *Error {
	return &Error{Type: t, Args: args}
}

// IsSubclass reports whether t is base or derives from it, which is how
// issubclass() and `except base:` decide.
func (t *ExceptionType) IsSubclass(base *ExceptionType) bool {
	for c := t; c != nil; c = c.Base {
		if c == base {
			return true
		}
		for _, m := range c.More {
			if m.IsSubclass(base) {
				return true
			}
		}
	}
	return false
}

// QualName is the class name as a traceback's last line prints it:
// unqualified for builtins and __main__ classes, module-qualified
// otherwise (e.g. "concurrent.futures._base.CancelledError").
func (t *ExceptionType) QualName() string {
	if t.Module == "" || t.Module == "builtins" || t.Module == "__main__" {
		return t.Name
	}
	return t.Module + "." + t.Name
}

// PyStr makes str(cls) read as CPython's "<class 'ValueError'>".
func (t *ExceptionType) PyStr() string {
	return "<class '" + t.QualName() + "'>"
}

// PyGetAttr lets GetAttr read an exception class's __name__, __qualname__
// and __module__ (exc_type.__name__ in an __exit__).
func (t *ExceptionType) PyGetAttr(name string) (Object, bool) {
	switch name {
	case "__name__", "__qualname__":
		return t.Name, true
	case "__module__":
		if t.Module == "" {
			return "builtins", true
		}
		return t.Module, true
	}
	return nil, false
}

// Error is a raised (or raisable) Python exception instance. It is what
// generated code passes to panic and what Catch returns. It implements Go's
// error so it can also travel through ordinary Go error returns.
type Error struct {
	// Type is the exception's class.
	Type *ExceptionType
	// Args are the constructor arguments, BaseException.args.
	Args []Object
	// Cause is __cause__, set by `raise ... from cause`.
	Cause *Error
	// Context is __context__, the exception being handled when this one
	// was raised.
	Context *Error
	// SuppressContext is __suppress_context__, set by `raise ... from`
	// (including `from None`), which hides Context in the traceback.
	SuppressContext bool
	// Self is the object of a user exception class with attributes or
	// methods (a generated struct embedding this Error), nil otherwise;
	// `except C as e` gets it back, and its __str__ decides str(e).
	Self Object

	tb traceback
	// unentered is set for a RecursionError raised by Enter: the frame of
	// the function that could not be entered is left out of the traceback,
	// as CPython raises it before the frame exists.
	unentered bool
	attrs     struct {
		sync.Mutex
		m map[string]Object
	}
}

// Error implements Go's error with the text of a traceback's last line,
// e.g. "ValueError: bad 1".
func (e *Error) Error() string {
	s := e.Str()
	if s == "" {
		return e.Type.QualName()
	}
	return e.Type.QualName() + ": " + s
}

// Matches reports whether the exception is an instance of t or of a
// subclass of t, which is what `except t:` tests.
func (e *Error) Matches(t *ExceptionType) bool {
	return e != nil && e.Type.IsSubclass(t)
}

// MatchesAny is `except (A, B):`: whether the exception is an instance of
// any of the classes.
func (e *Error) MatchesAny(types ...*ExceptionType) bool {
	for _, t := range types {
		if e.Matches(t) {
			return true
		}
	}
	return false
}

// MatchesObject is `except v:` where v's type is not proven: an
// exception class or a tuple of them (nested tuples too, as CPython
// allows); anything else is CPython's TypeError.
func (e *Error) MatchesObject(v Object) bool {
	switch t := v.(type) {
	case *ExceptionType:
		return e.Matches(t)
	case Tuple:
		for _, x := range t {
			if e.MatchesObject(x) {
				return true
			}
		}
		return false
	}
	panic(TypeError.New("catching classes that do not inherit from BaseException is not allowed"))
}

// Str is str(e): the class's StrFunc if it or a base class has one;
// otherwise empty with no args, the str of a single arg, or the repr of the
// args tuple. KeyError (and its subclasses) use the repr of a single arg,
// so a missing key 'k' prints as KeyError: 'k'.
func (e *Error) Str() string {
	if s, ok := e.Self.(PyExcStringer); ok {
		return s.PyExcStr()
	}
	for t := e.Type; t != nil; t = t.Base {
		if t.StrFunc != nil {
			return t.StrFunc(e)
		}
	}
	return argsStr(e)
}

// argsStr is BaseException's str(e), from its args.
func argsStr(e *Error) string {
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.Matches(KeyError) {
			return Repr(e.Args[0])
		}
		return Str(e.Args[0])
	}
	return Repr(Tuple(e.Args))
}

// PyStr makes Str(e) and print(e) use str(e).
func (e *Error) PyStr() string { return e.Str() }

// PyRepr is repr(e), e.g. "ValueError('bad 1')"; CPython uses the bare
// class name here even for library classes.
func (e *Error) PyRepr() string {
	args := e.argsTuple()
	if len(args) == 1 {
		return e.Type.Name + "(" + Repr(args[0]) + ")"
	}
	return e.Type.Name + Repr(args)
}

// SetAttr sets an instance attribute, as a user exception class's
// __init__ does (self.code = code).
func (e *Error) SetAttr(name string, v Object) {
	e.attrs.Lock()
	defer e.attrs.Unlock()
	if e.attrs.m == nil {
		e.attrs.m = map[string]Object{}
	}
	e.attrs.m[name] = v
}

// Attr reads an instance attribute set with SetAttr; a missing one raises
// CPython's AttributeError.
func (e *Error) Attr(name string) Object {
	e.attrs.Lock()
	v, ok := e.attrs.m[name]
	e.attrs.Unlock()
	if !ok {
		panic(AttributeError.New("'" + e.Type.Name + "' object has no attribute '" + name + "'"))
	}
	return v
}

// From sets e's __cause__ as `raise e from cause` does and returns e, so
// generated code can write panic(py.ValueError.New("x").From(err)). A nil
// cause is `from None`: it only hides the context.
func (e *Error) From(cause *Error) *Error {
	e.Cause = cause
	e.SuppressContext = true
	return e
}

// CauseOf is the exception that `raise X from cause` chains when the
// cause's type is not proven (a variable that holds None or an exception):
// None clears the cause, an exception class is instantiated, an instance
// gives its exception, and anything else is CPython's TypeError.
func CauseOf(cause Object) *Error {
	switch c := cause.(type) {
	case nil:
		return nil
	case *Error:
		return c
	case PyExceptioner:
		return c.PyException()
	case *ExceptionType:
		return c.New()
	}
	panic(TypeError.New("exception causes must derive from BaseException"))
}

// During sets e's __context__ to the exception being handled when e is
// raised inside an except block, as CPython does implicitly, and returns e.
// It keeps an existing context and never makes e its own context.
func (e *Error) During(handled *Error) *Error {
	if e.Context == nil && handled != e {
		e.Context = handled
	}
	return e
}

// Catch runs f and returns the exception it raised, or nil. It is the
// building block of try/except/finally in generated code. Go runtime
// panics are converted with AsError, so a Python handler sees, e.g., a
// ZeroDivisionError for an integer division by zero.
func Catch(f func()) (err *Error) {
	defer func() {
		if r := recover(); r != nil {
			err = AsError(r)
		}
	}()
	f()
	return nil
}

// Handle runs the body of an except block that is handling the exception
// handled. An exception escaping body gets handled as its __context__, as
// CPython sets it implicitly even when the raise is in a called function;
// the traceback then shows both.
func Handle(handled *Error, body func()) {
	if err := Catch(body); err != nil {
		panic(err.During(handled))
	}
}

// AsError converts a value recovered from a panic into a Python exception.
// It must be called from the deferred function that recovered, because it
// records the stack that is still there for the traceback. An *Error is
// returned as is; Go runtime errors become their Python equivalents; any
// other value becomes a RuntimeError describing it, so no panic reaches Go's
// own crash handler.
func AsError(recovered any) *Error {
	e := toError(recovered)
	e.record(callers())
	return e
}

// toError maps a recovered value onto a Python exception without touching
// its traceback.
func toError(r any) *Error {
	switch v := r.(type) {
	case PyExceptioner:
		return v.PyException()
	case *Error:
		if v == nil {
			return TypeError.New("exceptions must derive from BaseException")
		}
		return v
	case goruntime.Error:
		return fromGoRuntimeError(v)
	case error:
		return RuntimeError.New(v.Error())
	case string:
		return RuntimeError.New(v)
	}
	return RuntimeError.New(fmt.Sprint(r))
}

// fromGoRuntimeError maps the Go runtime panics that have a Python meaning
// to Python exceptions; the others keep Go's text in a RuntimeError.
func fromGoRuntimeError(err goruntime.Error) *Error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "integer divide by zero"):
		return ZeroDivisionError.New("integer division or modulo by zero")
	case strings.Contains(msg, "index out of range"):
		return IndexError.New("list index out of range")
	case strings.Contains(msg, "assignment to entry in nil map"):
		return TypeError.New("'NoneType' object does not support item assignment")
	}
	if _, ok := err.(*goruntime.TypeAssertionError); ok {
		return TypeError.New(msg)
	}
	return RuntimeError.New(msg)
}
