package emit

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/patterns"
	"github.com/py2go/py2go/types"
)

// A Python class becomes a Go struct type named as the class, with a
// constructor newName built from __init__, a field per instance attribute
// the methods assign, and a method per def. A subclass embeds its base, so
// inherited methods and fields are promoted and super() calls reach the
// base's methods through the embedded value. An exception class with no
// state of its own is a runtime ExceptionType value instead. Dunder
// methods take the names the runtime looks for (PyStr, PyRepr, Len, ...).

// classNames holds the Go names chosen for classes and their members.
type classNames struct {
	typ     map[*infer.Class]string
	members map[*infer.Class]map[string]string // Python member → Go name
	attrs   map[*infer.Symbol]string           // class attribute → package var
	iface   map[*infer.Class]string            // interface of overridable methods
	excVar  map[*infer.Class]string            // ExceptionType of a stateful exception class
	// dynamic is 1 when classes need their dynamic methods, -1 when not,
	// 0 before needDynamic decided.
	dynamic int
	// mro holds the methods of each class with several bases
	// (class_multi.go), copyFor the one whose method is being emitted.
	mro     map[*infer.Class][]mroMethod
	copyFor *infer.Class
	// captures names the fields holding the variables that classes
	// defined in functions capture (class_local.go).
	captures map[*infer.Symbol]string
}

// dunderNames are the Go names of the dunder methods the runtime calls.
var dunderNames = map[string]string{
	"__str__": "PyStr", "__repr__": "PyRepr", "__len__": "Len", "__init__": "init",
	"__bool__": "PyBool",
}

// reserveClass names a class's Go type, constructor, members and class
// attributes before any body is emitted.
func (e *emitter) reserveClass(c *infer.Class) {
	if e.classes == nil {
		e.classes = &classNames{typ: map[*infer.Class]string{}, members: map[*infer.Class]map[string]string{},
			attrs: map[*infer.Symbol]string{}, iface: map[*infer.Class]string{},
			excVar: map[*infer.Class]string{}, mro: map[*infer.Class][]mroMethod{},
			captures: map[*infer.Symbol]string{}}
	}
	name := unique(c.Name, func(s string) bool { return e.names.pkg[s] })
	e.names.pkg[name] = true
	e.names.syms[c.Sym] = name
	e.classes.typ[c] = name
	if e.isPlainException(c) {
		return
	}
	if e.isStatefulException(c) {
		e.reserveExcVar(c)
	}
	e.names.pkg["new"+name] = true
	if len(e.virtuals(c)) > 0 {
		iface := unique(lowerFirst(name)+"Methods", func(s string) bool { return e.names.pkg[s] })
		e.names.pkg[iface] = true
		e.classes.iface[c] = iface
	}
	members := map[string]string{}
	taken := map[string]bool{"self": true, "Error": true}
	if c.Base != nil {
		taken[e.classes.typ[c.Base]] = true
	}
	for _, m := range c.Order {
		if m.Kind == infer.StaticMethod || m.Kind == infer.ClassMethod {
			fn := unique(avoid(lowerFirst(name)+upperFirst(GoName(m.Def.Name))), func(s string) bool { return e.names.pkg[s] })
			e.names.pkg[fn] = true
			members[m.Def.Name] = fn
			continue
		}
		goName := methodGoName(m)
		taken[goName] = true
		if m.Kind == infer.PropertySetter {
			members["set:"+m.Def.Name] = goName
		} else {
			members[m.Def.Name] = goName
		}
	}
	fields := c.Fields
	if c.MultiBase() {
		fields = c.AllFields()
	}
	for _, f := range fields {
		fn := unique(avoid(GoName(f.Name)), func(s string) bool { return taken[s] })
		taken[fn] = true
		members[f.Name] = fn
	}
	e.classes.members[c] = members
	e.reserveEnum(c, name)
	for _, sym := range c.Scope.Order {
		if c.Methods[sym.Name] == nil && c.Setter(sym.Name) == nil {
			v := unique(avoid(lowerFirst(name)+upperFirst(GoName(sym.Name))), func(s string) bool { return e.names.pkg[s] })
			e.names.pkg[v] = true
			e.names.syms[sym] = v
			e.classes.attrs[sym] = v
		}
	}
}

