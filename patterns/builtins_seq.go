package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
	"strconv"
	"strings"
)

// Builtins over iterables: the argument's proven type decides the Go form
// it is passed in, so results keep their element types.

// elemOf is the element type an iterable of type t is passed with: a
// list's or iterator's own, str for a string, Object for anything else.
func elemOf(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.List:
		return known(t.Elem)
	case *types.Iter:
		return known(t.Elem)
	case *types.Named:
		if t.Class == rangeClass {
			return types.Int
		}
	}
	if t == types.Str {
		return types.Str
	}
	return types.Object
}

// isRange reports whether x is Python's range object (py.IntRange).
func isRange(env EmitEnv, x ast.Expr) bool {
	n, ok := env.TypeOf(x).(*types.Named)
	return ok && n.Class == rangeClass
}

// RangeSeq emits the items of the range object x as an iter.Seq[int]:
// py.Range(a, b) for a call of range itself, which reads best, or the
// object's All().
func RangeSeq(env EmitEnv, x ast.Expr) jen.Code {
	if args, ok := rangeArgs(env, x); ok {
		return Rt("Range").Call(args...)
	}
	return jen.Add(env.Expr(x)).Dot("All").Call()
}

func known(t types.Type) types.Type {
	if t == types.Unknown || t == nil {
		return types.Object
	}
	return t
}

// sliceOf emits the iterable x as a Go []T, T being elemOf its type.
func sliceOf(env EmitEnv, x ast.Expr) jen.Code {
	switch env.TypeOf(x).(type) {
	case *types.List:
		return env.Expr(x)
	case *types.Iter:
		return jen.Qual("slices", "Collect").Call(env.Expr(x))
	}
	if isRange(env, x) {
		return jen.Qual("slices", "Collect").Call(RangeSeq(env, x))
	}
	if env.TypeOf(x) == types.Str {
		return Rt("StrList").Call(env.Expr(x))
	}
	return Rt("ItemsOf").Types(Rt("Object")).Call(env.ExprAs(x, types.Object))
}

// seqOf emits the iterable x as an iter.Seq[T].
func seqOf(env EmitEnv, x ast.Expr) jen.Code {
	switch env.TypeOf(x).(type) {
	case *types.List:
		return jen.Qual("slices", "Values").Call(env.Expr(x))
	case *types.Iter:
		return env.Expr(x)
	}
	if isRange(env, x) {
		return RangeSeq(env, x)
	}
	if env.TypeOf(x) == types.Str {
		return Rt("IterOf").Types(jen.String()).Call(env.Expr(x))
	}
	return Rt("Iter").Call(env.ExprAs(x, types.Object))
}

// builtinFuncs are builtins usable as the function argument of map(),
// sorted(key=...) and friends: the runtime function standing for each
// (taking an Object) and its result type.
var builtinFuncs = map[string]struct {
	rt     string
	result types.Type
}{
	"builtins.str":   {"Str", types.Str},
	"builtins.repr":  {"Repr", types.Str},
	"builtins.int":   {"ToInt", types.Int},
	"builtins.float": {"ToFloat", types.Float},
	"builtins.len":   {"Len", types.Int},
	"builtins.bool":  {"Truthy", types.Bool},
	"builtins.abs":   {"Abs", types.Object},
	"builtins.ord":   {"OrdObj", types.Int},
}

// BuiltinValue is the Go for a builtin function used as a value rather
// than called (f = str, {"len": len}, a parameter given abs): the
// runtime function standing for it, which code that does not know the
// function calls through the runtime (py.Call); nil when there is none.
func BuiltinValue(path string) jen.Code {
	if b, ok := builtinFuncs[path]; ok {
		return Rt(b.rt)
	}
	if rt, ok := builtinValues[path]; ok {
		return Rt(rt)
	}
	return nil
}

// builtinValues are the other builtins with a runtime function that can
// stand for them as a value.
var builtinValues = map[string]string{
	"builtins.print":  "Print",
	"builtins.chr":    "Chr",
	"builtins.hex":    "Hex",
	"builtins.max":    "MaxValue",
	"builtins.min":    "MinValue",
	"builtins.sum":    "SumValue",
	"builtins.sorted": "SortedValue",
	"builtins.pow":    "Pow",
	"builtins.divmod": "Divmod",
	"builtins.oct":    "Oct",
	"builtins.bin":    "Bin",
	"builtins.hash":   "Hash",
}

