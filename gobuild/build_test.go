package gobuild

import (
	"context"
	"debug/elf"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// cacheRoot is shared by the tests of one run, so the runtime is written and
// compiled once.
var cacheRoot string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "py2go-gobuild-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	cacheRoot = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// program is a hand-written stand-in for generated code. It imports the
// runtime package (blank, as long as the runtime may still be empty) to
// prove that the replace directive reaches the cached sources.
func program(greeting string) []byte {
	return []byte(`package main

import (
	"fmt"
	"os"

	_ "github.com/py2go/py2go/runtime"
)

func main() {
	fmt.Println("` + greeting + `", len(os.Args)-1)
	os.Exit(len(os.Args) - 1)
}
`)
}

func requireGo(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command on PATH")
	}
}

// runBinary runs bin with args and returns its stdout and exit code.
func runBinary(t *testing.T, bin string, args ...string) (string, int) {
	t.Helper()
	out, err := exec.Command(bin, args...).Output()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return string(out), exit.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(out), 0
}

// dirNames lists dir, so tests can see that no temporary file was left.
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
	return names
}

func TestBuildRuns(t *testing.T) {
	requireGo(t)
	out := filepath.Join(t.TempDir(), "hello")
	if err := BuildWith(context.Background(), cacheRoot, program("hello"), out); err != nil {
		t.Fatal(err)
	}
	got, code := runBinary(t, out, "a", "b")
	if got != "hello 2\n" || code != 2 {
		t.Errorf("binary printed %q and exited %d, want %q and 2", got, code, "hello 2\n")
	}
	if names := dirNames(t, filepath.Dir(out)); len(names) != 1 {
		t.Errorf("output dir holds %v, want only the binary", names)
	}
}

// TestBuildNoDWARF checks that NoDWARF drops the DWARF tables and that
// the binary still runs; a default build keeps them for debuggers.
func TestBuildNoDWARF(t *testing.T) {
	requireGo(t)
	for _, tc := range []struct {
		name  string
		opts  Options
		dwarf bool
	}{{"default", Options{}, true}, {"NoDWARF", Options{NoDWARF: true}, false}} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "hello")
			if err := BuildOpts(context.Background(), cacheRoot, program("hi "+tc.name), out, tc.opts); err != nil {
				t.Fatal(err)
			}
			if got, _ := runBinary(t, out); got != "hi "+tc.name+" 0\n" {
				t.Errorf("binary printed %q", got)
			}
			f, err := elf.Open(out)
			if err != nil {
				t.Skipf("not an ELF binary here: %v", err)
			}
			defer f.Close()
			if has := f.Section(".debug_info") != nil; has != tc.dwarf {
				t.Errorf("binary has .debug_info: %v, want %v", has, tc.dwarf)
			}
		})
	}
}

// TestBuildParallel runs four builds at once into one directory, as four
// py2go processes started together would.
func TestBuildParallel(t *testing.T) {
	requireGo(t)
	dir := t.TempDir()
	const n = 4
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			src := program(fmt.Sprintf("prog%d", i))
			errs[i] = BuildWith(context.Background(), cacheRoot, src, filepath.Join(dir, fmt.Sprint("prog", i)))
		}()
	}
	wg.Wait()
	for i := range n {
		t.Run(fmt.Sprint("prog", i), func(t *testing.T) {
			if errs[i] != nil {
				t.Fatal(errs[i])
			}
			got, _ := runBinary(t, filepath.Join(dir, fmt.Sprint("prog", i)))
			if want := fmt.Sprintf("prog%d 0\n", i); got != want {
				t.Errorf("printed %q, want %q", got, want)
			}
		})
	}
}

func TestBuildFailures(t *testing.T) {
	requireGo(t)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name  string
		ctx   context.Context
		src   string
		check func(t *testing.T, err error)
	}{
		{"compile error", context.Background(), "package main\n\nfunc main() { undefinedName() }\n", func(t *testing.T, err error) {
			var ce *CompileError
			if !errors.As(err, &ce) {
				t.Fatalf("got %v, want a *CompileError", err)
			}
			if !strings.Contains(ce.Output, "undefinedName") {
				t.Errorf("compiler output lacks the error: %q", ce.Output)
			}
		}},
		{"cancelled", cancelled, string(program("never")), func(t *testing.T, err error) {
			if !errors.Is(err, context.Canceled) {
				t.Errorf("got %v, want context.Canceled", err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			err := BuildWith(tt.ctx, cacheRoot, []byte(tt.src), filepath.Join(dir, "prog"))
			tt.check(t, err)
			if names := dirNames(t, dir); len(names) != 0 {
				t.Errorf("a failed build left %v", names)
			}
		})
	}
}

func TestBuildMissingOutputDir(t *testing.T) {
	requireGo(t)
	out := filepath.Join(t.TempDir(), "missing", "prog")
	err := BuildWith(context.Background(), cacheRoot, program("x"), out)
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("got %v, want a not-exist error", err)
	}
}

func TestBuildNoGo(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	err := BuildWith(context.Background(), cacheRoot, program("x"), filepath.Join(t.TempDir(), "prog"))
	if !errors.Is(err, ErrNoGo) {
		t.Errorf("got %v, want ErrNoGo", err)
	}
}

func TestProgramGoMod(t *testing.T) {
	tests := []struct{ name, dir, want string }{
		{"plain", "/c/runtime-1", "replace github.com/py2go/py2go => /c/runtime-1\n"},
		{"space", "/my cache/runtime-1", "replace github.com/py2go/py2go => \"/my cache/runtime-1\"\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mod := programGoMod(tt.dir)
			if !strings.HasSuffix(mod, tt.want) {
				t.Errorf("go.mod ends %q, want %q", mod, tt.want)
			}
		})
	}
}
