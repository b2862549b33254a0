package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// dynMethod emits a method call on a receiver whose type is not proven
// (a dict, set or tuple, or a value that is sometimes a list and
// sometimes a str): the runtime's CallMethod dispatches on the value's
// type at run time, CallMethodKw when there are keyword arguments.
func (e *emitter) dynMethod(n *ast.Call, attr *ast.Attribute) jen.Code {
	fn := "CallMethod"
	args := []jen.Code{e.ExprAs(attr.Value, types.Object), jen.Lit(attr.Attr)}
	if len(n.Keywords) > 0 {
		d := jen.Dict{}
		for _, k := range n.Keywords {
			if k.Arg == "" {
				e.log.Unsupported(k.P, "**arguments in a method call")
				return jen.Nil()
			}
			d[jen.Lit(k.Arg)] = e.ExprAs(k.Value, types.Object)
		}
		fn = "CallMethodKw"
		args = append(args, patterns.Rt("Kwargs").Values(d))
	}
	for _, a := range n.Args {
		if _, star := a.(*ast.Starred); star {
			e.log.Unsupported(a.Start(), "*arguments in a method call")
			return jen.Nil()
		}
		args = append(args, e.ExprAs(a, types.Object))
	}
	return e.fromObject(patterns.Rt(fn).Call(args...), e.info.TypeOf(n))
}