// callbackResult types a callable argument fn called with one argument of
// type elem.
func (c *TypeCall) callbackResult(fn ast.Expr, elem types.Type) types.Type {
	if cmp, ok := cmpToKeyFunc(c.Env, fn); ok {
		c.Env.CallResult(cmp, []types.Type{elem, elem})
		return types.Object
	}
	if m, ok := c.Env.TypeOf(fn).(*types.Module); ok {
		if b, ok := builtinFuncs[m.Path]; ok {
			if m.Path == "builtins.abs" && nativeFunc(m.Path, elem) != nil {
				return elem
			}
			return b.result
		}
		if CallableValue(m.Path) {
			return c.Env.CallResult(fn, []types.Type{elem})
		}
		c.Env.Errorf(fn.Start(), "not supported yet: %s as a function argument", m.Path)
		return types.Object
	}
	return c.Env.CallResult(fn, []types.Type{elem})
}

// CallableValue reports whether the library name path can be handed to
// a library as a function (EmitEnv.Callback wraps its call): a library
// function, or a method of a builtin type taken from the type
// (str.lower), whose first argument is the object.
func CallableValue(path string) bool {
	if e := Lookup(path); e != nil && e.Sig != nil {
		return true
	}
	return BuiltinMethod(path) != ""
}

// BuiltinMethod is the method name of path when it names a method of a
// builtin type taken from the type ("builtins.str.lower" gives "lower"),
// "" otherwise.
func BuiltinMethod(path string) string {
	for _, t := range []string{"str", "list", "dict", "set", "tuple"} {
		if rest, ok := strings.CutPrefix(path, "builtins."+t+"."); ok && !strings.Contains(rest, ".") {
			return rest
		}
	}
	return ""
}

// callback emits a callable argument taking one elem. A builtin becomes
// its runtime function, wrapped in a func literal taking elem when elem is
// a native type (the runtime's functions take Object).
func callback(env EmitEnv, fn ast.Expr, elem types.Type) jen.Code {
	if cmp, ok := cmpToKeyFunc(env, fn); ok {
		return Rt("CmpToKey").Call(env.Callback(cmp, []types.Type{elem, elem}))
	}
	if m, ok := env.TypeOf(fn).(*types.Module); ok {
		if b, ok := builtinFuncs[m.Path]; ok {
			if elem == types.Object {
				return Rt(b.rt)
			}
			if code := nativeFunc(m.Path, elem); code != nil {
				return code
			}
			return jen.Func().Params(jen.Id("v").Add(env.GoType(elem))).Add(env.GoType(b.result)).Block(
				jen.Return(Rt(b.rt).Call(jen.Id("v"))))
		}
		if CallableValue(m.Path) {
			return env.Callback(fn, []types.Type{elem})
		}
		env.Errorf(fn.Start(), "not supported yet: %s as a function argument", m.Path)
		return jen.Nil()
	}
	if code := boundMethod(env, fn, elem); code != nil {
		return code
	}
	return env.Callback(fn, []types.Type{elem})
}

// iterArg emits the iterable x passed with the callable fn.
func iterArg(env EmitEnv, fn, x ast.Expr) jen.Code { return seqOf(env, x) }

// iterElem is the element type the callable fn is called with.
func iterElem(env interface{ TypeOf(ast.Expr) types.Type }, fn, x ast.Expr) types.Type {
	return elemOf(env.TypeOf(x))
}

func typeSorted(c *TypeCall) types.Type {
	it := c.Args.Get("iterable")
	elem := elemOf(c.Env.TypeOf(it))
	if key := c.Args.Get("key"); key != nil && !IsNone(key) {
		c.callbackResult(key, elem)
	}
	return &types.List{Elem: elem}
}

func emitSorted(c *EmitCall) jen.Code {
	it := c.Args.Get("iterable")
	rev := c.ArgAs("reverse", types.Bool, jen.False())
	if key := c.Args.Get("key"); key != nil && !IsNone(key) {
		return Rt("SortedKey").Call(sliceOf(c.Env, it), callback(c.Env, key, elemOf(c.Env.TypeOf(it))), rev)
	}
	return Rt("Sorted").Call(sliceOf(c.Env, it), rev)
}

// typeMinMax: min(iterable) gives its element type, min(a, b, ...) the
// join of the arguments' types.
func typeMinMax(c *TypeCall) types.Type {
	args := c.Args.VarArgs
	var t types.Type = types.Unknown
	if len(args) == 1 {
		t = elemOf(c.Env.TypeOf(args[0]))
	} else {
		for _, a := range args {
			t = types.Join(t, c.Env.TypeOf(a))
		}
	}
	if key := c.Args.Get("key"); key != nil && !IsNone(key) {
		c.callbackResult(key, t)
	}
	if d := c.Args.Get("default"); d != nil {
		t = types.Join(t, c.Env.TypeOf(d))
	}
	return t
}

