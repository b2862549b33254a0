package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"
)

// usage is the --help text.
const usage = `py2go turns Python 3 scripts that use multiprocessing, threading, gevent,
concurrent.futures and asyncio into readable Go.

Usage:
  py2go [-o FILE.go] FILE.py     transpile to Go, on stdout or into FILE.go
  py2go run FILE.py [ARGS...]    transpile, build and run; ARGS go to the program
  py2go build [-o BIN] FILE.py   build a native binary (default: ./FILE)

FILE.py may be - to read the program from stdin.

Flags:
  -o, --output PATH   where to write the Go file or the binary; for build,
                      a directory puts the binary inside it
  -h, --help          show this help
      --version       print py2go's version

Examples:
  py2go demo.py > demo.go
  py2go -o demo.go demo.py
  cat demo.py | py2go -
  py2go run demo.py --workers 4    everything after demo.py is the program's
  py2go build -o demo demo.py && ./demo

Diagnostics go to stderr as file:line:col, the source line and a caret:

  demo.py:5:22: error: expected ':'

Exit status: 0 done; 1 the input was refused, or a file could not be read
or written; 2 bad usage; 3 an internal error in py2go (please report it).
py2go run exits with the program's own status (128+N if signal N killed it).
`

// command is a parsed command line.
type command struct {
	name    string   // "" (transpile), "run" or "build"
	input   string   // the Python file, or "-" for stdin
	output  string   // -o; empty for the default
	args    []string // the program's arguments (run)
	help    bool
	version bool
}

// usageError is a command line py2go cannot make sense of (exit status 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usageErrorf formats a usage error, prefixed with the command's name.
func (c *command) usageErrorf(format string, args ...any) error {
	prefix := "py2go"
	if c.name != "" {
		prefix += " " + c.name
	}
	return &usageError{prefix + ": " + fmt.Sprintf(format, args...)}
}

// parseArgs reads the command line. A subcommand comes first; for `run`,
// parsing stops at the Python file so that later flags reach the program.
func parseArgs(args []string) (*command, error) {
	c := &command{}
	if len(args) > 0 && (args[0] == "run" || args[0] == "build") {
		c.name, args = args[0], args[1:]
	}
	fs := c.flagSet()
	if err := fs.Parse(args); err != nil {
		return nil, c.usageErrorf("%v", err)
	}
	if c.help || c.version {
		return c, nil
	}
	return c, c.positional(fs.Args())
}

// flagSet declares the flags the command accepts. pflag prints nothing:
// errors are reported by report, help by --help.
func (c *command) flagSet() *pflag.FlagSet {
	fs := pflag.NewFlagSet("py2go", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.BoolVarP(&c.help, "help", "h", false, "show this help")
	if c.name != "run" {
		fs.StringVarP(&c.output, "output", "o", "", "where to write")
	}
	if c.name == "" {
		fs.BoolVar(&c.version, "version", false, "print py2go's version")
	}
	fs.SetInterspersed(c.name != "run")
	return fs
}

// positional takes the Python file and, for run, the program's arguments.
func (c *command) positional(args []string) error {
	switch {
	case len(args) == 0:
		return c.usageErrorf("no Python file given")
	case len(args) > 1 && c.name != "run":
		return c.usageErrorf("too many arguments: %s (one Python file at a time)", strings.Join(args[1:], " "))
	}
	c.input, c.args = args[0], args[1:]
	if c.name == "build" && c.output == "" && c.input == "-" {
		return c.usageErrorf("-o is required when the program comes from stdin")
	}
	return nil
}

// binaryName is the default name of a binary built from input: its base
// name without .py, as go build names a binary after its directory.
func binaryName(input string) string {
	if input == "-" {
		return "stdin"
	}
	name := strings.TrimSuffix(filepath.Base(input), ".py")
	if name == filepath.Base(input) {
		name += ".bin" // never overwrite the input itself
	}
	return name
}

// buildOutput is where `py2go build` puts the binary: -o, a file inside -o
// when that is a directory, or the default name in the current directory.
func (c *command) buildOutput() string {
	if c.output == "" {
		return binaryName(c.input)
	}
	if fi, err := os.Stat(c.output); err == nil && fi.IsDir() {
		return filepath.Join(c.output, binaryName(c.input))
	}
	return c.output
}
