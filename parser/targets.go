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
func (p *parse) assignError(ls int, kind string) lexError {
	msg := "cannot assign to " + kind
	end := ls
	for end < len(p.sig)-1 && p.sig[end].Kind != tNewline {
		end++
	}
	at, hint := p.findTarget(ls, end, kind)
	if hint {
		msg += " here. Maybe you meant '==' instead of '='?"
	}
	return lexError{Pos: p.sig[at].Start, Msg: msg}
}

// findTarget scans the assignment targets of tokens [ls, end) element by
// element for one of the given kind. It returns its first token and
// whether it is unbracketed in the first target.
func (p *parse) findTarget(ls, end int, kind string) (int, bool) {
	if p.tokText(ls) == "for" {
		ls++
	}
	isFor := p.tokText(ls-1) == "for"
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
	for j := ls; j < end; j++ {
		t := p.tokText(j)
		inGroup := len(groups) == 0 || groups[len(groups)-1]
		closes := len(groups) > 0 && groups[len(groups)-1] && (t == ")" || t == "]")
		if inGroup && t == "," || closes || len(groups) == 0 && (t == "=" || t == "in") {
			if p.targetIs(es, j, kind) {
				return es, !nested() && region == 0 && !isFor
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
		case len(groups) == 0 && t == "in" && isFor:
			return ls, false
		}
	}
	return ls, region <= 1
}

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
	return to-from > 1
}
