package runtime

import (
	"strconv"
	"sync"
	"sync/atomic"
)

// ProcessOptions are multiprocessing.Process's constructor arguments as
// generated code knows them: the target as a closure over its args, and
// name/daemon.
type ProcessOptions struct {
	Target func()
	// Fork, when set, runs in start() and returns the target: it copies
	// the arguments then, as CPython's fork copies the parent's memory
	// at start(), not at Process(...).
	Fork   func() func()
	Name   string
	Daemon bool
}

// Process is a multiprocessing.Process: a goroutine group with its own
// process identity (Process-N), run in parallel with the parent.
type Process struct {
	name   string
	daemon bool
	target func()
	fork   func() func()
	number int64 // from the child counter
	// defaultName is set while name is the one NewProcess made up.
	defaultName bool
	started     atomic.Bool
	done        chan struct{}
	pid         atomic.Int64

	mu       sync.Mutex
	exitCode Object // nil until the process ends
}

// processes holds the started, unfinished children, for the wait at exit.
var processes = struct {
	sync.Mutex
	alive map[*Process]struct{}
}{alive: map[*Process]struct{}{}}

// NewProcess is multiprocessing.Process(target=..., name=..., daemon=...).
// Every Process takes a number from the child counter, even a named one,
// as CPython's identity does.
func NewProcess(o ProcessOptions) *Process {
	ensureExitHook()
	n := childCounter.Add(1)
	p := &Process{name: o.Name, daemon: o.Daemon, target: o.Target, fork: o.Fork, done: make(chan struct{}), number: n}
	if p.name == "" {
		p.name = "Process-" + strconv.FormatInt(n, 10)
		p.defaultName = true
	}
	return p
}

// SetFork makes fork what start() calls to make the child's work: a
// Process subclass's run on a copy of the object, as the fork copies it.
func (p *Process) SetFork(fork func() func()) { p.fork = fork }

// SetClassName gives a process of a Process subclass the default name
// CPython gives it, the class's name and its number (Job-3), unless it
// was named.
func (p *Process) SetClassName(class string) {
	if p.defaultName {
		p.name = class + "-" + strconv.FormatInt(p.number, 10)
	}
}

// Start is process.start().
func (p *Process) Start() {
	if p.started.Swap(true) {
		panic(AssertionError.New("cannot start a process twice"))
	}
	if p.fork != nil {
		p.target = p.fork()
	}
	processes.Lock()
	processes.alive[p] = struct{}{}
	processes.Unlock()
	c := childContext(p.name, p.number)
	p.pid.Store(int64(c.proc.pid))
	goRunning(c, p.run)
}

// run is the child's body: it ends with exit code 0, SystemExit's code,
// or 1 after printing an uncaught exception as CPython's _bootstrap does.
func (p *Process) run() {
	code := 0
	if err := Catch(p.target); err != nil {
		if err.Matches(SystemExit) {
			code = systemExitCode(err)
		} else {
			Stderr.WriteString("Process " + p.name + ":\n" + err.Traceback())
			code = 1
		}
	}
	releasePipes(callerProcess()) // the exiting process's handles close
	p.finish(code)
}

// finish records the exit code once and releases joiners.
func (p *Process) finish(code int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.exitCode != nil {
		return
	}
	p.exitCode = code
	close(p.done)
	processes.Lock()
	delete(processes.alive, p)
	processes.Unlock()
}

// Join is process.join().
func (p *Process) Join() { p.JoinTimeout(NoTimeout) }

// JoinTimeout is process.join(timeout); callers check IsAlive or
// ExitCode.
func (p *Process) JoinTimeout(timeout float64) {
	if !p.started.Load() {
		panic(AssertionError.New("can only join a started process"))
	}
	waitChan(p.done, timeout)
}

// IsAlive is process.is_alive().
func (p *Process) IsAlive() bool {
	return p.started.Load() && p.ExitCode() == nil
}

// ExitCode is process.exitcode: None while running, then 0, the
// SystemExit code, 1 after an exception, or -15 after Terminate.
func (p *Process) ExitCode() Object {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.exitCode
}

// Terminate is process.terminate(): the process counts as killed by
// SIGTERM at once. Its goroutines cannot be stopped and finish unseen.
func (p *Process) Terminate() {
	if p.started.Load() {
		p.finish(-15)
	}
}

// Pid is process.pid: None before start.
func (p *Process) Pid() Object {
	if !p.started.Load() {
		return nil
	}
	return int(p.pid.Load())
}

// Name is process.name.
func (p *Process) Name() string { return p.name }

// Daemon is process.daemon: daemon children are abandoned at exit.
func (p *Process) Daemon() bool { return p.daemon }

// joinNonDaemonProcesses waits for the non-daemon children, as
// multiprocessing's exit function does.
func joinNonDaemonProcesses() {
	processes.Lock()
	var wait []*Process
	for p := range processes.alive {
		if !p.daemon {
			wait = append(wait, p)
		}
	}
	processes.Unlock()
	for _, p := range wait {
		p.Join()
	}
}

// SetRun makes run what the process runs: the run method of a Process
// subclass, which replaces the target as overriding run does in Python.
func (p *Process) SetRun(run func()) { p.target, p.fork = run, nil }
