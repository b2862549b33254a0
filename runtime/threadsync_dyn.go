package runtime

// A helper written for any lock-like object (`def release_later(lock):
// ... lock.release()`) gets a parameter py2go cannot type more precisely
// than Object when it is called with a Lock and a Semaphore; CallMethod
// then reaches the primitive's methods through these PyMethod methods.

// lockLike is what the threading primitives' acquire and release share.
type lockLike interface {
	AcquireTimeout(blocking bool, timeout float64) bool
	Release()
}

// lockMethod calls acquire or release of l with Python's positional
// arguments (blocking=True, timeout=-1).
func lockMethod(l lockLike, name string, args []Object) (Object, bool) {
	switch name {
	case "acquire", "__enter__":
		CheckArgs(name, args, 0, 2)
		return l.AcquireTimeout(Truthy(Arg(args, 0, true)), ToFloat(Arg(args, 1, NoTimeout))), true
	case "release":
		CheckArgs(name, args, 0, 0)
		l.Release()
		return nil, true
	case "__exit__":
		l.Release()
		return nil, true
	}
	return nil, false
}

// PyMethod lets CallMethod reach a Lock's methods.
func (l *Lock) PyMethod(name string, args []Object) (Object, bool) {
	if name == "locked" {
		return l.Locked(), true
	}
	return lockMethod(l, name, args)
}

// PyMethod lets CallMethod reach an RLock's methods.
func (r *RLock) PyMethod(name string, args []Object) (Object, bool) {
	return lockMethod(r, name, args)
}

// PyMethod lets CallMethod reach a Semaphore's methods; its timeout
// defaults to None, and a number given is AcquireWithin's.
func (s *Semaphore) PyMethod(name string, args []Object) (Object, bool) {
	if name == "acquire" && len(args) == 2 && args[1] != nil {
		return s.AcquireWithin(Truthy(args[0]), ToFloat(args[1])), true
	}
	if name == "release" && len(args) == 1 {
		s.ReleaseN(ToInt(args[0]))
		return nil, true
	}
	return lockMethod(s, name, args)
}

// PyMethod lets CallMethod reach an Event's methods.
func (e *Event) PyMethod(name string, args []Object) (Object, bool) {
	switch name {
	case "set":
		e.Set()
		return nil, true
	case "clear":
		e.Clear()
		return nil, true
	case "is_set":
		return e.IsSet(), true
	case "wait":
		if t := Arg(args, 0, nil); t != nil {
			return e.WaitTimeout(ToFloat(t)), true
		}
		return e.Wait(), true
	}
	return nil, false
}
