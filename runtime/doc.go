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
// runtime type (*Future[T], *Thread, Datetime, Timedelta, *Error, ...).
// Every runtime function that formats or operates on values accepts both
// kinds. Str and Repr give Python's str() and repr(); a type can take part
// by implementing PyStr() string and/or PyRepr() string (a type with only
// PyRepr uses it for str too), PyTypeName() string for error messages,
// Len() int and PyBool() bool for truth tests. *List and *Dict are
// reference types with a lock per operation (list.append from threads is
// race-free); Dict keeps insertion order and treats 1, 1.0 and True as one
// key. Go maps print with sorted keys, since they have no order.
//
// Numbers. Go's / and % truncate and Go folds constant expressions
// exactly, so generated code must call FloorDiv/Mod (ints),
// FloorDivFloat/ModFloat/TrueDiv (floats), TrueDivInt (int / int), Round
// and RoundTo instead of writing the operators, and must not fold float
// constants (0.1+0.2 has to be computed at run time). PowInt is for proven
// small results only; it raises OverflowError rather than wrap. The
// dynamic operators Add, Sub, Mul, Pow, Neg and TrueDivObj, FloorDivObj,
// ModObj (Obj because the typed helpers own the plain names) keep ints
// exact by promoting to *big.Int on overflow and back to int when a result
// fits; Eq, Ne, Lt, Le, Gt, Ge, Truthy, Contains, Len, GetItem, SetItem,
// Iter (a Go 1.23 iter.Seq[Object]), ToInt, ToFloat and TypeName complete
// the set, all with CPython's error messages. There is no complex type:
// a negative float raised to a fractional power raises ValueError.
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
// CancelledError, ...); user classes come from NewExceptionType, with
// StrFunc for a __str__ of their own and SetAttr/Attr for attributes their
// __init__ sets. The runtime turns Go runtime panics that have a Python
// meaning (integer division by zero, index out of range, nil map) into the
// matching Python exception wherever it recovers, and any other panic into
// a RuntimeError. try/except is built on Catch, which runs a closure and
// returns what it raised; a handler tests err.Matches(class) (or
// MatchesAny for a tuple of classes) and re-raises what it does not handle
// with panic(err), as a finally block does after running. The body of an
// except block runs inside Handle(err, func() {...}) so that an exception
// escaping it gets err as its __context__; `raise X from err` is
// panic(X.From(err)). sys.exit(code) is Exit(code). A try with except*
// clauses hands the exception to ExceptStar; each clause takes its part
// with Match and runs its body under the StarCatch's Handle, and Reraise
// raises what is left.
//
// Tracebacks. The generated file carries a //line directive with the
// absolute path of the Python file before each statement, so the Go stack
// maps onto Python files and lines; the runtime prints `File "x.py", line
// N, in name` frames and reads the source line from the file, as CPython
// does. Frames of package main without directives print their Go file and
// line; frames in the Go runtime and in this package are left out.
// RegisterFuncNames maps Go function names to Python ones and should list
// every Python function, nested defs and lambdas ("<lambda>") included; the
// function passed to Run is "<module>". An unregistered closure is Go glue:
// a try body or with block counts as part of the function it is written
// in, and a thunk run on another goroutine is not shown. The traceback is
// recorded where the exception is recovered; when it is raised again (up
// the same stack, or in another goroutine as Future.result does) the new
// frames go in front, as CPython does.
//
// Exit. Run calls the hooks registered with AtExit, last first, after the
// module body ends and before the final flush: the concurrency half
// registers waiting for non-daemon threads and executor work there, and
// generated code registers atexit.register callbacks. Stdout is closed after
// that flush, so a daemon goroutine still printing loses its output, as in
// CPython, but never tears the last block.
//
// Recursion. A function on a cycle of the program's call graph starts
// with `defer py.Enter().Leave()` (EnterInit for __init__, EnterCompare
// for comparison methods, which CPython reaches through a C slot that
// counts too): the count is goroutine-local (gls.go), so each thread,
// greenlet and task has its own, and passing sys.getrecursionlimit()
// raises RecursionError where CPython does.
//
// Interrupts. SIGINT becomes KeyboardInterrupt in the main thread only
// where the main thread looks for it: blocking calls on the main thread
// select on Interrupts() and call RaiseInterrupt, and loops that may run
// inside a try catching KeyboardInterrupt call CheckInterrupt (one atomic
// load) on every iteration. A SIGINT nobody takes within 300 ms ends the program as
// an uncaught KeyboardInterrupt does (stdout flushed, "KeyboardInterrupt"
// on stderr, killed by SIGINT: status 130 in a shell), but without waiting
// for threads. Watching SIGINT also switches off Go's "all goroutines are
// asleep - deadlock!" crash, so a deadlocked program hangs as CPython's
// threads do, until interrupted; gevent's LoopExit has to be detected by
// the hub itself.
//
// Output. Print and PrintOpts write one Python print() call atomically: the
// whole line is formatted first and written under one lock, so threads never
// tear each other's lines. The emitter always fills PrintOptions.Sep and
// End; a nil File is Stdout. Stdout is block-buffered (64 KiB) when it is
// not a terminal and line-buffered on one, as CPython's; Stderr is
// unbuffered. Stdout is flushed at exit, before a main-thread traceback
// (PrintException), and on flush=True. An exception in a thread is reported
// with PrintTraceback(Stderr, e) without that flush, which is CPython's
// order. Write errors (a closed pipe) are ignored.
//
// Functions. A function value is a plain Go func. What Python keeps on
// a function and Go does not (its __name__ and __doc__, and the parameter
// names and defaults a call bound at run time needs) is kept beside it,
// keyed by the func value's closure pointer: Named records it (for the
// functions decorators receive, and defs with defaults stored as dynamic
// values), Wraps copies it for @functools.wraps, and FuncName, FuncDoc,
// GetAttr, Call and CallKw read it.
//
// Enums. A member of an enum class is a pointer to the program's struct,
// which embeds Enum[V]; the pointer is the member's identity, so process
// copies (ProcessCopy, Pickled) leave members as they are. EnumByValue,
// EnumByName and FlagOf look members up by value and name.
//
// Bytes. A bytes value is a Go []byte held as an Object, a bytearray a
// *ByteArray; the dynamic operations (GetItem, Slice, Add, Mul, Contains,
// Iter, Eq, ordering, dict keys, CallMethod) treat them as CPython does.
//
// Namedtuples. A collections.namedtuple class is a *NamedTupleType and
// its objects *NamedTuple values, which take part in ==, ordering,
// hashing, +, * and slicing as the plain tuple of their items
// (TupleLike).
//
// Time. Time, TimeNs, Monotonic and PerfCounter are the time module's
// clocks. Datetime is a naive datetime (DatetimeNow, NewDatetime) with
// Python's str, repr, Isoformat, Strftime (C locale, %z and %Z empty) and
// subtraction into a Timedelta.
//
// Concurrency. Threads, thread-pool workers and process-pool workers are
// goroutines and run in parallel. A "process" (a Pool or
// ProcessPoolExecutor worker) is a goroutine group with its own identity
// (name, pid-like number, gevent hub); arguments and results crossing a
// process boundary are copied. A module global that worker code writes or
// mutates is a ProcessVar (read with Get, assigned through *Ptr()): each
// child starts with a deep copy of its parent's value, as a forked child
// does, and a Manager's proxies are never copied. gevent greenlets are goroutines that run one
// at a time per process, handing a baton over at gevent.sleep and blocking
// calls in gevent's order. The hub reads the clock once per loop
// iteration, as libev's ev_now, and timers count from that time, so sleeps
// of equal length started in one iteration wake together, in the order
// they started, however loaded the machine. Generic functions (Submit, ApplyAsync, Spawn,
// AsCompleted) keep results typed: a Future[int] returns an int.
//
// Classes. A class of the script is a Go struct type named as the class
// with a constructor newName; a nil pointer stands for None. Generated
// classes implement the runtime's interfaces where they have the matching
// Python methods: PyStr/PyRepr (__str__/__repr__), Len, PyBool,
// PyRichCompare and PyEq (comparisons, used by ==, sorted and `in`), PyIter,
// PyContains, PyGetItem, and, when the program holds objects whose class is
// not proven, PyGetAttr, PyMethod and PyTypeName, through which GetAttr,
// CallMethod and TypeName reach them (and Add and Sub a class's __add__
// and __radd__). A class with __hash__ has PyHash: dict keys and set items
// of it are equal when their hashes and __eq__ say so. A class with
// __str__ but no __repr__ keeps the default repr, <__main__.C object at
// 0x...>, as in Python (PyQualName names a class defined in a function).
// KwArg, KwRest, KwCheck and ObjectInit bind a **mapping passed to a
// method (cooperative super().__init__(**kw)). An exception class with attributes or
// methods is a struct embedding the *Error it raises as (PyException), with
// Error.Self pointing back at it and PyExcStr for its __str__.
//
// asyncio runs on the same hub (asyncio*.go). Calling an async def
// returns a *Coro[T], a lazy closure; `await c` is c.Await(), which runs
// the closure inline in the awaiting task. A Task[T] is a glet of the
// calling thread's hub: a goroutine that runs only while holding the
// baton. Awaiting a sleep, a task, a future or a queue parks the task,
// and the hub's FIFO ready queue decides who runs next, as the event
// loop's call_soon queue does (sleep(0) goes to its back). Done
// callbacks (gather's, wait_for's, a TaskGroup's) run as hidden glets
// queued the same way, so a result reaches its awaiter after as many
// loop turns as in CPython. Task.cancel() cancels what the task awaits
// (an awaited task, a gather's children) or raises AsyncioCancelledError
// at the task's next resumption; asyncio.run (AsyncioRun) creates the
// loop, runs the main coroutine as Task-1, then cancels and waits for the
// tasks left. to_thread and run_in_executor complete their future from
// another goroutine and poke the hub. Async context managers (Lock,
// Semaphore, TaskGroup, timeout) have AEnter and AExit; an AExit that
// must see the exception leaving the block takes recover()'s value and
// raises again what it does not swallow.
//
// Async iteration: an async generator is an iter.Seq run in the
// consuming task; AsyncIter turns an async iterator's __anext__ into one,
// ending at StopAsyncIteration.
//
// Views. A Python list may mix a Future of an int and a Future of None;
// generated code types it by the join (*Future[Object]) and puts each item
// of another type in as a view (AnyFuture, AnyTask, AnyAFuture,
// AnyGreenlet, AnyAsyncResult, AnyCoro): an object of the joined type that
// shares the original's state, converts its result when read and compares
// equal to it.
//
// Shared globals. A module global that threads write is a Shared[T]
// (Load, Store, Update under a lock), as CPython's GIL makes each
// bytecode atomic; containers lock per operation already, and UpdateItem
// makes c[k] op= v one step.
//
// Timeouts are float64 seconds as in Python; NoTimeout (a negative value)
// stands for None.
package runtime
