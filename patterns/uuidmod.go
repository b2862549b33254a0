package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

const uuidClass = "uuid.UUID"

func init() {
	RegisterType(uuidClass, GoType{Name: "UUID", Value: true})
	u := named(uuidClass)
	Register(&Recognizer{
		Name:    "uuid",
		Doc:     "uuid: uuid4(), UUID(hex); str, repr, hex, version, bytes, comparison and hashing.",
		Modules: []string{"uuid"},
		Entries: []*Entry{
			fn("uuid.uuid4", "", returns(u), func(*EmitCall) jen.Code { return Rt("UUID4").Call() }),
			fn(uuidClass, "hex", returns(u), func(c *EmitCall) jen.Code {
				return Rt("NewUUID").Call(c.ArgAs("hex", types.Str, nil))
			}),
			value(uuidClass+".hex", types.Str, func(c *EmitCall) jen.Code { return recv(c).Dot("Hex").Call() }),
			value(uuidClass+".version", types.Object, func(c *EmitCall) jen.Code { return recv(c).Dot("Version").Call() }),
			value(uuidClass+".bytes", types.Object, func(c *EmitCall) jen.Code { return recv(c).Dot("Bytes").Call() }),
		},
	})
}
