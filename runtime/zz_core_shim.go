package runtime

// Temporary stand-ins for the rtcore branch's names, deleted when rtcore is
// merged. Only what the concurrency code needs.

import (
	"fmt"
	"io"
	"os"
	"sync"
)

type Object = any

type ExceptionType struct {
	Name   string
	Module string
	Base   *ExceptionType
}

func (t *ExceptionType) New(args ...Object) *Error { return &Error{Type: t, Args: args} }

func (t *ExceptionType) IsSubclass(base *ExceptionType) bool {
	for c := t; c != nil; c = c.Base {
		if c == base {
			return true
		}
	}
	return false
}

func (t *ExceptionType) QualName() string {
	if t.Module == "" || t.Module == "builtins" || t.Module == "__main__" {
		return t.Name
	}
	return t.Module + "." + t.Name
}

type Error struct {
	Type *ExceptionType
	Args []Object
}

func (e *Error) Error() string {
	if len(e.Args) == 0 {
		return e.Type.QualName()
	}
	return e.Type.QualName() + ": " + fmt.Sprint(e.Args[0])
}

func (e *Error) Str() string {
	if len(e.Args) == 0 {
		return ""
	}
	return fmt.Sprint(e.Args[0])
}

func (e *Error) Matches(t *ExceptionType) bool { return e != nil && e.Type.IsSubclass(t) }

var (
	BaseException = &ExceptionType{Name: "BaseException", Module: "builtins"}
	SystemExit    = &ExceptionType{Name: "SystemExit", Module: "builtins", Base: BaseException}
	Exception     = &ExceptionType{Name: "Exception", Module: "builtins", Base: BaseException}
	ValueError    = &ExceptionType{Name: "ValueError", Module: "builtins", Base: Exception}
	RuntimeError  = &ExceptionType{Name: "RuntimeError", Module: "builtins", Base: Exception}
	OSError       = &ExceptionType{Name: "OSError", Module: "builtins", Base: Exception}
	TimeoutError  = &ExceptionType{Name: "TimeoutError", Module: "builtins", Base: OSError}
)

func Catch(f func()) (err *Error) {
	defer func() {
		if r := recover(); r != nil {
			err = AsError(r)
		}
	}()
	f()
	return nil
}

func AsError(r any) *Error {
	if e, ok := r.(*Error); ok {
		return e
	}
	return RuntimeError.New(fmt.Sprint(r))
}

type File struct {
	mu sync.Mutex
	w  io.Writer
}

func newFile(w io.Writer, buffered, line bool) *File { return &File{w: w} }

func (f *File) WriteString(s string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	_, _ = io.WriteString(f.w, s)
}

func (f *File) Flush() {}

var (
	Stdout = newFile(os.Stdout, true, false)
	Stderr = newFile(os.Stderr, false, false)
)

func (e *Error) Traceback() string {
	return "Traceback (most recent call last):\n" + e.Error() + "\n"
}

func PrintException(e *Error) {
	Stdout.Flush()
	Stderr.WriteString(e.Traceback())
}

func library(name, module string, base *ExceptionType) *ExceptionType {
	return &ExceptionType{Name: name, Module: module, Base: base}
}

var (
	FuturesError   = library("Error", "concurrent.futures._base", Exception)
	CancelledError = library("CancelledError", "concurrent.futures._base", FuturesError)
	ProcessError   = library("ProcessError", "multiprocessing.context", Exception)
	MPTimeoutError = library("TimeoutError", "multiprocessing.context", ProcessError)
	LoopExit       = library("LoopExit", "gevent.exceptions", Exception)
	GreenletExit   = library("GreenletExit", "greenlet", BaseException)
)

func Repr(v Object) string {
	if s, ok := v.(string); ok {
		return "'" + s + "'"
	}
	return fmt.Sprint(v)
}

var atExit []func()

func AtExit(f func()) { atExit = append(atExit, f) }
