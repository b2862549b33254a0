package e2e

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/py2go/py2go/diag"
	"github.com/py2go/py2go/gobuild"
	"github.com/py2go/py2go/transpile"
)

// waitLoop is the body every signal case blocks in after printing "ready".
const waitLoop = "import time\nprint('ready', flush=True)\nwhile True:\n    time.sleep(0.01)\n"

// TestSignals sends real signals to transpiled programs and checks they end
// as CPython's do: SIGINT raises KeyboardInterrupt (an uncaught one prints
// it and the process dies of SIGINT, 130 in a shell; a caught one runs the
// handler), and SIGTERM kills at once without running finally blocks (143
// in a shell).
func TestSignals(t *testing.T) {
	tests := []struct {
		name, program string
		sig           syscall.Signal
		stdout        string
		stderrLast    string
		killedBy      syscall.Signal // 0: exits with status 0
	}{
		{"sigint uncaught", waitLoop, syscall.SIGINT, "ready\n", "KeyboardInterrupt", syscall.SIGINT},
		{"sigint caught",
			"import time\ntry:\n    print('ready', flush=True)\n    while True:\n        time.sleep(0.01)\nexcept KeyboardInterrupt:\n    print('caught')\nprint('after')\n",
			syscall.SIGINT, "ready\ncaught\nafter\n", "", 0},
		{"sigint busy loop uncaught", "print('ready', flush=True)\nn = 0\nwhile True:\n    n += 1\n",
			syscall.SIGINT, "ready\n", "KeyboardInterrupt", syscall.SIGINT},
		{"sigint busy loop caught",
			"try:\n    print('ready', flush=True)\n    n = 0\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    print('caught')\nprint('after')\n",
			syscall.SIGINT, "ready\ncaught\nafter\n", "", 0},
		{"sigint busy loop in a callee caught by bare except",
			"def spin():\n    total = 0\n    for i in range(10**18):\n        total += i % 7\n    return total\n\ndef main():\n    print('ready', flush=True)\n    try:\n        spin()\n    except:\n        print('stopped')\n\nmain()\nprint('after')\n",
			syscall.SIGINT, "ready\nstopped\nafter\n", "", 0},
		{"sigint busy loop caught as BaseException in a function value",
			"def spin(n):\n    while n >= 0:\n        n += 1\n\ndef run(f):\n    try:\n        print('ready', flush=True)\n        f(0)\n    except BaseException as e:\n        print('caught', type(e).__name__)\n\nrun(spin)\n",
			syscall.SIGINT, "ready\ncaught KeyboardInterrupt\n", "", 0},
		{"sigterm skips finally",
			"import time\ntry:\n    print('ready', flush=True)\n    while True:\n        time.sleep(0.01)\nfinally:\n    print('finally ran')\n",
			syscall.SIGTERM, "ready\n", "", syscall.SIGTERM},
	}
	cache := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			bin := buildProgram(t, cache, tt.program)
			stdout, stderr, state := runUntilReady(t, bin, func(p *os.Process) { p.Signal(tt.sig) })
			if stdout != tt.stdout {
				t.Errorf("stdout %q, want %q", stdout, tt.stdout)
			}
			if got := lastLine(stderr); got != tt.stderrLast {
				t.Errorf("last stderr line %q, want %q; stderr:\n%s", got, tt.stderrLast, stderr)
			}
			ws := state.Sys().(syscall.WaitStatus)
			switch {
			case tt.killedBy == 0 && (ws.Signaled() || ws.ExitStatus() != 0):
				t.Errorf("ended with %v, want exit status 0", state)
			case tt.killedBy != 0 && (!ws.Signaled() || ws.Signal() != tt.killedBy):
				t.Errorf("ended with %v, want killed by %v", state, tt.killedBy)
			}
		})
	}
}

// TestDeadlockHangs checks that a deadlock CPython hangs on hangs here too,
// rather than ending with Go's "all goroutines are asleep" crash.
func TestDeadlockHangs(t *testing.T) {
	prog := "import threading\nlock = threading.Lock()\nlock.acquire()\nprint('ready', flush=True)\nlock.acquire()\nprint('never')\n"
	bin := buildProgram(t, t.TempDir(), prog)
	stdout, stderr, state := runUntilReady(t, bin, func(p *os.Process) {
		time.Sleep(time.Second)
		p.Signal(syscall.SIGTERM)
	})
	if stdout != "ready\n" || strings.Contains(stderr, "fatal error") || strings.Contains(stderr, "goroutine") {
		t.Errorf("stdout %q, stderr:\n%s", stdout, stderr)
	}
	if ws := state.Sys().(syscall.WaitStatus); !ws.Signaled() || ws.Signal() != syscall.SIGTERM {
		t.Errorf("ended with %v before SIGTERM came, want it still hanging", state)
	}
}

// buildProgram transpiles and builds a Python program.
func buildProgram(t *testing.T, cache, program string) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "prog.py")
	if err := os.WriteFile(path, []byte(program), 0o644); err != nil {
		t.Fatal(err)
	}
	goSrc, log := transpile.File(diag.NewSource("prog.py", path, program), transpile.Options{LineDirectives: true})
	if goSrc == nil {
		var msgs bytes.Buffer
		log.Print(&msgs)
		t.Fatalf("py2go refused the program:\n%s", msgs.String())
	}
	bin := filepath.Join(dir, "prog")
	if err := gobuild.BuildOpts(context.Background(), cache, goSrc, bin, gobuild.Options{}); err != nil {
		t.Fatalf("build: %v", err)
	}
	return bin
}

// runUntilReady starts bin, waits for its "ready" line, calls act and
// returns what the program printed and how it ended. It runs with the
// machine to itself (quiet, e2e_test.go): how a program reacts to a signal
// depends on its goroutines being scheduled within the runtime's grace
// period, which dozens of parallel builds on two CPUs can defeat.
func runUntilReady(t *testing.T, bin string, act func(*os.Process)) (string, string, *os.ProcessState) {
	t.Helper()
	quiet.Lock()
	defer quiet.Unlock()
	cmd := exec.Command(bin)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(60*time.Second, func() { cmd.Process.Kill() })
	defer timer.Stop()
	r := bufio.NewReader(out)
	first, _ := r.ReadString('\n')
	if first == "ready\n" {
		act(cmd.Process)
	}
	var rest bytes.Buffer
	rest.ReadFrom(r)
	cmd.Wait()
	return first + rest.String(), errb.String(), cmd.ProcessState
}
