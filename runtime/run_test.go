package runtime_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	goruntime "runtime"
	"sync"
	"testing"
	"time"

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
	"sigint caught": func() {
		err := py.Catch(waitForInterrupt)
		py.Print("caught", err.Matches(py.KeyboardInterrupt))
	},
	"sigint uncaught": waitForInterrupt,
	"sigint busy": func() {
		py.PrintOpts(py.PrintOptions{Sep: " ", End: "\n", Flush: true}, "ready")
		py.Print("buffered")
		for {
			time.Sleep(time.Millisecond) // a loop that never checks
		}
	},
}

// waitForInterrupt stands for a blocking call on the main thread, which
// raises KeyboardInterrupt when SIGINT arrives.
func waitForInterrupt() {
	py.PrintOpts(py.PrintOptions{Sep: " ", End: "\n", Flush: true}, "ready")
	<-py.Interrupts()
	py.RaiseInterrupt()
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

// TestMain runs the tests and then checks that they left no goroutine
// behind: once the program's own goroutines have settled, the count must
// be back where it started.
func TestMain(m *testing.M) {
	if name := os.Getenv(childEnv); name != "" {
		py.Run(childModules[name])
	}
	before := goruntime.NumGoroutine()
	code := m.Run()
	if code == 0 && !settled(before, 10*time.Second) {
		buf := make([]byte, 1<<20)
		n := goruntime.Stack(buf, true)
		fmt.Fprintf(os.Stderr, "goroutines leaked: %d before the tests, %d after\n%s", before, goruntime.NumGoroutine(), buf[:n])
		code = 1
	}
	os.Exit(code)
}

// settled waits up to d for the number of goroutines to fall to n.
func settled(n int, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for goruntime.NumGoroutine() > n {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(10 * time.Millisecond)
	}
	return true
}

type runResult struct {
	stdout, stderr string
	code           int
}

func runChild(t *testing.T, name string) runResult {
	t.Helper()
	r, _ := runChildSignal(t, name, false)
	return r
}

// runChildSignal runs a child module, sending it SIGINT once it has
// printed its first line when interrupt is set, and also returns how the
// process ended ("exit status 1", "signal: interrupt").
func runChildSignal(t *testing.T, name string, interrupt bool) (runResult, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+name)
	var stdout, stderr bytes.Buffer
	cmd.Stderr = &stderr
	if interrupt {
		pipe, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, _ := bufio.NewReader(io.TeeReader(pipe, &stdout)).ReadString('\n')
		if line != "ready\n" {
			t.Fatalf("child printed %q", line)
		}
		if err := cmd.Process.Signal(os.Interrupt); err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(&stdout, pipe)
	} else {
		cmd.Stdout = &stdout
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
	}
	err := cmd.Wait()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return runResult{stdout.String(), stderr.String(), code}, cmd.ProcessState.String()
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
			t.Parallel()
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

func TestRunInterrupt(t *testing.T) {
	tests := []struct {
		name  string
		want  runResult
		ended string
	}{
		{"sigint caught", runResult{"ready\ncaught True\n", "", 0}, "exit status 0"},
		{"sigint uncaught", runResult{"ready\n", "KeyboardInterrupt\n", -1}, "signal: interrupt"},
		{"sigint busy", runResult{"ready\nbuffered\n", "KeyboardInterrupt\n", -1}, "signal: interrupt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, ended := runChildSignal(t, tt.name, true)
			if got != tt.want || ended != tt.ended {
				t.Errorf("got %+v (%s)\nwant %+v (%s)", got, ended, tt.want, tt.ended)
			}
		})
	}
}
