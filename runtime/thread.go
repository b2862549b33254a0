package runtime

import (
	"cmp"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
)

// ThreadOptions are threading.Thread's constructor arguments as generated
// code knows them: the target as a closure over its args, the target's
// Python name for the "Thread-N (name)" default, and name/daemon.
type ThreadOptions struct {
	Target     func()
	TargetName string
	Name       string
	Daemon     bool
}

// Thread is a threading.Thread: a goroutine with a Python thread's name,
// start-once and join semantics, and its own gevent hub.
type Thread struct {
	mu     sync.Mutex // guards name and daemon, which Python code may set
	name   string
	daemon bool
	target func()
	proc   *process

	started atomic.Bool
	done    chan struct{}
	ident   atomic.Int64 // set when it starts
}

// threadCounter numbers threads as threading's _counter does: one
// sequence for every auto-named thread (and Dummy-N greenlet name).
var threadCounter atomic.Int64

// threads holds the started, still running threads, for active_count()
// and for the wait at exit.
var threads = struct {
	sync.Mutex
	alive map[*Thread]struct{}
}{alive: map[*Thread]struct{}{}}

// NewThread is threading.Thread(target=..., name=..., daemon=...). An
// explicit name does not consume a number, as in CPython.
func NewThread(o ThreadOptions) *Thread {
	ensureExitHook()
	t := &Thread{name: o.Name, daemon: o.Daemon, target: o.Target, done: make(chan struct{})}
	if t.name == "" {
		t.name = "Thread-" + strconv.FormatInt(threadCounter.Add(1), 10)
		if o.TargetName != "" {
			t.name += " (" + o.TargetName + ")"
		}
	}
	return t
}

// Start is Thread.start(): the target begins running in parallel.
func (t *Thread) Start() {
	t.startIn(current().proc)
}

// startIn starts the thread as a thread of process proc.
func (t *Thread) startIn(proc *process) {
	if t.started.Swap(true) {
		panic(RuntimeError.New("threads can only be started once"))
	}
	t.proc = proc
	t.ident.Store(nextIdent.Add(1))
	threads.Lock()
	threads.alive[t] = struct{}{}
	threads.Unlock()
	goRunning(&gctx{proc: proc, thread: t, root: &hubRoot{}}, t.run)
}

// goRunning is goWith that returns only once the new goroutine has begun,
// as CPython's Thread.start() waits for the new thread to signal that it
// runs: threads (and processes) started one after another then begin in
// that order, as they do under CPython, instead of the last one first.
func goRunning(c *gctx, f func()) {
	running := make(chan struct{})
	goWith(c, func() {
		close(running)
		f()
	})
	<-running
}

// run is the thread's goroutine: an escaping exception is reported as
// CPython's threading.excepthook does and the program goes on.
func (t *Thread) run() {
	defer func() {
		threads.Lock()
		delete(threads.alive, t)
		threads.Unlock()
		close(t.done)
	}()
	if t.target == nil {
		return
	}
	err := Catch(t.target)
	if err != nil && !err.Matches(SystemExit) {
		Stderr.WriteString("Exception in thread " + t.Name() + ":\n" + err.Traceback())
	}
}

// Join is Thread.join(): wait until the thread ends.
func (t *Thread) Join() { t.JoinTimeout(NoTimeout) }

// JoinTimeout is Thread.join(timeout). Like CPython it returns nothing;
// callers check IsAlive.
func (t *Thread) JoinTimeout(timeout float64) {
	if !t.started.Load() {
		panic(RuntimeError.New("cannot join thread before it is started"))
	}
	if current().thread == t {
		panic(RuntimeError.New("cannot join current thread"))
	}
	waitChan(t.done, timeout)
}

// IsAlive is Thread.is_alive(): started and not yet finished.
func (t *Thread) IsAlive() bool {
	if !t.started.Load() {
		return false
	}
	select {
	case <-t.done:
		return false
	default:
		return true
	}
}

// Name is Thread.name.
func (t *Thread) Name() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.name
}

// SetName is `thread.name = name`.
func (t *Thread) SetName(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.name = name
}

// Daemon is Thread.daemon: daemon threads are dropped at exit instead of
// waited for.
func (t *Thread) Daemon() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.daemon
}

