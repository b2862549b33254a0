package runtime

import (
	"errors"
	"strings"
	"testing"
)

// Expected texts were printed by CPython 3.11.
func TestErrorStrAndRepr(t *testing.T) {
	myErr := NewExceptionType("MyErr", ValueError)
	tests := []struct {
		name             string
		err              *Error
		str, repr, error string
	}{
		{"one arg", ValueError.New("bad 1"), "bad 1", "ValueError('bad 1')", "ValueError: bad 1"},
		{"no args", ValueError.New(), "", "ValueError()", "ValueError"},
		{"two args", ValueError.New("a", 2), "('a', 2)", "ValueError('a', 2)", "ValueError: ('a', 2)"},
		{"key error", KeyError.New("k"), "'k'", "KeyError('k')", "KeyError: 'k'"},
		{"key error no args", KeyError.New(), "", "KeyError()", "KeyError"},
		{"key error two args", KeyError.New("a", 1), "('a', 1)", "KeyError('a', 1)", "KeyError: ('a', 1)"},
		{"cancelled", CancelledError.New(), "", "CancelledError()", "concurrent.futures._base.CancelledError"},
		{"mp timeout", MPTimeoutError.New("t"), "t", "TimeoutError('t')", "multiprocessing.context.TimeoutError: t"},
		{"queue empty", QueueEmpty.New(), "", "Empty()", "_queue.Empty"},
		{"user class", myErr.New("m"), "m", "MyErr('m')", "MyErr: m"},
		{"int arg", SystemExit.New(3), "3", "SystemExit(3)", "SystemExit: 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Str(); got != tt.str {
				t.Errorf("Str = %q, want %q", got, tt.str)
			}
			if got := tt.err.PyRepr(); got != tt.repr {
				t.Errorf("PyRepr = %q, want %q", got, tt.repr)
			}
			if got := tt.err.Error(); got != tt.error {
				t.Errorf("Error = %q, want %q", got, tt.error)
			}
		})
	}
}

func TestMatches(t *testing.T) {
	myErr := NewExceptionType("MyErr", ValueError)
	tests := []struct {
		name string
		err  *Error
		typ  *ExceptionType
		want bool
	}{
		{"same class", ValueError.New(), ValueError, true},
		{"base class", ZeroDivisionError.New(), ArithmeticError, true},
		{"Exception", KeyError.New(), Exception, true},
		{"unrelated", KeyError.New(), IndexError, false},
		{"TimeoutError is OSError", TimeoutError.New(), OSError, true},
		{"mp TimeoutError is not builtin", MPTimeoutError.New(), TimeoutError, false},
		{"SystemExit is not Exception", SystemExit.New(), Exception, false},
		{"gevent Timeout is not Exception", GeventTimeout.New(), Exception, false},
		{"CancelledError is Exception", CancelledError.New(), Exception, true},
		{"asyncio CancelledError is not", AsyncioCancelledError.New(), Exception, false},
		{"BrokenProcessPool is RuntimeError", BrokenProcessPool.New(), RuntimeError, true},
		{"BrokenBarrierError is RuntimeError", BrokenBarrierError.New(), RuntimeError, true},
		{"user class", myErr.New(), ValueError, true},
		{"nil error", nil, Exception, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Matches(tt.typ); got != tt.want {
				t.Errorf("Matches = %v, want %v", got, tt.want)
			}
		})
	}
}

type badStr struct{}

func (badStr) PyStr() string { panic(RuntimeError.New("no")) }

func TestTracebackWhenStrFails(t *testing.T) {
	if got := ValueError.New(badStr{}).Traceback(); got != "ValueError: <exception str() failed>\n" {
		t.Errorf("got %q", got)
	}
}

// TestUserExceptionClass mirrors a class with its own __init__ and
// __str__; expected texts were printed by CPython 3.11.
func TestUserExceptionClass(t *testing.T) {
	e := NewExceptionType("E", Exception)
	f := NewExceptionType("F", e)
	f.StrFunc = func(*Error) string { return "F!" }
	g := NewExceptionType("G", f)

	x := e.New("code 3")
	x.SetAttr("code", 3)
	if got := Repr(Tuple{x.Attr("code"), x.Str(), x.PyRepr()}); got != "(3, 'code 3', \"E('code 3')\")" {
		t.Errorf("E: %s", got)
	}
	if err := Catch(func() { x.Attr("nope") }); err.Error() != "AttributeError: 'E' object has no attribute 'nope'" {
		t.Errorf("missing attribute: %v", err)
	}
	y := g.New("code 4")
	if y.Str() != "F!" || y.PyRepr() != "G('code 4')" || y.Traceback() != "G: F!\n" {
		t.Errorf("G: %q %q %q", y.Str(), y.PyRepr(), y.Traceback())
	}
}

