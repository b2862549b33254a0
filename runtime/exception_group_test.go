package runtime

import "testing"

// The expected texts are CPython 3.11's for the same groups raised
// without frames.
func TestExceptionGroupTraceback(t *testing.T) {
	tests := []struct {
		name string
		exc  *Error
		want string
	}{
		{"one exception", NewExceptionGroup("unhandled errors in a TaskGroup", []*Error{ValueError.New("x")}),
			"  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)\n" +
				"  +-+---------------- 1 ----------------\n" +
				"    | ValueError: x\n" +
				"    +------------------------------------\n"},
		{"nested", ExceptionGroup.New("outer", NewList(
			TypeError.New("t"),
			NewExceptionGroup("inner", []*Error{KeyError.New("k")}))),
			"  | ExceptionGroup: outer (2 sub-exceptions)\n" +
				"  +-+---------------- 1 ----------------\n" +
				"    | TypeError: t\n" +
				"    +---------------- 2 ----------------\n" +
				"    | ExceptionGroup: inner (1 sub-exception)\n" +
				"    +-+---------------- 1 ----------------\n" +
				"      | KeyError: 'k'\n" +
				"      +------------------------------------\n"},
		{"not a group", ValueError.New("plain"), "ValueError: plain\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.exc.Traceback(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestExceptionGroupAttributes(t *testing.T) {
	eg := NewExceptionGroup("m", []*Error{ValueError.New("a"), TypeError.New("b")})
	if got := Str(eg); got != "m (2 sub-exceptions)" {
		t.Errorf("str = %q", got)
	}
	if got := Repr(eg.Exceptions()); got != "(ValueError('a'), TypeError('b'))" {
		t.Errorf("exceptions = %s", got)
	}
	if !eg.Matches(BaseExceptionGroup) || !eg.Matches(Exception) {
		t.Errorf("ExceptionGroup must be a BaseExceptionGroup and an Exception")
	}
	err := Catch(func() { ValueError.New("v").Exceptions() })
	if err == nil || err.Error() != "AttributeError: 'ValueError' object has no attribute 'exceptions'" {
		t.Errorf("exceptions of a plain exception: %v", err)
	}
}
