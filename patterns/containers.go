package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// The methods of list on lists held in Go slices (append and extend are
// the emitter's own). A method that changes the slice's length assigns
// the new slice back to the receiver, which is a plain name or another
// assignable expression.

func init() {
	Register(&Recognizer{
		Name: "list",
		Doc:  "The methods of Python's list, on Go slices.",
		Entries: []*Entry{
			proc("list.insert", "index, object, /", func(c *EmitCall) jen.Code {
				return recv(c).Op("=").Add(Rt("Insert").Call(recv(c), c.ArgAs("index", types.Int, nil), c.ArgAs("object", listElem(c), nil)))
			}),
			fn("list.pop", "index=-1, /", func(c *TypeCall) types.Type { return elemOf(c.Recv) }, func(c *EmitCall) jen.Code {
				return Rt("Pop").Call(jen.Op("&").Add(recv(c)), c.ArgAs("index", types.Int, jen.Lit(-1)))
			}),
			proc("list.remove", "value, /", func(c *EmitCall) jen.Code {
				return recv(c).Op("=").Add(Rt("Remove").Call(recv(c), c.ArgAs("value", listElem(c), nil)))
			}),
			fn("list.index", "value, /", returns(types.Int), func(c *EmitCall) jen.Code {
				return Rt("IndexOf").Call(recv(c), c.ArgAs("value", listElem(c), nil))
			}),
			fn("list.count", "value, /", returns(types.Int), func(c *EmitCall) jen.Code {
				return Rt("Count").Call(recv(c), c.ArgAs("value", listElem(c), nil))
			}),
			proc("list.sort", "*, key=None, reverse=False", emitListSort),
			proc("list.reverse", "", func(c *EmitCall) jen.Code {
				return jen.Qual("slices", "Reverse").Call(recv(c))
			}),
			fn("list.copy", "", func(c *TypeCall) types.Type { return c.Recv }, func(c *EmitCall) jen.Code {
				return jen.Qual("slices", "Clone").Call(recv(c))
			}),
			proc("list.clear", "", func(c *EmitCall) jen.Code {
				return recv(c).Op("=").Add(recv(c)).Index(jen.Empty(), jen.Lit(0))
			}),
		},
	})
	fixListSortType()
}

// fixListSortType gives list.sort a Type function that teaches a key
// function its parameter type.
func fixListSortType() {
	Lookup("list.sort").Type = func(c *TypeCall) types.Type {
		if key := c.Args.Get("key"); key != nil && !IsNone(key) {
			c.callbackResult(key, elemOf(c.Recv))
		}
		return types.None
	}
}

// listElem is the element type of the receiver list.
func listElem(c *EmitCall) types.Type { return elemOf(c.Env.TypeOf(c.Recv)) }

func emitListSort(c *EmitCall) jen.Code {
	rev := c.ArgAs("reverse", types.Bool, jen.False())
	if key := c.Args.Get("key"); key != nil && !IsNone(key) {
		return Rt("SortKey").Call(recv(c), callback(c.Env, key, listElem(c)), rev)
	}
	return Rt("Sort").Call(recv(c), rev)
}
