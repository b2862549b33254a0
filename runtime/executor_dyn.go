package runtime

import "slices"

// An executor held in a variable that is sometimes a ThreadPoolExecutor
// and sometimes a ProcessPoolExecutor (`ex = ThreadPoolExecutor() if
// threads else ProcessPoolExecutor()`) is a dynamic value; CallMethod
// reaches its methods through PyMethod. Functions arrive as dynamic
// values and are called with Call; a process pool copies arguments and
// results, which CPython pickles.

// PyMethod lets CallMethod call an executor's methods.
func (e *Executor) PyMethod(name string, args []Object) (Object, bool) {
	switch name {
	case "submit":
		if len(args) == 0 {
			panic(TypeError.New("submit expected at least 1 argument, got 0"))
		}
		return e.submitDynamic(args[0], args[1:]), true
	case "map":
		if len(args) < 2 {
			panic(TypeError.New("map() missing required argument 'iterables'"))
		}
		return e.mapDynamic(args[0], args[1:]), true
	case "shutdown":
		CheckArgs(name, args, 0, 1)
		e.Shutdown(Truthy(Arg(args, 0, true)))
		return nil, true
	case "__enter__":
		CheckArgs(name, args, 0, 0)
		return e, true
	case "__exit__":
		e.Shutdown(true)
		return false, true
	}
	return nil, false
}

// submitDynamic is submit(fn, *args) with fn and args dynamic.
func (e *Executor) submitDynamic(fn Object, args []Object) *Future[Object] {
	if e.processes {
		args = ProcessCopy(args)
	}
	return Submit(e, func() Object {
		r := Call(fn, args...)
		if e.processes {
			r = ProcessCopy(r)
		}
		return r
	})
}

// mapDynamic is map(fn, *iterables): the calls are submitted at once,
// on the items zipped as map zips them, and the results come in order.
func (e *Executor) mapDynamic(fn Object, iterables []Object) Object {
	its := make([][]Object, len(iterables))
	n := -1
	for i, it := range iterables {
		its[i] = slices.Collect(Iter(it))
		if n < 0 || len(its[i]) < n {
			n = len(its[i])
		}
	}
	fs := make([]*Future[Object], n)
	for i := range n {
		args := make([]Object, len(its))
		for j := range its {
			args[j] = its[j][i]
		}
		fs[i] = e.submitDynamic(fn, args)
	}
	return NewIterator[Object](func(yield func(Object) bool) {
		for _, f := range fs {
			if !yield(f.Result()) {
				return
			}
		}
	})
}
