package runtime

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"strings"
	"sync"
)

// File is a Python text stream (sys.stdout, sys.stderr). Every write takes
// one lock, so a print() call from one thread never tears another's line.
type File struct {
	mu     sync.Mutex
	w      io.Writer
	buf    *bufio.Writer // nil when unbuffered
	line   bool          // flush after each write that holds a newline
	closed bool          // set at exit: later writes are dropped
}

// stdoutBufferSize is the block size for stdout written to a pipe or file;
// large blocks make many small prints cheap.
const stdoutBufferSize = 64 << 10

var (
	// Stdout is sys.stdout: block-buffered when it is not a terminal and
	// line-buffered on a terminal, as CPython's.
	Stdout = newFile(os.Stdout, true, isTerminal(os.Stdout))
	// Stderr is sys.stderr, unbuffered so errors appear at once.
	Stderr = newFile(os.Stderr, false, false)
)

// newFile makes a stream on w: block-buffered, line-buffered (buffered and
// line) or unbuffered.
func newFile(w io.Writer, buffered, line bool) *File {
	f := &File{w: w, line: line}
	if buffered {
		f.buf = bufio.NewWriterSize(w, stdoutBufferSize)
	}
	return f
}

// isTerminal approximates isatty(), which CPython uses to choose line
// buffering, without a terminal library: a character device other than the
// null device. (/dev/null is a character device but not a tty, and output
// sent there, as in benchmarks, should stay block-buffered.)
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(st, null)
}

// WriteString writes s as one unit (file.write in Python).
func (f *File) WriteString(s string) {
	f.mu.Lock()
	if !f.closed {
		if f.buf == nil {
			_, _ = io.WriteString(f.w, s)
		} else {
			_, _ = f.buf.WriteString(s)
			f.flushIf(f.line && strings.IndexByte(s, '\n') >= 0)
		}
	}
	f.mu.Unlock()
}

// writeLocked writes p, flushing when the stream's buffering mode or the
// caller asks for it. Write errors are ignored: a closed pipe must not turn
// a print into a crash.
func (f *File) writeLocked(p []byte, flush bool) {
	if f.closed {
		return
	}
	if f.buf == nil {
		_, _ = f.w.Write(p)
		return
	}
	_, _ = f.buf.Write(p)
	f.flushIf(flush || (f.line && bytes.IndexByte(p, '\n') >= 0))
}

func (f *File) flushIf(cond bool) {
	if cond {
		_ = f.buf.Flush()
	}
}

// Flush writes out buffered output (file.flush()).
func (f *File) Flush() {
	f.mu.Lock()
	if f.buf != nil && !f.closed {
		_ = f.buf.Flush()
	}
	f.mu.Unlock()
}

// closeForExit flushes the stream one last time and drops any later
// writes, so a thread still printing while the program exits cannot write
// a partial block after the final flush.
func (f *File) closeForExit() {
	f.mu.Lock()
	if f.buf != nil && !f.closed {
		_ = f.buf.Flush()
	}
	f.closed = true
	f.mu.Unlock()
}

// PrintOptions are print()'s keyword arguments. The emitter always fills
// Sep and End (Python's defaults are " " and "\n"); a nil File is stdout.
type PrintOptions struct {
	Sep, End string
	File     *File
	Flush    bool
}

var defaultPrint = PrintOptions{Sep: " ", End: "\n"}

// Print is print(*args) with default options.
func Print(args ...any) {
	PrintOpts(defaultPrint, args...)
}

// linePool recycles the buffers print formats lines in, so printing from
// many goroutines does not allocate per call.
var linePool = sync.Pool{New: func() any { b := make([]byte, 0, 128); return &b }}

// PrintOpts is print(*args, sep=..., end=..., file=..., flush=...). The
// whole line is formatted before the stream's lock is taken and written
// under it, so each call is atomic.
func PrintOpts(o PrintOptions, args ...any) {
	bp := linePool.Get().(*[]byte)
	b := (*bp)[:0]
	for i, a := range args {
		if i > 0 {
			b = append(b, o.Sep...)
		}
		b = appendStr(b, a)
	}
	b = append(b, o.End...)
	f := o.File
	if f == nil {
		f = Stdout
	}
	f.mu.Lock()
	f.writeLocked(b, o.Flush)
	f.mu.Unlock()
	*bp = b
	linePool.Put(bp)
}