func emitMinMax(name string, want int) func(c *EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		args := c.Args.VarArgs
		if len(args) == 0 {
			c.Env.Errorf(c.Call.Start(), "%s expected at least 1 argument, got 0", name)
			return jen.Nil()
		}
		t := c.Result
		var xs jen.Code
		if len(args) == 1 && types.Equal(elemOf(c.Env.TypeOf(args[0])), t) {
			xs = sliceOf(c.Env, args[0])
		} else if len(args) == 1 {
			xs = Rt("ItemsOf").Types(c.Env.GoType(t)).Call(c.Env.ExprAs(args[0], types.Object))
		} else {
			items := make([]jen.Code, len(args))
			for i, a := range args {
				items[i] = c.Env.ExprAs(a, t)
			}
			xs = jen.Index().Add(c.Env.GoType(t)).Values(items...)
		}
		key := c.Args.Get("key")
		def := c.Args.Get("default")
		if (key == nil || IsNone(key)) && def == nil {
			return Rt(capital(name)).Call(jen.Add(xs).Op("..."))
		}
		keyCode, keyType := jen.Code(jen.Nil()), t
		if key != nil && !IsNone(key) {
			keyCode = callback(c.Env, key, t)
		}
		defCode, hasDef := zeroOf(c.Env, t), jen.False()
		if def != nil {
			defCode, hasDef = c.Env.ExprAs(def, t), jen.True()
		}
		fn := Rt("MinMax")
		if key == nil || IsNone(key) {
			fn = fn.Types(c.Env.GoType(t), c.Env.GoType(keyType))
		}
		return fn.Call(jen.Lit(name), jen.Lit(want), xs, keyCode, defCode, hasDef)
	}
}

func capital(s string) string { return string(s[0]-'a'+'A') + s[1:] }

func typeSum(c *TypeCall) types.Type {
	elem := elemOf(c.Env.TypeOf(c.Args.Get("iterable")))
	start := types.Type(types.Int)
	if s := c.Args.Get("start"); s != nil {
		start = c.Env.TypeOf(s)
	}
	switch {
	case elem == types.Int && start == types.Int:
		return types.Int
	case elem == types.Float && types.IsNumber(start):
		return types.Float
	}
	return types.Object
}

func emitSum(c *EmitCall) jen.Code {
	it := c.Args.Get("iterable")
	if l, ok := c.Env.TypeOf(it).(*types.List); ok && l.Elem == c.Result && (l.Elem == types.Int || l.Elem == types.Float) {
		name, zero := "SumInts", jen.Lit(0)
		if l.Elem == types.Float {
			name, zero = "SumFloats", jen.Lit(0.0)
		}
		return Rt(name).Call(c.Env.Expr(it), c.ArgAs("start", l.Elem, zero))
	}
	switch c.Result {
	case types.Int:
		return Rt("SumInt").Call(seqOf(c.Env, it), c.ArgAs("start", types.Int, jen.Lit(0)))
	case types.Float:
		return Rt("SumFloat").Call(seqOf(c.Env, it), c.ArgAs("start", types.Float, jen.Lit(0.0)))
	}
	return Rt("Sum").Call(c.Env.ExprAs(it, types.Object), c.ArgAs("start", types.Object, jen.Lit(0)))
}

func emitAnyAll(name string) func(c *EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		return Rt(name).Call(seqOf(c.Env, c.Args.Get("iterable")))
	}
}

func typeMap(c *TypeCall) types.Type {
	fn, it := c.Args.Get("func"), c.Args.Get("iterable")
	if len(c.Args.VarArgs) > 0 {
		elems, ok := mapElems(c.Env, c.Args)
		if !ok {
			return &types.Iter{Elem: types.Object}
		}
		return &types.Iter{Elem: known(c.Env.CallResult(fn, elems))}
	}
	return &types.Iter{Elem: known(c.callbackResult(fn, iterElem(c.Env, fn, it)))}
}

// maxMapIterables is how many iterables map() takes: the runtime has
// Map2 and Map3.
const maxMapIterables = 3

// mapElems are the item types of the iterables of map(f, xs, ys, ...);
// ok is false when one is starred or there are too many.
func mapElems(env interface{ TypeOf(ast.Expr) types.Type }, b *Bound) ([]types.Type, bool) {
	its := append([]ast.Expr{b.Get("iterable")}, b.VarArgs...)
	elems := make([]types.Type, len(its))
	for i, it := range its {
		if _, star := it.(*ast.Starred); star {
			return nil, false
		}
		elems[i] = elemOf(env.TypeOf(it))
	}
	return elems, len(its) <= maxMapIterables
}

