// Package diag holds the source text of a Python file and the problems found
// in it.
//
// Stages never stop at the first problem in the user's input: they add a
// Diagnostic to a Log and go on, so one run reports everything it can (the
// esbuild model). Go errors are kept for I/O and for bugs. Positions are byte
// offsets; line, column and the quoted source line are worked out only when
// a message is printed.
package diag

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/py2go/py2go/ast"
)

// Source is one input file.
type Source struct {
	// Name is the file name as the user gave it ("<stdin>" for stdin); it is
	// what messages print.
	Name string
	// Path is the absolute path when the source came from a file, used for
	// tracebacks of the generated program; empty for stdin.
	Path string
	// Text is the file's content as read, BOM and CRLF included.
	Text       string
	lineStarts []int
}

// NewSource indexes text for position look-ups.
func NewSource(name, path, text string) *Source {
	s := &Source{Name: name, Path: path, Text: text}
	s.lineStarts = append(s.lineStarts, 0)
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			s.lineStarts = append(s.lineStarts, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			s.lineStarts = append(s.lineStarts, i+1)
		}
	}
	return s
}

// Offset turns a 1-based line and a 0-based byte column into an offset.
func (s *Source) Offset(line, byteCol int) ast.Pos {
	if line < 1 {
		return 0
	}
	if line > len(s.lineStarts) {
		return ast.Pos(len(s.Text))
	}
	off := s.lineStarts[line-1] + byteCol
	if off > len(s.Text) {
		off = len(s.Text)
	}
	return ast.Pos(off)
}

// Position is a human position: Line is 1-based, Col is 1-based and counts
// code points, as CPython's SyntaxError does.
type Position struct {
	Line, Col int
}

// Position turns an offset into a line and column.
func (s *Source) Position(p ast.Pos) Position {
	off := int(p)
	if off > len(s.Text) {
		off = len(s.Text)
	}
	if off < 0 {
		off = 0
	}
	i := sort.Search(len(s.lineStarts), func(i int) bool { return s.lineStarts[i] > off }) - 1
	start := s.lineStarts[i]
	col := utf8.RuneCountInString(s.Text[start:off]) + 1
	if i == 0 && strings.HasPrefix(s.Text, "\uFEFF") && off >= 3 {
		col-- // the BOM is not a column
	}
	return Position{Line: i + 1, Col: col}
}

// Line returns the text of a 1-based line without its line ending.
func (s *Source) Line(n int) string {
	if n < 1 || n > len(s.lineStarts) {
		return ""
	}
	start := s.lineStarts[n-1]
	end := len(s.Text)
	if n < len(s.lineStarts) {
		end = s.lineStarts[n]
	}
	line := strings.TrimRight(s.Text[start:end], "\r\n")
	if n == 1 {
		line = strings.TrimPrefix(line, "\uFEFF")
	}
	return line
}

// LineCount is the number of lines.
func (s *Source) LineCount() int { return len(s.lineStarts) }

// Severity says whether a diagnostic refuses the input.
type Severity int

// The severities.
const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one problem in the input.
type Diagnostic struct {
	Pos      ast.Pos
	Severity Severity
	Message  string
}

// Log collects diagnostics for one source. It is safe for concurrent use.
type Log struct {
	Source *Source
	mu     sync.Mutex
	diags  []Diagnostic
}

// NewLog starts an empty log for src.
func NewLog(src *Source) *Log { return &Log{Source: src} }

// Errorf records an error at p.
func (l *Log) Errorf(p ast.Pos, format string, args ...any) {
	l.add(Diagnostic{Pos: p, Severity: Error, Message: fmt.Sprintf(format, args...)})
}

// Warnf records a warning at p.
func (l *Log) Warnf(p ast.Pos, format string, args ...any) {
	l.add(Diagnostic{Pos: p, Severity: Warning, Message: fmt.Sprintf(format, args...)})
}

// Unsupported records the standard error for a construct py2go cannot
// translate yet, naming it.
func (l *Log) Unsupported(p ast.Pos, what string) {
	l.Errorf(p, "not supported yet: %s", what)
}

func (l *Log) add(d Diagnostic) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, old := range l.diags {
		if old == d {
			return // the same problem found twice by two passes
		}
	}
	l.diags = append(l.diags, d)
}

// HasErrors reports whether any error was recorded.
func (l *Log) HasErrors() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, d := range l.diags {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Diagnostics returns the recorded diagnostics in source order.
func (l *Log) Diagnostics() []Diagnostic {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := append([]Diagnostic(nil), l.diags...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pos < out[j].Pos })
	return out
}

// Format renders d as `name:line:col: severity: message`, then the source
// line and a caret under the column.
func (s *Source) Format(d Diagnostic) string {
	p := s.Position(d.Pos)
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d:%d: %s: %s\n", s.Name, p.Line, p.Col, d.Severity, d.Message)
	line := s.Line(p.Line)
	if strings.TrimSpace(line) == "" {
		return b.String()
	}
	b.WriteString(line)
	b.WriteByte('\n')
	pad := []rune(line)
	if p.Col-1 < len(pad) {
		pad = pad[:p.Col-1]
	}
	for _, r := range pad {
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteString("^\n")
	return b.String()
}

// Print writes every diagnostic of the log to w.
func (l *Log) Print(w io.Writer) {
	for _, d := range l.Diagnostics() {
		io.WriteString(w, l.Source.Format(d))
	}
}
