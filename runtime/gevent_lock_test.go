package runtime

import "testing"

// Orders measured with gevent 22.10.2 (the ex_gevent_* e2e programs).
func TestGeventLocksAndLinks(t *testing.T) {
	tests := []orderCase{
		// 0 and 1 wake in one loop iteration, so 1 runs before the
		// greenlet 0's release woke.
		{"semaphore admits two at a time", func(r *recorder) {
			sem := NewGeventBoundedSemaphore(2)
			var gs []*Greenlet[int]
			for i := 0; i < 3; i++ {
				gs = append(gs, Spawn(func() int {
					sem.Acquire()
					r.add("in" + itoaTest(i))
					GeventSleep(0.01)
					r.add("out" + itoaTest(i))
					sem.Exit()
					return 0
				}))
			}
			JoinAll(gs, NoTimeout)
			err := Catch(sem.Release)
			r.add(err.Error())
		}, "in0|in1|out0|out1|in2|out2|ValueError: Semaphore released too many times"},
		{"non-blocking acquire", func(r *recorder) {
			sem := NewGeventSemaphore(0)
			r.add(Str(sem.AcquireTimeout(false, NoTimeout)))
			r.add(Str(sem.AcquireTimeout(true, 0.01)))
			r.add(Str(sem.Locked()))
		}, "False|False|True"},
		{"joinable queue", func(r *recorder) {
			q := NewGeventQueue[int](0)
			Spawn(func() int {
				for range 2 {
					item := q.Get()
					GeventSleep(0.001)
					r.add("done" + itoaTest(item))
					q.TaskDone()
				}
				return 0
			})
			q.Put(1)
			q.Put(2)
			q.Join()
			r.add("joined")
		}, "done1|done2|joined"},
		{"start and links", func(r *recorder) {
			g := NewGreenlet(func() int { r.add("run"); return 7 })
			g.LinkValue(func(g *Greenlet[int]) { r.add("value " + Str(g.Value())) })
			g.LinkException(func(*Greenlet[int]) { r.add("exception") })
			g.Link(func(*Greenlet[int]) { r.add("link") })
			r.add("created")
			g.Start()
			g.Start()
			g.Join()
			GeventSleep(0)
			r.add("end")
		}, "created|run|value 7|link|end"},
		{"killed greenlet's value is GreenletExit", func(r *recorder) {
			g := Spawn(func() int { GeventSleep(1); return 1 })
			GeventSleep(0)
			KillAll([]*Greenlet[int]{g})
			r.add(Repr(GreenletValue(g)))
		}, "GreenletExit()"},
	}
	runOrderCases(t, tests)
}