// methodGoName is a method's Go name: the runtime's name for a dunder, an
// exported mixedCaps name otherwise (so it never collides with a field),
// unexported for names Python marks private with a leading underscore.
func methodGoName(m *infer.Method) string {
	py := m.Def.Name
	if py == "__str__" && m.Owner.IsException() {
		return "PyExcStr"
	}
	if n, ok := dunderNames[py]; ok {
		return n
	}
	if n := dunderGoName(py); n != "" {
		return n
	}
	name := GoName(py)
	if m.Kind == infer.PropertySetter {
		name = "set" + upperFirst(name)
	}
	if strings.HasPrefix(py, "_") {
		return avoid(name)
	}
	return upperFirst(name)
}

// isPlainException reports whether c is an exception class without state,
// which the runtime's ExceptionType represents fully.
func (e *emitter) isPlainException(c *infer.Class) bool {
	return c.IsException() && !c.HasState()
}

func (e *emitter) member(c *infer.Class, name string) string {
	for k := c; k != nil; k = k.Base {
		if n, ok := e.classes.members[k][name]; ok {
			return n
		}
	}
	return GoName(name)
}

// classDecl emits a class statement as package-level declarations.
func (e *emitter) classDecl(cd *ast.ClassDef) []jen.Code {
	c := e.info.Classes[cd]
	if e.classes == nil || e.classes.typ[c] == "" {
		return nil // not reserved: refused already (an import's name)
	}
	if !e.methodsTakeSelf(c) {
		return nil
	}
	name := e.classes.typ[c]
	doc := e.classDoc(cd, name)
	if e.isPlainException(c) {
		return []jen.Code{jen.Add(doc...).Var().Id(name).Op("=").Add(
			patterns.Rt("NewExceptionType").Call(append([]jen.Code{jen.Lit(c.Name)}, e.excBases(c)...)...))}
	}
	if c.Enum != nil {
		return e.enumDecl(c, doc)
	}
	if c.MultiBase() {
		return e.multiClassDecl(c)
	}
	if c.IsException() && (len(c.ExcMore) > 0 || c.ExcBase != "" && c.Base != nil) {
		e.log.Unsupported(cd.Start(), "an exception class with attributes or methods and several bases")
		return nil
	}
	var fields []jen.Code
	if c.IsException() {
		fields = append(fields, e.excEmbed(c))
	} else if c.Base != nil {
		fields = append(fields, jen.Id(e.classes.typ[c.Base]))
	}
	if gt, ok := patterns.TypeOf(c.LibBase); ok {
		fields = append(fields, jen.Op("*").Add(patterns.Rt(gt.Name)))
	}
	if iface := e.ifaceName(c); iface != "" {
		fields = append(fields, jen.Id("self").Id(iface))
	}
	for _, f := range c.Fields {
		fields = append(fields, jen.Id(e.classes.members[c][f.Name]).Add(e.fieldType(f)))
	}
	fields = append(fields, e.captureFields(c)...)
	out := []jen.Code{jen.Add(doc...).Type().Id(name).Struct(distinct(fields)...)}
	if c.IsException() {
		out = append(out, e.excClassDecl(c)...)
	}
	if v := e.virtualDecl(c); v != nil {
		out = append(out, v)
	}
	out = append(out, e.classAttrs(c)...)
	out = append(out, e.constructor(c)...)
	for _, m := range c.Order {
		if m.Def.Name == "__init__" && !e.initMethod(c) {
			continue
		}
		out = append(out, e.method(c, m))
	}
	out = append(out, e.attrMethods(c)...)
	out = append(out, e.dataclassMethods(c)...)
	out = append(out, e.adapters(c)...)
	return append(out, e.dynamicMethods(c)...)
}

