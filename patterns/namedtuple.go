package patterns

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// ntClass is the type of a class made by collections.namedtuple.
const ntClass = "collections.namedtuple"

// namedtuple classes are the runtime's *NamedTupleType, made where the
// program calls namedtuple(); their objects are dynamic values (the
// runtime's *NamedTuple), since a field holds whatever the program puts
// there. Calling the class, _make, _fields and _field_defaults are
// entries of the class value; fields, _replace, _asdict, indexing and
// unpacking of the objects go through the runtime's dynamic operations.
func init() {
	RegisterType(ntClass, GoType{Name: "NamedTupleType"})
	Register(&Recognizer{
		Name: "namedtuple",
		Doc: "collections.namedtuple: fields as a list or a string, defaults=, construction by position and keyword, " +
			"attributes, indexing, unpacking, repr, == and order as tuples, hashing, _replace, _asdict, _fields, _make.",
		Entries: []*Entry{
			fn(ntClass, "typename, field_names, *, rename=False, defaults=None, module=None", returns(named(ntClass)), emitNamedtuple),
			// typing.NamedTuple("P", [("x", int)]); a NamedTuple class
			// becomes this call with defaults= (infer/namedtuple_class.go).
			fn("typing.NamedTuple", "typename, field_names, /, *, defaults=None", returns(named(ntClass)), emitNamedtuple),
			fn(ntClass+".__call__", "*args, **kwargs", returns(types.Object), emitNamedtupleNew),
			fn(ntClass+"._make", "iterable, /", returns(types.Object), objMethod("Make", "iterable")),
			value(ntClass+"._fields", types.Object, func(c *EmitCall) jen.Code { return recv(c).Dot("FieldsTuple").Call() }),
			value(ntClass+"._field_defaults", types.Object, func(c *EmitCall) jen.Code { return recv(c).Dot("FieldDefaults").Call() }),
			value(ntClass+".__name__", types.Str, func(c *EmitCall) jen.Code { return recv(c).Dot("Name") }),
		},
	})
}

func emitNamedtuple(c *EmitCall) jen.Code {
	if r := c.Args.Get("rename"); r != nil {
		if k, ok := r.(*ast.Constant); !ok || k.Value != false {
			c.Env.Errorf(r.Start(), "not supported yet: namedtuple(rename=...)")
		}
	}
	var fields jen.Code
	if names, ok := literalFieldNames(c.Args.Get("field_names")); ok {
		lits := make([]jen.Code, len(names))
		for i, n := range names {
			lits[i] = jen.Lit(n)
		}
		fields = jen.Index().String().Values(lits...)
	} else {
		fields = c.ArgAs("field_names", types.Object, nil)
	}
	return Rt("NewNamedTupleType").Call(c.ArgAs("typename", types.Str, nil), fields, c.ArgAs("defaults", types.Object, jen.Nil()))
}

// literalFieldNames returns the field names written as a string literal
// ("x y" or "x, y") or a list or tuple display of string literals.
func literalFieldNames(x ast.Expr) ([]string, bool) {
	if s, ok := x.(*ast.Constant); ok && s.Kind == ast.ConstStr {
		return strings.Fields(strings.ReplaceAll(s.Value.(string), ",", " ")), true
	}
	elems, ok := SequenceElems(x)
	if !ok {
		return nil, false
	}
	var out []string
	for _, e := range elems {
		if pair, ok := e.(*ast.Tuple); ok && len(pair.Elts) == 2 {
			e = pair.Elts[0] // typing.NamedTuple's ("x", int)
		}
		s, ok := e.(*ast.Constant)
		if !ok || s.Kind != ast.ConstStr {
			return nil, false
		}
		out = append(out, s.Value.(string))
	}
	return out, true
}

// emitNamedtupleNew calls a namedtuple class: Point.New(1, 2), or
// Point.NewKw(py.Kwargs{...}, 1) with keyword arguments.
func emitNamedtupleNew(c *EmitCall) jen.Code {
	var args []jen.Code
	for _, a := range c.Args.VarArgs {
		if _, star := a.(*ast.Starred); star {
			c.Env.Errorf(a.Start(), "not supported yet: *iterable in a call of a namedtuple class")
			return jen.Nil()
		}
		args = append(args, c.Env.ExprAs(a, types.Object))
	}
	if len(c.Args.VarKw) == 0 {
		return recv(c).Dot("New").Call(args...)
	}
	kw := jen.Dict{}
	for _, k := range c.Args.VarKw {
		if k.Arg == "" {
			c.Env.Errorf(k.P, "not supported yet: **mapping in a call of a namedtuple class")
			return jen.Nil()
		}
		kw[jen.Lit(k.Arg)] = c.Env.ExprAs(k.Value, types.Object)
	}
	return recv(c).Dot("NewKw").Call(append([]jen.Code{Rt("Kwargs").Values(kw)}, args...)...)
}
