// Package gobuild turns generated Go source into a native binary with the
// local Go toolchain, offline.
//
// Generated programs import py2go's runtime package. Its sources travel
// inside the py2go binary (py2go.RuntimeFS); gobuild writes them once into a
// cache directory and points each program's go.mod at it with a replace
// directive, so a build needs neither the network nor a checkout of py2go.
// Because that directory's path is stable, Go's own build cache keeps the
// compiled runtime across runs and only the program itself is compiled.
package gobuild

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/py2go/py2go"
)

// ErrNoGo is returned when no `go` command is on PATH.
var ErrNoGo = errors.New("the Go toolchain was not found on PATH; install Go 1.23 or newer and put its bin directory on PATH")

// CompileError is returned when `go build` rejects the program. Generated Go
// that does not build is a py2go bug, so callers report it as an internal
// error together with the compiler's output.
type CompileError struct {
	Output string // what `go build` printed
}

func (e *CompileError) Error() string {
	return "generated Go does not build:\n" + e.Output
}

// Build compiles the Go source of a main package into the executable out,
// with the runtime cached under DefaultCacheRoot. See BuildWith.
func Build(ctx context.Context, src []byte, out string) error {
	return BuildWith(ctx, DefaultCacheRoot(), src, out)
}

// BuildWith compiles src into out, caching the runtime under cacheRoot. out
// appears whole or not at all: the binary is linked under a temporary name
// beside it and renamed. The build's scratch directory is removed on every
// return, including when ctx is cancelled.
func BuildWith(ctx context.Context, cacheRoot string, src []byte, out string) error {
	return BuildOpts(ctx, cacheRoot, src, out, Options{})
}

// Options change how a program is compiled.
type Options struct {
	// Race builds with the race detector (go build -race), so tests can
	// check that generated concurrent programs are free of data races.
	Race bool
	// NoDWARF leaves the debugger's DWARF tables out of the binary (go
	// build -ldflags=-w), which cuts a third off each link. Tracebacks do
	// not need them: the runtime reads file and line from the pclntab.
	// The end-to-end tests build hundreds of programs and set it.
	NoDWARF bool
}

// BuildOpts is BuildWith with options.
func BuildOpts(ctx context.Context, cacheRoot string, src []byte, out string, opts Options) error {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return ErrNoGo
	}
	rt, err := RuntimeDir(cacheRoot, py2go.RuntimeFS)
	if err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "py2go-build-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	if err := writeProgram(work, src, rt); err != nil {
		return err
	}
	return goBuild(ctx, goCmd, work, out, opts)
}

// programGoMod is the go.mod of one generated program: it requires py2go's
// module and replaces it by the cached runtime directory rt.
func programGoMod(rt string) string {
	return fmt.Sprintf("module py2goprog\n\ngo 1.23\n\nrequire %s v0.0.0\n\nreplace %s => %s\n",
		py2go.ModulePath, py2go.ModulePath, quoteModPath(rt))
}

// quoteModPath quotes a directory for go.mod when it holds characters the
// go.mod syntax would otherwise split on.
func quoteModPath(dir string) string {
	if strings.ContainsAny(dir, " \t\"'`\\") {
		return fmt.Sprintf("%q", dir)
	}
	return dir
}

// writeProgram lays out the program's module in dir.
func writeProgram(dir string, src []byte, rt string) error {
	if err := os.WriteFile(filepath.Join(dir, "main.go"), src, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "go.mod"), []byte(programGoMod(rt)), 0o644)
}

// goBuild runs `go build` in dir, linking to a temporary name beside out and
// renaming it to out on success.
func goBuild(ctx context.Context, goCmd, dir, out string, opts Options) error {
	out, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	tmp, err := reserveTemp(out)
	if err != nil {
		return err
	}
	defer os.Remove(tmp) // a no-op after the rename
	args := []string{"build", "-o", tmp}
	if opts.Race {
		args = append(args, "-race")
	}
	if opts.NoDWARF {
		args = append(args, "-ldflags=-w")
	}
	cmd := exec.CommandContext(ctx, goCmd, append(args, ".")...)
	cmd.Dir = dir
	cmd.Env = offlineEnv(os.Environ())
	cmd.WaitDelay = 5 * time.Second
	output, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err != nil {
		return &CompileError{Output: string(output)}
	}
	return os.Rename(tmp, out)
}

// offlineEnv returns env with the settings that keep `go build` from
// touching the network or a surrounding workspace: modules resolve only
// through the replace directive, the toolchain is the one on PATH, and the
// user's GOFLAGS (say -mod=vendor) cannot change how the program resolves.
func offlineEnv(env []string) []string {
	return append(env,
		"GO111MODULE=on",
		"GOFLAGS=-mod=mod",
		"GOPROXY=off",
		"GOSUMDB=off",
		"GOWORK=off",
		"GOTOOLCHAIN=local",
	)
}

// reserveTemp creates an empty file with a unique name beside out for the
// linker to overwrite; creating it first also turns an unwritable
// destination into a plain I/O error instead of a compiler failure.
func reserveTemp(out string) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".tmp-*")
	if err != nil {
		return "", err
	}
	return f.Name(), f.Close()
}

// Vet runs `go vet` on the program src in a scratch module like the one
// BuildWith uses: py2go's output must pass it. The error holds vet's
// report.
func Vet(ctx context.Context, cacheRoot string, src []byte) error {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return ErrNoGo
	}
	rt, err := RuntimeDir(cacheRoot, py2go.RuntimeFS)
	if err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "py2go-vet-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	if err := writeProgram(work, src, rt); err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, goCmd, "vet", ".")
	cmd.Dir = work
	cmd.Env = offlineEnv(os.Environ())
	if output, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go vet: %v\n%s", err, output)
	}
	return nil
}
