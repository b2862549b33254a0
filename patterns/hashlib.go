package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

const hashClass = "hashlib._Hash"

func init() {
	RegisterType(hashClass, GoType{Name: "HashObj"})
	h := named(hashClass)
	entries := []*Entry{
		fn("hashlib.new", "name, data=b'', *, usedforsecurity=True", returns(h), func(c *EmitCall) jen.Code {
			return Rt("NewHash").Call(c.ArgAs("name", types.Str, nil), c.ArgAs("data", types.Object, jen.Nil()))
		}),
		proc(hashClass+".update", "data, /", func(c *EmitCall) jen.Code {
			return recv(c).Dot("Update").Call(c.ArgAs("data", types.Object, nil))
		}),
		fn(hashClass+".hexdigest", "", returns(types.Str), method("Hexdigest")),
		fn(hashClass+".digest", "", returns(types.Object), method("Digest")),
		value(hashClass+".name", types.Str, func(c *EmitCall) jen.Code { return recv(c).Dot("Name").Call() }),
		value(hashClass+".digest_size", types.Int, func(c *EmitCall) jen.Code { return recv(c).Dot("DigestSize").Call() }),
		value(hashClass+".block_size", types.Int, func(c *EmitCall) jen.Code { return recv(c).Dot("BlockSize").Call() }),
	}
	for _, alg := range []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512"} {
		alg := alg
		entries = append(entries, fn("hashlib."+alg, "data=b'', *, usedforsecurity=True", returns(h), func(c *EmitCall) jen.Code {
			return Rt("NewHash").Call(jen.Lit(alg), c.ArgAs("data", types.Object, jen.Nil()))
		}))
	}
	Register(&Recognizer{
		Name:    "hashlib",
		Doc:     "hashlib: md5, sha1, sha224, sha256, sha384, sha512 and new(name); update, hexdigest, digest, name, digest_size, block_size.",
		Modules: []string{"hashlib"},
		Entries: entries,
	})
}
