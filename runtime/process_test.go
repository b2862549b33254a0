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
	stuck := NewProcess(ProcessOptions{Target: func() { gate.Wait() }})
	stuck.Start()
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
