package runtime

import (
	"fmt"
	"strings"
)

// Exception groups (3.11): BaseExceptionGroup and ExceptionGroup, as a
// TaskGroup raises them and a program builds them. Their args are
// (message, exceptions), as in CPython, so one made by
// ExceptionGroup("m", [e1, e2]) and one made by the runtime are alike.
var (
	// BaseExceptionGroup is the builtin BaseExceptionGroup.
	BaseExceptionGroup = &ExceptionType{Name: "BaseExceptionGroup", Module: "builtins",
		Base: BaseException}
	// ExceptionGroup is the builtin ExceptionGroup, an Exception and a
	// BaseExceptionGroup.
	ExceptionGroup = &ExceptionType{Name: "ExceptionGroup", Module: "builtins",
		Base: Exception, More: []*ExceptionType{BaseExceptionGroup}}
)

// The groups' __str__ is set here, since it refers back to the classes.
func init() {
	BaseExceptionGroup.StrFunc = groupStr
	ExceptionGroup.StrFunc = groupStr
}

// NewExceptionGroup is ExceptionGroup(msg, excs).
func NewExceptionGroup(msg string, excs []*Error) *Error {
	items := make([]Object, len(excs))
	for i, e := range excs {
		items[i] = e
	}
	return ExceptionGroup.New(msg, NewList(items...))
}

// groupStr is str() of an exception group: its message and how many
// exceptions it holds, "unhandled errors in a TaskGroup (1 sub-exception)".
func groupStr(e *Error) string {
	n := len(e.subExceptions())
	s := "s"
	if n == 1 {
		s = ""
	}
	return fmt.Sprintf("%s (%d sub-exception%s)", Str(e.groupArg(0)), n, s)
}

// groupArg is the i-th constructor argument of an exception group, None
// when missing.
func (e *Error) groupArg(i int) Object {
	if i < len(e.Args) {
		return e.Args[i]
	}
	return nil
}

// subExceptions are the exceptions an exception group holds; nil for
// other exceptions.
func (e *Error) subExceptions() []*Error {
	if !e.Matches(BaseExceptionGroup) || e.groupArg(1) == nil {
		return nil
	}
	var out []*Error
	for _, x := range ItemsOf[Object](e.groupArg(1)) {
		if sub, ok := x.(*Error); ok {
			out = append(out, sub)
		} else if p, ok := x.(PyExceptioner); ok {
			out = append(out, p.PyException())
		}
	}
	return out
}

// Exceptions is eg.exceptions: the tuple of the group's exceptions.
// Other exceptions have no such attribute.
func (e *Error) Exceptions() Tuple {
	if !e.Matches(BaseExceptionGroup) {
		panic(AttributeError.New("'" + e.Type.Name + "' object has no attribute 'exceptions'"))
	}
	subs := e.subExceptions()
	out := make(Tuple, len(subs))
	for i, s := range subs {
		out[i] = ExcValue(s)
	}
	return out
}

// Message is eg.message: the group's message.
func (e *Error) Message() string {
	if !e.Matches(BaseExceptionGroup) {
		panic(AttributeError.New("'" + e.Type.Name + "' object has no attribute 'message'"))
	}
	return Str(e.groupArg(0))
}

// tbPrinter writes a traceback as CPython's traceback module formats it,
// including the boxes of exception groups: inside a group every line is
// indented by two spaces per level and carries a "| " margin.
type tbPrinter struct {
	b         *strings.Builder
	seen      map[*Error]bool
	depth     int
	needClose bool
}

// emit writes text, a whole number of lines, indented for the current
// group depth, with margin ('|' or '+') before each line inside a group.
func (p *tbPrinter) emit(text string, margin byte) {
	prefix := strings.Repeat("  ", p.depth)
	if p.depth > 0 {
		prefix += string(margin) + " "
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			p.b.WriteString(prefix + line)
		}
	}
}

// maxGroupWidth is how many of a group's exceptions CPython prints before
// it writes "and N more exceptions".
const maxGroupWidth = 15

// group writes an exception group: its own frames and last line, then
// each of its exceptions in a numbered box.
func (p *tbPrinter) group(e *Error, subs []*Error) {
	top := p.depth == 0
	if top {
		p.depth++
	}
	if frames := e.userFrames(); len(frames) > 0 {
		margin := byte('|')
		if top {
			margin = '+'
		}
		var fb strings.Builder
		writeFrames(&fb, frames)
		p.emit("Exception Group Traceback (most recent call last):\n", margin)
		p.emit(fb.String(), '|')
	}
	p.emit(lastLine(e)+"\n", '|')
	n := min(len(subs), maxGroupWidth+1)
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		title := fmt.Sprint(i + 1)
		if i >= maxGroupWidth {
			title = "..."
		}
		corner := "  "
		if i == 0 {
			corner = "+-"
		}
		p.b.WriteString(strings.Repeat("  ", p.depth) + corner + "+---------------- " + title + " ----------------\n")
		p.depth++
		if i < maxGroupWidth {
			p.chain(subs[i])
		} else {
			more := len(subs) - maxGroupWidth
			s := "s"
			if more == 1 {
				s = ""
			}
			p.emit(fmt.Sprintf("and %d more exception%s\n", more, s), '|')
		}
		if last && p.needClose {
			p.b.WriteString(strings.Repeat("  ", p.depth) + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}
