package infer

import (
	"reflect"

	"github.com/py2go/py2go/ast"
)

// functools.partial(f, *args, **kw) is rewritten, before anything else
// looks at the program, into the lambda it stands for: with
//
//	def power(base, exp): ...
//	square = partial(power, exp=2)
//
// square is `lambda base: power(base, exp=2)`, so the rest of inference
// types it as any function value (its parameters learn their types from
// the calls of square, through map, submit or Thread as well) and the Go
// is a plain func literal. The bound arguments are evaluated once, where
// partial is called, as Python does: Info.Partials lists them and the
// emitter evaluates them into temporaries before the func literal.
//
// Only a function the program defines (or a lambda) can be rewritten,
// since its parameters must be known; it may not take *args or **kwargs.
// Any other partial call stays as it is and its recognizer reports it.

// desugarPartials rewrites the partial calls of mod in place.
func (in *Info) desugarPartials(mod *ast.Module) {
	p := &partials{info: in, defs: map[string]*ast.Arguments{}}
	p.names, p.modules = importedAs(mod, "functools", "partial")
	p.collect(mod)
	if len(p.names) == 0 && len(p.modules) == 0 {
		return
	}
	for i, st := range mod.Body {
		mod.Body[i] = rewriteExprs(st, p.rewrite).(ast.Stmt)
	}
}

type partials struct {
	info *Info
	// names are what functools.partial is imported as; modules what
	// functools is.
	names, modules map[string]bool
	// defs maps a name bound only by one def (or one `name = lambda`) to
	// its parameters; bound counts every binding of a name.
	defs  map[string]*ast.Arguments
	bound map[string]int
}

// collect finds which names stand for one function everywhere in the
// program.
func (p *partials) collect(mod *ast.Module) {
	p.bound = map[string]int{}
	ast.InspectStmts(mod.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef:
			p.bound[n.Name]++
			p.defs[n.Name] = n.Args
			for _, a := range n.Args.All() {
				p.bound[a.Name] += 2
			}
		case *ast.Lambda:
			for _, a := range n.Args.All() {
				p.bound[a.Name] += 2
			}
		case *ast.ClassDef:
			p.bound[n.Name] += 2
		case *ast.Assign:
			for _, t := range n.Targets {
				p.countTargets(t)
				if name, ok := t.(*ast.Name); ok {
					if l, ok := n.Value.(*ast.Lambda); ok && len(n.Targets) == 1 {
						p.defs[name.ID] = l.Args
						p.bound[name.ID]--
					}
				}
			}
		case *ast.For:
			p.countTargets(n.Target)
		case *ast.AugAssign:
			p.countTargets(n.Target)
		}
		return true
	})
}

func aliasName(a *ast.Alias) string {
	if a.AsName != "" {
		return a.AsName
	}
	return a.Name
}

func (p *partials) countTargets(t ast.Expr) {
	ast.Inspect(t, func(n ast.Node) bool {
		if name, ok := n.(*ast.Name); ok {
			p.bound[name.ID] += 2
		}
		return true
	})
}

// isPartial reports whether fn names functools.partial.
func (p *partials) isPartial(fn ast.Expr) bool { return isImported(fn, p.names, p.modules, "partial") }

// target returns the parameters of the function partial is given.
func (p *partials) target(fn ast.Expr) *ast.Arguments {
	switch fn := fn.(type) {
	case *ast.Lambda:
		return fn.Args
	case *ast.Name:
		if p.bound[fn.ID] <= 1 {
			return p.defs[fn.ID]
		}
	}
	return nil
}

// rewrite turns one partial call into its lambda, and leaves anything
// else as it is.
func (p *partials) rewrite(x ast.Expr) ast.Expr {
	call, ok := x.(*ast.Call)
	if !ok || !p.isPartial(call.Func) || len(call.Args) == 0 {
		return x
	}
	fn, bound := call.Args[0], call.Args[1:]
	args := p.target(fn)
	if args == nil || args.Vararg != nil || args.Kwarg != nil {
		return x
	}
	lam, ok := buildPartial(call, fn, bound, args)
	if !ok {
		return x
	}
	if p.info.Partials == nil {
		p.info.Partials = map[*ast.Lambda][]ast.Expr{}
	}
	p.info.Partials[lam] = []ast.Expr{}
	for _, b := range bound {
		p.info.Partials[lam] = append(p.info.Partials[lam], b)
	}
	for _, k := range call.Keywords {
		p.info.Partials[lam] = append(p.info.Partials[lam], k.Value)
	}
	return lam
}

