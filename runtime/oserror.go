package runtime

// OSError's own arguments: OSError(errno, strerror[, filename[, winerror[,
// filename2]]]) has args (errno, strerror), the errno, strerror, filename
// and filename2 attributes (None when not given) and prints as
// "[Errno 2] No such file or directory: 'x'". The constructor keeps all
// its arguments (ExceptionType.New must stay small enough to inline); they
// are read here where Python reads them. The runtime's file errors are
// made the same way, so e.errno and e.filename work on them too.

func init() { OSError.StrFunc = osErrorStr }

// osErrorArg maps the attributes every OSError has to the constructor
// argument that sets each.
var osErrorArg = map[string]int{"errno": 0, "strerror": 1, "filename": 2, "filename2": 4}

// osArgs reports whether e is an OSError made with an errno and a
// strerror (two to five arguments), as OSError.__init__ reads them.
func (e *Error) osArgs() bool {
	return len(e.Args) >= 2 && len(e.Args) <= 5 && e.Matches(OSError)
}

// argsTuple is e.args: an OSError made with an errno keeps only errno and
// strerror there.
func (e *Error) argsTuple() Tuple {
	if e.osArgs() {
		return Tuple(e.Args[:2])
	}
	return Tuple(e.Args)
}

// osErrorAttr is e.errno, e.strerror, e.filename or e.filename2: None
// unless the constructor was given it.
func (e *Error) osErrorAttr(name string) Object {
	if !e.osArgs() {
		return nil
	}
	if i := osErrorArg[name]; i < len(e.Args) {
		return e.Args[i]
	}
	return nil
}

// osErrorStr is str(e) of an OSError: "[Errno N] text", with ": 'name'"
// (and " -> 'other'") when it names files, or the plain str of its args
// when it was not made with an errno.
func osErrorStr(e *Error) string {
	if !e.osArgs() {
		return argsStr(e)
	}
	s := "[Errno " + Str(e.osErrorAttr("errno")) + "] " + Str(e.osErrorAttr("strerror"))
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

// isOSErrorAttr reports whether name is an attribute e has as an OSError.
func isOSErrorAttr(e *Error, name string) bool {
	_, ok := osErrorArg[name]
	return ok && e.Matches(OSError)
}
