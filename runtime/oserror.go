package runtime

// OSError's own arguments: OSError(errno, strerror[, filename[, winerror[,
// filename2]]]) keeps only errno and strerror in args, sets the errno,
// strerror, filename and filename2 attributes (None when not given) and
// prints as "[Errno 2] No such file or directory: 'x'". The runtime's file
// errors are made the same way, so `e.errno` and `e.filename` work on
// them too.

func init() { OSError.StrFunc = osErrorStr }

// osErrorAttrs are the attributes every OSError has.
var osErrorAttrs = map[string]bool{"errno": true, "strerror": true, "filename": true, "filename2": true}

// setOSErrorArgs sets the attributes from the constructor's arguments and
// trims args to (errno, strerror), as OSError.__init__ does.
func (e *Error) setOSErrorArgs() {
	args := e.Args
	e.SetAttr("errno", args[0])
	e.SetAttr("strerror", args[1])
	if len(args) >= 3 {
		e.SetAttr("filename", args[2])
	}
	if len(args) >= 5 {
		e.SetAttr("filename2", args[4])
	}
	e.Args = args[:2]
}

// osErrorAttr is e.errno, e.strerror, e.filename or e.filename2: None
// unless the constructor set it.
func (e *Error) osErrorAttr(name string) Object {
	e.attrs.Lock()
	defer e.attrs.Unlock()
	return e.attrs.m[name]
}

// osErrorStr is str(e) of an OSError: "[Errno N] text", with ": 'name'"
// (and " -> 'other'") when it names files, or the plain str of its args
// when it was not made with an errno.
func osErrorStr(e *Error) string {
	errno, strerror := e.osErrorAttr("errno"), e.osErrorAttr("strerror")
	if errno == nil && strerror == nil {
		return argsStr(e)
	}
	s := "[Errno " + Str(errno) + "] " + Str(strerror)
	if f := e.osErrorAttr("filename"); f != nil {
		s += ": " + Repr(f)
		if f2 := e.osErrorAttr("filename2"); f2 != nil {
			s += " -> " + Repr(f2)
		}
	}
	return s
}

// newOSError is class(errno, text, names...), the exception of a failed
// file operation on one file or (rename) two.
func newOSError(class *ExceptionType, errno int, text string, names ...string) *Error {
	args := []Object{errno, text}
	switch len(names) {
	case 1:
		args = append(args, names[0])
	case 2:
		args = append(args, names[0], nil, names[1])
	}
	return class.New(args...)
}
