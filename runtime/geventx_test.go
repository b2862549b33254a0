package runtime

import (
	"fmt"
	"testing"
	"time"
)

func TestGreenletGetTimeout(t *testing.T) {
	// gp.py: get(timeout) raises gevent.Timeout, a BaseException whose
	// str is "0.05 seconds".
	checkLeaks(t)
	inProcess(t, func() {
		g := Spawn(func() int { GeventSleep(0.2); return 7 })
		err := Catch(func() { g.GetTimeout(0.05) })
		if err == nil || err.Error() != "gevent.timeout.Timeout: 0.05 seconds" || err.Matches(Exception) {
			t.Errorf("raised %v", err)
		}
		if v := g.GetTimeout(5); v != 7 {
			t.Errorf("get %d", v)
		}
	})
	if timeoutText(1) != "1.0 second" {
		t.Errorf("timeoutText(1) = %q", timeoutText(1))
	}
}

func TestGeventEvent(t *testing.T) {
	// gp.py: wait() True once set by another greenlet; wait(0.01) False
	// after clear.
	checkLeaks(t)
	inProcess(t, func() {
		ev := NewGeventEvent()
		Spawn(func() int { GeventSleep(0.01); ev.Set(); return 0 })
		got := fmt.Sprint(ev.Wait(), ev.WaitTimeout(0.01), ev.IsSet())
		ev.Clear()
		got += fmt.Sprint(" ", ev.WaitTimeout(0.01))
		if got != "true true true false" {
			t.Errorf("got %s", got)
		}
	})
}

func TestGeventPool(t *testing.T) {
	// gp.py: spawn into a full pool waits for a slot; map keeps input
	// order and runs size at a time.
	checkLeaks(t)
	r := &recorder{}
	inProcess(t, func() {
		p := NewGeventPool(2)
		for i := 0; i < 3; i++ {
			GeventPoolSpawn(p, func() int {
				r.add(fmt.Sprint("start ", i))
				GeventSleep(0.05)
				r.add(fmt.Sprint("end ", i))
				return i
			})
			r.add(fmt.Sprint("spawned ", i))
		}
		p.Join()
		r.add("joined")
		start := time.Now()
		got := GeventPoolMap(NewGeventPool(2), func(i int) int { GeventSleep(0.05 * float64(1+i/2)); return i }, []int{0, 1, 2, 3})
		if d := time.Since(start); fmt.Sprint(got) != "[0 1 2 3]" || d < 150*time.Millisecond {
			t.Errorf("map %v in %v", got, d)
		}
	})
	want := "spawned 0|spawned 1|start 0|start 1|end 0|end 1|spawned 2|start 2|end 2|joined"
	if r.String() != want {
		t.Errorf("got  %s\nwant %s", r, want)
	}
}

func TestGeventQueue(t *testing.T) {
	// gq.py: an unbounded put never yields; with maxsize 1 producer and
	// consumer alternate; get(timeout) raises _queue.Empty.
	checkLeaks(t)
	r := &recorder{}
	inProcess(t, func() {
		q := NewGeventQueue[int](0)
		JoinAll([]*Greenlet[int]{
			Spawn(func() int {
				for i := 0; i < 3; i++ {
					q.Put(i)
					r.add(fmt.Sprint("put ", i))
				}
				q.Put(-1)
				return 0
			}),
			Spawn(func() int {
				for item := 0; item >= 0; {
					item = q.Get()
					r.add(fmt.Sprint("got ", item))
				}
				return 0
			}),
		}, NoTimeout)
		q2 := NewGeventQueue[int](1)
		JoinAll([]*Greenlet[int]{
			Spawn(func() int {
				for i := 0; i < 3; i++ {
					q2.Put(i)
					r.add(fmt.Sprint("put2 ", i))
				}
				return 0
			}),
			Spawn(func() int {
				for i := 0; i < 3; i++ {
					r.add(fmt.Sprint("got2 ", q2.Get()))
				}
				return 0
			}),
		}, NoTimeout)
		if got := raised(func() { q.GetTimeout(0.01) }); got != "_queue.Empty" || q.Qsize() != 0 || !q.Empty() {
			t.Errorf("get(timeout) raised %q", got)
		}
	})
	want := "put 0|put 1|put 2|got 0|got 1|got 2|got -1|put2 0|got2 0|put2 1|got2 1|put2 2|got2 2"
	if r.String() != want {
		t.Errorf("got  %s\nwant %s", r, want)
	}
}

func TestGeventTimeoutBlocks(t *testing.T) {
	// gt.py: the block's exception is raised where the greenlet waits;
	// False ends the block silently; with_timeout returns the default.
	checkLeaks(t)
	r := &recorder{}
	inProcess(t, func() {
		err := Catch(func() { GeventTimeoutBlock(0.05, nil, func() { GeventSleep(1) }) })
		r.add(fmt.Sprint(err))
		GeventTimeoutSilent(0.05, func() { GeventSleep(1); r.add("not here") })
		r.add("after silent")
		r.add(raised(func() { GeventTimeoutBlock(0.05, ValueError.New("custom"), func() { GeventSleep(1) }) }))
		r.add(WithTimeout(0.05, func() string { GeventSleep(1); return "late" }, "dflt"))
		GeventTimeoutBlock(0.5, nil, func() { GeventSleep(0.01) })
		r.add("fast enough")
		g := Spawn(func() int { GeventSleep(1); return 1 })
		r.add(raised(func() { GeventTimeoutBlock(0.05, nil, func() { g.Join() }) }))
		g.Kill()
	})
	want := "gevent.timeout.Timeout: 0.05 seconds|after silent|ValueError: custom|dflt|fast enough|gevent.timeout.Timeout: 0.05 seconds"
	if r.String() != want {
		t.Errorf("got  %s\nwant %s", r, want)
	}
}

func TestJoinAllRaiseAndKillAll(t *testing.T) {
	// gk.py: raise_error=True raises the first failure in time; killall
	// ends sleeping greenlets.
	checkLeaks(t)
	var got string
	inProcess(t, func() {
		bad := func(x int) func() int {
			return func() int { GeventSleep(0.01 * float64(x)); panic(ValueError.New(fmt.Sprint("bad ", x))) }
		}
		gs := []*Greenlet[int]{Spawn(bad(2)), Spawn(bad(1))}
		captureStderr(t, func() { got = raised(func() { JoinAllRaise(gs, NoTimeout) }) })
		captureStderr(t, func() { JoinAll(gs, NoTimeout) })
		sleepers := []*Greenlet[int]{}
		for i := 0; i < 3; i++ {
			sleepers = append(sleepers, Spawn(func() int { GeventSleep(1); return 0 }))
		}
		GeventSleep(0)
		KillAll(sleepers)
		for _, g := range sleepers {
			if !g.Dead() {
				t.Error("greenlet alive after killall")
			}
		}
		if n := len(JoinAllRaise(sleepers, NoTimeout)); n != 3 {
			t.Errorf("joinall of dead greenlets returned %d", n)
		}
	})
	if got != "ValueError: bad 1" {
		t.Errorf("raised %q", got)
	}
}