func emitMap(c *EmitCall) jen.Code {
	fn, it := c.Args.Get("func"), c.Args.Get("iterable")
	if len(c.Args.VarArgs) > 0 {
		return emitMapN(c)
	}
	return Rt("Map").Call(callback(c.Env, fn, iterElem(c.Env, fn, it)), iterArg(c.Env, fn, it))
}

// emitMapN is map(f, xs, ys[, zs]): f called with an item of each,
// stopping at the shortest.
func emitMapN(c *EmitCall) jen.Code {
	fn := c.Args.Get("func")
	elems, ok := mapElems(c.Env, c.Args)
	if !ok {
		c.Env.Errorf(c.Call.Start(), "not supported yet: map() over a starred argument or more than %d iterables", maxMapIterables)
		return jen.Nil()
	}
	if _, isFunc := c.Env.TypeOf(fn).(*types.Func); !isFunc {
		c.Env.Errorf(fn.Start(), "not supported yet: map() of this callable over several iterables")
		return jen.Nil()
	}
	args := []jen.Code{c.Env.Callback(fn, elems)}
	for _, it := range append([]ast.Expr{c.Args.Get("iterable")}, c.Args.VarArgs...) {
		args = append(args, seqOf(c.Env, it))
	}
	return Rt("Map" + strconv.Itoa(len(elems))).Call(args...)
}

func typeFilter(c *TypeCall) types.Type {
	fn, it := c.Args.Get("function"), c.Args.Get("iterable")
	if IsNone(fn) {
		return &types.Iter{Elem: elemOf(c.Env.TypeOf(it))}
	}
	c.callbackResult(fn, iterElem(c.Env, fn, it))
	return &types.Iter{Elem: iterElem(c.Env, fn, it)}
}

func emitFilter(c *EmitCall) jen.Code {
	fn, it := c.Args.Get("function"), c.Args.Get("iterable")
	if IsNone(fn) {
		t := c.Env.GoType(elemOf(c.Env.TypeOf(it)))
		return Rt("Filter").Types(t, t).Call(jen.Nil(), seqOf(c.Env, it))
	}
	return Rt("Filter").Call(callback(c.Env, fn, iterElem(c.Env, fn, it)), iterArg(c.Env, fn, it))
}

func typeEnumerate(c *TypeCall) types.Type {
	elem := elemOf(c.Env.TypeOf(c.Args.Get("iterable")))
	return &types.Iter{Elem: &types.Tuple{Elems: []types.Type{types.Int, elem}}}
}

func emitEnumerate(c *EmitCall) jen.Code {
	return Rt("Enumerate").Call(seqOf(c.Env, c.Args.Get("iterable")), c.ArgAs("start", types.Int, jen.Lit(0)))
}

func typeZip(c *TypeCall) types.Type {
	elems := make([]types.Type, len(c.Args.VarArgs))
	for i, a := range c.Args.VarArgs {
		if _, ok := a.(*ast.Starred); ok {
			return &types.Iter{Elem: types.Object}
		}
		elems[i] = elemOf(c.Env.TypeOf(a))
	}
	return &types.Iter{Elem: &types.Tuple{Elems: elems}}
}

func emitZip(c *EmitCall) jen.Code {
	if s := c.Args.Get("strict"); s != nil && !isFalse(s) {
		return Rt("ZipStrict").Call(append([]jen.Code{c.ArgAs("strict", types.Bool, nil)}, objectArgs(c.Env, c.Args.VarArgs)...)...)
	}
	return Rt("Zip").Call(objectArgs(c.Env, c.Args.VarArgs)...)
}

func typeReversed(c *TypeCall) types.Type {
	return &types.Iter{Elem: elemOf(c.Env.TypeOf(c.Args.Get("seq")))}
}

func emitReversed(c *EmitCall) jen.Code {
	return Rt("Reversed").Call(sliceOf(c.Env, c.Args.Get("seq")))
}

func typeList(c *TypeCall) types.Type {
	it := c.Args.Get("iterable")
	if it == nil {
		return &types.List{Elem: types.Unknown}
	}
	return &types.List{Elem: elemOf(c.Env.TypeOf(it))}
}

