// Package patterns holds the recognizers: one value per library surface
// (builtins, time, datetime, threading, multiprocessing, concurrent.futures,
// gevent, ...), each saying which Python names it handles, what type a use
// of each name has, and which Go stands for it.
//
// Adding a library is adding a recognizer: inference asks Lookup for the
// type of a call, the emitter asks it for the Go. Recognizers see the rest
// of py2go only through TypeEnv and EmitEnv, so they cannot depend on how
// inference or emission work inside.
package patterns

import (
	"sort"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// RuntimePath is the import path of py2go's runtime package.
const RuntimePath = "github.com/py2go/py2go/runtime"

// Rt names an identifier in the runtime package.
func Rt(name string) *jen.Statement { return jen.Qual(RuntimePath, name) }

// Recognizer handles one library surface.
type Recognizer struct {
	Name string
	Doc  string
	// Modules lists the Python modules the recognizer owns; importing one
	// of them is supported.
	Modules []string
	// Entries are the names it handles.
	Entries []*Entry
}

// Entry is one Python callable or value: a function ("time.sleep"), a class
// ("multiprocessing.Pool"), a method under its class's name
// ("multiprocessing.Pool.apply_async") or a plain attribute ("sys.argv").
type Entry struct {
	Name string
	// Sig is the Python signature calls are bound with; nil for entries
	// that are values rather than callables.
	Sig *Signature
	// Type gives the type of a call (or of the value, when Sig is nil).
	Type func(c *TypeCall) types.Type
	// Emit gives the Go for a call (or for the value).
	Emit func(c *EmitCall) jen.Code
	// AsValue gives the Go for the name used as a value rather than
	// called (an exception class in an except clause); nil when that is
	// not supported.
	AsValue func(c *EmitCall) jen.Code
	// NoValue marks calls that return None in Python and nothing in Go:
	// used as a value they become nil.
	NoValue bool
}

// GoType says which runtime type stands for objects of a library class.
type GoType struct {
	// Name is the runtime type's name ("Future").
	Name string
	// Value is set for types used by value (Datetime) rather than through
	// a pointer (*Future).
	Value bool
	// View names the runtime function that views an object of a generic
	// type under other type arguments (a Future[int] in a list of
	// Future[Object]), empty when there is none.
	View string
}

var (
	goTypes = map[string]GoType{}
	entries = map[string]*Entry{}
	modules = map[string]*Recognizer{}
	all     []*Recognizer
)

// Register adds a recognizer; it is called from init functions.
func Register(r *Recognizer) {
	all = append(all, r)
	for _, m := range r.Modules {
		modules[m] = r
	}
	for _, e := range r.Entries {
		if _, dup := entries[e.Name]; dup {
			panic("patterns: " + e.Name + " registered twice")
		}
		entries[e.Name] = e
	}
}

// RegisterType says that objects of the Python class (by qualified name)
// are the runtime type t; it is called from init functions beside
// Register. A generic runtime type takes the class's type arguments.
func RegisterType(class string, t GoType) {
	if _, dup := goTypes[class]; dup {
		panic("patterns: type " + class + " registered twice")
	}
	goTypes[class] = t
}

// TypeOf returns the runtime type for objects of a library class.
func TypeOf(class string) (GoType, bool) {
	t, ok := goTypes[class]
	return t, ok
}

// Lookup returns the entry for a qualified name, or nil.
func Lookup(name string) *Entry { return entries[name] }

// KnownModule reports whether some recognizer owns the module at path or a
// module that path lies in ("gevent.monkey" is known when "gevent" is).
func KnownModule(path string) bool {
	for p := path; p != ""; p = parentPath(p) {
		if _, ok := modules[p]; ok {
			return true
		}
	}
	return false
}

// Recognizers lists the registered recognizers by name, for documentation.
func Recognizers() []*Recognizer {
	out := append([]*Recognizer(nil), all...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func parentPath(p string) string {
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		return p[:i]
	}
	return ""
}

// TypeEnv is what inference offers recognizers.
type TypeEnv interface {
	// TypeOf is the inferred type of an argument expression.
	TypeOf(e ast.Expr) types.Type
	// CallResult records that the callable fn is called with arguments of
	// the given types (so a user function's parameters learn them) and
	// returns the call's result type.
	CallResult(fn ast.Expr, args []types.Type) types.Type
	// CallResultKw is CallResult with keyword arguments by name.
	CallResultKw(fn ast.Expr, args []types.Type, kw map[string]types.Type) types.Type
	// Errorf reports a problem in the input.
	Errorf(p ast.Pos, format string, a ...any)
}

// TypeCall is a call being typed.
type TypeCall struct {
	Call *ast.Call
	// Recv is the receiver's type for a method call, nil otherwise.
	Recv types.Type
	Args *Bound
	Env  TypeEnv
}

// Type is the type of the bound argument name, or nil when it is absent.
func (c *TypeCall) Type(name string) types.Type {
	if e := c.Args.Get(name); e != nil {
		return c.Env.TypeOf(e)
	}
	return nil
}

// EmitEnv is what the emitter offers recognizers.
type EmitEnv interface {
	// Expr emits e as its inferred type.
	Expr(e ast.Expr) jen.Code
	// ExprAs emits e converted to type t (boxing into Object, int to
	// float64, ...).
	ExprAs(e ast.Expr, t types.Type) jen.Code
	// TypeOf is the inferred type of e.
	TypeOf(e ast.Expr) types.Type
	// GoType is the Go type that stands for t.
	GoType(t types.Type) jen.Code
	// Thunk is a Go func literal taking no arguments that calls fn with
	// args and returns its result (as Object when fn returns nothing). The
	// arguments are evaluated where the thunk is built, as Python evaluates
	// them at the call, not later when the thunk runs.
	// Keyword arguments kw go to the parameters they name.
	Thunk(fn ast.Expr, args []ast.Expr, kw ...*ast.Keyword) jen.Code
	// Direct returns fn as a Go func value and args converted to its
	// parameters' types, when fn is a function of exactly len(args)
	// parameters that returns a value, so a library can call it with
	// them later without a thunk; ok is false otherwise.
	Direct(fn ast.Expr, args []ast.Expr) (callee jen.Code, goArgs []jen.Code, ok bool)
	// Steps is, when fn is a function compiled to steps (a stackless
	// greenlet), the call of its step version with args, made where
	// Steps is called; nil otherwise.
	Steps(fn ast.Expr, args []ast.Expr, kw []*ast.Keyword) jen.Code
	// Proc is like Thunk for a caller that ignores the result: a
	// `func()` literal.
	Proc(fn ast.Expr, args []ast.Expr, kw ...*ast.Keyword) jen.Code
	// ForkProc is Proc for the target of a process that forks later: a
	// `func() func()` literal whose outer function, run when the process
	// starts, copies the arguments (bound where the call is made) as the
	// fork copies the parent's memory, and returns the child's body.
	ForkProc(fn ast.Expr, args []ast.Expr, kw ...*ast.Keyword) jen.Code
	// Callback is fn as a Go func value taking parameters of the given
	// types and returning its result, for a library that uses the result
	// (map): a function returning None returns Object (nil) there.
	Callback(fn ast.Expr, params []types.Type) jen.Code
	// Handler is fn as a Go func value taking parameters of the given
	// types and returning nothing, for a library that ignores the result
	// (add_done_callback, apply_async's callback).
	Handler(fn ast.Expr, params []types.Type) jen.Code
	// FuncName is the Python name of the function fn refers to, for
	// thread names and reprs; "" when unknown.
	FuncName(fn ast.Expr) string
	// Errorf reports a problem in the input.
	Errorf(p ast.Pos, format string, a ...any)
}

// EmitCall is a call being emitted.
type EmitCall struct {
	Call *ast.Call
	// Recv is the receiver expression of a method call, nil otherwise.
	Recv ast.Expr
	Args *Bound
	// Result is the call's inferred type.
	Result types.Type
	Env    EmitEnv
	// Pos is where the call, or the name used as a value, stands.
	Pos ast.Pos
	// Value is the Go of the value stored by an attribute setter entry
	// (NAME.ATTR.__set__), nil for calls.
	Value jen.Code
}

// Arg emits the bound argument name, or returns nil when it is absent.
func (c *EmitCall) Arg(name string) jen.Code {
	if e := c.Args.Get(name); e != nil {
		return c.Env.Expr(e)
	}
	return nil
}

// ArgAs emits the bound argument name converted to t, or def when absent.
func (c *EmitCall) ArgAs(name string, t types.Type, def jen.Code) jen.Code {
	if e := c.Args.Get(name); e != nil && !IsNone(e) {
		return c.Env.ExprAs(e, t)
	}
	return def
}

// IsNone reports whether e is the literal None.
func IsNone(e ast.Expr) bool {
	c, ok := e.(*ast.Constant)
	return ok && c.Kind == ast.ConstNone
}

// SequenceElems returns the items of a tuple or list display (the usual
// way `args=(1, 2)` is written), and false for anything else.
func SequenceElems(e ast.Expr) ([]ast.Expr, bool) {
	switch e := e.(type) {
	case *ast.Tuple:
		return e.Elts, !hasStarred(e.Elts)
	case *ast.List:
		return e.Elts, !hasStarred(e.Elts)
	}
	return nil, false
}

func hasStarred(es []ast.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*ast.Starred); ok {
			return true
		}
	}
	return false
}
