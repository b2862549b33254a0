package runtime

// `with x:` where py2go does not prove x's type (a lock taken out of a
// list of objects, an object of one of several classes) reaches
// __enter__ and __exit__ by name.

// EnterDynamic is x.__enter__() for a with statement on a value of
// unproven type; its result is what `as` binds.
func EnterDynamic(obj Object) Object { return CallMethod(obj, "__enter__") }

// ExitDynamic is the deferred x.__exit__(type, value, traceback) of such a
// with statement. It recovers the exception in flight, passes it to
// __exit__, and raises it again unless __exit__ returns a true value, as
// Python's with statement does.
func ExitDynamic(obj Object) {
	r := recover()
	if r == nil {
		CallMethod(obj, "__exit__", nil, nil, nil)
		return
	}
	err := AsError(r)
	if Truthy(CallMethod(obj, "__exit__", err.Type, err, nil)) {
		return
	}
	panic(err)
}
