package runtime

import (
	"strings"
	"testing"
)

// counterSteps is a step function as emit/stackless.go writes one: name
// logs three turns with a sleep between them and returns its upper case.
func counterSteps(r *recorder, name string, secs float64) func(*Step) string {
	pc := 0
	return func(s *Step) string {
		switch pc {
		case 0:
			r.add(name + "0")
			pc = 1
			s.Sleep(secs)
			return ""
		case 1:
			r.add(name + "1")
			pc = 2
			s.Sleep(0)
			return ""
		}
		r.add(name + "2")
		return strings.ToUpper(name)
	}
}

// Stackless greenlets take their turns exactly as coroutine ones do,
// interleaved with them, and end, fail and die by kill the same way.
func TestGeventSteps(t *testing.T) {
	tests := []orderCase{
		{"round robin with coroutines", func(r *recorder) {
			a := SpawnSteps("a", nil, counterSteps(r, "a", 0))
			b := Spawn(func() string {
				for i := range 3 {
					r.add("b" + itoaTest(i))
					GeventSleep(0)
				}
				return "B"
			})
			c := SpawnSteps("c", nil, counterSteps(r, "c", 0))
			r.add("spawned")
			JoinAll([]*Greenlet[string]{a, b, c}, NoTimeout)
			r.add(a.Value() + b.Value() + c.Value())
		}, "spawned|a0|b0|c0|a1|b1|c1|a2|b2|c2|ABC"},
		{"timed sleeps in deadline order", func(r *recorder) {
			slow := SpawnSteps("s", nil, counterSteps(r, "s", 0.3)) // far apart: a loaded machine cannot swap them
			fast := SpawnSteps("f", nil, counterSteps(r, "f", 0.02))
			JoinAll([]*Greenlet[string]{slow, fast}, NoTimeout)
		}, "s0|f0|f1|f2|s1|s2"},
		{"killed while asleep", func(r *recorder) {
			g := SpawnSteps("k", nil, counterSteps(r, "k", 10))
			GeventSleep(0)
			g.Kill()
			r.add(Repr(g.Dead()) + " " + Repr(g.Successful()) + " " + Repr(g.Value()))
		}, "k0|True True ''"},
		{"an exception ends it", func(r *recorder) {
			pc := 0
			g := SpawnSteps("bad", nil, NoResult(func(s *Step) {
				if pc == 0 {
					pc = 1
					s.Sleep(0)
					return
				}
				panic(ValueError.New("late"))
			}))
			out := captureStderr(t, func() { g.Join() })
			r.add(Repr(g.Successful()) + " " + Repr(g.Exception()))
			if !strings.Contains(out, "ValueError: late") || !strings.Contains(out, "failed with ValueError") {
				t.Errorf("report %q", out)
			}
		}, "False ValueError('late')"},
	}
	runOrderCases(t, tests)
}
