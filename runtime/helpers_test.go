package runtime

import (
	"bytes"
	goruntime "runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// checkLeaks fails the test if it leaves goroutines behind: after the
// test, the count must come back to what it was within a few seconds.
func checkLeaks(t *testing.T) {
	t.Helper()
	before := goruntime.NumGoroutine()
	t.Cleanup(func() {
		deadline := time.Now().Add(5 * time.Second)
		for goruntime.NumGoroutine() > before {
			if time.Now().After(deadline) {
				buf := make([]byte, 1<<16)
				n := goruntime.Stack(buf, true)
				t.Errorf("goroutines leaked: %d before, %d after\n%s", before, goruntime.NumGoroutine(), buf[:n])
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
}

// syncBuffer is a bytes.Buffer safe for concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// captureStderr runs f with the runtime's stderr going to a buffer and
// returns what was written. Everything f starts must be done when f
// returns. Exceptions raised by test code print without frames (the core
// shows only the generated program's frames), so expected texts match the
// header and last line only.
func captureStderr(t *testing.T, f func()) string {
	t.Helper()
	var buf syncBuffer
	old := Stderr
	Stderr = newFile(&buf, false, false)
	defer func() { Stderr = old }()
	f()
	return buf.String()
}

// recorder collects events from concurrent goroutines in order.
type recorder struct {
	mu     sync.Mutex
	events []string
}

func (r *recorder) add(s string) {
	r.mu.Lock()
	r.events = append(r.events, s)
	r.mu.Unlock()
}

func (r *recorder) String() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Join(r.events, "|")
}

// orderCase is a scenario run by runOrderCases: run records events, and
// want is their order joined by "|".
type orderCase struct {
	name string
	run  func(r *recorder)
	want string
}

// runOrderCases runs each case in a fresh process (its own hub), checks
// the order of the events it recorded and that it leaked no goroutine.
func runOrderCases(t *testing.T, tests []orderCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLeaks(t)
			r := &recorder{}
			inProcess(t, func() { tt.run(r) })
			if got := r.String(); got != tt.want {
				t.Errorf("order\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// inProcess runs f as the main thread of a fresh child process (with its
// own hub and patch state) and waits for it, so gevent tests do not share
// the main hub.
func inProcess(t *testing.T, f func()) {
	t.Helper()
	c := &gctx{proc: &process{name: "TestProcess"}, root: &hubRoot{}}
	done := make(chan *Error)
	goWith(c, func() { done <- Catch(f) })
	if err := <-done; err != nil {
		t.Fatalf("process raised %v", err)
	}
}

// raised runs f and returns the text of the Python exception it raised,
// "" if none.
func raised(f func()) string {
	if err := Catch(f); err != nil {
		return err.Error()
	}
	return ""
}

// within reports whether d lies in [lo, hi].
func within(d, lo, hi time.Duration) bool { return d >= lo && d <= hi }
