package infer

import "github.com/py2go/py2go/ast"

// `with contextlib.suppress(A, B): body` is `try: body except (A, B):
// pass`: it is rewritten so before anything else looks at the program,
// and the try statement's translation serves (jumps out of the body,
// exceptions of subclasses, suppress() of nothing catching nothing). A
// suppress with an `as` target, *args or other context managers in the
// same statement is left alone, and refused as a library call.

// desugarSuppress rewrites the suppress statements of mod.
func desugarSuppress(mod *ast.Module) {
	names, modules := importedAs(mod, "contextlib", "suppress")
	if len(names) == 0 && len(modules) == 0 {
		return
	}
	eachBody(mod.Body, func(body []ast.Stmt) {
		for i, st := range body {
			if w, ok := st.(*ast.With); ok {
				if try := suppressTry(w, names, modules); try != nil {
					body[i] = try
				}
			}
		}
	})
}

// suppressTry is the try statement w stands for, nil when w is not a
// plain suppress statement.
func suppressTry(w *ast.With, names, modules map[string]bool) *ast.Try {
	if w.Async || len(w.Items) != 1 || w.Items[0].OptionalVars != nil {
		return nil
	}
	call, ok := w.Items[0].ContextExpr.(*ast.Call)
	if !ok || len(call.Keywords) > 0 || !isImported(call.Func, names, modules, "suppress") {
		return nil
	}
	for _, a := range call.Args {
		if _, star := a.(*ast.Starred); star {
			return nil
		}
	}
	var typ ast.Expr = &ast.Tuple{ExprBase: call.ExprBase, Elts: call.Args, Ctx: ast.Load}
	if len(call.Args) == 1 {
		typ = call.Args[0]
	}
	handler := &ast.ExceptHandler{P: call.Start(), Type: typ, Body: []ast.Stmt{&ast.Pass{StmtBase: w.StmtBase}}}
	return &ast.Try{StmtBase: w.StmtBase, Body: w.Body, Handlers: []*ast.ExceptHandler{handler}}
}

// eachBody calls f with body and with every statement list nested in it
// (the bodies of compound statements, functions and classes included),
// outermost first, so f may replace the statements of each.
func eachBody(body []ast.Stmt, f func([]ast.Stmt)) {
	f(body)
	for _, st := range body {
		for _, b := range nestedBodies(st) {
			eachBody(b, f)
		}
	}
}

// nestedBodies are the statement lists directly inside st, the bodies of
// functions and classes included.
func nestedBodies(st ast.Stmt) [][]ast.Stmt {
	switch n := st.(type) {
	case *ast.FunctionDef:
		return [][]ast.Stmt{n.Body}
	case *ast.ClassDef:
		return [][]ast.Stmt{n.Body}
	}
	return ast.Blocks(st)
}
