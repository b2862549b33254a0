package runtime

import "testing"

func TestPrimitivesByName(t *testing.T) {
	lock, sem, ev := NewLock(), NewSemaphore(0), NewEvent()
	cases := []struct {
		name string
		call func() any
		want any
	}{
		{"lock acquire", func() any { return CallMethod(lock, "acquire") }, true},
		{"lock locked", func() any { return CallMethod(lock, "locked") }, true},
		{"lock non-blocking", func() any { return CallMethod(lock, "acquire", false) }, false},
		{"lock release", func() any { return CallMethod(lock, "release") }, nil},
		{"lock over-release", func() any { return raised(func() { CallMethod(lock, "release") }) }, "RuntimeError: release unlocked lock"},
		{"semaphore timeout -1 does not wait", func() any { return CallMethod(sem, "acquire", true, -1) }, false},
		{"semaphore release", func() any { return CallMethod(sem, "release") }, nil},
		{"semaphore acquire", func() any { return CallMethod(sem, "acquire") }, true},
		{"event wait timeout", func() any { return CallMethod(ev, "wait", 0.01) }, false},
		{"event set", func() any { CallMethod(ev, "set"); return CallMethod(ev, "is_set") }, true},
		{"unknown method", func() any { return raised(func() { CallMethod(ev, "nope") }) }, "AttributeError: 'Event' object has no attribute 'nope'"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.call(); got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestSemaphoreTimeouts(t *testing.T) {
	cases := []struct {
		name string
		call func(s *Semaphore) any
		want any
	}{
		{"timeout -1 does not wait", func(s *Semaphore) any { return s.AcquireWithin(true, -1) }, false},
		{"timeout 0 does not wait", func(s *Semaphore) any { return s.AcquireWithin(true, 0) }, false},
		{"short timeout", func(s *Semaphore) any { return s.AcquireWithin(true, 0.01) }, false},
		{"non-blocking with a timeout", func(s *Semaphore) any {
			return raised(func() { s.AcquireWithin(false, -1) })
		}, "ValueError: can't specify timeout for non-blocking acquire"},
		{"None is no timeout, non-blocking", func(s *Semaphore) any { return s.AcquireTimeout(false, NoTimeout) }, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.call(NewSemaphore(0)); got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}
