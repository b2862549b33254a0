package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// echo prints what it was given and exits with the number of its
// arguments, so one run shows that arguments, stdin, stdout, stderr and the
// exit status all pass through py2go run.
const echo = `package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	in, _ := io.ReadAll(os.Stdin)
	fmt.Printf("argv0=%s args=%q stdin=%q\n", os.Args[0], os.Args[1:], in)
	fmt.Fprintln(os.Stderr, "on stderr")
	os.Exit(len(os.Args) - 1)
}
`

// trap waits for SIGINT or SIGTERM and exits 7 when it gets one.
const trap = `package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	fmt.Println("ready")
	fmt.Println("got", <-c)
	os.Exit(7)
}
`

// suicide dies of SIGTERM, as a program killed from outside would.
const suicide = `package main

import (
	"syscall"
	"time"
)

func main() {
	syscall.Kill(syscall.Getpid(), syscall.SIGTERM)
	time.Sleep(time.Minute)
}
`

// broken is "generated" Go that does not compile.
const broken = `package main

func main() { notDefined() }
`

func TestRun(t *testing.T) {
	requireGo(t)
	tests := []struct {
		name           string
		args           []string
		stdin          string
		code           int
		stdout, stderr string
	}{
		{"passes everything through", []string{"run", "echo.py", "a", "-o", "x", "--help"}, "some input", 4,
			`^argv0=echo.py args=\["a" "-o" "x" "--help"\] stdin="some input"\n$`, "^on stderr\n$"},
		{"exit status 0", []string{"run", "hello.py"}, "", 0, "^hello\n$", ""},
		{"program from stdin", []string{"run", "-", "x"}, hello, 0, "^hello\n$", ""},
		{"killed by a signal", []string{"run", "suicide.py"}, "", 128 + int(syscall.SIGTERM), "", ""},
		{"refused", []string{"run", "bad.py"}, "", 1, "", `^bad.py:1:1: error: the fake transpiler refuses this\n`},
		{"generated Go does not build", []string{"run", "broken.py"}, "", 3, "",
			`(?s)^py2go: internal error: generated Go does not build:\n.*notDefined.*please report this`},
	}
	dir := writeFiles(t, map[string]string{
		"echo.py": echo, "hello.py": hello, "suicide.py": suicide, "bad.py": "//fake:error\n", "broken.py": broken,
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runPy2go(t, invocation{mode: "fake", dir: dir, stdin: tt.stdin, args: tt.args})
			r.check(t, tt.code, tt.stdout, tt.stderr)
		})
	}
}

// TestRunWithoutGo checks the message a user without Go on PATH gets.
func TestRunWithoutGo(t *testing.T) {
	for _, cmd := range []string{"run", "build"} {
		t.Run(cmd, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"hello.py": hello})
			r := runPy2go(t, invocation{mode: "fake", dir: dir, args: []string{cmd, "hello.py"}, env: []string{"PATH=" + t.TempDir()}})
			r.check(t, 1, "", "^py2go: the Go toolchain was not found on PATH; install Go 1.23 or newer and put its bin directory on PATH\n$")
			if got := dirNames(t, dir); !sameNames(got, []string{"hello.py"}) {
				t.Errorf("directory holds %v", got)
			}
		})
	}
}

func TestBuild(t *testing.T) {
	requireGo(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
		binary string // where the binary must be, or "" for none
	}{
		{"default name", []string{"build", "hello.py"}, 0, "", "hello"},
		{"output file", []string{"build", "-o", "bin/greet", "hello.py"}, 0, "", "bin/greet"},
		{"output directory", []string{"build", "-o", "bin", "hello.py"}, 0, "", "bin/hello"},
		{"stdin", []string{"build", "-o", "fromstdin", "-"}, 0, "", "fromstdin"},
		{"refused", []string{"build", "bad.py"}, 1, "error: the fake transpiler refuses this", ""},
		{"does not build", []string{"build", "broken.py"}, 3, "generated Go does not build", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"hello.py": hello, "bad.py": "//fake:error\n", "broken.py": broken, "bin/.keep": ""})
			r := runPy2go(t, invocation{mode: "fake", dir: dir, stdin: hello, args: tt.args})
			r.check(t, tt.code, "", tt.stderr)
			want := []string{"bad.py", "bin", "broken.py", "hello.py"}
			if tt.binary != "" {
				checkBinary(t, filepath.Join(dir, tt.binary))
				want = append(want, strings.Split(tt.binary, "/")[0])
			}
			if got := dirNames(t, dir); !sameNames(got, want) {
				t.Errorf("directory holds %v, want %v", got, want)
			}
		})
	}
}

