package runtime

import "time"

// Blocking calls under monkey patching. gevent's patch_all makes locks,
// events, queues, joins and results yield to other greenlets instead of
// blocking the thread; here every such wait goes through waitChan, which
// parks the calling greenlet in its hub when the process is patched, so a
// greenlet waiting for a lock another greenlet holds cannot freeze the
// hub.

// cooperativeHub returns the caller's hub and glet when its waits must
// yield: the process is monkey-patched and the caller's thread runs
// greenlets.
func cooperativeHub() (*hub, *glet, bool) {
	if !anyPatched.Load() {
		return nil, nil, false
	}
	c := current()
	if !c.proc.patched.Load() {
		return nil, nil, false
	}
	h := c.root.hub.Load()
	if h == nil {
		return nil, nil, false
	}
	return h, c.self(h), true
}

// waitChan waits until ch is closed (or delivers a value) or the timeout
// passes, and reports whether ch fired. Greenlets of a patched process
// yield meanwhile.
func waitChan(ch <-chan struct{}, timeout float64) bool {
	select {
	case <-ch:
		return true
	default:
	}
	if h, self, ok := cooperativeHub(); ok {
		return h.waitOutside(self, ch, deadlineFor(timeout))
	}
	if timeout < 0 {
		<-ch
		return true
	}
	t := time.NewTimer(seconds(timeout))
	defer t.Stop()
	select {
	case <-ch:
		return true
	case <-t.C:
		return false
	}
}

// waitOutside parks self until ch fires or the deadline passes. A helper
// goroutine watches ch and makes self ready, poking the hub in case it is
// idle; while any such wait is pending the hub does not report LoopExit.
func (h *hub) waitOutside(self *glet, ch <-chan struct{}, deadline time.Time) bool {
	stop := make(chan struct{})
	h.mu.Lock()
	h.foreign++
	h.mu.Unlock()
	why := h.parkThen(self, deadline, false, func(w waiter) {
		go func() {
			select {
			case <-ch:
				h.mu.Lock()
				h.wakeWaiter(w, wakeRun)
				h.mu.Unlock()
				select {
				case h.poke <- struct{}{}:
				default:
				}
			case <-stop:
			}
		}()
	})
	close(stop)
	h.mu.Lock()
	h.foreign--
	h.mu.Unlock()
	wakeCheck(h, self, why)
	return why == wakeRun
}
