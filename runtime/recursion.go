package runtime

import (
	"runtime/debug"
	"sync/atomic"
)

// Recursion depth, as CPython limits it.
//
// CPython raises RecursionError when a thread has more Python frames on its
// stack than sys.getrecursionlimit() (1000); a Go program would instead
// grow its stack to 1 GB and die with a stack-overflow dump. Generated code
// counts frames only in functions on a cycle of the program's call graph,
// the only ones that can nest without bound:
//
//	func fib(n int) int {
//		defer py.Enter().Leave()
//		...
//
// The count belongs to the thread, greenlet or task running the function
// (goroutine-local, gls.go), so parallel threads never share it and no
// atomic operation is needed. Frames of functions off every cycle are not counted: the module's
// frame counts as one, so depth N from the module level fails exactly where
// CPython's fails, and each acyclic caller in between shifts the limit by
// one.

// Depth is the number of counted frames of one thread or greenlet, the
// module's (or the thread's first) frame included.
type Depth struct{ n int32 }

// defaultRecursionLimit is sys.getrecursionlimit() at start.
const defaultRecursionLimit = 1000

var recursionLimit atomic.Int32

func init() { recursionLimit.Store(defaultRecursionLimit) }

// Enter counts one more frame of the calling thread or greenlet and
// returns its counter for the matching Leave; it raises RecursionError
// when the frame would pass the recursion limit, as CPython does on
// entering a function.
func Enter() *Depth {
	d := goDepth()
	if d.n++; d.n >= recursionLimit.Load() {
		d.n--
		panic(tooDeepPlain)
	}
	return d
}

// EnterInit is Enter for an __init__ method: CPython counts the call of
// the class, which runs in C, as one more level before __init__'s own
// frame, so a recursive constructor fails at half the depth; when the
// class call is the one that passes the limit, the message says so.
func EnterInit() SlotDepth { return enterSlot(" while calling a Python object") }

// EnterCompare is EnterInit for the rich comparison methods (__eq__,
// __lt__, ...), which CPython reaches through PyObject_RichCompare.
func EnterCompare() SlotDepth { return enterSlot(" in comparison") }

// SlotDepth is the counter of a frame entered through a C-level slot,
// which counts twice; a value, so entering allocates nothing.
type SlotDepth struct{ d *Depth }

func enterSlot(detail string) SlotDepth {
	d := goDepth()
	switch limit := recursionLimit.Load(); {
	case d.n+1 >= limit:
		panic(tooDeep(detail))
	case d.n+2 >= limit:
		panic(tooDeepPlain)
	}
	d.n += 2
	return SlotDepth{d}
}

// Leave forgets the levels EnterInit or EnterCompare counted.
func (s SlotDepth) Leave() { s.d.n -= 2 }

// tooDeep is what Enter panics with: a constant, so that raising adds
// nothing to Enter's fast path; recovery turns it into the RecursionError, whose
// traceback leaves out the frame that could not be entered, as CPython
// raises it in the caller. The string is the message's tail.
type tooDeep string

var tooDeepPlain any = tooDeep("")

// PyException makes the RecursionError.
func (t tooDeep) PyException() *Error {
	e := RecursionError.New("maximum recursion depth exceeded" + string(t))
	e.unentered = true
	return e
}

// Leave forgets the frame Enter counted; generated code defers it, so it
// runs however the function ends.
func (d *Depth) Leave() { d.n-- }

// GetRecursionLimit is sys.getrecursionlimit().
func GetRecursionLimit() int { return int(recursionLimit.Load()) }

// stackPerFrame is a generous bound on the Go stack one counted Python
// frame needs, its acyclic helpers included: a limit of N frames lets Go
// stacks grow to N times this, when that is above Go's default (1 GB).
const stackPerFrame = 4 << 10

// SetRecursionLimit is sys.setrecursionlimit(n). Like CPython it refuses a
// limit below 1 and one at or below the caller's current depth; it lets
// Go's stacks grow far enough for the new limit.
func SetRecursionLimit(n int) {
	if n < 1 {
		panic(ValueError.New("recursion limit must be greater or equal than 1"))
	}
	if depth := int(goDepth().n) + 1; n <= depth {
		panic(RecursionError.New("cannot set the recursion limit to " + itoa(n) +
			" at the recursion depth " + itoa(depth) + ": the limit is too low"))
	}
	if n > 1<<30 {
		n = 1 << 30
	}
	recursionLimit.Store(int32(n))
	if stack := n * stackPerFrame; stack > 1<<30 {
		debug.SetMaxStack(stack)
	}
}
