package runtime

import (
	"fmt"
	"math/big"
	"os"
	"reflect"
	goruntime "runtime"
	"sync"
)

// Run runs a translated program: generated code's main is
//
//	func main() { py.Run(module) }
//
// where module is the Python module body. Run prints an uncaught exception
// as a traceback (stdout flushed first), turns SystemExit into the exit
// code as CPython does, then runs the AtExit hooks (which wait for
// non-daemon threads and pending executor work), flushes stdout once more
// and exits. An uncaught KeyboardInterrupt ends the process by SIGINT, as
// CPython does. Run never returns.
func Run(module func()) {
	raiseHeapFloor()
	watchInterrupts()
	code, interrupted := runMain(module)
	if interrupted {
		exitBySIGINT()
	}
	os.Exit(code)
}

// runMain is Run without ending the process, so tests can check the exit
// code; interrupted reports an uncaught KeyboardInterrupt.
func runMain(module func()) (code int, interrupted bool) {
	registerModule(module)
	err := Catch(module)
	code = exitCode(err)
	runAtExit()
	Stdout.closeForExit()
	return code, err.Matches(KeyboardInterrupt)
}

// registerModule names the module body "<module>" in tracebacks.
func registerModule(module func()) {
	name := funcName(module)
	if _, ok := lookupFuncName(name); !ok {
		RegisterFuncNames(map[string]string{name: "<module>"})
	}
}

func funcName(f func()) string {
	if fn := goruntime.FuncForPC(reflect.ValueOf(f).Pointer()); fn != nil {
		return fn.Name()
	}
	return ""
}

// Exit is sys.exit(code): it raises SystemExit, so finally blocks run and
// Run decides the exit status.
func Exit(code Object) {
	panic(SystemExit.New(code))
}

// exitCode reports the process status for how the module body ended,
// printing what CPython prints on the way: a traceback for an uncaught
// exception, or a SystemExit's non-integer argument.
func exitCode(err *Error) int {
	switch {
	case err == nil:
		return 0
	case err.Matches(SystemExit):
		return systemExitCode(err)
	}
	PrintException(err)
	return 1
}

// systemExitCode follows CPython's handle_system_exit: no argument or None
// is 0, an int is the status (the OS keeps its low 8 bits), and anything
// else is printed to stderr with status 1.
func systemExitCode(err *Error) int {
	var code Object
	switch len(err.Args) {
	case 0:
	case 1:
		code = err.Args[0]
	default:
		code = Tuple(err.Args)
	}
	switch c := code.(type) {
	case nil:
		return 0
	case bool:
		if c {
			return 1
		}
		return 0
	case int:
		return c & 0xff
	case *big.Int:
		if c.IsInt64() {
			return int(c.Int64() & 0xff)
		}
		return 0xff // CPython's C long overflows to -1
	}
	Stdout.Flush()
	Stderr.WriteString(Str(code) + "\n")
	return 1
}

// atExit holds the exit hooks, run last-registered first.
var atExit struct {
	sync.Mutex
	hooks []func()
}

// AtExit registers f to run after the module body ends, however it ends,
// before the final flush and exit. Hooks run last-registered first, like
// Python's atexit, and may register further hooks. The concurrency runtime
// registers waiting for non-daemon threads and for executors' queued work
// here; generated code registers atexit.register callbacks. An exception
// raised by a hook is printed as CPython prints it and does not change the
// exit status.
func AtExit(f func()) {
	atExit.Lock()
	atExit.hooks = append(atExit.hooks, f)
	atExit.Unlock()
}

func runAtExit() {
	for {
		f := popAtExit()
		if f == nil {
			return
		}
		if err := Catch(f); err != nil {
			Stdout.Flush()
			Stderr.WriteString(fmt.Sprintf("Exception ignored in atexit callback: <function %s at %#x>\n",
				pyFuncName(frame{goName: funcName(f)}), reflect.ValueOf(f).Pointer()))
			PrintTraceback(Stderr, err)
		}
	}
}

func popAtExit() func() {
	atExit.Lock()
	defer atExit.Unlock()
	n := len(atExit.hooks)
	if n == 0 {
		return nil
	}
	f := atExit.hooks[n-1]
	atExit.hooks = atExit.hooks[:n-1]
	return f
}
