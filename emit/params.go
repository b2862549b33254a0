package emit

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Parameters.
//
// A Python function's parameters become Go parameters in this order:
// positional (positional-only included), keyword-only, **kwargs as a
// *py.Dict, and *args as Go's variadic ...py.Object. Call sites bind
// their arguments as Python does (by position, by keyword, extra
// positional arguments into *args, extra keywords into **kwargs) and fill
// in defaults. A default that is not a literal is evaluated once, when
// the def statement runs, into a variable the calls read.

// paramDecls declares f's Go parameters.
func (e *emitter) paramDecls(f *infer.Func) []jen.Code {
	out := make([]jen.Code, len(f.Params))
	for i, p := range f.Params {
		name := e.names.Local(p)
		switch p {
		case f.Vararg:
			out[i] = jen.Id(name).Op("...").Add(patterns.Rt("Object"))
		case f.Kwarg:
			out[i] = jen.Id(name).Op("*").Add(patterns.Rt("Dict"))
		default:
			out[i] = jen.Id(name).Add(e.GoType(p.Type))
		}
	}
	return out
}

// paramTypes lists f's Go parameter types, for its func type.
func (e *emitter) paramTypes(f *infer.Func) []jen.Code {
	out := make([]jen.Code, len(f.Params))
	for i, p := range f.Params {
		switch p {
		case f.Vararg:
			out[i] = jen.Op("...").Add(patterns.Rt("Object"))
		case f.Kwarg:
			out[i] = jen.Op("*").Add(patterns.Rt("Dict"))
		default:
			out[i] = e.GoType(p.Type)
		}
	}
	return out
}

// isVararg reports whether sym is some function's *args parameter, whose
// Go variable is a []py.Object that Python sees as a tuple.
func (e *emitter) isVararg(sym *infer.Symbol) bool {
	f := e.info.Funcs[sym.Scope.Node]
	return sym.Param && f != nil && f.Vararg == sym
}

// bindUser binds a call's arguments to f's Go parameters.
func (e *emitter) bindUser(f *infer.Func, n *ast.Call) ([]jen.Code, bool) {
	positional := f.Params[:len(f.Params)-count(f.Vararg)-count(f.Kwarg)]
	nPos := len(infer.PositionalParams(f))
	byParam := map[*infer.Symbol]jen.Code{}
	var extra []jen.Code
	for i, a := range n.Args {
		if s, star := a.(*ast.Starred); star {
			if i != len(n.Args)-1 || f.Vararg == nil || i < nPos {
				e.log.Unsupported(a.Start(), "*iterable in this call")
				return nil, false
			}
			extra = append(extra, e.spread(s.Value))
			continue
		}
		if i < nPos {
			byParam[positional[i]] = e.ExprAs(a, positional[i].Type)
			continue
		}
		if e.boundDefault(f, "") {
			e.log.Unsupported(a.Start(), "passing an argument for a parameter whose default value is not a literal (of a lambda or nested def)")
			return nil, false
		}
		if f.Vararg == nil {
			e.log.Errorf(a.Start(), "too many positional arguments in this call")
			return nil, false
		}
		extra = append(extra, e.ExprAs(a, types.Object))
	}
	var kwargs []jen.Code
	for _, k := range n.Keywords {
		if k.Arg == "" {
			e.log.Unsupported(k.P, "**mapping in a call")
			return nil, false
		}
		sym := f.Scope.Symbols[k.Arg]
		idx := indexOf(positional, sym)
		if e.boundDefault(f, k.Arg) {
			e.log.Unsupported(k.P, "passing an argument for a parameter whose default value is not a literal (of a lambda or nested def)")
			return nil, false
		}
		switch {
		case sym != nil && sym.Param && idx >= f.PosOnly:
			byParam[sym] = e.ExprAs(k.Value, sym.Type)
		case f.Kwarg != nil:
			kwargs = append(kwargs, jen.Lit(k.Arg), e.ExprAs(k.Value, types.Object))
		default:
			e.log.Errorf(k.P, "unexpected keyword argument '%s' in call", k.Arg)
			return nil, false
		}
	}
	var args []jen.Code
	for _, p := range positional {
		code, ok := byParam[p]
		if !ok {
			if code, ok = e.defaultArg(f, p); !ok {
				e.log.Errorf(n.Start(), "missing argument '%s' in call", p.Name)
				return nil, false
			}
		}
		args = append(args, code)
	}
	if f.Kwarg != nil {
		args = append(args, patterns.Rt("DictOf").Call(kwargs...))
	}
	if len(extra) == 1 && isSpread(extra[0]) {
		return append(args, extra[0]), true
	}
	for _, x := range extra {
		if isSpread(x) {
			e.log.Unsupported(n.Start(), "*iterable after other extra arguments")
			return nil, false
		}
	}
	return append(args, extra...), true
}

// spreadCode marks `xs...` in a call.
type spreadCode struct{ *jen.Statement }

func isSpread(c jen.Code) bool {
	_, ok := c.(spreadCode)
	return ok
}

// spread emits *x as Go's xs... for a variadic parameter.
func (e *emitter) spread(x ast.Expr) jen.Code {
	if name, ok := x.(*ast.Name); ok {
		if sym := e.info.Refs[name]; sym != nil && e.isVararg(sym) {
			return spreadCode{jen.Id(e.symName(sym)).Op("...")}
		}
	}
	list := patterns.Rt("ListAs").Types(patterns.Rt("Object")).Call(e.ExprAs(x, types.Object))
	return spreadCode{jen.Add(list).Op("...")}
}

