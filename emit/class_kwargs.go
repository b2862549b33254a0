package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
)

// Methods with *args or **kwargs are called as functions are (bindUser):
// extra positional arguments go to the variadic parameter, extra keywords
// into the kwargs dict. A call passing a **mapping (the cooperative
// super().__init__(**kw) chain) fills each parameter it does not pass
// explicitly from the mapping at run time, or with its default, and gives
// the rest to the method's own **kwargs; a method without one raises
// TypeError for a key it has no parameter for, as Python does.

// mappingArg is the mapping of a call's **mapping argument, nil when it
// has none.
func mappingArg(n *ast.Call) ast.Expr {
	for _, k := range n.Keywords {
		if k.Arg == "" {
			return k.Value
		}
	}
	return nil
}

// bindVariadic binds a method call's arguments to the method's parameters
// after the first skip, when the method has *args or **kwargs or the call
// passes a **mapping.
func (e *emitter) bindVariadic(f *infer.Func, n *ast.Call, skip int) ([]jen.Code, bool) {
	view := *f
	if skip > len(infer.PositionalParams(f)) {
		e.log.Unsupported(n.Start(), "a call of a method without a self parameter")
		return nil, false
	}
	view.Params, view.Skip = f.Params[skip:], skip
	view.PosOnly = max(0, f.PosOnly-skip)
	m := mappingArg(n)
	if m == nil {
		return e.bindUser(&view, n)
	}
	return e.bindMapping(&view, n, m)
}

// bindMapping binds a call with a **mapping argument m: explicit arguments
// first, then each parameter left from m (KwArg), the method's **kwargs
// getting the keys no parameter took (KwRest).
func (e *emitter) bindMapping(f *infer.Func, n *ast.Call, m ast.Expr) ([]jen.Code, bool) {
	if _, isName := m.(*ast.Name); !isName || len(n.Keywords) > 1 || f.Vararg != nil {
		e.log.Unsupported(m.Start(), "**mapping in this call (only f(..., **name) to a method without *args)")
		return nil, false
	}
	named := f.Params[:len(f.Params)-count(f.Kwarg)]
	if len(n.Args) > len(named) {
		e.log.Errorf(n.Start(), "too many positional arguments in this call")
		return nil, false
	}
	fn := e.qualName(f)
	var names []jen.Code
	for _, p := range named {
		names = append(names, jen.Lit(p.Name))
	}
	dict := e.Expr(m)
	if f.Kwarg == nil {
		// The first use of the mapping checks that it names no other
		// parameter.
		dict = patterns.Rt("KwCheck").Call(append([]jen.Code{jen.Lit(fn), dict}, names...)...)
	}
	var args []jen.Code
	for i, p := range named {
		if i < len(n.Args) {
			args = append(args, e.ExprAs(n.Args[i], p.Type))
			continue
		}
		def := jen.Code(jen.Nil())
		hasDef := false
		if d, ok := f.Defaults[p].(*ast.Constant); ok {
			def, hasDef = e.Expr(d), true
		} else if f.Defaults[p] != nil {
			e.log.Unsupported(f.Defaults[p].Start(), "a default value that is not a literal, filled from a **mapping")
			return nil, false
		}
		args = append(args, e.fromObject(patterns.Rt("KwArg").Call(jen.Lit(fn), dict, jen.Lit(p.Name), def, jen.Lit(hasDef)), p.Type))
		dict = e.Expr(m)
	}
	if f.Kwarg != nil {
		args = append(args, patterns.Rt("KwRest").Call(append([]jen.Code{dict}, names...)...))
	} else if len(named) == 0 {
		e.log.Unsupported(m.Start(), "**mapping to a method without parameters")
		return nil, false
	}
	return args, true
}

// objectInit is super().__init__(...) reaching object.__init__: nothing,
// or with a **mapping a check that it is empty.
func (e *emitter) objectInit(n *ast.Call) jen.Code {
	if m := mappingArg(n); m != nil && len(n.Args) == 0 {
		return patterns.Rt("ObjectInit").Call(e.Expr(m))
	}
	if len(n.Args) > 0 || len(n.Keywords) > 0 {
		e.log.Errorf(n.Start(), "object.__init__() takes exactly one argument (the instance to initialize)")
	}
	return jen.Null() // object.__init__ does nothing
}

// qualName is a method's Python qualified name (Shape.__init__), as
// TypeError messages give it.
func (e *emitter) qualName(f *infer.Func) string {
	def, _ := f.Node.(*ast.FunctionDef)
	if def == nil {
		return "<lambda>"
	}
	if m := e.info.MethodDefs[def]; m != nil {
		return m.Owner.Name + "." + def.Name
	}
	return def.Name
}
