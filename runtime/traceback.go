package runtime

import (
	"os"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
)

// runtimePkg prefixes the Go names of this package's functions; its frames
// are left out of tracebacks, as CPython's C internals are.
const runtimePkg = "github.com/py2go/py2go/runtime."

// callers returns the calling goroutine's stack, outermost call first.
// Called from a deferred function while a panic is being handled, it keeps
// only the frames from the caller of the function that deferred the
// recovery down to the frame that panicked: the frames the exception has
// travelled through, which is what CPython's e.__traceback__ holds.
func callers() []uintptr {
	buf := make([]uintptr, 64)
	for {
		n := goruntime.Callers(3, buf)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]uintptr, 2*len(buf))
	}
	buf = trimToRecoverer(buf)
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return buf
}

// trimToRecoverer cuts an innermost-first stack that holds a panic to the
// frames below runtime.gopanic, up to the caller of the function whose
// deferred closure (the first non-runtime frame above gopanic) is
// recovering. Without a panic the stack is returned whole.
func trimToRecoverer(pcs []uintptr) []uintptr {
	g := -1
	for i, pc := range pcs {
		if pcFuncName(pc) == "runtime.gopanic" {
			g = i
			break
		}
	}
	if g < 0 {
		return pcs
	}
	recoverer := ""
	for i := g - 1; i >= 0 && (recoverer == "" || strings.HasPrefix(recoverer, "runtime.")); i-- {
		recoverer = pcFuncName(pcs[i])
	}
	if i := strings.LastIndex(recoverer, ".func"); i > 0 {
		recoverer = recoverer[:i]
	}
	for i := g + 1; i < len(pcs); i++ {
		if pcFuncName(pcs[i]) == recoverer {
			return pcs[g+1 : min(i+2, len(pcs))]
		}
	}
	return pcs[g+1:]
}

func pcFuncName(pc uintptr) string {
	if f := goruntime.FuncForPC(pc - 1); f != nil {
		return f.Name()
	}
	return ""
}

// record adds a stack captured where the exception was recovered, on
// goroutine gid, to its traceback. The first capture is the traceback. A
// later one means the exception was raised again (a try that did not
// handle it, a finally, or Future.result in another goroutine): its frames
// go in front, as CPython extends e.__traceback__ while an exception
// propagates. On the same goroutine, when the frame that re-raised is the
// frame the old traceback starts in, it appears once, at its old line, as
// after a bare `raise`. Stacks of different goroutines are kept apart by a
// zero pc, so frames are never folded across them.
func (e *Error) record(pcs []uintptr, gid uint64) {
	e.tb.mu.Lock()
	defer e.tb.mu.Unlock()
	if e.tb.pcs == nil {
		e.tb.pcs, e.tb.gid = pcs, gid
		return
	}
	for len(pcs) > 0 && !isUserPC(pcs[len(pcs)-1]) {
		pcs = pcs[:len(pcs)-1]
	}
	merged := make([]uintptr, 0, len(pcs)+1+len(e.tb.pcs))
	if gid != e.tb.gid {
		pcs = append(pcs, 0)
	} else if len(pcs) > 0 && funcEntry(pcs[len(pcs)-1]) == funcEntry(e.tb.pcs[0]) {
		pcs = pcs[:len(pcs)-1]
	}
	e.tb.pcs = append(append(merged, pcs...), e.tb.pcs...)
	e.tb.gid = gid
}

// traceback is the Go stack an exception has travelled through, outermost
// call first, with a zero pc between goroutines; gid is the goroutine of
// the latest capture. A lock guards it because one exception can be
// re-raised by several goroutines at once (two threads calling
// Future.result).
type traceback struct {
	mu  sync.Mutex
	pcs []uintptr
	gid uint64
}

// goid returns the current goroutine's number, read from the header of
// its stack dump ("goroutine 18 [running]:"). Only exceptions pay for it.
func goid() uint64 {
	var buf [32]byte
	s := buf[len("goroutine "):goruntime.Stack(buf[:], false)]
	var id uint64
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		id = 10*id + uint64(c-'0')
	}
	return id
}

// isUserPC reports whether a return address is in a frame tracebacks
// show; see isUserFrame.
func isUserPC(pc uintptr) bool {
	f := goruntime.FuncForPC(pc - 1)
	if f == nil {
		return false
	}
	file, _ := f.FileLine(pc - 1)
	return isUserFrame(file, f.Name())
}

