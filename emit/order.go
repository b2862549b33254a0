package emit

import "github.com/py2go/py2go/ast"

// A comprehension used as a value is normally filled by a loop put before
// the statement (e.pre), which reads better than a func literal called in
// place. That moves its evaluation before everything the statement
// evaluates first, which Python would not:
//
//	print(q.qsize(), [q.get() for _ in range(3)])
//
// must call qsize before the gets. keepsOrder finds such statements: a
// call or await outside comprehensions evaluated before a comprehension
// that itself calls or awaits. Their comprehensions stay in place
// (e.keepOrder).

// keepsOrder reports whether st evaluates a call or await before a
// comprehension that calls or awaits, outside nested blocks.
func keepsOrder(st ast.Stmt) bool {
	o := &orderWalk{}
	for _, c := range ast.Children(st) {
		if e, ok := c.(ast.Expr); ok {
			o.walk(e)
		}
	}
	return o.found
}

type orderWalk struct {
	seen  bool // a call or await has been evaluated
	found bool
}

func (o *orderWalk) walk(n ast.Expr) {
	if o.found || n == nil {
		return
	}
	switch x := n.(type) {
	case *ast.Lambda:
		return // its body runs later
	case *ast.ListComp, *ast.SetComp, *ast.DictComp:
		// Comprehensions moved before the statement keep their order
		// among themselves; only a call left in place can be passed.
		o.found = o.seen && hasCalls(x)
		return
	}
	for _, c := range ast.Children(n) {
		if e, ok := c.(ast.Expr); ok {
			o.walk(e)
		}
	}
	switch n.(type) {
	case *ast.Call, *ast.Await:
		o.seen = true
	}
}

// hasCalls reports whether e calls or awaits anything.
func hasCalls(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.Call, *ast.Await:
			found = true
		}
		return !found
	})
	return found
}
