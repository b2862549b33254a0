package runtime_test

import (
	"testing"

	py "github.com/py2go/py2go/runtime"
)

func init() {
	py.RegisterFuncNames(map[string]string{
		"github.com/py2go/py2go/runtime_test.module1":   "<module>",
		"github.com/py2go/py2go/runtime_test.module2":   "<module>",
		"github.com/py2go/py2go/runtime_test.module3":   "<module>",
		"github.com/py2go/py2go/runtime_test.inner3":    "inner",
		"github.com/py2go/py2go/runtime_test.module4":   "<module>",
		"github.com/py2go/py2go/runtime_test.module5":   "<module>",
		"github.com/py2go/py2go/runtime_test.module6":   "<module>",
		"github.com/py2go/py2go/runtime_test.use.func1": "<lambda>",
	})
}

// tracebackOf runs module as Run would and returns the traceback.
func tracebackOf(t *testing.T, module func()) string {
	t.Helper()
	err := py.Catch(module)
	if err == nil {
		t.Fatal("module raised nothing")
	}
	return err.Traceback()
}

// inWorker runs f on another goroutine and returns what it raised, as an
// executor's worker and Future.result do.
func inWorker(f func()) *py.Error {
	done := make(chan *py.Error)
	go func() { done <- py.Catch(f) }()
	return <-done
}

// The golden texts are CPython 3.11's output for testdata/tb*.py, without
// the 3.11 caret lines, which py2go does not print.
func TestTraceback(t *testing.T) {
	tests := []struct {
		name   string
		module func()
		want   string
	}{
		{"zero division through calls", module1, `Traceback (most recent call last):
  File "testdata/tb1.py", line 8, in <module>
    outer(0)
  File "testdata/tb1.py", line 5, in outer
    y = inner(x) + 1
  File "testdata/tb1.py", line 2, in inner
    return 10 // x
ZeroDivisionError: integer division or modulo by zero
`},
		{"cause and context", module2, `Traceback (most recent call last):
  File "testdata/tb2.py", line 6, in handler
    fail("first")
  File "testdata/tb2.py", line 2, in fail
    raise ValueError(msg)
ValueError: first

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "testdata/tb2.py", line 12, in context
    handler()
  File "testdata/tb2.py", line 8, in handler
    raise KeyError("k") from e
KeyError: 'k'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "testdata/tb2.py", line 16, in <module>
    context()
  File "testdata/tb2.py", line 14, in context
    fail("second")
  File "testdata/tb2.py", line 2, in fail
    raise ValueError(msg)
ValueError: second
`},
		{"re-raised from another goroutine", module3, `Traceback (most recent call last):
  File "testdata/tb3.py", line 11, in <module>
    f.result()
  File "testdata/tb3.py", line 7, in task
    return inner(x)
  File "testdata/tb3.py", line 4, in inner
    raise ValueError("bad value %d" % x)
ValueError: bad value 7
`},
		{"finally re-raises", module4, `Traceback (most recent call last):
  File "testdata/tb4.py", line 12, in <module>
    safe([1])
  File "testdata/tb4.py", line 7, in safe
    return get(items, 5)
  File "testdata/tb4.py", line 2, in get
    return items[i]
IndexError: list index out of range
`},
		{"recursion collapses", module5, `Traceback (most recent call last):
  File "testdata/tb5.py", line 7, in <module>
    down(10)
  File "testdata/tb5.py", line 4, in down
    return down(n - 1)
  File "testdata/tb5.py", line 4, in down
    return down(n - 1)
  File "testdata/tb5.py", line 4, in down
    return down(n - 1)
  [Previous line repeated 7 more times]
  File "testdata/tb5.py", line 3, in down
    raise ValueError("bottom")
ValueError: bottom
`},
		{"closures of inlined functions", module6, `Traceback (most recent call last):
  File "testdata/tb6.py", line 17, in <module>
    use()
  File "testdata/tb6.py", line 14, in use
    f()
  File "testdata/tb6.py", line 13, in <lambda>
    f = lambda: wrapper()
  File "testdata/tb6.py", line 7, in wrapper
    risky()
  File "testdata/tb6.py", line 2, in risky
    raise ValueError("x")
ValueError: x
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tracebackOf(t, tt.module); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}
