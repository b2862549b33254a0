package runtime

// WaitObj is concurrent.futures.wait(fs, timeout, return_when) for fs of
// a type py2go could not prove, usually a dict whose keys are futures
// (`{ex.submit(f, x): x for x in xs}`): Wait's conditions and timeout,
// with the done and not-done futures as lists of dynamic values in input
// order.
func WaitObj(fs Object, timeout float64, returnWhen string) Tuple {
	if returnWhen != FirstCompleted && returnWhen != FirstException && returnWhen != AllCompleted {
		panic(ValueError.New("Invalid return condition: " + Repr(returnWhen)))
	}
	deadline := deadlineFor(timeout)
	uniq := futuresIn(fs)
	ch := make(chan *futureCore, len(uniq))
	for _, f := range uniq {
		f.core().addWaiter(ch)
	}
	defer func() {
		for _, f := range uniq {
			f.core().removeWaiter(ch)
		}
	}()
	for {
		done, notDone, ok := splitDoneObj(uniq, returnWhen)
		if ok {
			return Tuple{done, notDone}
		}
		if _, more := receive(ch, deadline); !more {
			done, notDone, _ = splitDoneObj(uniq, returnWhen)
			return Tuple{done, notDone}
		}
	}
}

// splitDoneObj partitions fs into done and not-done futures, keeping
// order, and reports whether wait's return_when condition holds.
func splitDoneObj(fs []anyFuture, returnWhen string) (done, notDone []Object, ok bool) {
	failed := false
	for _, f := range fs {
		state, err := f.core().snapshot()
		if state != stateFinished && state != stateCancelled {
			notDone = append(notDone, f)
			continue
		}
		done = append(done, f)
		failed = failed || state == stateFinished && err != nil
	}
	switch {
	case len(notDone) == 0:
		ok = true
	case returnWhen == FirstCompleted:
		ok = len(done) > 0
	case returnWhen == FirstException:
		ok = failed
	}
	return done, notDone, ok
}
