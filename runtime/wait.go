package runtime

import (
	"fmt"
	"iter"
	"time"
)

// The return_when values of concurrent.futures.wait.
const (
	FirstCompleted = "FIRST_COMPLETED"
	FirstException = "FIRST_EXCEPTION"
	AllCompleted   = "ALL_COMPLETED"
)

// AsCompleted is concurrent.futures.as_completed(fs, timeout) for a range
// loop: futures already done come first, then the others as they finish;
// duplicates are yielded once. The timeout is a total from the call; when
// it passes, TimeoutError "N (of M) futures unfinished" is raised.
func AsCompleted[T any](fs []*Future[T], timeout float64) iter.Seq[*Future[T]] {
	deadline := deadlineFor(timeout)
	return func(yield func(*Future[T]) bool) {
		uniq := dedupe(fs)
		ch := make(chan *futureCore, len(uniq))
		byCore := make(map[*futureCore]*Future[T], len(uniq))
		var done []*Future[T]
		for _, f := range uniq {
			byCore[f.core()] = f
			if !f.core().addWaiter(ch) {
				done = append(done, f)
			}
		}
		defer removeWaiters(uniq, ch)
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

// Wait is concurrent.futures.wait(fs, timeout, return_when): it returns
// when the condition holds or the timeout passes (without raising), with
// the done and not-done futures in input order.
func Wait[T any](fs []*Future[T], timeout float64, returnWhen string) (done, notDone []*Future[T]) {
	if returnWhen != FirstCompleted && returnWhen != FirstException && returnWhen != AllCompleted {
		panic(ValueError.New("Invalid return condition: " + Repr(returnWhen)))
	}
	deadline := deadlineFor(timeout)
	uniq := dedupe(fs)
	ch := make(chan *futureCore, len(uniq))
	for _, f := range uniq {
		f.core().addWaiter(ch)
	}
	defer removeWaiters(uniq, ch)
	for {
		done, notDone = splitDone(uniq)
		if waitSatisfied(done, notDone, returnWhen) {
			return done, notDone
		}
		if _, ok := receive(ch, deadline); !ok {
			return splitDone(uniq)
		}
	}
}

// waitSatisfied reports whether Wait can return.
func waitSatisfied[T any](done, notDone []*Future[T], returnWhen string) bool {
	if len(notDone) == 0 {
		return true
	}
	switch returnWhen {
	case FirstCompleted:
		return len(done) > 0
	case FirstException:
		for _, f := range done {
			if state, err := f.core().snapshot(); state == stateFinished && err != nil {
				return true
			}
		}
	}
	return false
}

// splitDone partitions fs by Done, keeping order.
func splitDone[T any](fs []*Future[T]) (done, notDone []*Future[T]) {
	for _, f := range fs {
		if f.Done() {
			done = append(done, f)
		} else {
			notDone = append(notDone, f)
		}
	}
	return done, notDone
}

// dedupe drops repeated futures, keeping the first occurrence.
func dedupe[T any](fs []*Future[T]) []*Future[T] {
	seen := make(map[*Future[T]]bool, len(fs))
	var out []*Future[T]
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// removeWaiters unregisters ch from every future.
func removeWaiters[T any](fs []*Future[T], ch chan<- *futureCore) {
	for _, f := range fs {
		f.core().removeWaiter(ch)
	}
}

// deadlineFor turns a timeout into an absolute deadline; zero means none.
func deadlineFor(timeout float64) time.Time {
	if timeout < 0 {
		return time.Time{}
	}
	return time.Now().Add(seconds(timeout))
}

// receive takes the next completed future from ch, or reports false when
// the deadline passes first.
func receive(ch <-chan *futureCore, deadline time.Time) (*futureCore, bool) {
	if deadline.IsZero() {
		return <-ch, true
	}
	t := time.NewTimer(time.Until(deadline))
	defer t.Stop()
	select {
	case c := <-ch:
		return c, true
	case <-t.C:
		return nil, false
	}
}
