package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// multiprocessing.Value, Array and Pipe: objects that, unlike globals,
// every process shares. A Value or Array is typed by its typecode: the
// integer codes hold Go ints, 'd' and 'f' float64s.

const (
	mpValue      = "multiprocessing.Value"
	mpArray      = "multiprocessing.Array"
	mpConnection = "multiprocessing.connection.Connection"
)

func sharedEntries() []*Entry {
	RegisterType(mpValue, GoType{Name: "SharedValue"})
	RegisterType(mpArray, GoType{Name: "SharedArray"})
	RegisterType(mpConnection, GoType{Name: "Connection"})
	rlock := named("multiprocessing.RLock")
	out := []*Entry{
		fn(mpValue, "typecode_or_type, *args, lock=True", typeOfShared(mpValue), emitValue),
		{Name: mpValue + ".value", Type: func(c *TypeCall) types.Type { return argOf(c.Recv) },
			Emit: func(c *EmitCall) jen.Code { return recv(c).Dot("Value").Call() }},
		setter(mpValue+".value", "SetValue"),
		fn(mpArray, "typecode_or_type, size_or_initializer, *, lock=True", typeOfShared(mpArray), emitArray),
	}
	for _, class := range []string{mpValue, mpArray} {
		out = append(out,
			fn(class+".get_lock", "", returns(rlock), method("GetLock")),
			proc(class+".__enter__", "", method("Enter")),
			proc(class+".__exit__", "", method("Exit")),
		)
	}
	return append(out, pipeEntries()...)
}

// typecodeType is the Go type of a typecode given as a string literal,
// nil for anything else (a ctypes type, a computed string).
func typecodeType(e ast.Expr) types.Type {
	c, ok := e.(*ast.Constant)
	if !ok || c.Kind != ast.ConstStr {
		return nil
	}
	switch c.Value.(string) {
	case "d", "f":
		return types.Float
	case "b", "B", "h", "H", "i", "I", "l", "L", "q", "Q":
		return types.Int
	}
	return nil
}

// typeOfShared types Value(typecode, ...) and Array(typecode, ...).
func typeOfShared(class string) func(c *TypeCall) types.Type {
	return func(c *TypeCall) types.Type {
		elem := typecodeType(c.Args.Get("typecode_or_type"))
		if elem == nil {
			return types.Object
		}
		return named(class, elem)
	}
}

// sharedArgs checks the typecode and lock arguments of Value and Array
// and returns the element type, the typecode and the lock flag; ok is
// false after reporting what is not supported.
func sharedArgs(c *EmitCall, class string) (elem types.Type, code, lock jen.Code, ok bool) {
	tc := c.Args.Get("typecode_or_type")
	elem = typecodeType(tc)
	if elem == nil {
		c.Env.Errorf(tc.Start(), "not supported yet: %s with a typecode other than a string literal of a number type", class)
		return nil, nil, nil, false
	}
	if l := c.Args.Get("lock"); l != nil && c.Env.TypeOf(l) != types.Bool {
		c.Env.Errorf(l.Start(), "not supported yet: %s(lock=...) with a lock object", class)
		return nil, nil, nil, false
	}
	return elem, c.Env.Expr(tc), c.ArgAs("lock", types.Bool, jen.True()), true
}

// emitValue is multiprocessing.Value(typecode, value=0, lock=True).
func emitValue(c *EmitCall) jen.Code {
	elem, code, lock, ok := sharedArgs(c, "Value")
	if !ok {
		return jen.Nil()
	}
	var v jen.Code = jen.Lit(0)
	if elem == types.Float {
		v = jen.Lit(0.0)
	}
	switch len(c.Args.VarArgs) {
	case 0:
	case 1:
		v = c.Env.ExprAs(c.Args.VarArgs[0], elem)
	default:
		c.Env.Errorf(c.Args.VarArgs[1].Start(), "not supported yet: Value with more than one initial value")
	}
	return Rt("NewSharedValue").Types(c.Env.GoType(elem)).Call(code, v, lock)
}

// emitArray is multiprocessing.Array(typecode, size or items, lock=True).
func emitArray(c *EmitCall) jen.Code {
	elem, code, lock, ok := sharedArgs(c, "Array")
	if !ok {
		return jen.Nil()
	}
	init := c.Args.Get("size_or_initializer")
	rt := Rt("NewSharedArray").Types(c.Env.GoType(elem))
	switch t := c.Env.TypeOf(init).(type) {
	case *types.List:
		if types.Equal(t.Elem, elem) {
			return rt.Call(code, c.Env.Expr(init), lock)
		}
	default:
		if t == types.Int {
			return Rt("NewSharedArrayN").Types(c.Env.GoType(elem)).Call(code, c.Env.Expr(init), lock)
		}
	}
	return Rt("NewSharedArrayOf").Types(c.Env.GoType(elem)).Call(code, c.Env.ExprAs(init, types.Object), lock)
}

// pipeEntries are Pipe() and the methods of its Connections.
func pipeEntries() []*Entry {
	conn := named(mpConnection)
	pair := &types.Tuple{Elems: []types.Type{conn, conn}}
	return []*Entry{
		fn("multiprocessing.Pipe", "duplex=True", returns(pair), func(c *EmitCall) jen.Code {
			return Rt("NewPipe").Call(c.ArgAs("duplex", types.Bool, jen.True()))
		}),
		proc(mpConnection+".send", "obj, /", func(c *EmitCall) jen.Code {
			return recv(c).Dot("Send").Call(c.ArgAs("obj", types.Object, jen.Nil()))
		}),
		fn(mpConnection+".recv", "", returns(types.Object), method("Recv")),
		fn(mpConnection+".poll", "timeout=0.0", returns(types.Bool), func(c *EmitCall) jen.Code {
			t := c.Args.Get("timeout")
			if t == nil {
				return recv(c).Dot("Poll").Call(jen.Lit(0.0))
			}
			return recv(c).Dot("Poll").Call(c.timeout("timeout"))
		}),
		proc(mpConnection+".close", "", method("Close")),
		proc(mpConnection+".__exit__", "", method("Close")),
	}
}
