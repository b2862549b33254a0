package runtime_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"sync"
	"testing"

	py "github.com/py2go/py2go/runtime"
)

// childEnv names the module a re-executed test binary runs through py.Run,
// so tests can observe exit codes and output as a user would.
const childEnv = "PY2GO_RUNTIME_TEST_CHILD"

// childModules are the module bodies the Run tests execute in a child
// process.
var childModules = map[string]func(){
	"ok":           func() { py.Print("hi") },
	"exit msg":     func() { py.Print("before"); py.Exit("fatal message") },
	"exit none":    func() { py.Exit(nil) },
	"exit 3":       func() { py.Exit(3) },
	"exit 256":     func() { py.Exit(256) },
	"exit -1":      func() { py.Exit(-1) },
	"exit true":    func() { py.Exit(true) },
	"uncaught":     func() { py.Print("out"); module1() },
	"qualified":    func() { panic(py.CancelledError.New()) },
	"key error":    func() { panic(py.KeyError.New("k")) },
	"go panic":     func() { var s []int; i := 5; _ = s[i] },
	"string panic": func() { panic("boom") },
	"atexit order": func() {
		py.AtExit(func() { py.Print("registered first") })
		py.AtExit(func() { py.Print("registered second") })
		py.Print("body")
	},
	"atexit raises": func() {
		py.AtExit(func() { panic(py.ValueError.New("x")) })
		py.Exit(4)
	},
	"thread at exit": threadAtExit,
}

// threadAtExit stands for a non-daemon thread still printing when the
// module body ends: the exit hook waits for it and nothing may be lost.
func threadAtExit() {
	var wg sync.WaitGroup
	wg.Add(1)
	py.AtExit(wg.Wait)
	go func() {
		defer wg.Done()
		for i := 0; i < 20000; i++ {
			py.Print("thread line", i)
		}
	}()
	panic(py.RuntimeError.New("main failed"))
}

func TestMain(m *testing.M) {
	if name := os.Getenv(childEnv); name != "" {
		py.Run(childModules[name])
	}
	os.Exit(m.Run())
}

type runResult struct {
	stdout, stderr string
	code           int
}

func runChild(t *testing.T, name string) runResult {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+name)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return runResult{stdout.String(), stderr.String(), code}
}

func TestRunExitCodes(t *testing.T) {
	tests := []struct {
		name string
		want runResult
	}{
		{"ok", runResult{"hi\n", "", 0}},
		{"exit msg", runResult{"before\n", "fatal message\n", 1}},
		{"exit none", runResult{"", "", 0}},
		{"exit 3", runResult{"", "", 3}},
		{"exit 256", runResult{"", "", 0}},
		{"exit -1", runResult{"", "", 255}},
		{"exit true", runResult{"", "", 1}},
		{"uncaught", runResult{"out\n", `Traceback (most recent call last):
  File "testdata/tb1.py", line 8, in <module>
    outer(0)
  File "testdata/tb1.py", line 5, in outer
    y = inner(x) + 1
  File "testdata/tb1.py", line 2, in inner
    return 10 // x
ZeroDivisionError: integer division or modulo by zero
`, 1}},
		{"qualified", runResult{"", "concurrent.futures._base.CancelledError\n", 1}},
		{"key error", runResult{"", "KeyError: 'k'\n", 1}},
		{"go panic", runResult{"", "IndexError: list index out of range\n", 1}},
		{"string panic", runResult{"", "RuntimeError: boom\n", 1}},
		{"atexit order", runResult{"body\nregistered second\nregistered first\n", "", 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runChild(t, tt.name); got != tt.want {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestRunAtExitRaises(t *testing.T) {
	got := runChild(t, "atexit raises")
	if got.code != 4 {
		t.Errorf("exit code %d, want 4", got.code)
	}
	if !bytes.HasPrefix([]byte(got.stderr), []byte("Exception ignored in atexit callback: <function ")) ||
		!bytes.HasSuffix([]byte(got.stderr), []byte("\nValueError: x\n")) {
		t.Errorf("stderr %q", got.stderr)
	}
}

func TestRunWaitsForThreadOutput(t *testing.T) {
	got := runChild(t, "thread at exit")
	if got.code != 1 || got.stderr != "RuntimeError: main failed\n" {
		t.Errorf("code %d stderr %q", got.code, got.stderr)
	}
	if n := bytes.Count([]byte(got.stdout), []byte("\n")); n != 20000 {
		t.Errorf("%d lines printed, want 20000", n)
	}
}
