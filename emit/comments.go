package emit

import (
	"sort"

	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/diag"
)

// notes places the Python comments: each comment that stands alone goes
// before the first statement after it, each comment that ends a line of
// code goes after that line's statement, comments above the first line of
// code document the file, and comments after the last statement end the
// file. Placing them by position up front makes the result independent of
// the order in which the emitter visits statements (functions are emitted
// apart from the module body).
type notes struct {
	header   []ast.Comment
	leading  map[ast.Stmt][]ast.Comment
	trailing map[ast.Stmt]ast.Comment
	footer   []ast.Comment
}

func placeComments(mod *ast.Module, src *diag.Source) *notes {
	n := &notes{leading: map[ast.Stmt][]ast.Comment{}, trailing: map[ast.Stmt]ast.Comment{}}
	var stmts []ast.Stmt
	ast.InspectStmts(mod.Body, func(node ast.Node) bool {
		if st, ok := node.(ast.Stmt); ok {
			stmts = append(stmts, st)
		}
		return true
	})
	sort.SliceStable(stmts, func(i, j int) bool { return stmts[i].Start() < stmts[j].Start() })
	for _, c := range mod.Comments {
		i := sort.Search(len(stmts), func(i int) bool { return stmts[i].Start() > c.P })
		switch {
		case c.Trailing && i > 0:
			n.attachTrailing(stmts[:i], c, src)
		case i == 0:
			n.header = append(n.header, c)
		case i == len(stmts):
			n.footer = append(n.footer, c)
		default:
			n.leading[stmts[i]] = append(n.leading[stmts[i]], c)
		}
	}
	return n
}

// attachTrailing gives a trailing comment to the innermost statement that
// starts on its line (the last one starting before it).
func (n *notes) attachTrailing(before []ast.Stmt, c ast.Comment, src *diag.Source) {
	line := src.Position(c.P).Line
	for i := len(before) - 1; i >= 0; i-- {
		if src.Position(before[i].Start()).Line == line {
			if _, taken := n.trailing[before[i]]; !taken {
				n.trailing[before[i]] = c
				return
			}
		}
	}
	// A comment after a multi-line statement's last line: keep it before
	// the next statement instead.
	n.footer = append(n.footer, c)
}
