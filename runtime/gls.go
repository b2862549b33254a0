package runtime

import "unsafe"

// Goroutine-local state.
//
// Go has no goroutine-local storage, and looking the caller up by
// goroutine id (goid.go) costs microseconds, more the deeper the stack:
// far too much for the recursion count every call of a recursive function
// makes (recursion.go). Every goroutine does carry one pointer the Go
// runtime never interprets, the profiler-label slot that runtime/pprof
// reads and writes through runtime_getProfLabel and runtime_setProfLabel,
// and a goroutine inherits it from the one that starts it. The Go team
// keeps those two functions and their signatures for the packages that
// link to them (go.dev/issue/67401), as this one does.
//
// goWith gives every goroutine the runtime starts a goLocal of its own;
// the main goroutine, and any goroutine the runtime did not start, has
// none and counts as the main thread.

//go:linkname getProfLabel runtime/pprof.runtime_getProfLabel
func getProfLabel() unsafe.Pointer

//go:linkname setProfLabel runtime/pprof.runtime_setProfLabel
func setProfLabel(unsafe.Pointer)

// goLocal is the state of one runtime-started goroutine. It starts with
// an empty slice where runtime/pprof expects its label list, so a
// profiler reading the slot finds no labels rather than garbage.
type goLocal struct {
	_     []struct{ key, value string }
	depth Depth
}

// mainDepth is the recursion depth of the main thread.
var mainDepth Depth

// setGoLocal gives the calling goroutine fresh goroutine-local state; a
// goroutine the runtime starts calls it first.
func setGoLocal() { setProfLabel(unsafe.Pointer(&goLocal{})) }

// goDepth returns the calling goroutine's recursion depth counter.
func goDepth() *Depth {
	if p := getProfLabel(); p != nil {
		return &(*goLocal)(p).depth
	}
	return &mainDepth
}
