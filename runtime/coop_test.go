package runtime

import (
	"fmt"
	"testing"
)

func TestPatchedBlockingCallsYield(t *testing.T) {
	// Under patch_all a greenlet waiting for a lock, an event, a queue or
	// a thread yields, so the greenlet that will release it can run (in
	// gevent these are cooperative; blocking would freeze the hub). The
	// order is what gevent 22.10.2 printed for the same script (coop.py).
	checkLeaks(t)
	r := &recorder{}
	inProcess(t, func() {
		MonkeyPatchAll()
		l := NewLock()
		ev := NewEvent()
		q := NewQueue[int](0)
		JoinAll([]*Greenlet[int]{
			Spawn(func() int {
				l.Acquire()
				r.add("a has lock")
				Sleep(0.02)
				r.add("a releases")
				l.Release()
				q.Put(1)
				ev.Set()
				return 0
			}),
			Spawn(func() int {
				l.Acquire()
				r.add("b has lock")
				l.Release()
				r.add(fmt.Sprint("b got ", q.Get()))
				return 0
			}),
			Spawn(func() int {
				ev.Wait()
				th := NewThread(ThreadOptions{Target: func() { Sleep(0.01) }})
				th.Start()
				th.Join()
				r.add("c saw event and joined")
				return 0
			}),
		}, NoTimeout)
	})
	want := "a has lock|a releases|b has lock|b got 1|c saw event and joined"
	if r.String() != want {
		t.Errorf("got  %s\nwant %s", r, want)
	}
}
