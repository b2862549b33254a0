// Command py2go transpiles Python 3 scripts into Go, and builds and runs
// them.
//
// The command is a short pipeline, one function a step: parse the command
// line, load the Python file, transpile it, then write the Go, build a
// binary, or build and run it. Run `py2go --help` for usage.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"

	"github.com/py2go/py2go"
	"github.com/py2go/py2go/gobuild"
	"github.com/py2go/py2go/transpile"
)

// Exit statuses, as documented in the help text and README.
const (
	exitOK       = 0
	exitRefused  = 1 // the input was refused, or a file could not be read or written
	exitUsage    = 2
	exitInternal = 3 // a bug in py2go
)

// transpileFile is the pipeline; the tests replace it with a stand-in while
// the real one is being written.
var transpileFile = transpile.File

func main() {
	os.Exit(py2goMain(os.Args[1:]))
}

// py2goMain runs one py2go command and returns its exit status. A panic
// anywhere in py2go is a bug: it is reported in one line instead of a Go
// stack trace, which would mean nothing to a Python user.
func py2goMain(args []string) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "py2go: internal error: %v; please report this\n", r)
			code = exitInternal
		}
	}()
	cmd, err := parseArgs(args)
	if err != nil {
		return report(err)
	}
	return report(cmd.execute())
}

// execute does what the command line asked for.
func (c *command) execute() error {
	switch {
	case c.help:
		_, err := fmt.Fprint(os.Stdout, usage)
		return err
	case c.version:
		_, err := fmt.Printf("py2go version %s (%s %s/%s)\n", py2go.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
		return err
	case c.name == "run":
		return c.run()
	case c.name == "build":
		return c.build()
	}
	return c.transpile()
}

// errRefused says the input was refused; its diagnostics are already
// printed.
var errRefused = errors.New("input refused")

// exitStatus carries the status of a program that `py2go run` ran, or of a
// signal that stopped py2go, to py2go's own exit.
type exitStatus int

func (e exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// internalError is a py2go bug that was caught without a panic.
type internalError struct{ msg string }

func (e *internalError) Error() string { return e.msg }

// report prints err as a user should see it and returns the exit status
// that goes with it.
func report(err error) int {
	var (
		usageErr   *usageError
		status     exitStatus
		compileErr *gobuild.CompileError
		internal   *internalError
	)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errRefused):
		return exitRefused
	case errors.As(err, &status):
		return int(status)
	case errors.As(err, &usageErr):
		fmt.Fprintf(os.Stderr, "%v\nRun 'py2go --help' for usage.\n", err)
		return exitUsage
	case errors.As(err, &compileErr):
		fmt.Fprintf(os.Stderr, "py2go: internal error: %v\npy2go: please report this, with the Python file\n", compileErr)
		return exitInternal
	case errors.As(err, &internal):
		fmt.Fprintf(os.Stderr, "py2go: internal error: %v; please report this\n", internal)
		return exitInternal
	}
	fmt.Fprintf(os.Stderr, "py2go: %v\n", err)
	return exitRefused
}