// SetDaemon is `thread.daemon = flag`, allowed only before start.
func (t *Thread) SetDaemon(daemon bool) {
	if t.started.Load() {
		panic(RuntimeError.New("cannot set daemon status of active thread"))
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.daemon = daemon
}

// PyTypeName is type(thread).__name__.
func (t *Thread) PyTypeName() string { return "Thread" }

// PyRepr is repr(thread) in CPython's "<Thread(Thread-1 (f), started)>"
// form, without the ident CPython appends.
func (t *Thread) PyRepr() string {
	state := "initial"
	if t.started.Load() {
		state = "started"
		if !t.IsAlive() {
			state = "stopped"
		}
	}
	if t.Daemon() && state == "started" {
		state += " daemon"
	}
	return "<Thread(" + t.Name() + ", " + state + ")>"
}

// CurrentThreadName is threading.current_thread().name: "MainThread" in
// the main thread of every process, the thread's name in a Thread, and
// "Dummy-N" in a greenlet of a monkey-patched process (where gevent makes
// each greenlet look like a thread of its own).
func CurrentThreadName() string {
	c := current()
	if c.glet != nil && c.proc.patched.Load() {
		return c.glet.dummy()
	}
	if c.thread != nil {
		return c.thread.Name()
	}
	return "MainThread"
}

// dummy returns the greenlet's Dummy-N thread name, numbering it on first
// use from the shared thread counter.
func (g *glet) dummy() string {
	g.hub.mu.Lock()
	defer g.hub.mu.Unlock()
	m := g.extra()
	if m.dummyName == "" {
		m.dummyName = "Dummy-" + strconv.FormatInt(threadCounter.Add(1), 10)
	}
	return m.dummyName
}

// ActiveCount is threading.active_count(): the running threads of the
// caller's process, its main thread included.
func ActiveCount() int {
	p := current().proc
	threads.Lock()
	defer threads.Unlock()
	n := 1
	for t := range threads.alive {
		if t.proc == p {
			n++
		}
	}
	return n
}

// EnumerateThreads is threading.enumerate(): the main thread, then the caller's
// process's running threads in the order they started.
func EnumerateThreads() []*Thread {
	p := current().proc
	threads.Lock()
	var out []*Thread
	for t := range threads.alive {
		if t.proc == p {
			out = append(out, t)
		}
	}
	threads.Unlock()
	slices.SortFunc(out, func(a, b *Thread) int { return cmp.Compare(a.ident.Load(), b.ident.Load()) })
	return append([]*Thread{mainThread}, out...)
}

// joinNonDaemonThreads waits for the main process's non-daemon threads,
// including threads they start meanwhile, as the interpreter does at exit.
func joinNonDaemonThreads() {
	for {
		var wait []*Thread
		threads.Lock()
		for t := range threads.alive {
			if !t.Daemon() && t.proc == mainProcess {
				wait = append(wait, t)
			}
		}
		threads.Unlock()
		if len(wait) == 0 {
			return
		}
		for _, t := range wait {
			<-t.done
		}
	}
}

// Kw is ThreadOptions with the keyword arguments of the mapping kw
// applied, for Thread(**kw) and super().__init__(**kw) in a subclass:
// name, daemon, target, args and kwargs (None keeps the default), group
// (only None). Another key raises CPython's TypeError.
func (o ThreadOptions) Kw(kw Object) ThreadOptions {
	var target, args, kwargs Object
	for k := range Iter(kw) {
		v := GetItem(kw, k)
		switch k {
		case "name":
			if v != nil {
				o.Name = Str(v)
			}
		case "daemon":
			if v != nil {
				o.Daemon = Truthy(v)
			}
		case "target":
			target = v
		case "args":
			args = v
		case "kwargs":
			kwargs = v
		case "group":
			if v != nil {
				panic(AssertionError.New("group argument must be None for now"))
			}
		default:
			panic(TypeError.New("Thread.__init__() got an unexpected keyword argument '" + Str(k) + "'"))
		}
	}
	if target != nil {
		var items []Object
		if args != nil {
			items = ItemsOf[Object](args)
		}
		o.Target = func() { CallKw(target, kwargs, items...) }
		if m, ok := metaOf(target); ok {
			o.TargetName = m.Name
		}
	}
	return o
}
