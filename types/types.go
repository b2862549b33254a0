// Package types describes the static types py2go's inference proves for
// Python values, and how they join when a variable is assigned more than
// one kind of value.
//
// The lattice is deliberately small. A type is either a native type that
// maps onto a plain Go type (int, float64, string, bool, slices, funcs, the
// runtime's typed library objects) or Object, the runtime's dynamic value.
// Unknown is the bottom used while inference is still running. Two
// different native types never join into a third native type: an int that is
// sometimes a float must print as Python prints each, so it becomes Object.
package types

import (
	"fmt"
	"strings"
)

// Type is a static type.
type Type interface {
	String() string
}

// Basic is a scalar type.
type Basic int

// The basic types.
const (
	Unknown Basic = iota // not yet inferred
	Object               // dynamic: any Python value
	Int
	Float
	Str
	Bool
	None
)

var basicNames = [...]string{"unknown", "object", "int", "float", "str", "bool", "None"}

func (b Basic) String() string { return basicNames[b] }

// List is a Python list with a known element type.
type List struct{ Elem Type }

func (l *List) String() string { return "list[" + l.Elem.String() + "]" }

// Tuple is a tuple of known length and element types.
type Tuple struct{ Elems []Type }

func (t *Tuple) String() string { return "tuple[" + joinTypes(t.Elems) + "]" }

// Iter is a lazily produced sequence (a generator expression, an iterator
// returned by a library call); it becomes an iter.Seq in Go.
type Iter struct{ Elem Type }

func (i *Iter) String() string { return "iterator[" + i.Elem.String() + "]" }

// Func is a user function or lambda used as a value. Def identifies it (the
// *ast.FunctionDef or *ast.Lambda), so that calls through any variable
// holding it feed their argument types back into its parameters; its
// signature lives with inference, not in the type, which keeps the type
// stable while inference is still learning the signature.
type Func struct {
	Name string
	Def  any
	// Bound is set for a method bound to its object or class (obj.method,
	// a classmethod): calls leave out the first parameter.
	Bound bool
}

func (f *Func) String() string {
	if f.Bound {
		return fmt.Sprintf("bound func %s@%p", f.Name, f.Def)
	}
	return fmt.Sprintf("func %s@%p", f.Name, f.Def)
}

// Named is an object of a library type the runtime provides, such as
// concurrent.futures.Future[int] or multiprocessing.Pool. Class is the
// Python class's qualified name, which is also how recognizers look up its
// methods.
type Named struct {
	Class string
	Args  []Type
}

func (n *Named) String() string {
	if len(n.Args) == 0 {
		return n.Class
	}
	return n.Class + "[" + joinTypes(n.Args) + "]"
}

// Module is an imported module or a library callable reached through one:
// the value of `time` after `import time`, or of `as_completed` after
// `from concurrent.futures import as_completed`. Path is the dotted name.
type Module struct{ Path string }

func (m *Module) String() string { return "module " + m.Path }

func joinTypes(ts []Type) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.String()
	}
	return strings.Join(parts, ", ")
}

// Equal reports whether two types are the same.
func Equal(a, b Type) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.String() == b.String()
}

// Join is the type of a variable that holds a value of type a or of type b.
func Join(a, b Type) Type {
	switch {
	case a == nil || a == Unknown:
		return b
	case b == nil || b == Unknown:
		return a
	case Equal(a, b):
		return a
	}
	switch a := a.(type) {
	case *List:
		if b, ok := b.(*List); ok {
			return &List{Elem: joinElem(a.Elem, b.Elem)}
		}
	case *Iter:
		if b, ok := b.(*Iter); ok {
			return &Iter{Elem: joinElem(a.Elem, b.Elem)}
		}
	case *Named:
		if b, ok := b.(*Named); ok && a.Class == b.Class && len(a.Args) == len(b.Args) {
			args := make([]Type, len(a.Args))
			for i := range args {
				args[i] = joinElem(a.Args[i], b.Args[i])
			}
			return &Named{Class: a.Class, Args: args}
		}
	}
	if t, ok := joinOptional(a, b); ok {
		return t
	}
	return Object
}

// joinElem joins element types of containers, where an empty display (a
// list with Unknown elements) takes the other side's element type.
func joinElem(a, b Type) Type {
	return Join(a, b)
}

// IsNative reports whether t maps onto a plain Go type rather than Object.
func IsNative(t Type) bool {
	return t != Object && t != Unknown && t != nil
}

// IsNumber reports whether t is int or float.
func IsNumber(t Type) bool { return t == Int || t == Float }

// Elem is the type of the items produced by iterating over t, or Object.
func Elem(t Type) Type {
	switch t := t.(type) {
	case *List:
		return t.Elem
	case *Iter:
		return t.Elem
	case *Named:
		if t.Class == "builtins.iterator" && len(t.Args) == 1 {
			return t.Args[0]
		}
		if t.Class == "builtins.range" {
			return Int
		}
	case *Tuple:
		var e Type = Unknown
		for _, x := range t.Elems {
			e = Join(e, x)
		}
		if e == Unknown {
			return Object
		}
		return e
	}
	if t == Str {
		return Str
	}
	return Object
}
