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

// callers returns the calling goroutine's stack, outermost call first,
// and the index where the exception's traceback starts in it. Called from
// a deferred function while a panic is being handled, the stack ends at the
// frame that panicked (the recovery machinery above it is cut), and the
// traceback starts at the caller of the function that deferred the
// recovery: the frames the exception has travelled through, which is what
// CPython's e.__traceback__ holds.
func callers() (stack []uintptr, start int) {
	buf := make([]uintptr, 64)
	for {
		n := goruntime.Callers(3, buf)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]uintptr, 2*len(buf))
	}
	stack, keep := trimToRecoverer(buf)
	for i, j := 0, len(stack)-1; i < j; i, j = i+1, j-1 {
		stack[i], stack[j] = stack[j], stack[i]
	}
	return stack, len(stack) - keep
}

// trimToRecoverer cuts an innermost-first stack that holds a panic to the
// frames below runtime.gopanic, and counts how many of those lie between
// the panic and the caller of the function whose deferred closure (the
// first non-runtime frame above gopanic) is recovering. Without a panic
// the stack is returned whole.
func trimToRecoverer(pcs []uintptr) (stack []uintptr, keep int) {
	g := -1
	for i, pc := range pcs {
		if pcFuncName(pc) == "runtime.gopanic" {
			g = i
			break
		}
	}
	if g < 0 {
		return pcs, len(pcs)
	}
	recoverer := ""
	for i := g - 1; i >= 0 && (recoverer == "" || strings.HasPrefix(recoverer, "runtime.")); i-- {
		recoverer = pcFuncName(pcs[i])
	}
	if i := strings.LastIndex(recoverer, ".func"); i > 0 {
		recoverer = recoverer[:i]
	}
	stack = pcs[g+1:]
	for i, pc := range stack {
		if pcFuncName(pc) == recoverer {
			return stack, min(i+2, len(stack))
		}
	}
	return stack, len(stack)
}

func pcFuncName(pc uintptr) string {
	if f := goruntime.FuncForPC(pc - 1); f != nil {
		return f.Name()
	}
	return ""
}

// record adds a stack captured where the exception was recovered (see
// callers) to its traceback. The first capture is the traceback. A later
// one means the exception was raised again (a try that did not handle it,
// a finally, or Future.result in another goroutine): its frames go in
// front, as CPython extends e.__traceback__ while an exception propagates.
// When the re-raise happened up the stack the exception came from, and the
// frame that re-raised is the frame the old traceback starts in, that
// frame appears once, at its old line, as after a bare `raise`. A stack
// from elsewhere (another goroutine) is kept apart by a zero pc, so frames
// are never folded across it.
func (e *Error) record(stack []uintptr, start int) {
	e.tb.mu.Lock()
	defer e.tb.mu.Unlock()
	if e.tb.pcs == nil {
		e.tb.stack, e.tb.pcs = stack, stack[start:]
		return
	}
	end := len(stack)
	for end > start && !isUserPC(stack[end-1]) {
		end--
	}
	pcs := stack[start:end:end]
	merged := make([]uintptr, 0, len(pcs)+1+len(e.tb.pcs))
	if !continues(stack[:end], e.tb.stack) {
		pcs = append(pcs, 0)
	} else if len(pcs) > 0 && funcEntry(pcs[len(pcs)-1]) == funcEntry(e.tb.pcs[0]) {
		pcs = pcs[:len(pcs)-1]
	}
	e.tb.pcs = append(append(merged, pcs...), e.tb.pcs...)
	e.tb.stack = stack
}

// continues reports whether the call path outer (outermost first) leads
// into the stack old was captured on: every frame but the last is the same
// call, and the last is in the same function. That holds for an exception
// re-raised further up the goroutine it was raised on, and not for one
// handed over from another goroutine.
func continues(outer, old []uintptr) bool {
	n := len(outer)
	if n == 0 || n > len(old) {
		return false
	}
	for i := 0; i < n-1; i++ {
		if outer[i] != old[i] {
			return false
		}
	}
	return funcEntry(outer[n-1]) == funcEntry(old[n-1])
}

// traceback is what an exception has recorded of the Go stack: pcs are the
// frames it has travelled through, outermost call first, with a zero pc
// between stacks of different goroutines; stack is the whole stack of the
// latest capture. A lock guards it because one exception can be re-raised
// by several goroutines at once (two threads calling Future.result).
type traceback struct {
	mu    sync.Mutex
	pcs   []uintptr
	stack []uintptr
}

// isUserPC reports whether a return address lies in a frame tracebacks
// show (see isUserFrame), counting functions inlined into it: a runtime
// helper such as Exit may be inlined into translated code.
func isUserPC(pc uintptr) bool {
	frames := goruntime.CallersFrames([]uintptr{pc})
	for {
		f, more := frames.Next()
		if isUserFrame(f.File, f.Function) {
			return true
		}
		if !more {
			return false
		}
	}
}

func funcEntry(pc uintptr) uintptr {
	if f := goruntime.FuncForPC(pc - 1); f != nil {
		return f.Entry()
	}
	return pc
}

// frame is one line pair of a printed traceback. goName is the Go
// function; defPos is where that function is defined ("file:line"), known
// for frames that are not inlined.
type frame struct {
	file, name     string
	line           int
	goName, defPos string
}

// userFrames turns the recorded stack into the frames a Python user should
// see: those in .py files (through //line directives) and in Go files of
// package main, with Go-only closures folded away (see foldClosures).
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
	if e.unentered && len(out) > 0 {
		out = out[:len(out)-1]
	}
	return out
}

// segmentFrames resolves one captured stack (the traceback holds several
// when an exception was handed between goroutines), outermost first.
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
			out = append(out, frame{file: f.File, line: f.Line, goName: f.Function, defPos: defPos(f)})
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