func TestMatchesAny(t *testing.T) {
	err := KeyError.New("k")
	if !err.MatchesAny(ValueError, LookupError) || err.MatchesAny(ValueError, TypeError) || err.MatchesAny() {
		t.Error("MatchesAny disagrees with except (A, B)")
	}
}

func TestAsError(t *testing.T) {
	tests := []struct {
		name  string
		raise func()
		want  string
	}{
		{"python exception", func() { panic(ValueError.New("x")) }, "ValueError: x"},
		{"integer division", func() { a, b := 1, 0; _ = a / b }, "ZeroDivisionError: integer division or modulo by zero"},
		{"index", func() { var s []int; i := 3; _ = s[i] }, "IndexError: list index out of range"},
		{"nil map", func() { var m map[string]int; m["a"] = 1 }, "TypeError: 'NoneType' object does not support item assignment"},
		{"type assertion", func() { var v any = "s"; _ = v.(int) }, "TypeError: interface conversion: interface {} is string, not int"},
		{"go error", func() { panic(errors.New("boom")) }, "RuntimeError: boom"},
		{"string", func() { panic("boom") }, "RuntimeError: boom"},
		{"other value", func() { panic(42) }, "RuntimeError: 42"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Catch(tt.raise)
			if err == nil || err.Error() != tt.want {
				t.Errorf("got %v, want %s", err, tt.want)
			}
		})
	}
	if err := Catch(func() {}); err != nil {
		t.Errorf("Catch of a clean run = %v", err)
	}
}

func TestFromAndDuring(t *testing.T) {
	first := ValueError.New("first")
	e := KeyError.New("k").From(first)
	if e.Cause != first || !e.SuppressContext {
		t.Errorf("From: cause %v suppress %v", e.Cause, e.SuppressContext)
	}
	e2 := TypeError.New().During(first)
	if e2.Context != first || e2.During(e2).Context != first {
		t.Errorf("During: context %v", e2.Context)
	}
	fromNone := TypeError.New().During(first).From(nil)
	if got := fromNone.Traceback(); got != "TypeError\n" {
		t.Errorf("from None traceback %q", got)
	}
}

func TestPyFuncName(t *testing.T) {
	RegisterFuncNames(map[string]string{
		"main.futuresTest": "futures_test",
		"main.main.func3":  "<lambda>",
		"/x.py:3":          "<lambda>",
	})
	tests := []struct{ goName, want string }{
		{"main.futuresTest", "futures_test"},
		{"main.futuresTest.func1", "futures_test"},
		{"main.futuresTest.func1.2", "futures_test"},
		{"main.main.func3", "<lambda>"},
		{"main.helper", "helper"},
		{"main.func1", "func1"},
		{"main.(*Worker).run", "run"},
		{"main.(*Worker).run.gowrap1", "run"},
		{"example.com/x/pkg.Fn", "Fn"},
	}
	for _, tt := range tests {
		t.Run(tt.goName, func(t *testing.T) {
			if got := pyFuncName(frame{goName: tt.goName}); got != tt.want {
				t.Errorf("pyFuncName = %q, want %q", got, tt.want)
			}
		})
	}
	// A lambda's closure renamed by inlining is still found by position.
	if got := pyFuncName(frame{goName: "main.caller.f.func2", defPos: "/x.py:3"}); got != "<lambda>" {
		t.Errorf("by position: %q", got)
	}
}

func TestRepeatedFramesCollapse(t *testing.T) {
	f := frame{file: "/x.py", line: 2, name: "f", goName: "main.f"}
	var b []frame
	for i := 0; i < 10; i++ {
		b = append(b, f)
	}
	var sb strings.Builder
	writeFrames(&sb, b)
	want := `  File "/x.py", line 2, in f
  File "/x.py", line 2, in f
  File "/x.py", line 2, in f
  [Previous line repeated 7 more times]
`
	if got := sb.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// BenchmarkCatchRaise measures a raise caught one frame up, the cost of
// exceptions used for control flow (try: d[k] except KeyError).
func BenchmarkCatchRaise(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if err := Catch(func() { panic(KeyError.New("k")) }); err == nil {
			b.Fatal("nothing caught")
		}
	}
}
