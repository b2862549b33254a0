package runtime

import (
	"fmt"
	"iter"
	"strconv"
)

// anyFuture is a Future of any result type, for futures held in dynamic
// containers (a dict mapping futures to their inputs, a set).
type anyFuture interface {
	core() *futureCore
}

// AsCompletedObj is concurrent.futures.as_completed(fs, timeout) for fs
// of a type py2go could not prove, usually a dict whose keys are futures:
// AsCompleted's order, de-duplication and total timeout, with the futures
// as dynamic values.
func AsCompletedObj(fs Object, timeout float64) iter.Seq[Object] {
	deadline := deadlineFor(timeout)
	return func(yield func(Object) bool) {
		uniq := futuresIn(fs)
		ch := make(chan *futureCore, len(uniq))
		byCore := make(map[*futureCore]anyFuture, len(uniq))
		var done []anyFuture
		for _, f := range uniq {
			byCore[f.core()] = f
			if !f.core().addWaiter(ch) {
				done = append(done, f)
			}
		}
		defer func() {
			for _, f := range uniq {
				f.core().removeWaiter(ch)
			}
		}()
		for _, f := range done {
			if !yield(f) {
				return
			}
		}
		for left := len(uniq) - len(done); left > 0; left-- {
			c, ok := receive(ch, deadline)
			if !ok {
				panic(TimeoutError.New(fmt.Sprintf("%d (of %d) futures unfinished", left, len(uniq))))
			}
			if !yield(byCore[c]) {
				return
			}
		}
	}
}

// futuresIn lists the distinct futures fs iterates over, in order; an
// item that is not a future is a TypeError, as CPython's attribute error
// would be.
func futuresIn(fs Object) []anyFuture {
	var out []anyFuture
	seen := map[*futureCore]bool{}
	for v := range Iter(fs) {
		f, ok := v.(anyFuture)
		if !ok {
			panic(AttributeError.New("'" + TypeName(v) + "' object has no attribute '_condition'"))
		}
		if !seen[f.core()] {
			seen[f.core()] = true
			out = append(out, f)
		}
	}
	return out
}

// PyMethod lets CallMethod call a future's methods when py2go could not
// prove the receiver is one (a future taken from a dict).
func (f *Future[T]) PyMethod(name string, args []Object) (Object, bool) {
	if name == "add_done_callback" {
		if len(args) != 1 {
			panic(TypeError.New("Future.add_done_callback() takes exactly one argument (" + strconv.Itoa(len(args)) + " given)"))
		}
		fn := args[0]
		f.AddDoneCallback(func(*Future[T]) { Call(fn, f) })
		return nil, true
	}
	timeout := NoTimeout
	if len(args) > 0 && args[0] != nil {
		timeout = ToFloat(args[0])
	}
	switch name {
	case "result":
		return f.ResultTimeout(timeout), true
	case "exception":
		if err := f.ExceptionTimeout(timeout); err != nil {
			return err, true
		}
		return nil, true
	case "done":
		return f.Done(), true
	case "running":
		return f.Running(), true
	case "cancelled":
		return f.Cancelled(), true
	case "cancel":
		return f.Cancel(), true
	}
	return nil, false
}
