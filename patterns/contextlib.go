package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// GeneratorCMClass is the library class of what a @contextmanager
// function returns; infer/contextmanager.go wraps each call of such a
// function (an undecorated generator then) in a call of this class.
const GeneratorCMClass = "contextlib._GeneratorContextManager"

// AsyncGeneratorCMClass is GeneratorCMClass for @asynccontextmanager
// async generators, entered with async with.
const AsyncGeneratorCMClass = "contextlib._AsyncGeneratorContextManager"

func init() {
	RegisterType(GeneratorCMClass, GoType{Name: "GenCM"})
	enter := fn(GeneratorCMClass+".__enter__", "", func(c *TypeCall) types.Type { return argOf(c.Recv) }, method("Enter"))
	enter.EntersValue = true
	RegisterType(AsyncGeneratorCMClass, GoType{Name: "AGenCM"})
	aenter := fn(AsyncGeneratorCMClass+".__aenter__", "", func(c *TypeCall) types.Type { return argOf(c.Recv) }, method("AEnter"))
	aenter.EntersValue = true
	Register(&Recognizer{
		Name: "contextlib",
		Doc: "@contextlib.contextmanager generators used in with statements (and @asynccontextmanager ones in async with) (the yielded value bound by as, " +
			"finally bodies run when the body raises).",
		Modules: []string{"contextlib"},
		Entries: []*Entry{
			fn(GeneratorCMClass, "gen", func(c *TypeCall) types.Type {
				return named(GeneratorCMClass, types.Elem(c.Type("gen")))
			}, func(c *EmitCall) jen.Code { return Rt("NewGenCM").Call(c.Arg("gen")) }),
			enter,
			proc(GeneratorCMClass+".__exit__", "", method("Exit")),
			fn(AsyncGeneratorCMClass, "gen", func(c *TypeCall) types.Type {
				return named(AsyncGeneratorCMClass, types.Elem(c.Type("gen")))
			}, func(c *EmitCall) jen.Code { return Rt("NewAGenCM").Call(c.Arg("gen")) }),
			aenter,
			proc(AsyncGeneratorCMClass+".__aexit__", "", method("AExit")),
		},
	})
}
