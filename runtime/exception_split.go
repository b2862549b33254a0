package runtime

// eg.split(condition) and eg.subgroup(condition) of an exception group,
// the condition an exception class, a tuple of them, or a predicate.

// Split is eg.split(condition): the tuple (match, rest), each a group
// derived from eg or None.
func (e *Error) Split(cond Object) Tuple {
	m, r := splitGroup(e, groupCond(cond))
	return Tuple{ErrorOrNone(m), ErrorOrNone(r)}
}

// Subgroup is eg.subgroup(condition): the matching part, or None.
func (e *Error) Subgroup(cond Object) Object {
	m, _ := splitGroup(e, groupCond(cond))
	return ErrorOrNone(m)
}

// groupCond turns split's condition into a test of one exception.
func groupCond(cond Object) func(*Error) bool {
	switch c := cond.(type) {
	case *ExceptionType:
		return func(x *Error) bool { return x.Matches(c) }
	case Tuple:
		return func(x *Error) bool {
			for _, t := range c {
				if et, ok := t.(*ExceptionType); ok && x.Matches(et) {
					return true
				}
			}
			return false
		}
	case func(*Error) bool:
		return c
	}
	return func(x *Error) bool { return Truthy(Call(cond, ExcValue(x))) }
}
