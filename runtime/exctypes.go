package runtime

// The built-in exception hierarchy of CPython 3.11. Generated code names
// these directly (py.ValueError.New("bad")) and `except` clauses test them
// with Matches, so each class is a single shared value.
var (
	// BaseException is the root of every exception class.
	BaseException = &ExceptionType{Name: "BaseException", Module: "builtins"}
	// SystemExit is raised by sys.exit; Run turns it into the exit code.
	SystemExit = builtin("SystemExit", BaseException)
	// KeyboardInterrupt is raised on SIGINT.
	KeyboardInterrupt = builtin("KeyboardInterrupt", BaseException)
	// GeneratorExit is raised inside a generator that is closed.
	GeneratorExit = builtin("GeneratorExit", BaseException)
	// Exception is the base of all non-exiting exceptions.
	Exception = builtin("Exception", BaseException)

	// StopIteration ends an iterator.
	StopIteration = builtin("StopIteration", Exception)
	// StopAsyncIteration ends an async iterator.
	StopAsyncIteration = builtin("StopAsyncIteration", Exception)
	// ArithmeticError is the base of numeric errors.
	ArithmeticError = builtin("ArithmeticError", Exception)
	// FloatingPointError is unused by CPython but part of the hierarchy.
	FloatingPointError = builtin("FloatingPointError", ArithmeticError)
	// OverflowError is raised when a result is too large to represent.
	OverflowError = builtin("OverflowError", ArithmeticError)
	// ZeroDivisionError is raised by division or modulo by zero.
	ZeroDivisionError = builtin("ZeroDivisionError", ArithmeticError)
	// AssertionError is raised by a failing assert.
	AssertionError = builtin("AssertionError", Exception)
	// AttributeError is raised on a missing attribute.
	AttributeError = builtin("AttributeError", Exception)
	// BufferError is raised on buffer misuse.
	BufferError = builtin("BufferError", Exception)
	// EOFError is raised by input() at end of file.
	EOFError = builtin("EOFError", Exception)
	// ImportError is raised when an import fails.
	ImportError = builtin("ImportError", Exception)
	// ModuleNotFoundError is raised when a module cannot be found.
	ModuleNotFoundError = builtin("ModuleNotFoundError", ImportError)
	// LookupError is the base of IndexError and KeyError.
	LookupError = builtin("LookupError", Exception)
	// IndexError is raised on a sequence index out of range.
	IndexError = builtin("IndexError", LookupError)
	// KeyError is raised on a missing mapping key; str() shows its repr.
	KeyError = builtin("KeyError", LookupError)
	// MemoryError is raised when memory runs out.
	MemoryError = builtin("MemoryError", Exception)
	// NameError is raised on an unbound name.
	NameError = builtin("NameError", Exception)
	// UnboundLocalError is raised on a local read before assignment.
	UnboundLocalError = builtin("UnboundLocalError", NameError)
	// OSError is the base of operating-system errors.
	OSError = builtin("OSError", Exception)
	// BlockingIOError is raised when a non-blocking operation would block.
	BlockingIOError = builtin("BlockingIOError", OSError)
	// ChildProcessError is raised on a failed child-process operation.
	ChildProcessError = builtin("ChildProcessError", OSError)
	// ConnectionError is the base of connection errors.
	ConnectionError = builtin("ConnectionError", OSError)
	// BrokenPipeError is raised when writing to a closed pipe.
	BrokenPipeError = builtin("BrokenPipeError", ConnectionError)
	// ConnectionAbortedError is raised when a connection is aborted.
	ConnectionAbortedError = builtin("ConnectionAbortedError", ConnectionError)
	// ConnectionRefusedError is raised when a connection is refused.
	ConnectionRefusedError = builtin("ConnectionRefusedError", ConnectionError)
	// ConnectionResetError is raised when a connection is reset.
	ConnectionResetError = builtin("ConnectionResetError", ConnectionError)
	// FileExistsError is raised when creating a file that exists.
	FileExistsError = builtin("FileExistsError", OSError)
	// FileNotFoundError is raised when a file does not exist.
	FileNotFoundError = builtin("FileNotFoundError", OSError)
	// InterruptedError is raised when a system call is interrupted.
	InterruptedError = builtin("InterruptedError", OSError)
	// IsADirectoryError is raised on a file operation on a directory.
	IsADirectoryError = builtin("IsADirectoryError", OSError)
	// NotADirectoryError is raised on a directory operation on a file.
	NotADirectoryError = builtin("NotADirectoryError", OSError)
	// PermissionError is raised when access is denied.
	PermissionError = builtin("PermissionError", OSError)
	// ProcessLookupError is raised when a process does not exist.
	ProcessLookupError = builtin("ProcessLookupError", OSError)
	// TimeoutError is the builtin timeout (also concurrent.futures'
	// TimeoutError in 3.11); a subclass of OSError.
	TimeoutError = builtin("TimeoutError", OSError)
	// ReferenceError is raised through a dead weak reference.
	ReferenceError = builtin("ReferenceError", Exception)
	// RuntimeError is the catch-all error, also used for Go panics
	// without a Python meaning.
	RuntimeError = builtin("RuntimeError", Exception)
	// NotImplementedError is raised by abstract methods.
	NotImplementedError = builtin("NotImplementedError", RuntimeError)
	// RecursionError is raised when the recursion limit is exceeded.
	RecursionError = builtin("RecursionError", RuntimeError)
	// SyntaxError is raised on invalid syntax.
	SyntaxError = builtin("SyntaxError", Exception)
	// SystemError is raised on an interpreter-internal error.
	SystemError = builtin("SystemError", Exception)
	// TypeError is raised when an operation gets an unsupported type.
	TypeError = builtin("TypeError", Exception)
	// ValueError is raised on a right type with a wrong value.
	ValueError = builtin("ValueError", Exception)
	// UnicodeError is the base of encoding errors.
	UnicodeError = builtin("UnicodeError", ValueError)
	// UnicodeDecodeError is raised when decoding fails.
	UnicodeDecodeError = builtin("UnicodeDecodeError", UnicodeError)
	// UnicodeEncodeError is raised when encoding fails.
	UnicodeEncodeError = builtin("UnicodeEncodeError", UnicodeError)
)