// distinct gives a struct without fields one, since Go may give every
// zero-size value the same address, and Python objects are distinct (a is
// b, dict keys by identity).
func distinct(fields []jen.Code) []jen.Code {
	if len(fields) > 0 {
		return fields
	}
	return []jen.Code{jen.Id("_").Byte().Comment("objects have distinct addresses")}
}

// classDoc turns the class's docstring into the Go type's doc comment.
func (e *emitter) classDoc(cd *ast.ClassDef, name string) []jen.Code {
	out := e.leadingComments(cd)
	if len(cd.Body) > 0 && isDocstring(cd.Body[0]) {
		lines := docComment(cd.Body[0])
		if len(lines) > 0 {
			text := cd.Body[0].(*ast.ExprStmt).Value.(*ast.Constant).Value.(string)
			lines = docComment(&ast.ExprStmt{Value: &ast.Constant{Kind: ast.ConstStr, Value: name + " " + lowerDoc(strings.TrimSpace(text))}})
		}
		out = append(out, lines...)
	}
	if len(out) > 0 {
		out = append(out, jen.Line())
	}
	return out
}

// lowerDoc makes a docstring follow "Name is": "A point." reads "Name is
// a point."; other docstrings follow "Name: ".
func lowerDoc(s string) string {
	for _, article := range []string{"A ", "An ", "The "} {
		if strings.HasPrefix(s, article) {
			return "is " + strings.ToLower(s[:1]) + s[1:]
		}
	}
	return "- " + s
}

// excBases are the runtime classes a plain exception class derives
// from, in the order of its bases.
func (e *emitter) excBases(c *infer.Class) []jen.Code {
	var out []jen.Code
	if c.ExcBase != "" {
		out = append(out, patterns.Rt(c.ExcBase))
	}
	for _, b := range c.Bases {
		out = append(out, jen.Id(e.classes.typ[b]))
	}
	for _, name := range c.ExcMore {
		out = append(out, patterns.Rt(name))
	}
	return out
}

// classAttrs emits the class body's assignments as package variables.
func (e *emitter) classAttrs(c *infer.Class) []jen.Code {
	var out []jen.Code
	save, savePlan := e.scope, e.plan
	// Class attributes are package variables: their values are emitted
	// outside any function, with no locals of their own to plan (a
	// comprehension's variables are its Go loop's).
	e.scope, e.plan = c.Scope, &plan{defineAt: map[*infer.Symbol]ast.Stmt{}, varAt: map[ast.Stmt][]*infer.Symbol{}, loopVar: map[*infer.Symbol]bool{}}
	defer func() { e.scope, e.plan = save, savePlan }()
	for _, st := range c.Def.Body {
		var target, value ast.Expr
		switch n := st.(type) {
		case *ast.Assign:
			if len(n.Targets) != 1 {
				e.log.Unsupported(n.Start(), "chained assignment in a class body")
				continue
			}
			target, value = n.Targets[0], n.Value
		case *ast.AnnAssign:
			if c.Dataclass && !infer.IsClassVar(n.Annotation) {
				continue
			}
			target, value = n.Target, n.Value
		case *ast.FunctionDef, *ast.Pass:
			continue
		case *ast.ExprStmt:
			if isDocstring(st) {
				continue
			}
			e.log.Unsupported(st.Start(), "statements other than assignments and defs in a class body")
			continue
		default:
			e.log.Unsupported(st.Start(), "statements other than assignments and defs in a class body")
			continue
		}
		name, ok := target.(*ast.Name)
		if !ok || value == nil {
			e.log.Unsupported(st.Start(), "this class attribute")
			continue
		}
		sym := c.Scope.Symbols[name.ID]
		if sym == nil {
			continue // a name the class body declared global: its statement is refused above
		}
		if _, isConst := value.(*ast.Constant); c.Func != nil && !isConst {
			e.log.Unsupported(st.Start(), "a class attribute that is not a literal in a class defined in a function")
			continue
		}
		if sym.Stores > 1 {
			e.log.Unsupported(st.Start(), "a class attribute assigned twice in the class body")
			continue
		}
		if e.shared[sym] {
			code, pre := e.withPre(func() jen.Code { return e.newShared(sym.Type, value) })
			if len(pre) > 0 {
				e.log.Unsupported(st.Start(), "a class attribute that threads write, whose value needs statements (a comprehension)")
			}
			out = append(out, jen.Var().Id(e.classes.attrs[sym]).Op("=").Add(code))
			continue
		}
		typ := e.GoType(sym.Type)
		code, pre := e.withPre(func() jen.Code { return e.ExprAs(value, sym.Type) })
		if len(pre) > 0 {
			// Statements cannot stand at package level: the value becomes
			// a function literal called once, at initialization.
			code = jen.Func().Params().Add(typ).Block(append(pre, jen.Return(code))...).Call()
		}
		out = append(out, jen.Var().Id(e.classes.attrs[sym]).Add(typ).Op("=").Add(code))
	}
	return out
}

