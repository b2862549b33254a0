package emit

import (
	"bytes"
	"strconv"
)

// holdLines makes every Go line a statement's code spans report that
// statement's Python line. A //line directive sets the line of the Go
// line after it, and Go counts on from there, so the second Go line of a
// statement (the loop a comprehension becomes, a call split over lines)
// would report the Python line after the statement's, and a traceback
// would name a line that does not hold the call. The directive is
// repeated before each such line, up to the next directive or the end of
// the function (a line at column 0). A line holding a raw string, which
// a comment cannot split, stops the repetition.
func holdLines(src []byte) []byte {
	const prefix = "//line "
	var out bytes.Buffer
	var directive []byte // the directive in force, nil when none
	next := 0            // the line number Go gives the next line
	for _, line := range bytes.SplitAfter(src, []byte("\n")) {
		switch {
		case len(line) == 1 && line[0] == '\n':
			// A blank line inside a function holds no code.
		case bytes.HasPrefix(line, []byte(prefix)):
			directive, next = line, directiveLine(line)
			out.Write(line)
			continue
		case len(line) == 0 || line[0] != '\t' || bytes.IndexByte(line, '`') >= 0:
			directive = nil
		case directive != nil && next != directiveLine(directive):
			out.Write(directive)
			next = directiveLine(directive)
		}
		out.Write(line)
		next++
	}
	return out.Bytes()
}

// directiveLine is the line number a //line directive gives.
func directiveLine(d []byte) int {
	d = bytes.TrimRight(d, "\n")
	n, _ := strconv.Atoi(string(d[bytes.LastIndexByte(d, ':')+1:]))
	return n
}
