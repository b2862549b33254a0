package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/diag"
	"github.com/py2go/py2go/transpile"
)

// TestMain lets the test binary stand in for py2go: with PY2GO_TEST_MODE set
// it runs py2goMain instead of the tests, so each test execs py2go as a user
// would and sees its exit status, stdout and stderr. Mode "real" uses the
// real pipeline; mode "fake" uses fakeTranspile, which lets the CLI's build
// and run machinery be tested before the pipeline translates anything.
func TestMain(m *testing.M) {
	switch os.Getenv("PY2GO_TEST_MODE") {
	case "":
		os.Exit(m.Run())
	case "fake":
		transpileFile = fakeTranspile
	}
	os.Exit(py2goMain(os.Args[1:]))
}

// fakeTranspile stands in for the pipeline: the "Python" file holds Go
// already and is passed through, and markers in it ask for a panic, an
// error or a warning at the marker's position.
func fakeTranspile(src *diag.Source, _ transpile.Options) ([]byte, *diag.Log) {
	log := diag.NewLog(src)
	if strings.Contains(src.Text, "//fake:panic") {
		panic("the fake transpiler was asked to panic")
	}
	if i := strings.Index(src.Text, "//fake:error"); i >= 0 {
		log.Errorf(ast.Pos(i), "the fake transpiler refuses this")
		return nil, log
	}
	if i := strings.Index(src.Text, "//fake:warn"); i >= 0 {
		log.Warnf(ast.Pos(i), "the fake transpiler warns here")
	}
	return []byte(src.Text), log
}

// result is what a user sees of one py2go run.
type result struct {
	stdout, stderr string
	code           int
}

// invocation describes one py2go run for the tests.
type invocation struct {
	mode  string // "real" or "fake"
	dir   string // the working directory
	stdin string
	args  []string
	env   []string // added to the test's environment
}

// command makes the command that runs the test binary as py2go. It gets a
// TMPDIR of its own, returned for checkTmpEmpty.
func (inv invocation) command(t *testing.T) (*exec.Cmd, string) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	cmd := exec.Command(self, inv.args...)
	cmd.Dir = inv.dir
	cmd.Env = append(os.Environ(), "PY2GO_TEST_MODE="+inv.mode, "TMPDIR="+tmp)
	cmd.Env = append(cmd.Env, inv.env...)
	return cmd, tmp
}

// checkTmpEmpty checks that py2go left nothing in its TMPDIR: build and run
// clean up after themselves, on failure and on signals too.
func checkTmpEmpty(t *testing.T, tmp string) {
	t.Helper()
	if left := dirNames(t, tmp); len(left) > 0 {
		t.Errorf("py2go left %v in TMPDIR", left)
	}
}

// runPy2go runs py2go to its end and returns what a user would see.
func runPy2go(t *testing.T, inv invocation) result {
	t.Helper()
	cmd, tmp := inv.command(t)
	cmd.Stdin = strings.NewReader(inv.stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		t.Fatal(err)
	}
	checkTmpEmpty(t, tmp)
	return result{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
}

// check compares a result with the expected exit status and with regular
// expressions for stdout and stderr; an empty expression means "empty".
func (r result) check(t *testing.T, code int, stdout, stderr string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit status %d, want %d\nstderr:\n%s", r.code, code, r.stderr)
	}
	matches(t, "stdout", r.stdout, stdout)
	matches(t, "stderr", r.stderr, stderr)
}

func matches(t *testing.T, what, got, pattern string) {
	t.Helper()
	if pattern == "" && got != "" {
		t.Errorf("%s is %q, want it empty", what, got)
	}
	if pattern != "" && !regexp.MustCompile(pattern).MatchString(got) {
		t.Errorf("%s is\n%s\nwant a match of %q", what, got, pattern)
	}
}

// writeFiles makes a directory holding files (name to content).
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// dirNames lists dir, sorted.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

// requireGo skips tests that build programs on a machine without Go.
func requireGo(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command on PATH")
	}
}