// initMethod reports whether __init__ becomes a method of its own
// (called by the constructor and by subclasses' super().__init__) rather
// than being the constructor's body.
func (e *emitter) initMethod(c *infer.Class) bool {
	m := c.Methods["__init__"]
	if m == nil {
		return false
	}
	for _, k := range withSubclasses(c)[1:] {
		if !k.MultiBase() && k.Method("__init__") == m {
			return true // a subclass's constructor runs it
		}
	}
	return c.InitCalledFromSub || hasReturn(m.Def.Body)
}

func hasReturn(body []ast.Stmt) bool {
	found := false
	ast.InspectStmts(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		case *ast.Return:
			found = true
		}
		return !found
	})
	return found
}

// recvName is the receiver's name in c's methods: the class name's first
// letter, as Go code names receivers.
func recvName(c *infer.Class) string {
	return avoid(strings.ToLower(c.Name[:1]))
}

// constructor emits newName: it allocates the struct and runs __init__
// (inline when no subclass needs it as a method), or fills a dataclass's
// fields from its parameters.
func (e *emitter) constructor(c *infer.Class) []jen.Code {
	name := e.classes.typ[c]
	recv := recvName(c)
	alloc := jen.Id(recv).Op(":=").Op("&").Id(name).Values()
	links := e.selfLinks(c, recv)
	capParams, capStores := e.captureParams(c, recv)
	links = append(capStores, links...)
	init, owner := e.findInit(c)
	if init == nil && c.LibBase != "" {
		// No __init__: the library base's own constructor runs, as
		// Thread.__init__ does for a subclass that only defines run.
		links = append(links, e.libBaseInit(c, &ast.Call{ExprBase: ast.ExprBase{Base: ast.Base{P: c.Def.Start()}}}))
	}
	switch {
	case init == nil && e.isStatefulException(c):
		args := jen.Id("args").Op("...")
		body := append(append(append([]jen.Code{alloc}, e.excInit(c, recv, []jen.Code{args})...), links...), jen.Return(jen.Id(recv)))
		return []jen.Code{jen.Func().Id("new" + name).Params(append(capParams, jen.Id("args").Op("...").Add(patterns.Rt("Object")))...).Op("*").Id(name).Block(body...)}
	case init == nil && c.Dataclass:
		return []jen.Code{e.dataclassConstructor(c, links)}
	case init == nil && len(links) == 0:
		return []jen.Code{jen.Func().Id("new" + name).Params().Op("*").Id(name).Block(
			jen.Return(jen.Op("&").Id(name).Values()))}
	case init == nil:
		body := append(append([]jen.Code{alloc}, links...), jen.Return(jen.Id(recv)))
		return []jen.Code{jen.Func().Id("new" + name).Params(capParams...).Op("*").Id(name).Block(body...)}
	case owner == c && !e.initMethod(c) && len(links) == 0 && !e.isStatefulException(c) && e.simpleInit(c, init):
		return []jen.Code{e.literalConstructor(c, init)}
	case owner == c && !e.initMethod(c):
		params, body := e.methodBody(c, init)
		var args []jen.Code
		for _, p := range e.info.Funcs[init.Def].Params[1:] {
			name, _ := e.names.Name(p)
			args = append(args, jen.Id(name))
		}
		body = append(append(append([]jen.Code{alloc}, e.excInit(c, recv, args)...), links...), body...)
		body = append(body, jen.Return(jen.Id(recv)))
		return []jen.Code{jen.Func().Id("new" + name).Params(append(capParams, params...)...).Op("*").Id(name).Block(body...)}
	}
	f := e.info.Funcs[init.Def]
	var params, args []jen.Code
	e.names.PushScope()
	e.names.local[len(e.names.local)-1][recv] = true // a parameter may share the receiver's name
	ptypes := e.paramTypes(f)
	for i, p := range f.Params[1:] {
		n := e.names.Fresh(GoName(p.Name))
		params = append(params, jen.Id(n).Add(ptypes[i+1]))
		if p == f.Vararg {
			args = append(args, jen.Id(n).Op("..."))
		} else {
			args = append(args, jen.Id(n))
		}
	}
	e.names.PopScope()
	body := append(append(append([]jen.Code{alloc}, e.excInit(c, recv, args)...), links...), jen.Id(recv).Dot("init").Call(args...), jen.Return(jen.Id(recv)))
	return []jen.Code{jen.Func().Id("new" + name).Params(append(capParams, params...)...).Op("*").Id(name).Block(body...)}
}

