package runtime

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// The expected orders below were measured with gevent 22.10.2 (g1.py,
// g6.py in the reference notes, and gevent_cooperative.py).
func TestGeventOrder(t *testing.T) {
	tests := []orderCase{
		{"round robin in spawn order", func(r *recorder) {
			var gs []*Greenlet[string]
			for _, n := range []string{"a", "b", "c"} {
				gs = append(gs, Spawn(func() string {
					for i := 0; i < 3; i++ {
						r.add(n + itoaTest(i))
						GeventSleep(0)
					}
					return strings.ToUpper(n)
				}))
			}
			r.add("spawned")
			JoinAll(gs, NoTimeout)
			for _, g := range gs {
				r.add(g.Value())
			}
		}, "spawned|a0|b0|c0|a1|b1|c1|a2|b2|c2|A|B|C"},
		{"main sleep(0) goes to the back", func(r *recorder) {
			for _, n := range []string{"X", "Y", "Z"} {
				Spawn(func() int {
					for _, s := range []string{"a", "b", "c"} {
						r.add(n + " " + s)
						GeventSleep(0)
					}
					return 0
				})
			}
			for i := 1; i <= 4; i++ {
				r.add("main " + itoaTest(i))
				GeventSleep(0)
			}
			r.add("end")
		}, "main 1|X a|Y a|Z a|main 2|X b|Y b|Z b|main 3|X c|Y c|Z c|main 4|end"},
		{"ready greenlets before timers", func(r *recorder) {
			var gs []*Greenlet[int]
			for i, n := range []string{"A", "B", "C", "D"} {
				d := 0.02 * float64(1-i%2) // 0.001 in g6.py; longer for loaded machines
				gs = append(gs, Spawn(func() int {
					r.add(n + " start")
					GeventSleep(d)
					r.add(n + " after " + map[bool]string{true: "0", false: "0.02"}[d == 0])
					return 0
				}))
			}
			JoinAll(gs, NoTimeout)
		}, "A start|B start|C start|D start|B after 0|D after 0|A after 0.02|C after 0.02"},
		{"timers wake in deadline order", func(r *recorder) {
			var gs []*Greenlet[int]
			for _, d := range []float64{0.06, 0.02, 0.04} {
				gs = append(gs, Spawn(func() int {
					GeventSleep(d)
					r.add(time.Duration(d * 1e9).String())
					return 0
				}))
			}
			JoinAll(gs, NoTimeout)
		}, "20ms|40ms|60ms"},
		{"equal sleeps of one loop iteration wake together", func(r *recorder) {
			// B starts its timer 2ms after A, as on a loaded machine; both
			// count from the iteration's time, so B wakes before the
			// greenlet A spawns on waking, as in gevent.
			a := Spawn(func() int {
				GeventSleep(0.02)
				r.add("A")
				Spawn(func() int { r.add("C"); return 0 })
				return 0
			})
			b := Spawn(func() int {
				for start := time.Now(); time.Since(start) < 2*time.Millisecond; {
				}
				GeventSleep(0.02)
				r.add("B")
				return 0
			})
			JoinAll([]*Greenlet[int]{a, b}, NoTimeout)
			GeventSleep(0.01)
		}, "A|B|C"},
		{"spawned never run if main does not yield", func(r *recorder) {
			Spawn(func() int { r.add("ran"); return 0 })
			r.add("main exits")
		}, "main exits"},
		{"spawn_later", func(r *recorder) {
			g := SpawnLater(0.02, func() int { r.add("late"); return 0 })
			Spawn(func() int { r.add("now"); return 0 })
			g.Join()
			r.add("joined")
		}, "now|late|joined"},
	}
	runOrderCases(t, tests)
}

func itoaTest(i int) string { return string(rune('0' + i)) }

func TestGeventMainHub(t *testing.T) {
	// The main thread of the main process uses the fast identity path.
	checkLeaks(t)
	r := &recorder{}
	gs := []*Greenlet[int]{
		Spawn(func() int { r.add("a " + CurrentProcessName()); GeventSleep(0); r.add("a2"); return 1 }),
		Spawn(func() int { r.add("b " + CurrentThreadName()); return 2 }),
	}
	done := JoinAll(gs, NoTimeout)
	if got, want := r.String(), "a MainProcess|b MainThread|a2"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if len(done) != 2 || done[0] != gs[1] || done[1] != gs[0] {
		t.Errorf("joinall returned %v, want completion order", done)
	}
}