// Exception classes of the libraries py2go translates, with the module
// names CPython prints in tracebacks.
var (
	// FuturesError is concurrent.futures._base.Error.
	FuturesError = library("Error", "concurrent.futures._base", Exception)
	// CancelledError is concurrent.futures.CancelledError.
	CancelledError = library("CancelledError", "concurrent.futures._base", FuturesError)
	// InvalidStateError is concurrent.futures.InvalidStateError.
	InvalidStateError = library("InvalidStateError", "concurrent.futures._base", FuturesError)
	// BrokenExecutor is concurrent.futures.BrokenExecutor.
	BrokenExecutor = library("BrokenExecutor", "concurrent.futures._base", RuntimeError)
	// BrokenProcessPool is concurrent.futures.process.BrokenProcessPool.
	BrokenProcessPool = library("BrokenProcessPool", "concurrent.futures.process", BrokenExecutor)
	// BrokenThreadPool is concurrent.futures.thread.BrokenThreadPool.
	BrokenThreadPool = library("BrokenThreadPool", "concurrent.futures.thread", BrokenExecutor)

	// ProcessError is multiprocessing.ProcessError.
	ProcessError = library("ProcessError", "multiprocessing.context", Exception)
	// MPTimeoutError is multiprocessing.TimeoutError, which is not the
	// builtin TimeoutError.
	MPTimeoutError = library("TimeoutError", "multiprocessing.context", ProcessError)

	// QueueEmpty is queue.Empty (also multiprocessing's and gevent's).
	QueueEmpty = library("Empty", "_queue", Exception)
	// QueueFull is queue.Full.
	QueueFull = library("Full", "queue", Exception)

	// BrokenBarrierError is threading.BrokenBarrierError.
	BrokenBarrierError = library("BrokenBarrierError", "threading", RuntimeError)

	// GeventTimeout is gevent.Timeout, a BaseException.
	GeventTimeout = library("Timeout", "gevent.timeout", BaseException)
	// LoopExit is gevent's deadlock report.
	LoopExit = library("LoopExit", "gevent.exceptions", Exception)
	// GreenletExit is raised in a killed greenlet.
	GreenletExit = library("GreenletExit", "greenlet", BaseException)

	// AsyncioCancelledError is asyncio.CancelledError, a BaseException
	// unlike concurrent.futures'.
	AsyncioCancelledError = library("CancelledError", "asyncio.exceptions", BaseException)
	// AsyncioInvalidStateError is asyncio.InvalidStateError.
	AsyncioInvalidStateError = library("InvalidStateError", "asyncio.exceptions", Exception)
)

func builtin(name string, base *ExceptionType) *ExceptionType {
	return &ExceptionType{Name: name, Module: "builtins", Base: base}
}

func library(name, module string, base *ExceptionType) *ExceptionType {
	return &ExceptionType{Name: name, Module: module, Base: base}
}