// findInit finds the __init__ that constructing c runs, and its class.
func (e *emitter) findInit(c *infer.Class) (*infer.Method, *infer.Class) {
	m := c.Method("__init__")
	if m == nil {
		return nil, nil
	}
	return m, m.Owner
}

func (e *emitter) dataclassConstructor(c *infer.Class, links []jen.Code) jen.Code {
	name := e.classes.typ[c]
	var params []jen.Code
	dict := jen.Dict{}
	var stores []jen.Code
	for _, f := range c.AllFields() {
		goName := e.member(c, f.Name)
		params = append(params, jen.Id(goName).Add(e.GoType(f.Type)))
		if f.Shared {
			stores = append(stores, e.fieldStore(jen.Id(recvName(c)), f, goName, jen.Id(goName)))
			continue
		}
		dict[jen.Id(goName)] = jen.Id(goName)
	}
	links = append(stores, links...)
	if len(links) > 0 {
		recv := recvName(c)
		body := append([]jen.Code{jen.Id(recv).Op(":=").Op("&").Id(name).Values(dict)}, links...)
		return jen.Func().Id("new" + name).Params(params...).Op("*").Id(name).Block(append(body, jen.Return(jen.Id(recv)))...)
	}
	return jen.Func().Id("new" + name).Params(params...).Op("*").Id(name).Block(
		jen.Return(jen.Op("&").Id(name).Values(dict)))
}

// methodBody emits a method's parameters (without the receiver) and body;
// the first parameter is the receiver, named by recvName.
func (e *emitter) methodBody(c *infer.Class, m *infer.Method) ([]jen.Code, []jen.Code) {
	return e.methodBodyOf(c, m, m.Def.Body)
}

// methodBodyOf is methodBody with the statements of body.
func (e *emitter) methodBodyOf(c *infer.Class, m *infer.Method, stmts []ast.Stmt) ([]jen.Code, []jen.Code) {
	f := e.info.Funcs[m.Def]
	e.checkMethodDef(m.Def)
	e.names.PushScope()
	defer e.names.PopScope()
	hasSelf := m.Kind != infer.StaticMethod && len(f.Params) > 0
	if hasSelf {
		recv := recvName(c)
		e.names.local[len(e.names.local)-1][recv] = true
		e.names.syms[f.Params[0]] = recv
	}
	if m.Def.Name == "__str__" || m.Def.Name == "__repr__" || m.Def.Name == "__format__" {
		f.Result = types.Str
	}
	var params, body []jen.Code
	e.withCaptures(c, recvName(c), func() { params, body = e.funcBody(f, stmts) })
	if hasSelf {
		params = params[1:]
	}
	return params, body
}

