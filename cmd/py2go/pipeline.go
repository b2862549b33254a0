package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/py2go/py2go/diag"
	"github.com/py2go/py2go/transpile"
)

// load reads the Python file, or stdin for "-". The bytes are passed on as
// they are: telling binary or badly encoded input apart is the parser's job,
// and it reports that with a position.
func load(input string) (*diag.Source, error) {
	if input == "-" {
		data, err := io.ReadAll(os.Stdin)
		if err != nil {
			return nil, fmt.Errorf("read stdin: %w", err)
		}
		return diag.NewSource("<stdin>", "", string(data)), nil
	}
	data, err := os.ReadFile(input)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(input)
	if err != nil {
		return nil, err
	}
	return diag.NewSource(input, abs, string(data)), nil
}

// translate loads and transpiles the input, printing every diagnostic to
// stderr. Warnings do not stop it; errors make it return errRefused.
func (c *command) translate(opts transpile.Options) ([]byte, error) {
	src, err := load(c.input)
	if err != nil {
		return nil, err
	}
	out, log := transpileFile(src, opts)
	if log != nil {
		log.Print(os.Stderr)
		if log.HasErrors() {
			return nil, errRefused
		}
	}
	if out == nil {
		return nil, &internalError{"the transpiler returned neither Go nor an error"}
	}
	return out, nil
}

// transpile writes the Go source to stdout or, with -o, to a file.
func (c *command) transpile() error {
	if c.output != "" {
		if err := checkOutputDir(c.output); err != nil {
			return err
		}
	}
	out, err := c.translate(transpile.Options{})
	if err != nil {
		return err
	}
	if c.output == "" {
		_, err := os.Stdout.Write(out)
		return err
	}
	return writeFileAtomic(c.output, out)
}

// checkOutputDir fails early, with a message about the directory rather than
// about a temporary file, when the output cannot go where it was asked to.
func checkOutputDir(out string) error {
	dir := filepath.Dir(out)
	fi, err := os.Stat(dir)
	switch {
	case os.IsNotExist(err):
		return fmt.Errorf("cannot write %s: directory %s does not exist", out, dir)
	case err != nil:
		return fmt.Errorf("cannot write %s: %w", out, err)
	case !fi.IsDir():
		return fmt.Errorf("cannot write %s: %s is not a directory", out, dir)
	}
	if fi, err := os.Stat(out); err == nil && fi.IsDir() {
		return fmt.Errorf("cannot write %s: it is a directory", out)
	}
	return nil
}

// writeFileAtomic writes data to a temporary file beside name and renames it
// over name, so name holds either its old content or all of data, never a
// part.
func writeFileAtomic(name string, data []byte) error {
	if err := writeTempAndRename(name, data); err != nil {
		// The temporary file's name means nothing to the user; the
		// reason (permission denied, disk full) does.
		var pe *os.PathError
		var le *os.LinkError
		switch {
		case errors.As(err, &pe):
			err = pe.Err
		case errors.As(err, &le):
			err = le.Err
		}
		return fmt.Errorf("cannot write %s: %w", name, err)
	}
	return nil
}

// writeTempAndRename does writeFileAtomic's work.
func writeTempAndRename(name string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // a no-op after the rename
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		return err
	}
	return os.Rename(f.Name(), name)
}
