package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// threading.local and the attribute builtins. A local's attributes are
// set per thread and unknown until run time, so a local is a dynamic
// value: attribute reads and stores go through the runtime's GetAttr and
// SetAttr, which reach the calling thread's attributes.

func init() {
	Register(&Recognizer{
		Name: "threading.local",
		Doc:  "threading.local (attributes per thread); getattr, hasattr and setattr on dynamic values.",
		Entries: []*Entry{
			fn("threading.local", "", returns(types.Object), call("NewThreadLocal")),
			fn("builtins.hasattr", "obj, name, /", returns(types.Bool), func(c *EmitCall) jen.Code {
				return Rt("HasAttr").Call(dynamicReceiver(c, "hasattr"), c.ArgAs("name", types.Str, nil))
			}),
			fn("builtins.getattr", "obj, name, default=None, /", returns(types.Object), func(c *EmitCall) jen.Code {
				obj, name := dynamicReceiver(c, "getattr"), c.ArgAs("name", types.Str, nil)
				if c.Args.Has("default") {
					return Rt("GetAttrDefault").Call(obj, name, c.ArgAs("default", types.Object, jen.Nil()))
				}
				return Rt("GetAttr").Call(obj, name)
			}),
			proc("builtins.setattr", "obj, name, value, /", func(c *EmitCall) jen.Code {
				return Rt("SetAttr").Call(dynamicReceiver(c, "setattr"), c.ArgAs("name", types.Str, nil),
					c.ArgAs("value", types.Object, jen.Nil()))
			}),
		},
	})
}

// dynamicReceiver is the obj argument of getattr, hasattr and setattr,
// which py2go supports on dynamic values (a threading.local, an object of
// unproven class); objects of proven classes have no attributes by name.
func dynamicReceiver(c *EmitCall, builtin string) jen.Code {
	obj := c.Args.Get("obj")
	if t := c.Env.TypeOf(obj); t != types.Object {
		c.Env.Errorf(obj.Start(), "not supported yet: %s() on a value of type %s (only on dynamic values such as threading.local)",
			builtin, t)
	}
	return c.Env.ExprAs(obj, types.Object)
}
