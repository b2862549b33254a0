package runtime

import "os"

// heapFloor is the heap size below which the collector of a generated
// program does not start a cycle.
//
// Translated Python allocates far more than hand-written Go (futures,
// greenlets, boxed values), and Go's collector, which starts its first
// cycle at a 4 MB heap and then at twice the live heap, spends a large
// share of a short concurrent program's time marking and in write
// barriers: 200,000 executor futures trigger five cycles while the heap
// grows to 15 MB. CPython itself starts with a larger footprint than
// that. Setting a memory limit with the collector otherwise off would
// thrash once the live heap passes it, so instead the pacer's goal is
// raised by a fixed amount: a ballast of heapFloor bytes that is never
// touched. It costs no resident memory (the pages are never written) and
// no marking (it holds no pointers); above the floor the collector paces
// as usual, at twice (live heap + heapFloor).
const heapFloor = 32 << 20

// ballast holds the untouched allocation for the program's lifetime.
var ballast []byte

// raiseHeapFloor installs the ballast, unless the user tunes the
// collector with GOGC or GOMEMLIMIT, whose setting then governs alone.
// The allocation passes the initial 4 MB goal, so one cycle runs at once
// (cheap: nothing to mark yet) and sets the goal from the ballast on.
func raiseHeapFloor() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	ballast = make([]byte, heapFloor)
}
