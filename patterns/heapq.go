package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// heapq and bisect work on lists held in Go slices; functions that grow or
// shrink the list take the slice's address.
func init() {
	Register(&Recognizer{
		Name:    "heapq",
		Doc:     "heapq: heappush, heappop, heappushpop, heapreplace, heapify, nlargest, nsmallest on lists.",
		Modules: []string{"heapq"},
		Entries: []*Entry{
			proc("heapq.heappush", "heap, item, /", func(c *EmitCall) jen.Code {
				h, elem := sliceAddr(c, "heap")
				return Rt("Heappush").Types(c.Env.GoType(elem)).Call(h, c.ArgAs("item", elem, nil))
			}),
			fn("heapq.heappop", "heap, /", heapElem("heap"), func(c *EmitCall) jen.Code {
				h, _ := sliceAddr(c, "heap")
				return Rt("Heappop").Call(h)
			}),
			fn("heapq.heappushpop", "heap, item, /", heapElem("heap"), func(c *EmitCall) jen.Code {
				h, elem := sliceAddr(c, "heap")
				return Rt("Heappushpop").Types(c.Env.GoType(elem)).Call(h, c.ArgAs("item", elem, nil))
			}),
			fn("heapq.heapreplace", "heap, item, /", heapElem("heap"), func(c *EmitCall) jen.Code {
				h, elem := sliceAddr(c, "heap")
				return Rt("Heapreplace").Types(c.Env.GoType(elem)).Call(h, c.ArgAs("item", elem, nil))
			}),
			proc("heapq.heapify", "x, /", func(c *EmitCall) jen.Code {
				if _, ok := c.Env.TypeOf(c.Args.Get("x")).(*types.List); !ok {
					c.Env.Errorf(c.Call.Start(), "not supported yet: heapq on a list whose type is not known")
				}
				return Rt("Heapify").Call(c.Arg("x"))
			}),
			fn("heapq.nlargest", "n, iterable, key=None", typeOfNBest, emitNBest("Nlargest")),
			fn("heapq.nsmallest", "n, iterable, key=None", typeOfNBest, emitNBest("Nsmallest")),
		},
	})
	Register(&Recognizer{
		Name:    "bisect",
		Doc:     "bisect: bisect_left, bisect_right, bisect, insort_left, insort_right, insort on lists.",
		Modules: []string{"bisect"},
		Entries: []*Entry{
			bisectFn("bisect_left", "BisectLeft"), bisectFn("bisect_right", "BisectRight"), bisectFn("bisect", "BisectRight"),
			insortFn("insort_left", "InsortLeft"), insortFn("insort_right", "InsortRight"), insortFn("insort", "InsortRight"),
		},
	})
}

// sliceAddr emits &list for a list argument held in a Go slice variable.
func sliceAddr(c *EmitCall, name string) (jen.Code, types.Type) {
	a := c.Args.Get(name)
	l, ok := c.Env.TypeOf(a).(*types.List)
	_, isName := a.(*ast.Name)
	_, isDisplay := a.(*ast.List)
	if !ok || !isName && !isDisplay {
		c.Env.Errorf(a.Start(), "not supported yet: this call on something other than a list variable")
		return jen.Nil(), types.Object
	}
	return jen.Op("&").Add(c.Env.Expr(a)), l.Elem
}

func heapElem(name string) func(*TypeCall) types.Type {
	return func(c *TypeCall) types.Type {
		if l, ok := c.Type(name).(*types.List); ok && l.Elem != types.Unknown {
			return l.Elem
		}
		return types.Object
	}
}

func typeOfNBest(c *TypeCall) types.Type {
	return &types.List{Elem: elemOf(c.Type("iterable"))}
}

func emitNBest(name string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		if k := c.Args.Get("key"); k != nil && !IsNone(k) {
			c.Env.Errorf(k.Start(), "not supported yet: nlargest and nsmallest with key")
		}
		s, _ := seqElem(c.Env, c.Args.Get("iterable"))
		return Rt(name).Call(c.ArgAs("n", types.Int, nil), s)
	}
}

func bisectFn(name, rtName string) *Entry {
	return fn("bisect."+name, "a, x, lo=0, hi=None, *, key=None", returns(types.Int), func(c *EmitCall) jen.Code {
		l, ok := c.Env.TypeOf(c.Args.Get("a")).(*types.List)
		if !ok || c.Args.Has("key") {
			c.Env.Errorf(c.Call.Start(), "not supported yet: bisect of something other than a list, or with key")
			return jen.Nil()
		}
		return Rt(rtName).Types(c.Env.GoType(l.Elem)).Call(c.Arg("a"), c.ArgAs("x", l.Elem, nil), c.ArgAs("lo", types.Int, jen.Lit(0)),
			c.ArgAs("hi", types.Int, jen.Lit(-1)))
	})
}

func insortFn(name, rtName string) *Entry {
	return proc("bisect."+name, "a, x, lo=0, hi=None, *, key=None", func(c *EmitCall) jen.Code {
		if c.Args.Has("lo") || c.Args.Has("hi") || c.Args.Has("key") {
			c.Env.Errorf(c.Call.Start(), "not supported yet: insort with lo, hi or key")
		}
		a, elem := sliceAddr(c, "a")
		return Rt(rtName).Types(c.Env.GoType(elem)).Call(a, c.ArgAs("x", elem, nil))
	})
}
