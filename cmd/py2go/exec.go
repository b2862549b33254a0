package main

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/py2go/py2go/gobuild"
	"github.com/py2go/py2go/transpile"
)

// options are the transpiler settings for run and build: //line directives
// make the program's tracebacks name the Python file and lines.
var options = transpile.Options{LineDirectives: true}

// build writes a native binary.
func (c *command) build() error {
	out := c.buildOutput()
	if err := checkOutputDir(out); err != nil {
		return err
	}
	src, err := c.translate(options)
	if err != nil {
		return err
	}
	sigs := catchSignals()
	defer signal.Stop(sigs)
	return buildInterruptibly(sigs, src, out)
}

// run builds the program into a temporary directory and runs it there, with
// py2go's stdin, stdout, stderr and working directory, and passes its exit
// status on.
func (c *command) run() error {
	src, err := c.translate(options)
	if err != nil {
		return err
	}
	sigs := catchSignals() // first, so that it is stopped last
	defer signal.Stop(sigs)
	dir, err := os.MkdirTemp("", "py2go-run-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, binaryName(c.input))
	if err := buildInterruptibly(sigs, src, bin); err != nil {
		return err
	}
	return runChild(sigs, bin, c.input, c.args)
}

// catchSignals keeps SIGINT and SIGTERM from killing py2go while it has
// temporary files to remove or a child to wait for.
func catchSignals() chan os.Signal {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	return sigs
}

// buildInterruptibly runs the Go build; a signal cancels it, and py2go then
// exits as a shell reports a command the signal killed.
func buildInterruptibly(sigs <-chan os.Signal, src []byte, out string) error {
	ctx, cancel := context.WithCancel(context.Background())
	var caught os.Signal
	done := make(chan struct{})
	go func() {
		defer close(done)
		select {
		case caught = <-sigs:
			cancel()
		case <-ctx.Done():
		}
	}()
	err := gobuild.Build(ctx, src, out)
	cancel()
	<-done
	if caught != nil {
		return signalStatus(caught)
	}
	return err
}

// runChild runs the built program, handing it every SIGINT and SIGTERM
// py2go receives, and returns its exit status. argv0 is the Python file's
// name, which is what the program sees as sys.argv[0].
func runChild(sigs <-chan os.Signal, bin, argv0 string, args []string) error {
	cmd := exec.Command(bin, args...)
	cmd.Args[0] = argv0
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan struct{})
	go forwardSignals(sigs, cmd.Process, done)
	err := cmd.Wait()
	close(done)
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return err
	}
	return childStatus(cmd.ProcessState)
}

// forwardSignals passes signals on to the child until done is closed.
func forwardSignals(sigs <-chan os.Signal, child *os.Process, done <-chan struct{}) {
	for {
		select {
		case s := <-sigs:
			child.Signal(s)
		case <-done:
			return
		}
	}
}

// childStatus turns the child's end into py2go's exit status: its exit code,
// or 128+N when signal N killed it, as a shell reports it.
func childStatus(state *os.ProcessState) error {
	if ws, ok := state.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return signalStatus(ws.Signal())
	}
	if code := state.ExitCode(); code != 0 {
		return exitStatus(code)
	}
	return nil
}

// signalStatus is the exit status a shell gives a command killed by s.
// Every signal py2go handles is a syscall.Signal.
func signalStatus(s os.Signal) error {
	return exitStatus(128 + int(s.(syscall.Signal)))
}
