package runtime

import "fmt"

// PlainObject is what object() makes: a value with no attributes that is
// only equal to itself, which programs use as a unique sentinel (SENTINEL
// = object(); `if item is SENTINEL`).
type PlainObject struct {
	_ byte // not zero-sized: each object has its own address
}

// NewObject is object().
func NewObject() *PlainObject { return &PlainObject{} }

// PyRepr is <object object at 0x...>.
func (o *PlainObject) PyRepr() string { return fmt.Sprintf("<object object at %p>", o) }

// PyTypeName is the class's name.
func (o *PlainObject) PyTypeName() string { return "object" }
