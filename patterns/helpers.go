package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// fn declares a callable entry.
func fn(name, sig string, typ func(*TypeCall) types.Type, emit func(*EmitCall) jen.Code) *Entry {
	short := name[lastDot(name)+1:]
	return &Entry{Name: name, Sig: Sig(short, sig), Type: typ, Emit: emit}
}

// proc declares a callable entry that returns None.
func proc(name, sig string, emit func(*EmitCall) jen.Code) *Entry {
	e := fn(name, sig, returns(types.None), emit)
	e.NoValue = true
	return e
}

// value declares a non-callable attribute.
func value(name string, typ types.Type, emit func(*EmitCall) jen.Code) *Entry {
	return &Entry{Name: name, Type: returns(typ), Emit: emit}
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

// returns is a Type function for a fixed result type.
func returns(t types.Type) func(*TypeCall) types.Type {
	return func(*TypeCall) types.Type { return t }
}

// named is the type of an object of a library class.
func named(class string, args ...types.Type) *types.Named {
	return &types.Named{Class: class, Args: args}
}

// argOf returns the first type argument of a library object type, or
// Object.
func argOf(t types.Type) types.Type {
	if n, ok := t.(*types.Named); ok && len(n.Args) > 0 {
		return n.Args[0]
	}
	return types.Object
}

// recv emits the receiver of a method call. A method looked up on the
// library class itself (`Pool.map(...)`, `p = Pool; p.map(...)`) has none:
// that is reported rather than emitted.
func recv(c *EmitCall) *jen.Statement {
	if c.Recv == nil {
		c.Env.Errorf(c.Pos, "not supported yet: a method called on the library class instead of an object")
		return jen.Nil()
	}
	return jen.Add(c.Env.Expr(c.Recv))
}

// method emits recv.Name(args...).
func method(name string, args ...string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		return recv(c).Dot(name).Call(c.args(args)...)
	}
}

// call emits py.Name(args...) with the bound arguments named by args.
func call(name string, args ...string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		return Rt(name).Call(c.args(args)...)
	}
}

func (c *EmitCall) args(names []string) []jen.Code {
	var out []jen.Code
	for _, a := range names {
		if code := c.Arg(a); code != nil {
			out = append(out, code)
		}
	}
	return out
}

// timeout emits a timeout argument in seconds, NoTimeout when it is absent
// or None.
func (c *EmitCall) timeout(name string) jen.Code {
	return c.ArgAs(name, types.Float, Rt("NoTimeout"))
}

// thunkOf emits the function argument fnArg called with the items of the
// tuple argument argsArg (or with the *args of the call when argsArg is
// empty).
func (c *EmitCall) thunkOf(fnArg, argsArg string) jen.Code {
	return c.Env.Thunk(c.Args.Get(fnArg), c.boundArgs(argsArg), c.boundKw("")...)
}

// procOf is thunkOf for a caller that ignores the result (a thread's
// target).
func (c *EmitCall) procOf(fnArg, argsArg string) jen.Code {
	return c.Env.Proc(c.Args.Get(fnArg), c.boundArgs(argsArg), c.boundKw("")...)
}

// procKw is procOf with the keyword arguments in the dict display kwArg
// (Thread's and Timer's kwargs).
func (c *EmitCall) procKw(fnArg, argsArg, kwArg string) jen.Code {
	return c.Env.Proc(c.Args.Get(fnArg), c.boundArgs(argsArg), c.boundKw(kwArg)...)
}

// boundArgs returns the items of the tuple argument argsArg, or the call's
// *args when argsArg is empty.
func (c *EmitCall) boundArgs(argsArg string) []ast.Expr {
	var args []ast.Expr
	if argsArg == "" {
		args = c.Args.VarArgs
	} else if a := c.Args.Get(argsArg); a != nil {
		elems, ok := SequenceElems(a)
		if !ok {
			// A tuple known only at run time is passed as *args.
			return []ast.Expr{&ast.Starred{ExprBase: ast.ExprBase{Base: ast.Base{P: a.Start()}}, Value: a}}
		}
		args = elems
	}
	return args
}

// boundKw returns the keyword arguments for the function: the items of
// the dict display kwArg (Thread's kwargs={...}), or the call's **kwargs
// when kwArg is empty.
func (c *EmitCall) boundKw(kwArg string) []*ast.Keyword {
	if kwArg == "" {
		return c.Args.VarKw
	}
	a := c.Args.Get(kwArg)
	if a == nil || IsNone(a) {
		return nil
	}
	kw, ok := KeywordsOf(a)
	if !ok {
		// A mapping known only at run time is passed as **kwargs.
		return []*ast.Keyword{{P: a.Start(), Value: a}}
	}
	return kw
}

// KeywordsOf turns a dict display with string-literal keys into keyword
// arguments, and reports false for anything else.
func KeywordsOf(e ast.Expr) ([]*ast.Keyword, bool) {
	d, ok := e.(*ast.Dict)
	if !ok {
		return nil, false
	}
	var out []*ast.Keyword
	for i, k := range d.Keys {
		c, ok := k.(*ast.Constant)
		if !ok || c.Kind != ast.ConstStr {
			return nil, false
		}
		out = append(out, &ast.Keyword{P: k.Start(), Arg: c.Value.(string), Value: d.Values[i]})
	}
	return out, true
}

// callResultOf types the function argument fnArg called with the items of
// the tuple argument argsArg, or with the call's *args.
func (c *TypeCall) callResultOf(fnArg, argsArg string) types.Type {
	return c.callResultKw(fnArg, argsArg, "")
}

// callResultKw is callResultOf with the keyword arguments of the dict
// display kwArg, or of the call's **kwargs when kwArg is empty.
func (c *TypeCall) callResultKw(fnArg, argsArg, kwArg string) types.Type {
	fnExpr := c.Args.Get(fnArg)
	if fnExpr == nil {
		return types.Object
	}
	var args []ast.Expr
	if argsArg == "" {
		args = c.Args.VarArgs
	} else if a := c.Args.Get(argsArg); a != nil {
		args, _ = SequenceElems(a)
	}
	ts := make([]types.Type, len(args))
	for i, a := range args {
		ts[i] = c.Env.TypeOf(a)
	}
	if a := c.Args.Get(argsArg); argsArg != "" && a != nil && args == nil {
		if tt, ok := c.Env.TypeOf(a).(*types.Tuple); ok {
			ts = tt.Elems // a tuple variable of known item types
		}
	}
	kw := c.Args.VarKw
	if kwArg != "" {
		kw, _ = KeywordsOf(c.Args.Get(kwArg))
	}
	if len(kw) == 0 {
		return c.Env.CallResult(fnExpr, ts)
	}
	kts := map[string]types.Type{}
	for _, k := range kw {
		kts[k.Arg] = c.Env.TypeOf(k.Value)
	}
	return c.Env.CallResultKw(fnExpr, ts, kts)
}
