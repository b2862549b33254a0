package runtime

import (
	"math"
	"time"
)

// Temporary: rtconc's sleep.go defines these. Deleted at the merge.

const NoTimeout = -1.0

func seconds(secs float64) time.Duration {
	if secs >= math.MaxInt64/1e9 {
		return math.MaxInt64
	}
	return time.Duration(math.Round(secs * 1e9))
}