// checkBinary runs a built hello and checks what it printed.
func checkBinary(t *testing.T, bin string) {
	t.Helper()
	out, err := exec.Command(bin).Output()
	if err != nil {
		t.Fatalf("running %s: %v", bin, err)
	}
	if string(out) != "hello\n" {
		t.Errorf("%s printed %q, want %q", bin, out, "hello\n")
	}
}

// TestRunForwardsSignals sends SIGINT and SIGTERM to py2go run and checks
// that the program got them and that its exit status came back.
func TestRunForwardsSignals(t *testing.T) {
	requireGo(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"trap.py": trap})
			cmd, tmp := invocation{mode: "fake", dir: dir, args: []string{"run", "trap.py"}}.command(t)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			lines := bufio.NewScanner(stdout)
			if !lines.Scan() || lines.Text() != "ready" {
				cmd.Process.Kill()
				t.Fatalf("program did not start: %q, stderr %q", lines.Text(), stderr.String())
			}
			timer := time.AfterFunc(time.Minute, func() { cmd.Process.Kill() })
			defer timer.Stop()
			cmd.Process.Signal(sig)
			lines.Scan()
			if want := "got " + sig.String(); lines.Text() != want {
				t.Errorf("program printed %q, want %q", lines.Text(), want)
			}
			cmd.Wait()
			if code := cmd.ProcessState.ExitCode(); code != 7 {
				t.Errorf("exit status %d, want the program's 7; stderr %q", code, stderr.String())
			}
			checkTmpEmpty(t, tmp)
		})
	}
}

// TestSignalDuringBuild interrupts py2go while `go build` runs (a stand-in
// go command that waits) and checks that py2go exits as a shell reports an
// interrupted command and leaves no temporary file behind.
func TestSignalDuringBuild(t *testing.T) {
	for _, cmd := range []string{"run", "build"} {
		t.Run(cmd, func(t *testing.T) {
			bin := t.TempDir()
			mark := filepath.Join(bin, "started")
			slowGo := "#!/bin/sh\necho started > " + mark + "\nexec sleep 60\n"
			if err := os.WriteFile(filepath.Join(bin, "go"), []byte(slowGo), 0o755); err != nil {
				t.Fatal(err)
			}
			dir := writeFiles(t, map[string]string{"hello.py": hello})
			py2go, tmp := invocation{mode: "fake", dir: dir, args: []string{cmd, "hello.py"},
				env: []string{"PATH=" + bin + ":" + os.Getenv("PATH")}}.command(t)
			if err := py2go.Start(); err != nil {
				t.Fatal(err)
			}
			timer := time.AfterFunc(time.Minute, func() { py2go.Process.Kill() })
			defer timer.Stop()
			for _, err := os.Stat(mark); err != nil; _, err = os.Stat(mark) {
				time.Sleep(10 * time.Millisecond)
			}
			py2go.Process.Signal(syscall.SIGINT)
			py2go.Wait()
			if code := py2go.ProcessState.ExitCode(); code != 128+int(syscall.SIGINT) {
				t.Errorf("exit status %d, want %d", code, 128+int(syscall.SIGINT))
			}
			checkTmpEmpty(t, tmp)
			if got := dirNames(t, dir); !sameNames(got, []string{"hello.py"}) {
				t.Errorf("directory holds %v", got)
			}
		})
	}
}
