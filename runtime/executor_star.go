package runtime

import (
	"iter"
	"slices"
)

// ExecutorMapN is executor.map(fn, *iterables) with several iterables,
// or with a number of them known only at run time (ex.map(f, *cols)): fn
// is called with one item of each, as zip pairs them, and the runtime
// binds them to its parameters (Call). All calls are submitted at once
// and the results come back in input order, as ExecutorMap's do.
// A process pool's workers get copies of the items and the caller a copy
// of each result, as pickling gives them.
func ExecutorMapN(e *Executor, fn Object, timeout float64, iterables ...Object) iter.Seq[Object] {
	rows := slices.Collect(Zip(iterables...))
	call := func(row Tuple) Object { return Call(fn, row...) }
	if e.processes {
		call = func(row Tuple) Object { return ProcessCopy(Call(fn, ProcessCopy(row)...)) }
	}
	return ExecutorMap(e, call, rows, timeout)
}
