package runtime

import "time"

// sleepInterruptible is time.sleep's wait: on the main thread a SIGINT
// cuts it short with KeyboardInterrupt, as in CPython, so `except
// KeyboardInterrupt:` around a sleeping loop runs; other threads never
// see SIGINT and just sleep.
func sleepInterruptible(d time.Duration) {
	if CurrentThread() != mainThread {
		time.Sleep(d)
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-Interrupts():
		RaiseInterrupt()
	}
}
