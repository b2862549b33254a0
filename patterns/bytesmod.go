package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// bytes and bytearray values are dynamic values: a bytes object is a Go
// []byte (what str.encode gives), a bytearray the runtime's *ByteArray.
// The runtime's len, indexing, slicing, +, *, in, iteration, comparison,
// hashing and methods handle both as CPython does.
func init() {
	obj := returns(types.Object)
	Register(&Recognizer{
		Name: "bytes",
		Doc:  "bytes and bytearray: literals, bytes(), bytearray(), bytes.fromhex, encode/decode, hex, indexing, slicing, +, *, in, iteration, common methods.",
		Entries: []*Entry{
			fn("builtins.bytes", "source=None, encoding=None, errors=None", obj, func(c *EmitCall) jen.Code {
				return Rt("NewBytes").Call(bytesArgs(c)...)
			}),
			fn("builtins.bytearray", "source=None, encoding=None, errors=None", obj, func(c *EmitCall) jen.Code {
				return Rt("NewByteArray").Call(bytesArgs(c)...)
			}),
			fn("builtins.bytes.fromhex", "string, /", obj, func(c *EmitCall) jen.Code {
				return Rt("BytesFromHex").Call(c.ArgAs("string", types.Str, nil))
			}),
			fn("builtins.bytearray.fromhex", "string, /", obj, func(c *EmitCall) jen.Code {
				return Rt("NewByteArray").Call(Rt("BytesFromHex").Call(c.ArgAs("string", types.Str, nil)), jen.Nil(), jen.Nil())
			}),
		},
	})
}

// bytesArgs are the arguments of bytes() and bytearray(): the source,
// the encoding and the errors, nil where absent.
func bytesArgs(c *EmitCall) []jen.Code {
	return []jen.Code{c.ArgAs("source", types.Object, jen.Nil()), c.ArgAs("encoding", types.Object, jen.Nil()), c.ArgAs("errors", types.Object, jen.Nil())}
}
