package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// An exception class with attributes or methods is a struct embedding the
// *py.Error it raises as (whose Self points back at the struct), beside a
// package variable holding its runtime class (validationErrorClass) for
// except clauses and isinstance. Its constructor makes the Error with the
// constructor's arguments as args, as BaseException.__new__ does;
// super().__init__(msg) replaces them. Its __str__ is PyExcStr, which the
// runtime's str(e) and tracebacks use.

// isStatefulException reports whether c is an exception class that is a
// struct rather than a bare ExceptionType.
func (e *emitter) isStatefulException(c *infer.Class) bool {
	return c != nil && c.IsException() && c.HasState()
}

// classVar is the Go variable holding an exception class's ExceptionType.
func (e *emitter) classVar(c *infer.Class) string {
	if e.isPlainException(c) {
		return e.classes.typ[c]
	}
	return e.classes.excVar[c]
}

// reserveExcVar names the class variable of a stateful exception class.
func (e *emitter) reserveExcVar(c *infer.Class) {
	v := unique(lowerFirst(c.Name)+"Class", func(s string) bool { return e.names.pkg[s] })
	e.names.pkg[v] = true
	e.classes.excVar[c] = v
	e.names.syms[c.Sym] = v
}

// excClassDecl is the class variable of a stateful exception class and,
// for the first stateful class of a hierarchy, PyException.
func (e *emitter) excClassDecl(c *infer.Class) []jen.Code {
	name := e.classes.typ[c]
	base := patterns.Rt(c.ExcBase)
	if c.Base != nil {
		base = jen.Id(e.classVar(c.Base))
	}
	out := []jen.Code{jen.Var().Id(e.classVar(c)).Op("=").Add(patterns.Rt("NewExceptionType").Call(jen.Lit(c.Name), base))}
	if !e.isStatefulException(c.Base) {
		recv := recvName(c)
		out = append(out, jen.Comment("PyException is the exception a "+name+" raises as.").Line().
			Func().Params(jen.Id(recv).Op("*").Id(name)).Id("PyException").Params().Op("*").Add(patterns.Rt("Error")).
			Block(jen.Return(jen.Id(recv).Dot("Error"))))
	}
	return out
}

// excEmbed is what a stateful exception struct embeds: its stateful base,
// or the runtime's Error.
func (e *emitter) excEmbed(c *infer.Class) jen.Code {
	if e.isStatefulException(c.Base) {
		return jen.Id(e.classes.typ[c.Base])
	}
	return jen.Op("*").Add(patterns.Rt("Error"))
}

// excInit makes a new stateful exception's Error from the constructor's
// arguments.
func (e *emitter) excInit(c *infer.Class, recv string, args []jen.Code) []jen.Code {
	if !e.isStatefulException(c) {
		return nil
	}
	return []jen.Code{
		jen.Id(recv).Dot("Error").Op("=").Id(e.classVar(c)).Dot("New").Call(args...),
		jen.Id(recv).Dot("Error").Dot("Self").Op("=").Id(recv),
	}
}

// superExcInit is super().__init__(args) reaching BaseException.__init__,
// which sets the exception's args.
func (e *emitter) superExcInit(c *infer.Class, n *ast.Call) jen.Code {
	args := make([]jen.Code, len(n.Args))
	for i, a := range n.Args {
		args[i] = e.ExprAs(a, types.Object)
	}
	return jen.Id(recvName(c)).Dot("Error").Dot("Args").Op("=").Index().Add(patterns.Rt("Object")).Values(args...)
}

// raiseClass emits `raise C` for a class C: a new instance of it.
func (e *emitter) raiseClass(x ast.Expr) (jen.Code, bool) {
	switch t := e.info.TypeOf(x).(type) {
	case *types.Module:
		return jen.Add(e.Expr(x)).Dot("New").Call(), true
	case *types.Class:
		c := e.info.ClassOf(t)
		if e.isPlainException(c) {
			return jen.Add(e.Expr(x)).Dot("New").Call(), true
		}
		if e.isStatefulException(c) {
			return e.construct(t, &ast.Call{ExprBase: ast.ExprBase{Base: ast.Base{P: x.Start()}}, Func: x}), true
		}
	}
	return nil, false
}

// handlerValue is what `except C as e` binds: the struct of a stateful
// exception class, the exception itself otherwise.
func (e *emitter) handlerValue(h *ast.ExceptHandler, sym *infer.Symbol, exc string) jen.Code {
	if it, ok := sym.Type.(*types.Instance); ok {
		return jen.Id(exc).Dot("Self").Assert(e.GoType(it))
	}
	if sym.Type == types.Object && e.classes != nil && len(e.classes.excVar) > 0 {
		return patterns.Rt("ExcValue").Call(jen.Id(exc))
	}
	return jen.Id(exc)
}
