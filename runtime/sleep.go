package runtime

import (
	"math"
	"time"
)

// NoTimeout stands for Python's timeout=None in every call that takes a
// timeout in float64 seconds: wait as long as it takes.
const NoTimeout = -1.0

// Sleep is time.sleep(seconds). Fractions are kept exactly (0.1 is
// 100ms), and in a process that called MonkeyPatchAll it yields to the
// other greenlets as gevent's patched sleep does.
func Sleep(secs float64) {
	if secs < 0 || math.IsNaN(secs) {
		panic(ValueError.New("sleep length must be non-negative"))
	}
	if anyPatched.Load() && current().proc.patched.Load() {
		GeventSleep(secs)
		return
	}
	sleepInterruptible(seconds(secs))
}

// seconds converts Python float seconds to a Duration, rounding to the
// nearest nanosecond so 0.1 never becomes 99.999999ms.
func seconds(secs float64) time.Duration {
	if secs >= math.MaxInt64/1e9 {
		return math.MaxInt64
	}
	return time.Duration(math.Round(secs * 1e9))
}
