package types

import "fmt"

// Instance is an object of a user-defined class. Def identifies the class
// (its *ast.ClassDef), so that two classes of the same name stay apart;
// what inference knows of the class (fields, methods, bases) lives with
// inference, which keeps the type stable while it is still learning.
type Instance struct {
	Class string
	Def   any
}

func (i *Instance) String() string { return fmt.Sprintf("%s@%p", i.Class, i.Def) }

// Class is a user-defined class used as a value: calling it makes an
// Instance, and its attributes are class attributes, static methods and
// class methods.
type Class struct {
	Name string
	Def  any
}

func (c *Class) String() string { return fmt.Sprintf("class %s@%p", c.Name, c.Def) }

// joinOptional joins None with an instance: a nil pointer stands for None,
// so a variable that holds a Node or None (a linked list's next) stays a
// *Node.
func joinOptional(a, b Type) (Type, bool) {
	if a == None {
		a, b = b, a
	}
	if _, ok := a.(*Instance); ok && b == None {
		return a, true
	}
	return nil, false
}