// buildPartial makes the lambda of partial(fn, *bound, **call.Keywords)
// for a function with parameters args; false when the arguments do not
// fit them or a bound argument mentions a parameter left to the lambda.
func buildPartial(call *ast.Call, fn ast.Expr, bound []ast.Expr, args *ast.Arguments) (*ast.Lambda, bool) {
	pos := append(append([]*ast.Arg{}, args.PosOnly...), args.Args...)
	if len(bound) > len(pos) {
		return nil, false
	}
	kwBound := map[string]bool{}
	for _, k := range call.Keywords {
		if k.Arg == "" || !isParam(k.Arg, pos[len(bound):], args.KwOnly) || indexArg(k.Arg, args.PosOnly) >= 0 {
			return nil, false
		}
		kwBound[k.Arg] = true
	}
	// A lambda's parameters are all its own, so only the names of the
	// bound arguments can be caught by the new lambda's parameters.
	used := namesIn(append(append([]ast.Expr{}, bound...), keywordValues(call.Keywords)...))
	for _, b := range bound {
		if _, star := b.(*ast.Starred); star {
			return nil, false
		}
	}
	lam := &ast.Lambda{ExprBase: call.ExprBase, Args: &ast.Arguments{}}
	body := &ast.Call{ExprBase: call.ExprBase, Func: fn, Args: append([]ast.Expr{}, bound...)}
	for _, k := range call.Keywords {
		if _, isConst := k.Value.(*ast.Constant); !isConst || used[k.Arg] {
			body.Keywords = append(body.Keywords, k)
			continue
		}
		// A keyword bound to a literal stays a parameter a call may give
		// again (partial(f, step=5)(1, step=2)), with the literal as its
		// default.
		lam.Args.KwOnly = append(lam.Args.KwOnly, &ast.Arg{P: k.P, Name: k.Arg})
		lam.Args.KwDefaults = append(lam.Args.KwDefaults, k.Value)
		body.Keywords = append(body.Keywords, &ast.Keyword{P: k.P, Arg: k.Arg, Value: &ast.Name{ExprBase: call.ExprBase, ID: k.Arg, Ctx: ast.Load}})
	}
	firstDefault := len(pos) - len(args.Defaults)
	kwMode := false
	for i := len(bound); i < len(pos); i++ {
		a := pos[i]
		if kwBound[a.Name] {
			kwMode = true // later parameters can only be given by keyword now
			continue
		}
		if used[a.Name] {
			return nil, false
		}
		var def ast.Expr
		if i >= firstDefault {
			def = args.Defaults[i-firstDefault]
		}
		ref := &ast.Name{ExprBase: call.ExprBase, ID: a.Name, Ctx: ast.Load}
		if kwMode {
			lam.Args.KwOnly = append(lam.Args.KwOnly, &ast.Arg{P: call.P, Name: a.Name})
			lam.Args.KwDefaults = append(lam.Args.KwDefaults, def)
			body.Keywords = append(body.Keywords, &ast.Keyword{P: call.P, Arg: a.Name, Value: ref})
			continue
		}
		lam.Args.Args = append(lam.Args.Args, &ast.Arg{P: call.P, Name: a.Name})
		if def != nil {
			lam.Args.Defaults = append(lam.Args.Defaults, def)
		}
		body.Args = append(body.Args, ref)
	}
	for j, a := range args.KwOnly {
		if kwBound[a.Name] {
			continue
		}
		if used[a.Name] {
			return nil, false
		}
		lam.Args.KwOnly = append(lam.Args.KwOnly, &ast.Arg{P: call.P, Name: a.Name})
		lam.Args.KwDefaults = append(lam.Args.KwDefaults, args.KwDefaults[j])
		body.Keywords = append(body.Keywords, &ast.Keyword{P: call.P, Arg: a.Name, Value: &ast.Name{ExprBase: call.ExprBase, ID: a.Name, Ctx: ast.Load}})
	}
	lam.Body = body
	return lam, true
}

func isParam(name string, pos, kwOnly []*ast.Arg) bool {
	return indexArg(name, pos) >= 0 || indexArg(name, kwOnly) >= 0
}

func indexArg(name string, args []*ast.Arg) int {
	for i, a := range args {
		if a.Name == name {
			return i
		}
	}
	return -1
}

func keywordValues(kw []*ast.Keyword) []ast.Expr {
	out := make([]ast.Expr, len(kw))
	for i, k := range kw {
		out[i] = k.Value
	}
	return out
}

// namesIn is the set of names the expressions mention.
func namesIn(xs []ast.Expr) map[string]bool {
	out := map[string]bool{}
	for _, x := range xs {
		ast.Inspect(x, func(n ast.Node) bool {
			if name, ok := n.(*ast.Name); ok {
				out[name.ID] = true
			}
			return true
		})
	}
	return out
}

var exprType = reflect.TypeOf((*ast.Expr)(nil)).Elem()

// rewriteExprs replaces, bottom-up, every expression inside n (and n
// itself when it is one) by what f returns for it.
func rewriteExprs(n ast.Node, f func(ast.Expr) ast.Expr) ast.Node {
	walkExprs(reflect.ValueOf(n), f)
	if e, ok := n.(ast.Expr); ok {
		return f(e)
	}
	return n
}

func walkExprs(v reflect.Value, f func(ast.Expr) ast.Expr) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkExprs(v.Elem(), f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				walkExprs(v.Field(i), f)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkExprs(v.Index(i), f)
		}
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		walkExprs(v.Elem(), f)
		if v.Type() == exprType && v.CanSet() {
			v.Set(reflect.ValueOf(f(v.Elem().Interface().(ast.Expr))))
		}
	}
}