// defPos is "file:line" of the start of a frame's function, or "" for an
// inlined frame, whose function has no entry of its own.
func defPos(f goruntime.Frame) string {
	if f.Func == nil {
		return ""
	}
	file, line := f.Func.FileLine(f.Entry)
	return file + ":" + strconv.Itoa(line)
}

// foldClosures names the frames of one goroutine and removes the Go-only
// ones. Generated code puts try bodies, finally blocks, with blocks and
// thunks for other goroutines in closures that are not Python functions.
// Such an unregistered closure is folded into the frame of the function it
// is written in when that frame calls it (through the runtime or
// directly), taking that function's name, and is hidden when it runs on
// its own goroutine.
func foldClosures(fs []frame) []frame {
	var out []frame
	inherited := ""
	for i, f := range fs {
		name := inherited
		if name == "" {
			name = pyFuncName(f)
		}
		inherited = ""
		if i+1 < len(fs) && isBlockOf(fs[i+1], f) {
			inherited = name
			continue
		}
		if isGlue(f) && (i == 0 || !isBlockOf(f, fs[i-1])) {
			continue
		}
		f.name = name
		out = append(out, f)
	}
	return out
}

// isGlue reports whether a frame is in an unregistered closure.
func isGlue(f frame) bool {
	if _, ok := registeredName(f); ok {
		return false
	}
	_, ok := closureParent(f.goName)
	return ok
}

// isBlockOf reports whether inner is an unregistered closure written
// inside outer's function, directly or nested. When Go inlines a function
// it renames the closures inside it after the caller (f.func1 written in
// g and inlined into h becomes h.g.func2), so the enclosing name is
// matched by its trailing segments.
func isBlockOf(inner, outer frame) bool {
	if !isGlue(inner) {
		return false
	}
	suffix := "." + funcPart(outer.goName)
	for name, ok := closureParent(inner.goName); ok; name, ok = closureParent(name) {
		if name == outer.goName || strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return false
}

// funcPart is a Go function name without its package path and name.
func funcPart(goName string) string {
	name := goName[strings.LastIndexByte(goName, '/')+1:]
	return name[strings.IndexByte(name, '.')+1:]
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

// RegisterFuncNames tells the runtime the Python names of Go functions
// for tracebacks (`in futures_test`, `in <lambda>`). Keys are full Go names
// ("main.futuresTest", "main.main.func1") or, sturdier for closures, the
// position where a function is defined as the //line directives give it
// ("/abs/x.py:12", the line of the def or lambda): Go renames the closures
// of a function it inlines, but their position stays. Generated code calls
// it from an init function and should register every Python function,
// nested defs and lambdas included. Other functions print their Go name
// without package and receiver, and an unregistered closure is treated as
// Go glue: part of the function it is written in, or hidden when it runs
// on its own goroutine.
func RegisterFuncNames(m map[string]string) {
	funcNames.Lock()
	defer funcNames.Unlock()
	for k, v := range m {
		funcNames.m[k] = v
	}
}

func lookupFuncName(key string) (string, bool) {
	funcNames.RLock()
	defer funcNames.RUnlock()
	name, ok := funcNames.m[key]
	return name, ok
}

// registeredName looks a frame's function up by Go name, then by
// definition position.
func registeredName(f frame) (string, bool) {
	if name, ok := lookupFuncName(f.goName); ok {
		return name, true
	}
	if f.defPos != "" {
		return lookupFuncName(f.defPos)
	}
	return "", false
}

// pyFuncName is the Python name of a frame's function: its registered
// name; for an unregistered closure, the name of the function it is
// written in; else the Go name without package path and receiver.
func pyFuncName(f frame) string {
	if name, ok := registeredName(f); ok {
		return name
	}
	goName := f.goName
	for {
		parent, ok := closureParent(goName)
		if !ok {
			break
		}
		if name, ok := lookupFuncName(parent); ok {
			return name
		}
		goName = parent
	}
	return goName[strings.LastIndexByte(goName, '.')+1:]
}

// Traceback is the text CPython prints for an uncaught exception: chained
// causes and contexts first, then this exception's frames and its last line.
func (e *Error) Traceback() string {
	var b strings.Builder
	p := &tbPrinter{b: &b, seen: map[*Error]bool{}}
	p.chain(e)
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

// chain writes the chain oldest first; seen guards against cycles, as
// CPython's print_exception does.
func (p *tbPrinter) chain(e *Error) {
	p.seen[e] = true
	if c := e.Cause; c != nil && !p.seen[c] {
		p.chain(c)
		p.emit(causeSep, '|')
	} else if c := e.Context; c != nil && !e.SuppressContext && !p.seen[c] {
		p.chain(c)
		p.emit(contextSep, '|')
	}
	if subs := e.subExceptions(); subs != nil {
		p.group(e, subs)
		return
	}
	var b strings.Builder
	writeOne(&b, e)
	p.emit(b.String(), '|')
}

// repeatLimit is how many identical frames CPython prints before it
// collapses the rest into "[Previous line repeated N more times]".
const repeatLimit = 3

func writeOne(b *strings.Builder, e *Error) {
	if frames := e.userFrames(); len(frames) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		writeFrames(b, frames)
	}
	b.WriteString(lastLine(e))
	b.WriteByte('\n')
}

// lastLine is the traceback's "Type: message" line. A str() that raises
// prints as CPython prints it, rather than crash the report.
func lastLine(e *Error) (line string) {
	defer func() {
		if recover() != nil {
			line = e.Type.QualName() + ": <exception str() failed>"
		}
	}()
	return e.Error()
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