func TestGreenletFailure(t *testing.T) {
	checkLeaks(t)
	var g *Greenlet[int]
	var got string
	stderr := captureStderr(t, func() {
		inProcess(t, func() {
			g = SpawnNamed("bad", []Object{1}, func() int { panic(ValueError.New("greenlet failed 1")) })
			JoinAll([]*Greenlet[int]{g}, NoTimeout)
			got = raised(func() { g.Get() })
		})
	})
	if got != "ValueError: greenlet failed 1" {
		t.Errorf("Get raised %q", got)
	}
	if g.Successful() || !g.Dead() || g.Exception() == nil || g.Value() != 0 {
		t.Errorf("state: successful %v dead %v exception %v", g.Successful(), g.Dead(), g.Exception())
	}
	re := regexp.MustCompile(`(?s)^.*ValueError: greenlet failed 1\n` +
		`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ <Greenlet at 0x[0-9a-f]+: bad\(1\)> failed with ValueError\n\n$`)
	if !re.MatchString(stderr) {
		t.Errorf("stderr:\n%s", stderr)
	}
}

func TestGreenletNoArgsRepr(t *testing.T) {
	inProcess(t, func() {
		g := SpawnNamed("noargs", nil, func() int { return 0 })
		if !regexp.MustCompile(`^<Greenlet at 0x[0-9a-f]+: noargs>$`).MatchString(g.PyRepr()) {
			t.Errorf("repr %s", g.PyRepr())
		}
		g.Join()
	})
}

func TestGeventJoinAllTimeoutAndKill(t *testing.T) {
	// gevent_pool_timeout.py: joinall with timeout returns the finished
	// ones only, and kill ends a sleeping greenlet.
	checkLeaks(t)
	inProcess(t, func() {
		slow := Spawn(func() int { GeventSleep(5); return 1 })
		start := time.Now()
		finished := JoinAll([]*Greenlet[int]{slow}, 0.1)
		if len(finished) != 0 || slow.Ready() {
			t.Errorf("finished %d ready %v", len(finished), slow.Ready())
		}
		slow.Kill()
		if !slow.Dead() || !slow.Successful() || slow.Exception() != nil {
			t.Errorf("after kill: dead %v successful %v", slow.Dead(), slow.Successful())
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("took %v", d)
		}
	})
}

func TestGeventKillBeforeStart(t *testing.T) {
	checkLeaks(t)
	inProcess(t, func() {
		ran := false
		g := Spawn(func() int { ran = true; return 1 })
		g.Kill()
		GeventSleep(0)
		if ran || !g.Dead() {
			t.Errorf("ran %v dead %v", ran, g.Dead())
		}
	})
}

func TestGeventLoopExit(t *testing.T) {
	// gevent raises LoopExit in the main greenlet when it joins a
	// greenlet that waits for something nobody can do.
	checkLeaks(t)
	inProcess(t, func() {
		stuck := Spawn(func() int { waitForever(); return 0 })
		got := raised(func() { stuck.Join() })
		re := regexp.MustCompile(`^gevent.exceptions.LoopExit: This operation would block forever\n` +
			`\tHub: <Hub '' at 0x[0-9a-f]+ epoll default pending=0 ref=-1 thread_ident=0x[0-9a-f]+>\n\tHandles:\n\[\]$`)
		if !re.MatchString(got) {
			t.Errorf("raised %q", got)
		}
		stuck.Kill()
		if !stuck.Dead() {
			t.Error("killed greenlet not dead")
		}
	})
}

// waitForever parks the caller's greenlet with nothing able to wake it.
func waitForever() {
	h, self := currentGlet()
	wakeCheck(h, self, h.park(self, time.Time{}, false))
}

func TestMonkeyPatchedSleepIsCooperative(t *testing.T) {
	checkLeaks(t)
	inProcess(t, func() {
		MonkeyPatchAll()
		start := time.Now()
		var gs []*Greenlet[string]
		for i := 0; i < 4; i++ {
			gs = append(gs, Spawn(func() string { Sleep(0.2); return CurrentThreadName() }))
		}
		JoinAll(gs, NoTimeout)
		if d := time.Since(start); d > 600*time.Millisecond {
			t.Errorf("4 patched sleeps of 0.2s took %v", d)
		}
		for _, g := range gs {
			if !strings.HasPrefix(g.Value(), "Dummy-") {
				t.Errorf("thread name in greenlet %q", g.Value())
			}
		}
	})
}

func TestGeventPerProcessParallel(t *testing.T) {
	// seed_gevent.py: each pool worker runs its own greenlets, and the
	// workers' hubs run in parallel.
	checkLeaks(t)
	p := NewPool(2)
	var rs []*AsyncResult[[]string]
	for i := 0; i < 2; i++ {
		rs = append(rs, ApplyAsync(p, func() []string {
			MonkeyPatchAll()
			var gs []*Greenlet[string]
			for j := 0; j < 3; j++ {
				gs = append(gs, Spawn(func() string { Sleep(0.2); return CurrentProcessName() }))
			}
			var names []string
			for _, g := range JoinAll(gs, NoTimeout) {
				names = append(names, g.Value())
			}
			return names
		}))
	}
	start := time.Now()
	for _, r := range rs {
		names := r.Get()
		if len(names) != 3 || names[0] != names[2] || !strings.HasPrefix(names[0], "ForkPoolWorker-") {
			t.Errorf("names %v", names)
		}
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("took %v", d)
	}
	p.Close()
	p.Join()
}