// defaultArg is the value of a parameter a call leaves out: the literal,
// or the variable the def statement evaluated the default into.
func (e *emitter) defaultArg(f *infer.Func, p *infer.Symbol) (jen.Code, bool) {
	d := f.Defaults[p]
	if d == nil {
		return nil, false
	}
	if _, isConst := d.(*ast.Constant); isConst {
		return e.ExprAs(d, p.Type), true
	}
	return jen.Id(e.defaultVar(f, p)), true
}

// defaultVar names the variable holding a default that is not a literal.
func (e *emitter) defaultVar(f *infer.Func, p *infer.Symbol) string {
	if name, ok := e.defaults[p]; ok {
		return name
	}
	fname := "lambda"
	if def, ok := f.Node.(*ast.FunctionDef); ok {
		fname = def.Name
		if m := e.info.MethodDefs[def]; m != nil && m.Owner != nil {
			fname = m.Owner.Name + "_" + strings.Trim(def.Name, "_")
		}
	}
	name := e.names.Fresh(GoName(fname + "_" + p.Name + "_default"))
	e.defaults[p] = name
	return name
}

// evalDefaults evaluates, where the def statement runs, the defaults of f
// that are not literals, into their variables.
func (e *emitter) evalDefaults(f *infer.Func, pkg bool) []jen.Code {
	var out []jen.Code
	for _, p := range f.Params {
		d := f.Defaults[p]
		if d == nil {
			continue
		}
		if _, isConst := d.(*ast.Constant); isConst {
			continue
		}
		name := e.defaultVar(f, p)
		value := e.ExprAs(d, p.Type)
		if pkg {
			e.defaultDecls = append(e.defaultDecls, jen.Id(name).Add(e.GoType(p.Type)))
			out = append(out, jen.Id(name).Op("=").Add(value))
		} else {
			out = append(out, jen.Var().Id(name).Add(e.GoType(p.Type)).Op("=").Add(value))
		}
	}
	return out
}

// methodDefaultsEvaluated reports whether the defaults of method f that
// are not literals are evaluated into package variables where its class
// statement runs: it is a method of a module-level class.
func (e *emitter) methodDefaultsEvaluated(f *infer.Func) bool {
	m := e.info.MethodDefs[f.Node]
	return m != nil && m.Owner != nil && m.Owner.Func == nil
}

// classDefaults evaluates, where a module-level class statement runs, the
// defaults of its methods that are not literals (def __init__(self,
// v=_MISSING)), as Python does when it runs the def statements.
func (e *emitter) classDefaults(c *infer.Class) []jen.Code {
	var out []jen.Code
	for _, m := range c.Order {
		if f := e.info.Funcs[m.Def]; f != nil && e.methodDefaultsEvaluated(f) {
			out = append(out, e.evalDefaults(f, true)...)
		}
	}
	return out
}

// hasComputedMethodDefaults reports whether a method of c has a default
// that is not a literal.
func (e *emitter) hasComputedMethodDefaults(c *infer.Class) bool {
	for _, m := range c.Order {
		if f := e.info.Funcs[m.Def]; f != nil && hasComputedDefaults(f) {
			return true
		}
	}
	return false
}

func count(s *infer.Symbol) int {
	if s == nil {
		return 0
	}
	return 1
}

func indexOf(syms []*infer.Symbol, s *infer.Symbol) int {
	for i, x := range syms {
		if x == s {
			return i
		}
	}
	return -1
}

func isConstant(x ast.Expr) bool {
	_, ok := x.(*ast.Constant)
	return ok
}

// hasComputedDefaults reports whether some default of f is not a literal.
func hasComputedDefaults(f *infer.Func) bool {
	for _, d := range f.Defaults {
		if !isConstant(d) {
			return true
		}
	}
	return false
}

// decorate applies a def's decorators, innermost first, to the emitted
// function literal: `f = dec(func...)`, as Python binds dec(f).
func (e *emitter) decorate(def *ast.FunctionDef, lit jen.Code) jen.Code {
	if e.wrapsDecorator(def) == nil && e.needFuncNames() {
		// The decorators may read the function's name (functools.wraps).
		lit = patterns.Rt("Named").Call(lit, e.funcInfo(def))
	}
	for i := len(def.Decorators) - 1; i >= 0; i-- {
		d := def.Decorators[i]
		if call, ok := d.(*ast.Call); ok && isWraps(e.info.TypeOf(d)) && len(call.Args) == 1 {
			lit = patterns.Rt("Wraps").Call(lit, e.ExprAs(call.Args[0], types.Object))
			continue
		}
		if _, ok := e.info.TypeOf(d).(*types.Func); !ok {
			e.log.Unsupported(d.Start(), "this decorator (only functions of the program are)")
			return jen.Nil()
		}
		lit = jen.Add(e.Expr(d)).Call(lit)
	}
	return lit
}

// boundDefault reports whether f is a lambda or def whose parameters with
// defaults that are not literals were bound where it was made
// (infer/lambda_defaults.go), and name is one of those ("" for any).
func (e *emitter) boundDefault(f *infer.Func, name string) bool {
	if !e.info.BoundDefaults[f.Node] {
		return false
	}
	if name == "" {
		return true
	}
	if own := f.Scope.Symbols[name]; own != nil && own.Param {
		return false
	}
	sym := f.Scope.Parent.Symbols[name]
	return sym != nil && sym.Param
}
