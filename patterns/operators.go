package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// Operator is a binary operator between values of library types (a
// datetime minus a datetime is a timedelta), so inference keeps the
// result's type and the emitter calls the runtime type's method instead of
// the dynamic operator.
type Operator struct {
	Op ast.Operator
	// Left and Right name the operand types: a library class
	// ("datetime.timedelta") or a basic type ("int", "float").
	Left, Right string
	Result      types.Type
	// Emit gives the Go for the operation on the emitted operands.
	Emit func(l, r jen.Code) jen.Code
}

type opKey struct {
	op          ast.Operator
	left, right string
}

var operators = map[opKey]*Operator{}

// RegisterOperator adds an operator; it is called from init functions.
func RegisterOperator(o *Operator) {
	k := opKey{o.Op, o.Left, o.Right}
	if _, dup := operators[k]; dup {
		panic("patterns: operator " + o.Left + " " + o.Op.String() + " " + o.Right + " registered twice")
	}
	operators[k] = o
}

// LookupOperator returns the library operator for operands of types l and
// r, or nil.
func LookupOperator(op ast.Operator, l, r types.Type) *Operator {
	lk, rk := typeKey(l), typeKey(r)
	if lk == "" || rk == "" {
		return nil
	}
	return operators[opKey{op, lk, rk}]
}

func typeKey(t types.Type) string {
	switch t := t.(type) {
	case *types.Named:
		return t.Class
	case types.Basic:
		switch t {
		case types.Int, types.Float, types.Str, types.Bool:
			return t.String()
		}
	}
	return ""
}

// methodOp emits l.Name(r).
func methodOp(name string) func(l, r jen.Code) jen.Code {
	return func(l, r jen.Code) jen.Code { return jen.Add(l).Dot(name).Call(r) }
}

// swappedOp emits r.Name(l), for `3 * td`.
func swappedOp(name string) func(l, r jen.Code) jen.Code {
	return func(l, r jen.Code) jen.Code { return jen.Add(r).Dot(name).Call(l) }
}
