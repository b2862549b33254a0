// Package runtime holds the Python semantics that py2go's generated programs
// call. Generated code imports it as
//
//	py "github.com/py2go/py2go/runtime"
//
// and depends on nothing else outside the Go standard library, so py2go can
// carry these sources inside its own binary and build programs offline.
//
// # The contract between generated code and the runtime
//
// Values. Where py2go's type inference proves a type, generated code uses
// plain Go values: int, float64, string, bool, funcs, slices and structs.
// Where it cannot, it uses Object (an alias of any) holding one of: nil
// (None), bool, int, float64, string, *big.Int, *List, *Dict, Tuple, or a
// runtime type (*Future[T], *Thread, Datetime, *Error, ...). Every
// runtime function that formats or operates on values accepts both kinds.
// Str and Repr give Python's str() and repr(); a type can take part by
// implementing PyStr() string and/or PyRepr() string.
//
// Program shape. The module body becomes a function passed to Run, which
// buffers stdout, runs the body, prints an uncaught exception as a Python
// traceback, waits for non-daemon threads and pending executor work, flushes
// and exits with Python's exit code:
//
//	func main() { py.Run(module) }
//
// Exceptions. A Python exception is an *Error raised with panic:
//
//	panic(py.ValueError.New("bad"))
//
// Classes are *ExceptionType values (ValueError, TimeoutError,
// CancelledError, ...); user classes come from NewExceptionType. The
// runtime turns Go runtime panics that have a Python meaning (integer
// division by zero, index out of range, nil map) into the matching Python
// exception wherever it recovers, and any other panic into a RuntimeError.
// try/except is built on Catch, which runs a closure and returns what it
// raised; a handler tests err.Matches(class) and re-raises what it does not
// handle with panic(err). The body of an except block runs inside
// Handle(err, func() {...}) so that an exception escaping it gets err as
// its __context__; `raise X from err` is panic(X.From(err)). sys.exit(code)
// is Exit(code).
//
// Tracebacks. When the generated file carries //line directives that point
// into the Python source, the Go stack maps onto Python files and lines; the
// runtime then prints `File "x.py", line N, in name` frames, reading the
// source line from the file as CPython does. Frames of package main without
// directives print their Go file and line; frames in the Go runtime and in
// this package are left out. RegisterFuncNames maps Go function names back
// to Python ones; the function passed to Run is "<module>", and an
// unregistered closure (a try body) counts as part of the function it is
// written in, so register lambdas as "<lambda>". The traceback is recorded
// where the exception is recovered; when it is raised again elsewhere (even
// in another goroutine, as Future.result does) the new frames are put in
// front, as CPython does.
//
// Exit. Run calls the hooks registered with AtExit, last first, after the
// module body ends and before the final flush: the concurrency half
// registers waiting for non-daemon threads and executor work there, and
// generated code registers atexit.register callbacks. Stdout is closed after
// that flush, so a daemon goroutine still printing loses its output, as in
// CPython, but never tears the last block.
//
// Output. Print and PrintOpts write one Python print() call atomically: the
// whole line is formatted first and written under one lock, so threads never
// tear each other's lines. stdout is block-buffered when it is not a
// terminal (as CPython's) and flushed at exit, before a traceback, and on
// flush=True.
//
// Concurrency. Threads, thread-pool workers and process-pool workers are
// goroutines and run in parallel. A "process" (a Pool or
// ProcessPoolExecutor worker) is a goroutine group with its own identity
// (name, pid-like number, gevent hub); arguments and results crossing a
// process boundary are copied. gevent greenlets are goroutines that run one
// at a time per process, handing a baton over at gevent.sleep and blocking
// calls in gevent's order. Generic functions (Submit, ApplyAsync, Spawn,
// AsCompleted) keep results typed: a Future[int] returns an int.
//
// Timeouts are float64 seconds as in Python; NoTimeout (a negative value)
// stands for None.
package runtime