func emitList(c *EmitCall) jen.Code {
	it := c.Args.Get("iterable")
	if it == nil {
		lt, _ := c.Result.(*types.List)
		if lt == nil {
			return Rt("NewList").Call()
		}
		return jen.Index().Add(c.Env.GoType(lt.Elem)).Values()
	}
	if lt, ok := c.Env.TypeOf(it).(*types.List); ok {
		if isViewCall(it) {
			// keys(), values() and items() of the collections' dicts are
			// named slice types that print as views; a list is a plain
			// slice.
			return jen.Qual("slices", "Clone").Call(jen.Index().Add(c.Env.GoType(lt.Elem)).Parens(c.Env.Expr(it)))
		}
		return jen.Qual("slices", "Clone").Call(c.Env.Expr(it))
	}
	return sliceOf(c.Env, it)
}

func emitTuple(c *EmitCall) jen.Code {
	it := c.Args.Get("iterable")
	if it == nil {
		return Rt("Tuple").Values()
	}
	return Rt("Tuple").Call(Rt("ItemsOf").Types(Rt("Object")).Call(c.Env.ExprAs(it, types.Object)))
}

// emitDict is dict(), dict(iterable) and dict(k=v, ...): keyword
// arguments keep their source order.
func emitDict(c *EmitCall) jen.Code {
	it := c.Args.Get("iterable")
	srcs := kwSources(c.Env, c.Args.VarKw)
	if it == nil && len(srcs) <= 1 && !hasMapping(c.Args.VarKw) {
		if len(srcs) == 0 {
			return Rt("DictFromPairs").Call()
		}
		return srcs[0]
	}
	if it != nil {
		srcs = append([]jen.Code{c.Env.ExprAs(it, types.Object)}, srcs...)
	}
	return Rt("DictWith").Call(srcs...)
}

// kwSources are the keyword arguments of a call as dict sources in
// source order: each run of name=value a DictFromPairs, each **mapping
// itself.
func kwSources(env EmitEnv, kws []*ast.Keyword) []jen.Code {
	var out, pairs []jen.Code
	flush := func() {
		if len(pairs) > 0 {
			out = append(out, Rt("DictFromPairs").Call(pairs...))
			pairs = nil
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			flush()
			out = append(out, env.ExprAs(k.Value, types.Object))
			continue
		}
		pairs = append(pairs, jen.Lit(k.Arg), env.ExprAs(k.Value, types.Object))
	}
	flush()
	return out
}

// hasMapping reports whether kws holds a **mapping.
func hasMapping(kws []*ast.Keyword) bool {
	for _, k := range kws {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// zeroOf is Go's zero value of t, for an argument that is not used.
func zeroOf(env EmitEnv, t types.Type) jen.Code {
	switch t {
	case types.Int:
		return jen.Lit(0)
	case types.Float:
		return jen.Lit(0.0)
	case types.Str:
		return jen.Lit("")
	case types.Bool:
		return jen.False()
	}
	if _, ok := t.(*types.Tuple); ok {
		return jen.Nil()
	}
	if types.IsNative(t) {
		return jen.Op("*").New(env.GoType(t))
	}
	return jen.Nil()
}

// boundMethod emits a method of a dynamic value used as a function
// (max(d, key=d.get)) as a func literal calling it through CallMethod; nil
// when fn is not such a method.
func boundMethod(env EmitEnv, fn ast.Expr, elem types.Type) jen.Code {
	attr, ok := fn.(*ast.Attribute)
	if !ok {
		return nil
	}
	switch env.TypeOf(attr.Value).(type) {
	case *types.Module, *types.Named, *types.Func:
		return nil
	}
	if env.TypeOf(fn) != types.Object {
		return nil
	}
	return jen.Func().Params(jen.Id("v").Add(env.GoType(elem))).Add(Rt("Object")).Block(
		jen.Return(Rt("CallMethod").Call(env.ExprAs(attr.Value, types.Object), jen.Lit(attr.Attr), jen.Id("v"))))
}

// nativeFunc is the Go function that does what a builtin does for a
// native argument type, when there is one with the right signature.
func nativeFunc(path string, elem types.Type) jen.Code {
	switch {
	case path == "builtins.len" && elem == types.Str:
		return jen.Qual("unicode/utf8", "RuneCountInString")
	case path == "builtins.str" && elem == types.Int:
		return jen.Qual("strconv", "Itoa")
	case path == "builtins.abs" && elem == types.Int:
		return Rt("AbsInt")
	case path == "builtins.abs" && elem == types.Float:
		return jen.Qual("math", "Abs")
	}
	return nil
}

// isViewCall reports whether x is a call of a keys, values or items
// method.
func isViewCall(x ast.Expr) bool {
	call, ok := x.(*ast.Call)
	if !ok {
		return false
	}
	attr, ok := call.Func.(*ast.Attribute)
	return ok && (attr.Attr == "keys" || attr.Attr == "values" || attr.Attr == "items")
}
