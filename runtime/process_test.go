package runtime

import (
	"fmt"
	"regexp"
	"testing"
)

func TestProcessQueue(t *testing.T) {
	// process_queue.py.
	checkLeaks(t)
	q := NewQueue[Object](0)
	var childName string
	p := NewProcess(ProcessOptions{Target: func() {
		childName = CurrentProcessName()
		for i := 0; i < 5; i++ {
			q.Put(i * i)
		}
		q.Put(nil)
	}})
	if p.IsAlive() || p.ExitCode() != nil {
		t.Error("alive before start")
	}
	p.Start()
	total := 0
	for {
		item := q.Get()
		if item == nil {
			break
		}
		total += item.(int)
	}
	p.Join()
	if p.ExitCode() != 0 || total != 30 || childName != p.Name() || CurrentProcessName() != "MainProcess" {
		t.Errorf("exitcode %v total %d child %q name %q", p.ExitCode(), total, childName, p.Name())
	}
}

func TestProcessNamesAndExitCodes(t *testing.T) {
	// mp5.py: one counter for every child, even named ones; exit codes;
	// the "Process NAME:" report.
	checkLeaks(t)
	n := childCounter.Load()
	tests := []struct {
		name     string
		opts     ProcessOptions
		wantName string
		wantCode Object
		stderr   string
	}{
		{"auto name", ProcessOptions{Target: func() {}}, fmt.Sprintf("Process-%d", n+1), 0, "^$"},
		{"named", ProcessOptions{Name: "custom", Target: func() { panic(SystemExit.New(3)) }}, "custom", 3, "^$"},
		{"raises", ProcessOptions{Target: func() { panic(ValueError.New("in child")) }}, fmt.Sprintf("Process-%d", n+3), 1,
			fmt.Sprintf(`^Process Process-%d:\n(?s:.*)ValueError: in child\n$`, n+3)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p *Process
			stderr := captureStderr(t, func() {
				p = NewProcess(tt.opts)
				p.Start()
				p.Join()
			})
			if p.Name() != tt.wantName || p.ExitCode() != tt.wantCode || !regexp.MustCompile(tt.stderr).MatchString(stderr) {
				t.Errorf("name %s code %v stderr %q", p.Name(), p.ExitCode(), stderr)
			}
		})
	}
	p := NewProcess(ProcessOptions{Target: func() {}})
	p.Start()
	if got := raised(p.Start); got != "AssertionError: cannot start a process twice" {
		t.Errorf("start twice raised %q", got)
	}
	p.Join()
}

func TestProcessTerminateAndExitJoin(t *testing.T) {
	checkLeaks(t)
	gate := NewEvent()
	stuck := NewProcess(ProcessOptions{Target: func() { gate.Wait() }, Daemon: true})
	stuck.Start()
	if !stuck.Daemon() {
		t.Error("daemon flag lost")
	}
	stuck.Terminate()
	stuck.Join()
	if stuck.ExitCode() != -15 || stuck.IsAlive() {
		t.Errorf("terminated: exitcode %v alive %v", stuck.ExitCode(), stuck.IsAlive())
	}
	gate.Set()
	r := &recorder{}
	child := NewProcess(ProcessOptions{Target: func() { Sleep(0.03); r.add("child") }})
	child.Start()
	joinNonDaemonProcesses()
	if r.String() != "child" {
		t.Errorf("exit did not wait for the child: %q", r)
	}
}

func TestPids(t *testing.T) {
	// Workers report distinct pids whose parent is the program.
	checkLeaks(t)
	p := NewPool(2)
	arrived, release := make(chan struct{}), make(chan struct{})
	var rs []*AsyncResult[[2]int]
	for i := 0; i < 2; i++ {
		rs = append(rs, ApplyAsync(p, func() [2]int {
			arrived <- struct{}{}
			<-release // both tasks in flight: one per worker
			return [2]int{Getpid(), Getppid()}
		}))
	}
	<-arrived
	<-arrived
	close(release)
	a, b := rs[0].Get(), rs[1].Get()
	if a[0] == b[0] || a[0] == Getpid() || a[1] != Getpid() || b[1] != Getpid() {
		t.Errorf("pids %v %v, parent %d", a, b, Getpid())
	}
	p.Close()
	p.Join()
	child := NewProcess(ProcessOptions{Target: func() {}})
	if child.Pid() != nil {
		t.Error("pid before start")
	}
	child.Start()
	child.Join()
	if pid, ok := child.Pid().(int); !ok || pid == Getpid() {
		t.Errorf("child pid %v", child.Pid())
	}
}

func TestProcessVarIsolation(t *testing.T) {
	// A worker's writes to a global stay in that worker; children start
	// from the parent's value at fork time; the initializer runs once per
	// worker.
	checkLeaks(t)
	counter := NewProcessVar[int]()
	counter.Set(5)
	p := NewPoolInit(2, func() { counter.Set(counter.Get() * 10) })
	counter.Set(7) // after the fork: the workers do not see it
	rs := []*AsyncResult[int]{}
	for i := 0; i < 4; i++ {
		rs = append(rs, ApplyAsync(p, func() int { counter.Set(counter.Get() + 1); return counter.Get() }))
	}
	for _, r := range rs {
		if v := r.Get(); v < 51 || v > 54 {
			t.Errorf("worker saw %d", v)
		}
	}
	p.Close()
	p.Join()
	if counter.Get() != 7 {
		t.Errorf("parent value %d", counter.Get())
	}
	child := NewProcess(ProcessOptions{Target: func() { counter.Set(-1) }})
	child.Start()
	child.Join()
	if counter.Get() != 7 {
		t.Errorf("parent value after child %d", counter.Get())
	}
}

func TestPoolInitializerFails(t *testing.T) {
	checkLeaks(t)
	n := childCounter.Load() + 1
	stderr := captureStderr(t, func() {
		p := NewPoolInit(1, func() { panic(ValueError.New("init failed")) })
		p.Close()
		p.Join()
	})
	if !regexp.MustCompile(fmt.Sprintf(`^Process ForkPoolWorker-%d:\n(?s:.*)ValueError: init failed\n$`, n)).MatchString(stderr) {
		t.Errorf("stderr %q", stderr)
	}
}
