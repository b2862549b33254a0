package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/types"
)

// Fields that threads write (infer/threadfields.go) are kept like the
// module globals threads write: the struct field is a runtime Shared[T]
// (SharedInt for an int), whose zero value holds Go's zero value. A read
// is Load, an assignment Store, and `obj.f op= v` or `obj.f = obj.f op v`
// one Update, so four threads running `self.count += 1` lose no
// increment, as under CPython's GIL:
//
//	c.count.Add(1)
//
// Other fields stay plain Go fields.

// fieldType is the Go type of the struct field holding f.
func (e *emitter) fieldType(f *infer.Field) jen.Code {
	if f.Shared {
		return e.sharedType(f.Type)
	}
	return e.GoType(f.Type)
}

// fieldValue is the Go that reads field f of the object code holds.
func (e *emitter) fieldValue(obj *jen.Statement, f *infer.Field, goName string) jen.Code {
	if f.Shared {
		return obj.Dot(goName).Dot("Load").Call()
	}
	return obj.Dot(goName)
}

// fieldStore is the Go that assigns value to field f of the object code
// holds.
func (e *emitter) fieldStore(obj *jen.Statement, f *infer.Field, goName string, value jen.Code) jen.Code {
	if f.Shared {
		return obj.Dot(goName).Dot("Store").Call(value)
	}
	return obj.Dot(goName).Op("=").Add(value)
}

// sharedField is the Shared field that the attribute x names, or nil.
func (e *emitter) sharedField(x ast.Expr) *infer.Field {
	a, ok := x.(*ast.Attribute)
	if !ok {
		return nil
	}
	vt := e.info.TypeOf(a.Value)
	if _, isInst := vt.(*types.Instance); !isInst {
		return nil
	}
	c := e.info.ClassOf(vt)
	if c == nil || e.isPlainException(c) {
		return nil
	}
	if f := c.Field(a.Attr); f != nil && f.Shared {
		return f
	}
	return nil
}

// sameField reports whether a and b name the same field of the same
// variable (self.count and self.count), so `a = b op v` is one update.
func (e *emitter) sameField(a, b ast.Expr) bool {
	x, ok1 := a.(*ast.Attribute)
	y, ok2 := b.(*ast.Attribute)
	if !ok1 || !ok2 || x.Attr != y.Attr {
		return false
	}
	n, ok1 := x.Value.(*ast.Name)
	m, ok2 := y.Value.(*ast.Name)
	return ok1 && ok2 && e.info.Refs[n] != nil && e.info.Refs[n] == e.info.Refs[m]
}

// fieldRecv is the Go naming the Shared that holds the field a reads.
func (e *emitter) fieldRecv(a *ast.Attribute) *jen.Statement {
	c := e.info.ClassOf(e.info.TypeOf(a.Value))
	return jen.Add(e.Expr(a.Value)).Dot(e.member(c, a.Attr))
}

// hasSharedField reports whether c has a field of its own that threads
// write, which a composite literal cannot initialize.
func hasSharedField(c *infer.Class) bool {
	for _, f := range c.Fields {
		if f.Shared {
			return true
		}
	}
	return false
}
