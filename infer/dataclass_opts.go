package infer

import (
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

// @dataclass(order=True) and @dataclass(frozen=True) generate methods in
// Python: the order comparisons and __hash__, which compare and hash the
// tuple of the fields. They are added to the class, before anything else
// looks at the program, as the Python they stand for:
//
//	def __lt__(self, other): return (self.x, self.y) < (other.x, other.y)
//	def __hash__(self): return hash((self.x, self.y))
//
// so the rest of py2go handles them as methods the program wrote. A
// dataclass with eq (the default) that is neither frozen nor unsafe_hash
// is unhashable (Class.Unhashable), as in Python.

// dataclassFlags are the options of a @dataclass decorator that py2go
// honours, with their defaults.
type dataclassFlags struct {
	eq, order, frozen, unsafeHash bool
}

// dataclassDecorator reports whether d is @dataclass, @dataclass(...) or
// the same through the dataclasses module, and returns its options;
// options py2go cannot honour are reported to log.
func dataclassDecorator(d ast.Expr, log func(pos ast.Pos, format string, args ...any)) (dataclassFlags, bool) {
	flags := dataclassFlags{eq: true}
	call, isCall := d.(*ast.Call)
	fn := d
	if isCall {
		fn = call.Func
	}
	if !isName(fn, "dataclass") && !isModuleAttr(fn, "dataclasses", "dataclass") {
		return flags, false
	}
	if !isCall {
		return flags, true
	}
	for _, k := range call.Keywords {
		v, ok := constBool(k.Value)
		if !ok {
			log(k.Value.Start(), "not supported yet: @dataclass(%s=...) with a value that is not True or False", k.Arg)
			continue
		}
		switch k.Arg {
		case "eq":
			flags.eq = v
		case "order":
			flags.order = v
		case "frozen":
			flags.frozen = v
		case "unsafe_hash":
			flags.unsafeHash = v
		case "init", "repr":
			if !v {
				log(k.Value.Start(), "not supported yet: @dataclass(%s=False)", k.Arg)
			}
		case "match_args", "slots", "weakref_slot":
		default:
			log(k.Value.Start(), "not supported yet: @dataclass(%s=...)", k.Arg)
		}
	}
	if flags.order && !flags.eq {
		log(d.Start(), "not supported yet: @dataclass(order=True, eq=False)")
	}
	return flags, true
}

func isModuleAttr(x ast.Expr, module, name string) bool {
	a, ok := x.(*ast.Attribute)
	return ok && a.Attr == name && isName(a.Value, module)
}

func constBool(x ast.Expr) (bool, bool) {
	c, ok := x.(*ast.Constant)
	if !ok {
		return false, false
	}
	b, ok := c.Value.(bool)
	return b, ok
}

// desugarDataclassMethods adds the generated order and hash methods to
// the dataclasses of mod.
func desugarDataclassMethods(mod *ast.Module) {
	classes := map[string]*ast.ClassDef{}
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		if c, ok := n.(*ast.ClassDef); ok {
			classes[c.Name] = c
		}
		return true
	})
	noLog := func(ast.Pos, string, ...any) {}
	for _, c := range classes {
		var flags dataclassFlags
		found := false
		for _, d := range c.Decorators {
			if f, ok := dataclassDecorator(d, noLog); ok {
				flags, found = f, true
			}
		}
		if !found {
			continue
		}
		if flags.order {
			for _, op := range []struct {
				name string
				op   ast.CmpOp
			}{{"__lt__", ast.Lt}, {"__le__", ast.LtE}, {"__gt__", ast.Gt}, {"__ge__", ast.GtE}} {
				addMethod(c, op.name, []string{"self", "other"}, func(p ast.ExprBase) ast.Expr {
					return &ast.Compare{ExprBase: p, Left: fieldTuple(p, "self", c, classes, "compare"),
						Ops: []ast.CmpOp{op.op}, Comparators: []ast.Expr{fieldTuple(p, "other", c, classes, "compare")}}
				})
			}
		}
		if flags.unsafeHash || flags.eq && flags.frozen {
			addMethod(c, "__hash__", []string{"self"}, func(p ast.ExprBase) ast.Expr {
				return &ast.Call{ExprBase: p, Func: &ast.Name{ExprBase: p, ID: "hash", Ctx: ast.Load},
					Args: []ast.Expr{fieldTuple(p, "self", c, classes, "hash")}}
			})
		}
	}
}

