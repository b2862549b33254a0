package runtime

import "testing"

// starClause is one except* clause of a test: its types, and what its
// body does with the group it gets.
type starClause struct {
	types []*ExceptionType
	body  func(group *Error)
}

// runStar runs the except* dispatch of exc over clauses and returns the
// repr of each matched group and of what the statement raised ("" for
// nothing).
func runStar(exc *Error, clauses []starClause) (matched []string, raised string) {
	err := Catch(func() {
		s := ExceptStar(exc)
		for _, c := range clauses {
			if g := s.Match(c.types...); g != nil {
				matched = append(matched, Repr(g))
				s.Handle(g, func() { c.body(g) })
			}
		}
		s.Reraise()
	})
	if err != nil {
		raised = Repr(err)
	}
	return matched, raised
}

// The expected reprs are CPython 3.11's for the same try statements.
func TestExceptStar(t *testing.T) {
	handled := func(*Error) {}
	reraise := func(g *Error) { panic(g) }
	group := func() *Error {
		return ExceptionGroup.New("g", NewList(ValueError.New(1), TypeError.New(2), ValueError.New(3)))
	}
	tests := []struct {
		name    string
		exc     *Error
		clauses []starClause
		matched []string
		raised  string
	}{
		{"naked exception matched", ValueError.New("x"),
			[]starClause{{[]*ExceptionType{ValueError}, handled}},
			[]string{"ExceptionGroup('', (ValueError('x'),))"}, ""},
		{"naked exception unmatched", KeyError.New("k"),
			[]starClause{{[]*ExceptionType{ValueError}, handled}},
			nil, "KeyError('k')"},
		{"split by type", group(),
			[]starClause{{[]*ExceptionType{ValueError}, handled}},
			[]string{"ExceptionGroup('g', [ValueError(1), ValueError(3)])"}, "ExceptionGroup('g', [TypeError(2)])"},
		{"every clause", group(),
			[]starClause{{[]*ExceptionType{TypeError}, handled}, {[]*ExceptionType{ValueError}, handled}},
			[]string{"ExceptionGroup('g', [TypeError(2)])", "ExceptionGroup('g', [ValueError(1), ValueError(3)])"}, ""},
		{"whole group matches", group(),
			[]starClause{{[]*ExceptionType{Exception}, handled}},
			[]string{"ExceptionGroup('g', [ValueError(1), TypeError(2), ValueError(3)])"}, ""},
		{"bare raise keeps the nesting", group(),
			[]starClause{{[]*ExceptionType{ValueError}, reraise}},
			[]string{"ExceptionGroup('g', [ValueError(1), ValueError(3)])"}, "ExceptionGroup('g', [ValueError(1), TypeError(2), ValueError(3)])"},
		{"new exception joins the rest", group(),
			[]starClause{{[]*ExceptionType{TypeError}, func(*Error) { panic(KeyError.New("new")) }}},
			[]string{"ExceptionGroup('g', [TypeError(2)])"}, "ExceptionGroup('', [KeyError('new'), ExceptionGroup('g', [ValueError(1), ValueError(3)])])"},
		{"a lone new exception is raised as it is", ExceptionGroup.New("g", NewList(ValueError.New(1))),
			[]starClause{{[]*ExceptionType{ValueError}, func(*Error) { panic(KeyError.New("k")) }}},
			[]string{"ExceptionGroup('g', [ValueError(1)])"}, "KeyError('k')"},
		{"base exceptions", KeyboardInterrupt.New(),
			[]starClause{{[]*ExceptionType{KeyboardInterrupt}, handled}},
			[]string{"BaseExceptionGroup('', (KeyboardInterrupt(),))"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			matched, raised := runStar(tt.exc, tt.clauses)
			if len(matched) != len(tt.matched) {
				t.Fatalf("matched %q, want %q", matched, tt.matched)
			}
			for i := range matched {
				if matched[i] != tt.matched[i] {
					t.Errorf("clause %d got %s, want %s", i, matched[i], tt.matched[i])
				}
			}
			if raised != tt.raised {
				t.Errorf("raised %s, want %s", raised, tt.raised)
			}
		})
	}
}

func TestExceptStarRefusesGroupTypes(t *testing.T) {
	err := Catch(func() { ExceptStar(ValueError.New(1)).Match(ExceptionGroup) })
	if err == nil || !err.Matches(TypeError) {
		t.Fatalf("got %v, want TypeError", err)
	}
}