func (e *emitter) checkMethodDef(def *ast.FunctionDef) {
	for _, d := range e.info.Funcs[def].Defaults {
		if _, isConst := d.(*ast.Constant); !isConst && (def.Args.Vararg != nil || def.Args.Kwarg != nil) {
			e.log.Unsupported(d.Start(), "a default value that is not a literal in a method with *args or **kwargs")
		}
	}
}

// method emits one method: a Go method on *T, or a package function for
// static and class methods.
func (e *emitter) method(c *infer.Class, m *infer.Method) jen.Code {
	name := e.classes.typ[c]
	f := e.info.Funcs[m.Def]
	params, body := e.methodBody(c, m)
	lead := e.leadingComments(m.Def)
	var code *jen.Statement
	switch m.Kind {
	case infer.StaticMethod, infer.ClassMethod:
		goName := e.classes.members[c][m.Def.Name]
		e.funcNames["main."+goName] = m.Def.Name
		code = jen.Func().Id(goName).Params(params...).Add(e.resultType(f)).Block(body...)
	default:
		goName := methodGoName(m)
		e.funcNames["main.(*"+name+")."+goName] = m.Def.Name
		code = jen.Func().Params(jen.Id(recvName(c)).Op("*").Id(name)).Id(goName).Params(params...).Add(e.resultType(f)).Block(body...)
	}
	if len(lead) == 0 {
		return code
	}
	return jen.Add(append(lead, jen.Line(), code)...)
}

// simpleInit reports whether __init__ only assigns each field once from
// expressions that do not read the object, so the constructor can be a
// composite literal.
func (e *emitter) simpleInit(c *infer.Class, init *infer.Method) bool {
	f := e.info.Funcs[init.Def]
	if len(f.Params) == 0 {
		return false
	}
	if hasSharedField(c) {
		return false // a Shared field is set with Store
	}
	self := f.Params[0]
	seen := map[string]bool{}
	for i, st := range init.Def.Body {
		if i == 0 && isDocstring(st) {
			continue
		}
		a, ok := st.(*ast.Assign)
		if !ok || len(a.Targets) != 1 || len(e.leadingComments(st)) > 0 {
			return false
		}
		t, ok := a.Targets[0].(*ast.Attribute)
		if !ok || !e.refersTo(t.Value, self) || seen[t.Attr] || c.Fields == nil || c.Field(t.Attr) == nil {
			return false
		}
		seen[t.Attr] = true
		simple := true
		ast.Inspect(a.Value, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Name:
				if e.info.Refs[n] == self {
					simple = false
				}
			case *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp, *ast.Lambda, *ast.NamedExpr,
				*ast.IfExp, *ast.BoolOp, *ast.Compare, *ast.Call:
				simple = false
			}
			return simple
		})
		if !simple {
			return false
		}
	}
	return true
}

func (e *emitter) refersTo(x ast.Expr, sym *infer.Symbol) bool {
	n, ok := x.(*ast.Name)
	return ok && e.info.Refs[n] == sym
}

// literalConstructor is newT returning &T{field: value, ...}.
func (e *emitter) literalConstructor(c *infer.Class, init *infer.Method) jen.Code {
	name := e.classes.typ[c]
	f := e.info.Funcs[init.Def]
	params, _ := e.methodBodyOf(c, init, nil)
	saveScope, saveFn, savePlan := e.scope, e.fn, e.plan
	e.scope, e.fn = f.Scope, f
	e.plan = &plan{defineAt: map[*infer.Symbol]ast.Stmt{}, varAt: map[ast.Stmt][]*infer.Symbol{}, loopVar: map[*infer.Symbol]bool{}}
	dict := jen.Dict{}
	for _, st := range init.Def.Body {
		if a, ok := st.(*ast.Assign); ok {
			attr := a.Targets[0].(*ast.Attribute)
			field := c.Field(attr.Attr)
			dict[jen.Id(e.member(c, attr.Attr))] = e.ExprAs(a.Value, field.Type)
		}
	}
	e.scope, e.fn, e.plan = saveScope, saveFn, savePlan
	return jen.Func().Id("new" + name).Params(params...).Op("*").Id(name).Block(
		jen.Return(jen.Op("&").Id(name).Values(dict)))
}

