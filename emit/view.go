package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// Library objects under a joined type.
//
// A list holding a Task of a float and a Task of None is typed by the
// join, Task[Object]; Go has no conversion from *py.Task[float64] to
// *py.Task[py.Object], so an item of another result type enters as the
// runtime's view of it (runtime/view.go), which shares the original's
// state and converts the result when it is read:
//
//	py.AnyTask(py.CreateTask(half(5), ""), py.ToObject[float64])

// libraryView emits x, whose type from is a generic library class, as
// the same class with the type arguments of to; ok is false when the two
// are not such a pair.
func (e *emitter) libraryView(x ast.Expr, from, to types.Type) (jen.Code, bool) {
	f, ok1 := from.(*types.Named)
	t, ok2 := to.(*types.Named)
	if !ok1 || !ok2 || f.Class != t.Class || len(f.Args) != 1 || len(t.Args) != 1 {
		return nil, false
	}
	if e.sameGoType(f, t) {
		return e.Expr(x), true
	}
	gt, ok := patterns.TypeOf(f.Class)
	if !ok || gt.View == "" {
		return nil, false
	}
	conv := e.viewConv(x, f.Args[0], t.Args[0])
	if conv == nil {
		return jen.Nil(), true
	}
	return patterns.Rt(gt.View).Call(e.Expr(x), conv), true
}

// listView converts a list of library objects to a list of the same
// objects under other type arguments, viewing each item: `gs + cs` where
// gs holds Greenlet[int] and cs Greenlet[Object] is a list of
// Greenlet[Object]. It reports false for other conversions.
func (e *emitter) listView(x ast.Expr, from, to types.Type) (jen.Code, bool) {
	fl, ok1 := from.(*types.List)
	tl, ok2 := to.(*types.List)
	if !ok1 || !ok2 {
		return nil, false
	}
	f, ok1 := fl.Elem.(*types.Named)
	t, ok2 := tl.Elem.(*types.Named)
	if !ok1 || !ok2 || f.Class != t.Class || len(f.Args) != 1 || len(t.Args) != 1 || e.sameGoType(f, t) {
		return nil, false
	}
	gt, ok := patterns.TypeOf(f.Class)
	if !ok || gt.View == "" {
		return nil, false
	}
	conv := e.viewConv(x, f.Args[0], t.Args[0])
	if conv == nil {
		return jen.Nil(), true
	}
	view := jen.Func().Params(jen.Id("v").Add(e.GoType(f))).Add(e.GoType(t)).Block(
		jen.Return(patterns.Rt(gt.View).Call(jen.Id("v"), conv)))
	return patterns.Rt("ViewAll").Call(e.Expr(x), view), true
}

// viewConv is the Go function converting a view's result from one type
// to another: ToObject when the view holds any value, the runtime's
// checked conversion when it narrows an Object.
func (e *emitter) viewConv(x ast.Expr, from, to types.Type) jen.Code {
	goFrom := e.GoType(from)
	switch {
	case e.goTypeString(to) == e.goTypeString(types.Object):
		return patterns.Rt("ToObject").Types(goFrom)
	case e.goTypeString(from) == e.goTypeString(types.Object):
		return jen.Func().Params(jen.Id("v").Add(goFrom)).Add(e.GoType(to)).Block(
			jen.Return(e.fromObject(jen.Id("v"), to)))
	case from == types.Int && to == types.Float:
		return jen.Func().Params(jen.Id("v").Int()).Float64().Block(jen.Return(jen.Float64().Call(jen.Id("v"))))
	}
	e.log.Unsupported(x.Start(), "a "+from.String()+" result where the rest hold "+to.String())
	return nil
}

// sameGoType reports whether two types are the same Go type (None and
// Object both being py.Object).
func (e *emitter) sameGoType(a, b types.Type) bool {
	return e.goTypeString(a) == e.goTypeString(b)
}

// goTypeString renders the Go type of t, for comparing Go types.
func (e *emitter) goTypeString(t types.Type) string {
	return jen.Null().Add(e.GoType(t)).GoString()
}
