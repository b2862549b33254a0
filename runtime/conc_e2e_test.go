package runtime_test

import (
	"bytes"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestConcurrentPrograms builds testdata/concprog, generated-style Go for
// the scripts beside it, and checks each against what CPython 3.11 with
// gevent 22.10.2 printed for the script: stdout, exit code and the last
// line of stderr, plus frames and timing where they show a behaviour
// (the wait at exit for non-daemon threads only, no wait for pool tasks).
func TestConcurrentPrograms(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool in PATH")
	}
	bin := filepath.Join(t.TempDir(), "concprog")
	if out, err := exec.Command(goTool, "build", "-o", bin, "./testdata/concprog").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	tests := []struct {
		script  string
		stdout  string
		code    int
		lastErr string
		errHas  string
		maxSecs float64
		minSecs float64
	}{
		{"thread_exc", "main still runs\n", 0, "RuntimeError: worker failed",
			"Exception in thread Thread-1 (boom):\nTraceback (most recent call last):\n" +
				"  File \"testdata/concprog/thread_exc.py\", line 5, in boom\n", 5, 0},
		{"exit_waits", "main done\nnon-daemon finished\n", 0, "", "", 5, 0.1},
		{"executor_exit", "main done\nwork 0\nwork 1\nwork 2\n", 0, "", "", 5, 0.06},
		{"as_completed_timeout", "got 0.05\n", 1, "TimeoutError: 1 (of 2) futures unfinished",
			"line 12, in <module>\n    for f in as_completed(fs, timeout=0.2):\n", 5, 0.5},
		{"loopexit", "waiting\n", 1, "[]",
			"line 12, in <module>\n    greenlets[\"a\"].join()\ngevent.exceptions.LoopExit: This operation would block forever\n\tHub: ", 5, 0},
		{"pool_exit", "main done\n", 0, "", "", 2, 0.05},
		{"pool_error", "", 1, "ValueError: bad 7",
			"multiprocessing.pool.RemoteTraceback: \n\"\"\"\nTraceback (most recent call last):\n" +
				"  File \"testdata/concprog/pool_error.py\", line 9, in task\n    return inner(x)\n" +
				"  File \"testdata/concprog/pool_error.py\", line 5, in inner\n    raise ValueError(\"bad %d\" % x)\n" +
				"ValueError: bad 7\n\"\"\"\n\nThe above exception was the direct cause of the following exception:\n\n" +
				"Traceback (most recent call last):\n  File \"testdata/concprog/pool_error.py\", line 14, in <module>\n    r.get()\nValueError: bad 7\n", 5, 0},
		{"future_error", "", 1, "ValueError: bad value 7",
			"line 14, in <module>\n    f.result()\n  File \"testdata/concprog/future_error.py\", line 9, in task\n", 5, 0},
		{"greenlet_get", "", 1, "ValueError: greenlet failed 1",
			"> failed with ValueError\n\nTraceback (most recent call last):\n  File \"testdata/concprog/greenlet_get.py\", line 8, in <module>\n", 5, 0},
	}
	for _, tt := range tests {
		t.Run(tt.script, func(t *testing.T) {
			cmd := exec.Command(bin, tt.script)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			start := time.Now()
			code := 0
			var exit *exec.ExitError
			if err := cmd.Run(); errors.As(err, &exit) {
				code = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			took := time.Since(start).Seconds()
			lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
			if stdout.String() != tt.stdout || code != tt.code || lines[len(lines)-1] != tt.lastErr {
				t.Errorf("stdout %q rc %d stderr:\n%s", stdout.String(), code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.errHas) {
				t.Errorf("stderr lacks %q:\n%s", tt.errHas, stderr.String())
			}
			if took > tt.maxSecs || took < tt.minSecs {
				t.Errorf("took %.2fs, want %.2f-%.2fs", took, tt.minSecs, tt.maxSecs)
			}
		})
	}
}
