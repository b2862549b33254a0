package infer

import (
	"math/big"

	"github.com/py2go/py2go/ast"
)

// A typing.NamedTuple class that also defines methods
//
//	class Point(NamedTuple):
//	    x: float
//	    y: float = 0.0
//	    def dist(self): ...
//
// cannot be the runtime's dynamic namedtuple, whose objects have no
// methods of the program. It becomes the frozen, ordered dataclass it
// behaves like, which prints, compares, orders and hashes as the
// namedtuple does, with the tuple protocol written out as methods:
// __iter__ (unpacking, for loops), __getitem__ (p[0]), __len__, _asdict,
// and as_tuple, whose Go method AsTuple makes the runtime treat the
// object as the tuple it is (p == (3, 4), isinstance(p, tuple)).

// namedTupleDataclass turns c, a NamedTuple class of fields and methods,
// into that dataclass; it reports false, changing nothing, when the body
// holds anything else.
func namedTupleDataclass(c *ast.ClassDef) bool {
	var fields []string
	for i, st := range c.Body {
		switch st := st.(type) {
		case *ast.AnnAssign:
			name, ok := st.Target.(*ast.Name)
			if !ok || !st.Simple {
				return false
			}
			fields = append(fields, name.ID)
		case *ast.FunctionDef:
			if len(st.Decorators) > 0 || isDunderOf(st.Name, "__iter__", "__getitem__", "__len__", "__eq__", "__init__", "__new__", "as_tuple") {
				return false
			}
		case *ast.Pass:
		case *ast.ExprStmt:
			if k, ok := st.Value.(*ast.Constant); !ok || k.Kind != ast.ConstStr || i != 0 {
				return false
			}
		default:
			return false
		}
	}
	at := c.Start()
	eb := ast.ExprBase{Base: ast.Base{P: at}}
	kw := func(name string) *ast.Keyword {
		return &ast.Keyword{P: at, Arg: name, Value: &ast.Constant{ExprBase: eb, Kind: ast.ConstBool, Value: true}}
	}
	c.Bases = nil
	c.Decorators = []ast.Expr{&ast.Call{ExprBase: eb, Func: &ast.Name{ExprBase: eb, ID: "dataclass", Ctx: ast.Load},
		Keywords: []*ast.Keyword{kw("frozen"), kw("order")}}}
	c.Body = append(c.Body, tupleProtocol(fields, at)...)
	return true
}

func isDunderOf(name string, names ...string) bool {
	for _, n := range names {
		if name == n {
			return true
		}
	}
	return false
}

// tupleProtocol writes the methods that make the dataclass act as the
// tuple of its fields.
func tupleProtocol(fields []string, at ast.Pos) []ast.Stmt {
	eb := ast.ExprBase{Base: ast.Base{P: at}}
	sb := ast.StmtBase{Base: ast.Base{P: at}}
	name := func(id string) ast.Expr { return &ast.Name{ExprBase: eb, ID: id, Ctx: ast.Load} }
	items := func() ast.Expr {
		t := &ast.Tuple{ExprBase: eb, Ctx: ast.Load}
		for _, f := range fields {
			t.Elts = append(t.Elts, &ast.Attribute{ExprBase: eb, Value: name("self"), Attr: f, Ctx: ast.Load})
		}
		return t
	}
	method := func(def string, result ast.Expr, params ...string) ast.Stmt {
		args := []*ast.Arg{{P: at, Name: "self"}}
		for _, p := range params {
			args = append(args, &ast.Arg{P: at, Name: p})
		}
		return &ast.FunctionDef{StmtBase: sb, Name: def, Args: &ast.Arguments{Args: args},
			Body: []ast.Stmt{&ast.Return{StmtBase: sb, Value: result}}}
	}
	asDict := &ast.Dict{ExprBase: eb}
	for _, f := range fields {
		asDict.Keys = append(asDict.Keys, &ast.Constant{ExprBase: eb, Kind: ast.ConstStr, Value: f})
		asDict.Values = append(asDict.Values, &ast.Attribute{ExprBase: eb, Value: name("self"), Attr: f, Ctx: ast.Load})
	}
	return []ast.Stmt{
		method("__iter__", &ast.Call{ExprBase: eb, Func: name("iter"), Args: []ast.Expr{items()}}),
		method("__getitem__", &ast.Subscript{ExprBase: eb, Value: items(), Slice: name("index"), Ctx: ast.Load}, "index"),
		method("__len__", &ast.Constant{ExprBase: eb, Kind: ast.ConstInt, Value: big.NewInt(int64(len(fields)))}),
		method("_asdict", asDict),
		method("as_tuple", items()),
	}
}
