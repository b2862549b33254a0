package parser

import "strings"

// assignKind names the bad assignment target in gpython's panic (a failed
// interface conversion of the target node) the way CPython does.
func assignKind(panicMsg string) string {
	switch {
	case strings.Contains(panicMsg, "*ast.Num"), strings.Contains(panicMsg, "*ast.Str"),
		strings.Contains(panicMsg, "*ast.Bytes"), strings.Contains(panicMsg, "*ast.NameConstant"),
		strings.Contains(panicMsg, "*ast.Ellipsis"):
		return "literal"
	case strings.Contains(panicMsg, "*ast.Call"):
		return "function call"
	case strings.Contains(panicMsg, "*ast.Compare"):
		return "comparison"
	case strings.Contains(panicMsg, "*ast.Lambda"):
		return "lambda"
	}
	return "expression"
}

// assignError finds the bad target of kind in the statement starting at
// token ls and words the error as CPython does: with a hint about `==`
// when the target is a whole, unbracketed target of the first `=`.
func (p *parse) assignError(ls int, kind string) problem {
	at, hint, _ := p.findTarget(ls, p.lineEnd(ls), kind)
	return p.assignMessage(at, hint, kind)
}

func (p *parse) assignMessage(at int, hint bool, kind string) problem {
	msg := "cannot assign to " + kind
	if hint {
		msg += " here. Maybe you meant '==' instead of '='?"
	}
	return problem{Pos: p.sig[at].Start, Msg: msg}
}

// lineEnd is the index of the NEWLINE ending the logical line at ls.
func (p *parse) lineEnd(ls int) int {
	end := ls
	for end < len(p.sig)-1 && p.sig[end].Kind != tNewline {
		end++
	}
	return end
}

// anyAssignError finds the first statement with a bad target of kind.
// gpython reports such errors only when it has parsed the whole file, so
// its position says nothing about where the statement is.
func (p *parse) anyAssignError(kind string) (problem, bool) {
	for ls := 0; ls < len(p.sig)-1; {
		ls = realStart(p.sig, ls)
		end := p.lineEnd(ls)
		if at, hint, ok := p.findTarget(ls, end, kind); ok {
			return p.assignMessage(at, hint, kind), true
		}
		ls = end + 1
	}
	return problem{}, false
}

// findTarget scans the assignment targets of tokens [ls, end) (those
// before the last `=`, or of a for statement) element by element for one
// of the given kind. It returns its first token, whether it is unbracketed
// in the first target, and whether there was one; when there was none it
// returns ls.
func (p *parse) findTarget(ls, end int, kind string) (int, bool, bool) {
	isFor := p.tokText(ls) == "for"
	if isFor {
		ls++
	}
	last := p.lastTargetEnd(ls, end, isFor)
	if last < 0 {
		return ls - b2i(isFor), false, false
	}
	// groups holds, per open bracket, whether it groups targets (it opens
	// an element) rather than belonging to one (a call, a subscript).
	var groups []bool
	nested := func() bool {
		for _, g := range groups {
			if g {
				return true
			}
		}
		return false
	}
	es, region := ls, 0
	for j := ls; j <= last; j++ {
		t := p.tokText(j)
		inGroup := len(groups) == 0 || groups[len(groups)-1]
		closes := len(groups) > 0 && groups[len(groups)-1] && (t == ")" || t == "]")
		if inGroup && t == "," || closes || j == last || len(groups) == 0 && t == "=" {
			if p.targetIs(es, j, kind) {
				return es, !nested() && region == 0 && !isFor, true
			}
			es = j + 1
		}
		switch {
		case (t == "(" || t == "[") && j == es:
			groups = append(groups, true)
			es = j + 1
		case t == "(" || t == "[" || t == "{":
			groups = append(groups, false)
		case (t == ")" || t == "]" || t == "}") && len(groups) > 0:
			groups = groups[:len(groups)-1]
		case len(groups) == 0 && t == "=":
			region++
		}
	}
	return ls - b2i(isFor), false, false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// lastTargetEnd is the index of the last `=` outside brackets in [from,
// end), or of the `in` of a for statement: where the targets end. It is -1
// when there is none.
func (p *parse) lastTargetEnd(from, end int, isFor bool) int {
	last, depth := -1, 0
	for j := from; j < end; j++ {
		switch t := p.tokText(j); {
		case t == "(" || t == "[" || t == "{":
			depth++
		case t == ")" || t == "]" || t == "}":
			depth--
		case depth != 0:
		case isFor && t == "in":
			return j
		case !isFor && t == "=":
			last = j
		case t == "lambda" || t == ":":
			return last
		}
	}
	return last
}

// binaryOps are the operators whose presence makes a target an
// expression.
var binaryOps = map[string]bool{
	"+": true, "-": true, "*": true, "/": true, "//": true, "%": true, "**": true, "<<": true, ">>": true,
	"&": true, "|": true, "^": true, "~": true, "@": true, "and": true, "or": true, "not": true,
}

var compareOps = map[string]bool{"<": true, ">": true, "<=": true, ">=": true, "==": true, "!=": true, "in": true, "is": true}

// targetIs reports whether tokens [from, to) form a target of kind.
func (p *parse) targetIs(from, to int, kind string) bool {
	if from >= to {
		return false
	}
	switch kind {
	case "literal":
		k := p.sig[from].Kind
		t := p.tokText(from)
		return to-from == 1 && (k == tNumber || k == tString || t == "None" || t == "True" || t == "False" || t == "...")
	case "function call":
		return p.sig[from].Kind == tName && p.tokText(to-1) == ")"
	}
	ops := binaryOps
	if kind == "comparison" {
		ops = compareOps
	}
	depth := 0
	for j := from; j < to; j++ {
		switch t := p.tokText(j); {
		case t == "(" || t == "[" || t == "{":
			depth++
		case t == ")" || t == "]" || t == "}":
			depth--
		case depth == 0 && ops[t] && !(j == from && t == "*"):
			return true
		}
	}
	return false
}
