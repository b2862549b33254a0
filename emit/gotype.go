package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// GoType is the Go type that stands for t.
func (e *emitter) GoType(t types.Type) jen.Code {
	switch t := t.(type) {
	case types.Basic:
		switch t {
		case types.Int:
			return jen.Int()
		case types.Float:
			return jen.Float64()
		case types.Str:
			return jen.String()
		case types.Bool:
			return jen.Bool()
		}
		return patterns.Rt("Object")
	case *types.List:
		return jen.Index().Add(e.GoType(t.Elem))
	case *types.Iter:
		return jen.Qual("iter", "Seq").Types(e.GoType(t.Elem))
	case *types.Func:
		return e.funcType(t)
	case *types.Instance:
		return e.instanceGoType(t)
	case *types.Named:
		gt, ok := patterns.TypeOf(t.Class)
		if !ok {
			return patterns.Rt("Object")
		}
		typ := patterns.Rt(gt.Name)
		if len(t.Args) > 0 {
			args := make([]jen.Code, len(t.Args))
			for i, a := range t.Args {
				args[i] = e.GoType(a)
			}
			typ = typ.Types(args...)
		}
		if gt.Value {
			return typ
		}
		return jen.Op("*").Add(typ)
	}
	return patterns.Rt("Object")
}

// funcType is the Go func type of a user function or lambda value.
func (e *emitter) funcType(t *types.Func) jen.Code {
	if e.funcTypeBusy[t] {
		// A function that returns itself (or takes itself) has a type Go
		// can only write with a named type.
		if pos, ok := t.Def.(interface{ Start() ast.Pos }); ok && !e.funcTypeRefused[t] {
			e.log.Unsupported(pos.Start(), "a function whose type refers to itself (it returns or takes itself)")
		}
		if e.funcTypeRefused == nil {
			e.funcTypeRefused = map[*types.Func]bool{}
		}
		e.funcTypeRefused[t] = true
		return patterns.Rt("Object")
	}
	if e.funcTypeBusy == nil {
		e.funcTypeBusy = map[*types.Func]bool{}
	}
	e.funcTypeBusy[t] = true
	defer delete(e.funcTypeBusy, t)
	f := e.info.FuncValue(t)
	sig := jen.Func().Params(e.paramTypes(f)...)
	if f.Result != types.None {
		sig = sig.Add(e.GoType(f.Result))
	}
	return sig
}

// resultType is the Go result type of f, nil when it returns nothing.
func (e *emitter) resultType(f *infer.Func) jen.Code {
	if f.Result == types.None {
		return nil
	}
	return e.GoType(f.Result)
}

// zero is Go's zero value of t, used where Python leaves a name unbound.
func (e *emitter) zero(t types.Type) jen.Code {
	switch t {
	case types.Int, types.Float:
		return jen.Lit(0)
	case types.Str:
		return jen.Lit("")
	case types.Bool:
		return jen.False()
	}
	return jen.Nil()
}
