package runtime

// except* (PEP 654). A try statement with except* clauses hands the
// exception its body raised to ExceptStar; each clause asks Match for the
// part of what is still unhandled that its types select, runs its body
// under Handle, and Reraise raises what is left at the end, as CPython's
// ceval and _PyExc_PrepReraiseStar do:
//
//	if exc := py.Catch(body); exc != nil {
//		star := py.ExceptStar(exc)
//		if group := star.Match(py.ValueError); group != nil {
//			star.Handle(group, func() { ... })
//		}
//		star.Reraise()
//	}

// StarCatch is the state of one except* dispatch: the exception the body
// raised, the part no clause has matched yet, and what the clauses'
// bodies raised.
type StarCatch struct {
	orig *Error
	// naked is set when orig is not a group: a matching clause gets it
	// wrapped in ExceptionGroup("", (orig,)), and only one clause can.
	naked   bool
	wrapper *Error
	rest    *Error
	// raised are new exceptions from clause bodies; kept are the leaves
	// of groups a clause re-raised with a bare raise.
	raised []*Error
	kept   map[*Error]bool
}

// ExceptStar starts the except* dispatch of exc.
func ExceptStar(exc *Error) *StarCatch {
	s := &StarCatch{orig: exc, rest: exc, kept: map[*Error]bool{}}
	s.naked = !exc.Matches(BaseExceptionGroup)
	return s
}

// Match is `except* T:` (or a tuple of types): the part of the unhandled
// exceptions that are instances of one of types, as an exception group,
// or nil when there is none. What it returns is no longer unhandled.
func (s *StarCatch) Match(types ...*ExceptionType) *Error {
	for _, t := range types {
		if t.IsSubclass(BaseExceptionGroup) {
			panic(TypeError.New("catching ExceptionGroup with except* is not allowed. Use except instead.").During(s.orig))
		}
	}
	if s.rest == nil {
		return nil
	}
	if s.naked {
		if !s.rest.MatchesAny(types...) {
			return nil
		}
		s.rest = nil
		s.wrapper = newGroupOf("", Tuple{ExcValue(s.orig)}, []*Error{s.orig})
		return s.wrapper
	}
	match, rest := splitGroup(s.rest, func(e *Error) bool { return e.MatchesAny(types...) })
	s.rest = rest
	return match
}

// Handle runs the body of the clause that matched group. A bare raise of
// group puts its exceptions back among those re-raised at the end; any
// other exception is collected, with group as its context, for Reraise.
func (s *StarCatch) Handle(group *Error, body func()) {
	err := Catch(body)
	switch {
	case err == nil:
	case err == group:
		for _, leaf := range leaves(group) {
			s.kept[leaf] = true
		}
	default:
		s.raised = append(s.raised, err.During(group))
	}
}

// Reraise ends the dispatch: it returns when every exception was handled
// and raises otherwise. The unhandled and re-raised exceptions keep the
// nesting of the original group; exceptions the clauses raised are put
// with them in a new ExceptionGroup("", [...]), unless there is only one
// of them in all, which is raised as it is.
func (s *StarCatch) Reraise() {
	if s.naked {
		switch {
		case len(s.raised) > 0:
			panic(s.raised[0])
		case len(s.kept) > 0:
			panic(s.wrapper)
		case s.rest != nil:
			panic(s.orig)
		}
		return
	}
	if s.rest == s.orig && len(s.raised) == 0 {
		panic(s.orig) // no clause matched
	}
	if s.rest != nil {
		for _, leaf := range leaves(s.rest) {
			s.kept[leaf] = true
		}
	}
	var keep *Error
	if len(s.kept) > 0 {
		keep, _ = splitGroup(s.orig, func(e *Error) bool { return s.kept[e] })
	}
	if len(s.raised) == 0 {
		if keep != nil {
			panic(keep)
		}
		return
	}
	excs := s.raised
	if keep != nil {
		excs = append(excs, keep)
	}
	if len(excs) == 1 {
		panic(excs[0]) // a lone exception is raised as it is
	}
	items := make([]Object, len(excs))
	for i, e := range excs {
		items[i] = ExcValue(e)
	}
	panic(newGroupOf("", NewList(items...), excs))
}

// splitGroup is eg.split(cond) for a predicate on exceptions: the group
// itself when it satisfies cond; otherwise new groups with eg's message
// and nesting holding the leaves that do and those that do not, nil when
// empty. Derived groups keep eg's traceback, cause and context.
func splitGroup(eg *Error, cond func(*Error) bool) (match, rest *Error) {
	if cond(eg) {
		return eg, nil
	}
	subs := eg.subExceptions()
	if subs == nil && !eg.Matches(BaseExceptionGroup) {
		return nil, eg
	}
	var ms, rs []*Error
	for _, sub := range subs {
		m, r := splitGroup(sub, cond)
		if m != nil {
			ms = append(ms, m)
		}
		if r != nil {
			rs = append(rs, r)
		}
	}
	return deriveGroup(eg, ms), deriveGroup(eg, rs)
}

// deriveGroup is eg.derive(excs) with eg's metadata copied, as split
// does; nil for no exceptions.
func deriveGroup(eg *Error, excs []*Error) *Error {
	if len(excs) == 0 {
		return nil
	}
	items := make([]Object, len(excs))
	for i, e := range excs {
		items[i] = ExcValue(e)
	}
	d := newGroupOf(Str(eg.groupArg(0)), NewList(items...), excs)
	d.Cause, d.Context, d.SuppressContext = eg.Cause, eg.Context, eg.SuppressContext
	eg.tb.mu.Lock()
	d.tb.pcs, d.tb.stack = eg.tb.pcs, eg.tb.stack
	eg.tb.mu.Unlock()
	return d
}

// newGroupOf is BaseExceptionGroup(msg, items): an ExceptionGroup when
// every exception in excs is an Exception, a BaseExceptionGroup otherwise.
func newGroupOf(msg string, items Object, excs []*Error) *Error {
	t := ExceptionGroup
	for _, e := range excs {
		if !e.Matches(Exception) {
			t = BaseExceptionGroup
		}
	}
	return t.New(msg, items)
}

// leaves are the exceptions in a group that are not groups themselves,
// at any depth; a plain exception is its own leaf.
func leaves(e *Error) []*Error {
	if !e.Matches(BaseExceptionGroup) {
		return []*Error{e}
	}
	var out []*Error
	for _, sub := range e.subExceptions() {
		out = append(out, leaves(sub)...)
	}
	return out
}