func funcEntry(pc uintptr) uintptr {
	if f := goruntime.FuncForPC(pc - 1); f != nil {
		return f.Entry()
	}
	return pc
}

// frame is one line pair of a printed traceback.
type frame struct {
	file, name string
	line       int
	goName     string
}

// userFrames turns the recorded stack into the frames a Python user should
// see: those in .py files (through //line directives) and in Go files of
// package main. The frame that only calls the runtime with a closure of its
// own (a try body, a with block) is folded into that closure, because in
// Python both are one frame.
func (e *Error) userFrames() []frame {
	e.tb.mu.Lock()
	pcs := e.tb.pcs
	e.tb.mu.Unlock()
	var out []frame
	for len(pcs) > 0 {
		end := 0
		for end < len(pcs) && pcs[end] != 0 {
			end++
		}
		out = append(out, segmentFrames(pcs[:end])...)
		pcs = pcs[min(end+1, len(pcs)):]
	}
	return out
}

// segmentFrames resolves one goroutine's part of the stack, outermost
// first.
func segmentFrames(pcs []uintptr) []frame {
	// CallersFrames wants innermost-first return addresses, and expands
	// inlined calls, so walk the reversed slice.
	rev := make([]uintptr, len(pcs))
	for i, pc := range pcs {
		rev[len(rev)-1-i] = pc
	}
	var out []frame
	it := goruntime.CallersFrames(rev)
	for {
		f, more := it.Next()
		if isUserFrame(f.File, f.Function) {
			out = append(out, frame{file: f.File, line: f.Line, goName: f.Function})
		}
		if !more {
			break
		}
	}
	return foldClosures(reverse(out))
}

func isUserFrame(file, fn string) bool {
	if strings.HasPrefix(fn, runtimePkg) {
		return false
	}
	return strings.HasSuffix(file, ".py") || strings.HasPrefix(fn, "main.")
}

func reverse(fs []frame) []frame {
	for i, j := 0, len(fs)-1; i < j; i, j = i+1, j-1 {
		fs[i], fs[j] = fs[j], fs[i]
	}
	return fs
}

// foldClosures names the frames of one goroutine and removes the Go-only
// ones. Generated code puts try bodies, with blocks and thunks for other
// goroutines in closures that are not Python functions; such an
// unregistered closure is folded into the frame of the function it is
// written in when that frame calls it (through the runtime), and hidden
// when it runs on its own goroutine.
func foldClosures(fs []frame) []frame {
	var out []frame
	for i, f := range fs {
		if i+1 < len(fs) && isBlockOf(fs[i+1].goName, f.goName) {
			continue
		}
		if isGlue(f.goName) && (i == 0 || !isBlockOf(f.goName, fs[i-1].goName)) {
			continue
		}
		f.name = pyFuncName(f.goName)
		out = append(out, f)
	}
	return out
}

// isGlue reports whether a Go function is an unregistered closure.
func isGlue(goName string) bool {
	if _, ok := lookupFuncName(goName); ok {
		return false
	}
	_, ok := closureParent(goName)
	return ok
}

// isBlockOf reports whether inner is an unregistered closure written
// inside outer (directly or nested).
func isBlockOf(inner, outer string) bool {
	for isGlue(inner) {
		inner, _ = closureParent(inner)
		if inner == outer {
			return true
		}
	}
	return false
}

// closureParent strips the last segment of a Go closure's name, which the
// compiler forms as outer.func1, outer.func1.2 or outer.gowrap1. A
// top-level function that happens to be called func1 has no parent.
func closureParent(goName string) (string, bool) {
	i := strings.LastIndexByte(goName, '.')
	if i < 0 || strings.LastIndexByte(goName[:i], '.') <= strings.LastIndexByte(goName, '/') {
		return "", false
	}
	last := strings.TrimPrefix(strings.TrimPrefix(goName[i+1:], "func"), "gowrap")
	if last == "" || strings.Trim(last, "0123456789") != "" {
		return "", false
	}
	return goName[:i], true
}

var funcNames = struct {
	sync.RWMutex
	m map[string]string
}{m: map[string]string{}}

// RegisterFuncNames tells the runtime the Python name of Go functions, keyed
// by their full Go name ("main.futuresTest", "main.main.func1"), so that
// tracebacks print `in futures_test` or `in <lambda>`. Generated code calls
// it from an init function and should register every Python function,
// including nested defs and lambdas. Other functions print their Go name
// without the package, and an unregistered closure is treated as Go glue:
// part of the function it is written in, or hidden when it runs on its own
// goroutine.
func RegisterFuncNames(m map[string]string) {
	funcNames.Lock()
	defer funcNames.Unlock()
	for k, v := range m {
		funcNames.m[k] = v
	}
}

