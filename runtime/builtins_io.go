package runtime

import (
	"bufio"
	"errors"
	"io"
	"iter"
	"os"
	"strings"
	"sync"
	"syscall"
	"unicode/utf8"
)

var stdin = struct {
	sync.Mutex
	r *bufio.Reader
}{r: bufio.NewReader(os.Stdin)}

// Input is input(prompt): the prompt goes to stdout (flushed first, so it
// shows before the program waits), then one line is read from stdin
// without its newline. End of input raises EOFError.
func Input(prompt Object) string {
	Stdout.WriteString(Str(prompt))
	Stdout.Flush()
	stdin.Lock()
	defer stdin.Unlock()
	line, err := stdin.r.ReadString('\n')
	if err == io.EOF && line == "" {
		panic(EOFError.New("EOF when reading a line"))
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
}

// TextFile is a file opened in text mode by open(): reads decode UTF-8
// with universal newlines ("\r\n" and "\r" read as "\n"), writes go
// through a buffer flushed on close. It is its own context manager and
// iterates over its lines.
type TextFile struct {
	mu     sync.Mutex
	name   string
	mode   string
	f      *os.File
	r      *bufio.Reader // nil when not readable
	out    *File         // nil when not writable
	closed bool
}

// Open is open(file, mode, encoding) for text modes: "r", "w", "a", "x"
// and their "+" forms. Binary modes are refused.
func Open(name string, mode string, encoding Object) *TextFile {
	if strings.Contains(mode, "b") {
		panic(ValueError.New("binary mode files are not supported yet: open(" + Repr(name) + ", " + Repr(mode) + ")"))
	}
	if encoding != nil {
		enc := strings.ToLower(strings.ReplaceAll(Str(encoding), "-", ""))
		if enc != "utf8" && enc != "ascii" {
			panic(LookupError.New("unknown encoding: " + Str(encoding)))
		}
	}
	flags, readable, writable := 0, false, false
	switch strings.Trim(mode, "t+") {
	case "r":
		flags, readable = os.O_RDONLY, true
	case "w":
		flags, writable = os.O_WRONLY|os.O_CREATE|os.O_TRUNC, true
	case "a":
		flags, writable = os.O_WRONLY|os.O_CREATE|os.O_APPEND, true
	case "x":
		flags, writable = os.O_WRONLY|os.O_CREATE|os.O_EXCL, true
	default:
		panic(ValueError.New("invalid mode: " + Repr(mode)))
	}
	if strings.Contains(mode, "+") {
		flags = flags&^(os.O_WRONLY|os.O_RDONLY) | os.O_RDWR
		readable, writable = true, true
	}
	f, err := os.OpenFile(name, flags, 0o666)
	if err != nil {
		panic(fileError(err, name))
	}
	t := &TextFile{name: name, mode: mode, f: f}
	if readable {
		t.r = bufio.NewReader(f)
	}
	if writable {
		t.out = newFile(f, true, false)
	}
	return t
}

// fileError is the Python exception for a failed open: FileNotFoundError
// "[Errno 2] No such file or directory: 'x'" and its siblings.
func fileError(err error, name string) *Error {
	return errnoError(err, name)
}

// errnoError is the OSError subclass CPython raises for err on the named
// files (one, or two for a rename), "[Errno N] Text: 'name'".
func errnoError(err error, names ...string) *Error {
	var errno int
	var class = OSError
	var text = err.Error()
	var en syscall.Errno
	switch {
	case os.IsNotExist(err):
		errno, class, text = 2, FileNotFoundError, "No such file or directory"
	case os.IsPermission(err):
		errno, class, text = 13, PermissionError, "Permission denied"
	case errors.Is(err, syscall.ENOTEMPTY): // before IsExist, which counts it too
		errno, text = int(syscall.ENOTEMPTY), "Directory not empty"
	case os.IsExist(err):
		errno, class, text = 17, FileExistsError, "File exists"
	case errors.Is(err, syscall.EISDIR) || strings.Contains(err.Error(), "is a directory"):
		errno, class, text = 21, IsADirectoryError, "Is a directory"
	case errors.Is(err, syscall.ENOTDIR):
		errno, class, text = 20, NotADirectoryError, "Not a directory"
	case errors.As(err, &en):
		errno = int(en)
		if len(text) > 0 {
			text = strings.ToUpper(text[:1]) + text[1:]
		}
	}
	if errno == 0 {
		return class.New(text)
	}
	return newOSError(class, errno, text, names...)
}

func (t *TextFile) check(readable bool) {
	if t.closed {
		panic(ValueError.New("I/O operation on closed file."))
	}
	if readable && t.r == nil {
		panic(unsupportedOperation("not readable"))
	}
	if !readable && t.out == nil {
		panic(unsupportedOperation("not writable"))
	}
}

func unsupportedOperation(msg string) *Error { return OSError.New(msg) }

// readLine reads one line with universal newlines; "" at the end.
func (t *TextFile) readLine() string {
	var b strings.Builder
	for {
		c, err := t.r.ReadByte()
		if err != nil {
			return b.String()
		}
		if c == '\r' {
			if next, err := t.r.Peek(1); err == nil && next[0] == '\n' {
				_, _ = t.r.ReadByte()
			}
			c = '\n'
		}
		b.WriteByte(c)
		if c == '\n' {
			return b.String()
		}
	}
}

// Read is f.read(size): the rest of the file when size is negative,
// otherwise at most size characters.
func (t *TextFile) Read(size int) string {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.check(true)
	var b strings.Builder
	for n := 0; size < 0 || n < size; n++ {
		r, _, err := t.r.ReadRune()
		if err != nil {
			break
		}
		if r == '\r' {
			if next, err := t.r.Peek(1); err == nil && next[0] == '\n' {
				_, _ = t.r.ReadByte()
			}
			r = '\n'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Readline is f.readline(): one line with its newline, "" at the end.
func (t *TextFile) Readline() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.check(true)
	return t.readLine()
}

// Readlines is f.readlines().
func (t *TextFile) Readlines() []string {
	out := []string{}
	for line := range t.Lines() {
		out = append(out, line)
	}
	return out
}

// Lines iterates over the remaining lines, as `for line in f` does.
func (t *TextFile) Lines() iter.Seq[string] {
	return func(yield func(string) bool) {
		for {
			line := t.Readline()
			if line == "" || !yield(line) {
				return
			}
		}
	}
}

// PyIter iterates over the lines for a file held as Object.
func (t *TextFile) PyIter() iter.Seq[Object] {
	return func(yield func(Object) bool) {
		for line := range t.Lines() {
			if !yield(line) {
				return
			}
		}
	}
}

// Write is f.write(s): it returns the number of characters written.
func (t *TextFile) Write(s string) int {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.check(false)
	t.out.WriteString(s)
	return utf8.RuneCountInString(s)
}

// Writelines is f.writelines(lines).
func (t *TextFile) Writelines(lines Object) {
	for line := range IterOf[string](lines) {
		t.Write(line)
	}
}

// Out is the file as an output stream, for print(..., file=f).
func (t *TextFile) Out() *File {
	t.check(false)
	return t.out
}

// Close is f.close(); closing twice is allowed.
func (t *TextFile) Close() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return
	}
	if t.out != nil {
		t.out.Flush()
	}
	_ = t.f.Close()
	t.closed = true
}

// Name is f.name.
func (t *TextFile) Name() string { return t.name }

// Closed is f.closed.
func (t *TextFile) Closed() bool { return t.closed }

// PyRepr is repr(f).
func (t *TextFile) PyRepr() string {
	return "<_io.TextIOWrapper name=" + Repr(t.name) + " mode=" + Repr(t.mode) + " encoding='UTF-8'>"
}

// PyTypeName is "TextIOWrapper".
func (t *TextFile) PyTypeName() string { return "TextIOWrapper" }
