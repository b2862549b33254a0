package runtime_test

import (
	"bytes"
	"errors"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGeneratedProgram builds testdata/prog, a main package in the shape
// the emitter produces (//line directives into prog.py, RegisterFuncNames,
// py.Run), and checks what a user sees: CPython's output for prog.py
// without the 3.11 caret lines, and Go-file frames for Go code in package
// main.
func TestGeneratedProgram(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool in PATH")
	}
	bin := filepath.Join(t.TempDir(), "prog")
	if out, err := exec.Command(goTool, "build", "-o", bin, "./testdata/prog").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	helper, err := filepath.Abs("testdata/prog/helper.go")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, arg string
		want      runResult
	}{
		{"chained exceptions", "", runResult{"start\n", `Traceback (most recent call last):
  File "testdata/prog/prog.py", line 13, in load
    out.append(parse(item))
  File "testdata/prog/prog.py", line 6, in parse
    raise BadInput("not a number: %s" % text)
BadInput: not a number: 1x

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "testdata/prog/prog.py", line 21, in <module>
    f()
  File "testdata/prog/prog.py", line 20, in <lambda>
    f = lambda: load(["1x"])
  File "testdata/prog/prog.py", line 15, in load
    raise RuntimeError("load failed") from e
RuntimeError: load failed
`, 1}},
		{"go frames", "gohelper", runResult{"", `Traceback (most recent call last):
  File "` + helper + `", line 7, in <module>
    goHelper()
  File "` + helper + `", line 13, in goHelper
    panic(py.KeyError.New("k"))
KeyError: 'k'
`, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(bin, tt.arg)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			got := runResult{}
			var exit *exec.ExitError
			if err := cmd.Run(); errors.As(err, &exit) {
				got.code = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			got.stdout, got.stderr = stdout.String(), stderr.String()
			if got != tt.want {
				t.Errorf("got:\n%+v\nwant:\n%+v", got, tt.want)
			}
		})
	}
}