// addMethod adds `def name(params): return body` to c, unless c defines
// name itself.
func addMethod(c *ast.ClassDef, name string, params []string, body func(ast.ExprBase) ast.Expr) {
	for _, st := range c.Body {
		if def, ok := st.(*ast.FunctionDef); ok && def.Name == name {
			return
		}
	}
	p := ast.ExprBase{Base: ast.Base{P: c.Start()}}
	args := &ast.Arguments{}
	for _, n := range params {
		args.Args = append(args.Args, &ast.Arg{P: c.Start(), Name: n})
	}
	ret := &ast.Return{StmtBase: ast.StmtBase{Base: ast.Base{P: c.Start()}}, Value: body(p)}
	def := &ast.FunctionDef{StmtBase: ast.StmtBase{Base: ast.Base{P: c.Start()}}, Name: name, Args: args, Body: []ast.Stmt{ret}}
	c.Body = append(c.Body, def)
}

// fieldTuple is (obj.f1, obj.f2, ...) over the fields of dataclass c
// (its dataclass bases' first) that take part in use ("compare" or
// "hash").
func fieldTuple(p ast.ExprBase, obj string, c *ast.ClassDef, classes map[string]*ast.ClassDef, use string) ast.Expr {
	var elts []ast.Expr
	for _, f := range dataclassFields(c, classes, use, map[*ast.ClassDef]bool{}) {
		elts = append(elts, &ast.Attribute{ExprBase: p, Value: &ast.Name{ExprBase: p, ID: obj, Ctx: ast.Load}, Attr: f, Ctx: ast.Load})
	}
	return &ast.Tuple{ExprBase: p, Elts: elts, Ctx: ast.Load}
}

// dataclassFields lists the names of c's fields taking part in use, in
// Python's order: the bases' fields first, a redefined field keeping its
// first place.
func dataclassFields(c *ast.ClassDef, classes map[string]*ast.ClassDef, use string, seen map[*ast.ClassDef]bool) []string {
	if seen[c] {
		return nil
	}
	seen[c] = true
	var out []string
	add := func(name string) {
		for _, f := range out {
			if f == name {
				return
			}
		}
		out = append(out, name)
	}
	for i := len(c.Bases) - 1; i >= 0; i-- {
		if b, ok := c.Bases[i].(*ast.Name); ok && classes[b.ID] != nil {
			for _, f := range dataclassFields(classes[b.ID], classes, use, seen) {
				add(f)
			}
		}
	}
	for _, st := range c.Body {
		a, ok := st.(*ast.AnnAssign)
		if !ok {
			continue
		}
		name, ok := a.Target.(*ast.Name)
		if !ok || IsClassVar(a.Annotation) || !fieldTakesPart(a.Value, use) {
			continue
		}
		add(name.ID)
	}
	return out
}

// IsClassVar reports whether an annotation is ClassVar[...]: in a
// dataclass, such an attribute is a class attribute, not a field.
func IsClassVar(x ast.Expr) bool {
	if s, ok := x.(*ast.Subscript); ok {
		x = s.Value
	}
	return isName(x, "ClassVar") || isModuleAttr(x, "typing", "ClassVar")
}

// fieldTakesPart reports whether a field whose class attribute value is
// v compares (use "compare") or hashes (use "hash"): field(compare=False)
// does neither, field(hash=False) does not hash.
func fieldTakesPart(v ast.Expr, use string) bool {
	return fieldOption(v, "compare") && fieldOption(v, use)
}

// fieldOption is the option opt (compare, hash, repr) of a field whose
// class attribute value is v: false only for field(opt=False).
func fieldOption(v ast.Expr, opt string) bool {
	call, ok := v.(*ast.Call)
	if !ok || !isName(call.Func, "field") && !isModuleAttr(call.Func, "dataclasses", "field") {
		return true
	}
	for _, k := range call.Keywords {
		if b, isBool := constBool(k.Value); k.Arg == opt && isBool && !b {
			return false
		}
	}
	return true
}

// InRepr reports whether the field appears in its dataclass's generated
// repr: not when declared with field(repr=False).
func (f *Field) InRepr() bool { return fieldOption(f.Default, "repr") }

// Compares reports whether the generated == compares the field: not
// when declared with field(compare=False).
func (f *Field) Compares() bool { return fieldOption(f.Default, "compare") }

// checkFrozenStores reports assignments to the fields of frozen
// dataclass objects, which raise FrozenInstanceError in Python; py2go
// does not raise it.
func (in *Info) checkFrozenStores(mod *ast.Module) {
	check := func(target ast.Expr) {
		attr, ok := target.(*ast.Attribute)
		if !ok {
			return
		}
		c := in.ClassOf(in.TypeOf(attr.Value))
		if _, isInst := in.TypeOf(attr.Value).(*types.Instance); isInst && c != nil && c.DataclassFrozen {
			in.Log.Errorf(attr.Start(), "not supported yet: assigning to a field of a frozen dataclass (FrozenInstanceError)")
		}
	}
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Assign:
			for _, t := range n.Targets {
				check(t)
			}
		case *ast.AugAssign:
			check(n.Target)
		case *ast.AnnAssign:
			check(n.Target)
		case *ast.Delete:
			for _, t := range n.Targets {
				check(t)
			}
		}
		return true
	})
}