// methodsTakeSelf reports, for each method of c that is not static and
// has no positional parameter for the object (or class) it is called on,
// that it is not supported; CPython would raise TypeError when it is
// called. A class inheriting such a method is not emitted either (its
// constructor or methods would use the missing parameter); the error is
// reported once, at the method.
func (e *emitter) methodsTakeSelf(c *infer.Class) bool {
	ok := true
	for _, m := range c.Order {
		if !takesSelf(m) {
			e.log.Unsupported(m.Def.Start(), "a method without a self parameter")
			ok = false
			continue
		}
		if n, fixed := dunderArity[m.Def.Name]; fixed && m.Kind == infer.PlainMethod && !acceptsArgs(m.Def.Args, n+1) {
			e.log.Unsupported(m.Def.Start(), fmt.Sprintf("%s with these parameters: Python calls it with %s besides self", m.Def.Name, plural(n, "argument")))
			ok = false
		}
	}
	return ok && !inheritsSelfless(c, map[*infer.Class]bool{})
}

// dunderArity is how many positional arguments, besides the object,
// Python passes to the special methods that py2go turns into Go methods
// of a fixed shape; a definition that cannot take them would raise
// TypeError in CPython at its first use.
var dunderArity = func() map[string]int {
	m := map[string]int{"__setitem__": 2, "__exit__": 3, "__aexit__": 3}
	for _, n := range strings.Fields("__neg__ __pos__ __invert__ __abs__ __iter__ __next__ __enter__ " +
		"__aiter__ __anext__ __aenter__ __hash__ __len__ __bool__ __str__ __repr__") {
		m[n] = 0
	}
	for _, n := range strings.Fields("__eq__ __ne__ __lt__ __le__ __gt__ __ge__ __add__ __sub__ __mul__ " +
		"__truediv__ __floordiv__ __mod__ __pow__ __matmul__ __and__ __or__ __xor__ __lshift__ __rshift__ " +
		"__contains__ __getitem__ __delitem__ __format__ __radd__ __iadd__") {
		m[n] = 1
	}
	return m
}()

// acceptsArgs reports whether a special method with parameters a takes
// exactly n positional arguments, the shape of the Go method it becomes:
// n parameters, or fewer and *args for the rest. (Extra parameters with
// defaults are legal Python but are refused with the rest.)
func acceptsArgs(a *ast.Arguments, n int) bool {
	total := len(a.PosOnly) + len(a.Args)
	if len(a.KwOnly) > 0 || a.Kwarg != nil {
		return false
	}
	return total == n && a.Vararg == nil || a.Vararg != nil && total <= n && len(a.Defaults) == 0
}

// plural is "1 argument" or "n arguments".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// takesSelf reports whether m has the parameter its object or class is
// passed in, or needs none.
func takesSelf(m *infer.Method) bool {
	a := m.Def.Args
	return m.Kind == infer.StaticMethod || len(a.PosOnly)+len(a.Args) > 0
}

// inheritsSelfless reports whether a base class of c, at any depth, has
// a method without its self parameter.
func inheritsSelfless(c *infer.Class, seen map[*infer.Class]bool) bool {
	bases := c.Bases
	if c.Base != nil {
		bases = append([]*infer.Class{c.Base}, bases...)
	}
	for _, b := range bases {
		if seen[b] {
			continue
		}
		seen[b] = true
		for _, m := range b.Order {
			if !takesSelf(m) {
				return true
			}
		}
		if inheritsSelfless(b, seen) {
			return true
		}
	}
	return false
}