func lookupFuncName(goName string) (string, bool) {
	funcNames.RLock()
	defer funcNames.RUnlock()
	name, ok := funcNames.m[goName]
	return name, ok
}

// pyFuncName is the Python name of a Go function: its registered name, the
// name of its enclosing function for an unregistered closure, or else the
// Go name without package path and receiver.
func pyFuncName(goName string) string {
	for {
		if name, ok := lookupFuncName(goName); ok {
			return name
		}
		parent, ok := closureParent(goName)
		if !ok {
			break
		}
		goName = parent
	}
	name := goName[strings.LastIndexByte(goName, '/')+1:]
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	if i := strings.LastIndex(name, ")."); i >= 0 {
		name = name[i+2:]
	}
	return name
}

// Traceback is the text CPython prints for an uncaught exception: chained
// causes and contexts first, then this exception's frames and its last line.
func (e *Error) Traceback() string {
	var b strings.Builder
	writeChain(&b, e, map[*Error]bool{})
	return b.String()
}

// PrintTraceback writes e's traceback to w in one write, as
// traceback.print_exception does.
func PrintTraceback(w *File, e *Error) {
	w.WriteString(e.Traceback())
}

// PrintException reports an uncaught exception: it flushes stdout first, so
// earlier output comes before the traceback as in CPython, then writes the
// traceback to stderr.
func PrintException(e *Error) {
	Stdout.Flush()
	PrintTraceback(Stderr, e)
}

const (
	causeSep   = "\nThe above exception was the direct cause of the following exception:\n\n"
	contextSep = "\nDuring handling of the above exception, another exception occurred:\n\n"
)

// writeChain writes the chain oldest first; seen guards against cycles,
// as CPython's print_exception does.
func writeChain(b *strings.Builder, e *Error, seen map[*Error]bool) {
	seen[e] = true
	if c := e.Cause; c != nil && !seen[c] {
		writeChain(b, c, seen)
		b.WriteString(causeSep)
	} else if c := e.Context; c != nil && !e.SuppressContext && !seen[c] {
		writeChain(b, c, seen)
		b.WriteString(contextSep)
	}
	writeOne(b, e)
}

// repeatLimit is how many identical frames CPython prints before it
// collapses the rest into "[Previous line repeated N more times]".
const repeatLimit = 3

func writeOne(b *strings.Builder, e *Error) {
	if frames := e.userFrames(); len(frames) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		writeFrames(b, frames)
	}
	b.WriteString(e.Error())
	b.WriteByte('\n')
}

// writeFrames writes the frame lines, collapsing runs of one repeated
// frame (deep recursion) as CPython does.
func writeFrames(b *strings.Builder, frames []frame) {
	repeats := 0
	for i, f := range frames {
		if i > 0 && f == frames[i-1] {
			repeats++
		} else {
			writeRepeats(b, repeats)
			repeats = 0
		}
		if repeats < repeatLimit {
			writeFrame(b, f)
		}
	}
	writeRepeats(b, repeats)
}

func writeRepeats(b *strings.Builder, repeats int) {
	if n := repeats - repeatLimit + 1; n > 0 {
		b.WriteString("  [Previous line repeated " + strconv.Itoa(n) + " more time")
		if n > 1 {
			b.WriteByte('s')
		}
		b.WriteString("]\n")
	}
}

func writeFrame(b *strings.Builder, f frame) {
	b.WriteString(`  File "` + f.file + `", line ` + strconv.Itoa(f.line) + ", in " + f.name + "\n")
	if src := sourceLine(f.file, f.line); src != "" {
		b.WriteString("    " + src + "\n")
	}
}

// lineCache holds source files read for tracebacks, like Python's
// linecache: each file is read at most once, and only when a traceback
// needs it. A file that cannot be read caches as nil.
var lineCache = struct {
	sync.Mutex
	files map[string][]string
}{files: map[string][]string{}}

// sourceLine returns line n (1-based) of file with surrounding white space
// removed, or "" when it cannot be read.
func sourceLine(file string, n int) string {
	lineCache.Lock()
	lines, ok := lineCache.files[file]
	if !ok {
		if data, err := os.ReadFile(file); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		lineCache.files[file] = lines
	}
	lineCache.Unlock()
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}
