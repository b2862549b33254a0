package parser

// blockKinds names a compound statement in CPython's "expected an
// indented block after ..." message.
var blockKinds = map[string]string{
	"def": "function definition", "class": "class definition", "if": "'if' statement",
	"elif": "'elif' statement", "else": "'else' statement", "for": "'for' statement",
	"while": "'while' statement", "with": "'with' statement", "try": "'try' statement",
	"except": "'except' statement", "finally": "'finally' statement",
}

// blockErrors finds indentation errors from the tokens alone: a block
// header not followed by an indented block, and an indent that follows no
// header. gpython would only say "invalid syntax" for both.
func blockErrors(src string, sig []token) []problem {
	var errs []problem
	start, prevStart := 0, 0
	for i, t := range sig {
		switch t.Kind {
		case tIndent:
			// After a header that lacks its colon the parser reports the
			// colon; the indent is then expected.
			first := realStart(sig, prevStart)
			header := headerKeywords[src[sig[first].Start:sig[first].End]] && i >= 1 && !hasColon(src, sig, first, i-1)
			if (i == 0 || !header) && !(i >= 2 && sig[i-1].Kind == tNewline && isOp(src, sig[i-2], ":")) {
				errs = append(errs, problem{Pos: t.Start - 1, Msg: "unexpected indent"})
			}
		case tNewline:
			prevStart = start
			if e, ok := tryWithoutHandler(src, sig, realStart(sig, start), i); ok {
				errs = append(errs, e)
			}
			if i > 0 && isOp(src, sig[i-1], ":") && i+1 < len(sig) && sig[i+1].Kind != tIndent {
				if e, ok := missingBlock(src, sig, start, i); ok {
					errs = append(errs, e)
				}
			}
			start = i + 1
		case tDedent:
			start = i + 1
		}
	}
	return errs
}

// tryWithoutHandler checks that the block of a `try:` header (tokens
// [start, nl]) is followed by an except or finally clause at its level;
// gpython takes a bare try.
func tryWithoutHandler(src string, sig []token, start, nl int) (problem, bool) {
	if sig[start].Kind != tName || src[sig[start].Start:sig[start].End] != "try" || nl+1 >= len(sig) || sig[nl+1].Kind != tIndent {
		return problem{}, false
	}
	depth := 0
	for j := nl + 1; j < len(sig); j++ {
		switch sig[j].Kind {
		case tIndent:
			depth++
		case tDedent:
			depth--
		}
		if depth > 0 {
			continue
		}
		next := j + 1
		if next < len(sig) && sig[next].Kind != tDedent {
			switch src[sig[next].Start:sig[next].End] {
			case "except", "finally":
				return problem{}, false
			}
		}
		for next < len(sig)-1 && sig[next].Kind == tDedent {
			next++
		}
		return problem{Pos: errorOffset(src, sig, min(next, len(sig)-1)), Msg: "expected 'except' or 'finally' block"}, true
	}
	return problem{}, false
}

// realStart skips the INDENT and DEDENT tokens that open a logical line.
func realStart(sig []token, i int) int {
	for i < len(sig)-1 && (sig[i].Kind == tIndent || sig[i].Kind == tDedent) {
		i++
	}
	return i
}

func isOp(src string, t token, s string) bool {
	return t.Kind == tOp && src[t.Start:t.End] == s
}

// missingBlock builds the error for the header [start, nl) whose block is
// missing; it sits at the next token, or at the end of the last line with
// content when the file ends.
func missingBlock(src string, sig []token, start, nl int) (problem, bool) {
	start = realStart(sig, start)
	kw := src[sig[start].Start:sig[start].End]
	if kw == "async" && start+1 < nl {
		kw = src[sig[start+1].Start:sig[start+1].End]
	}
	kind, ok := blockKinds[kw]
	if !ok {
		return problem{}, false
	}
	line := lineOf(src, sig[start].Start)
	pos := errorOffset(src, sig, nl+1)
	return problem{Pos: pos, Msg: "expected an indented block after " + kind + " on line " + itoa(line)}, true
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}
