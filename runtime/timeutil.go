package runtime

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// processStart anchors Monotonic and PerfCounter; Python leaves their
// reference point undefined, and a Go monotonic reading needs one.
var processStart = time.Now()

// Time is time.time(): seconds since the Unix epoch as a float.
func Time() float64 {
	return float64(time.Now().UnixNano()) / 1e9
}

// TimeNs is time.time_ns(): nanoseconds since the Unix epoch.
func TimeNs() int {
	return int(time.Now().UnixNano())
}

// Monotonic is time.monotonic(): seconds on a clock that never goes back,
// for measuring intervals.
func Monotonic() float64 {
	return time.Since(processStart).Seconds()
}

// PerfCounter is time.perf_counter(): like Monotonic, Go's monotonic clock
// already has nanosecond resolution.
func PerfCounter() float64 {
	return time.Since(processStart).Seconds()
}

// Datetime is a naive datetime.datetime: a wall-clock date and time with
// microsecond precision and no time zone, compared and subtracted by its
// wall-clock fields as Python does.
type Datetime struct{ time.Time }

// DatetimeNow is datetime.now(): local wall-clock time, truncated to
// microseconds.
func DatetimeNow() Datetime {
	return Datetime{naive(time.Now())}
}

// NewDatetime is datetime(year, month, day, hour, minute, second,
// microsecond).
func NewDatetime(year, month, day, hour, minute, second, microsecond int) Datetime {
	return Datetime{time.Date(year, time.Month(month), day, hour, minute, second, microsecond*1000, time.UTC)}
}

// naive keeps t's wall-clock fields in UTC, truncated to microseconds, so
// arithmetic ignores time-zone changes as naive Python datetimes do.
func naive(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(),
		t.Nanosecond()/1000*1000, time.UTC)
}

// Microsecond is the datetime's .microsecond.
func (d Datetime) Microsecond() int { return d.Nanosecond() / 1000 }

// PyStr is str(d): "2023-03-21 09:47:44.066264", without the fraction when
// the microsecond is 0.
func (d Datetime) PyStr() string { return d.Isoformat(" ") }

// Isoformat is d.isoformat(sep): the date and time joined by sep ("T" in
// Python's default).
func (d Datetime) Isoformat(sep string) string {
	s := d.Format("2006-01-02") + sep + d.Format("15:04:05")
	if us := d.Microsecond(); us != 0 {
		s += fmt.Sprintf(".%06d", us)
	}
	return s
}

// PyRepr is repr(d): "datetime.datetime(2024, 1, 2, 3, 4, 5, 678900)",
// dropping a zero microsecond, then a zero second.
func (d Datetime) PyRepr() string {
	s := fmt.Sprintf("datetime.datetime(%d, %d, %d, %d, %d", d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute())
	if us := d.Microsecond(); us != 0 {
		s += fmt.Sprintf(", %d, %d", d.Second(), us)
	} else if d.Second() != 0 {
		s += fmt.Sprintf(", %d", d.Second())
	}
	return s + ")"
}

// PyTypeName is the name CPython's error messages give the type.
func (d Datetime) PyTypeName() string { return "datetime.datetime" }

// Sub is d - o.
func (d Datetime) Sub(o Datetime) Timedelta {
	return Timedelta{us: d.UnixMicro() - o.UnixMicro()}
}

// Add is d + td.
func (d Datetime) Add(td Timedelta) Datetime {
	return Datetime{time.UnixMicro(d.UnixMicro() + td.us).In(d.Location())}
}

// PyCompare orders datetimes by wall-clock time.
func (d Datetime) PyCompare(other Object) (int, bool) {
	o, ok := other.(Datetime)
	if !ok {
		return 0, false
	}
	return cmpOrdered(int(d.UnixMicro()), int(o.UnixMicro())), true
}

// Timedelta is datetime.timedelta, held as a count of microseconds.
type Timedelta struct{ us int64 }

// NewTimedelta is timedelta(days, seconds, microseconds).
func NewTimedelta(days, seconds, microseconds int) Timedelta {
	return Timedelta{us: (int64(days)*86400+int64(seconds))*1e6 + int64(microseconds)}
}

// TimedeltaFromSeconds is timedelta(seconds=s) for a float s, rounded to
// the nearest microsecond (ties to even) as Python rounds.
func TimedeltaFromSeconds(s float64) Timedelta {
	return Timedelta{us: int64(math.RoundToEven(s * 1e6))}
}

// TimedeltaOf converts a Go duration, truncating to microseconds.
func TimedeltaOf(d time.Duration) Timedelta {
	return Timedelta{us: d.Microseconds()}
}

// Duration converts to a Go duration.
func (td Timedelta) Duration() time.Duration {
	return time.Duration(td.us) * time.Microsecond
}

// Days is td.days, which carries the sign: -1 second is -1 day plus 86399
// seconds.
func (td Timedelta) Days() int { return int(floorDiv64(td.us, 86400e6)) }

// Seconds is td.seconds, in [0, 86400).
func (td Timedelta) Seconds() int { return int(floorMod64(td.us, 86400e6) / 1e6) }

// Microseconds is td.microseconds, in [0, 1000000).
func (td Timedelta) Microseconds() int { return int(floorMod64(td.us, 1e6)) }

// TotalSeconds is td.total_seconds().
func (td Timedelta) TotalSeconds() float64 { return float64(td.us) / 1e6 }

// PyStr is str(td): "1:01:01.500000", "-1 day, 23:59:59", "2 days, 0:00:05".
func (td Timedelta) PyStr() string {
	var b strings.Builder
	if days := td.Days(); days != 0 {
		b.WriteString(strconv.Itoa(days) + " day")
		if days != 1 && days != -1 {
			b.WriteByte('s')
		}
		b.WriteString(", ")
	}
	s := td.Seconds()
	fmt.Fprintf(&b, "%d:%02d:%02d", s/3600, s/60%60, s%60)
	if us := td.Microseconds(); us != 0 {
		fmt.Fprintf(&b, ".%06d", us)
	}
	return b.String()
}

// PyRepr is repr(td): "datetime.timedelta(days=-1, seconds=86399)",
// listing non-zero fields, or "datetime.timedelta(0)".
func (td Timedelta) PyRepr() string {
	var parts []string
	for _, f := range []struct {
		name string
		v    int
	}{{"days", td.Days()}, {"seconds", td.Seconds()}, {"microseconds", td.Microseconds()}} {
		if f.v != 0 {
			parts = append(parts, f.name+"="+strconv.Itoa(f.v))
		}
	}
	if parts == nil {
		parts = []string{"0"}
	}
	return "datetime.timedelta(" + strings.Join(parts, ", ") + ")"
}

// PyCompare orders timedeltas by length.
func (td Timedelta) PyCompare(other Object) (int, bool) {
	o, ok := other.(Timedelta)
	if !ok {
		return 0, false
	}
	return cmpOrdered(int(td.us), int(o.us)), true
}

// PyTypeName is the name CPython's error messages give the type.
func (td Timedelta) PyTypeName() string { return "datetime.timedelta" }

// timeArith is + and - between datetimes and timedeltas for the dynamic
// operators.
func timeArith(sym string, a, b Object) (Object, bool) {
	if r, ok := dateArith(sym, a, b); ok {
		return r, true
	}
	if sym != "+" && sym != "-" {
		return nil, false
	}
	switch x := a.(type) {
	case Datetime:
		switch y := b.(type) {
		case Timedelta:
			if sym == "-" {
				y.us = -y.us
			}
			return x.Add(y), true
		case Datetime:
			return x.Sub(y), sym == "-"
		}
	case Timedelta:
		switch y := b.(type) {
		case Timedelta:
			if sym == "-" {
				return Timedelta{us: x.us - y.us}, true
			}
			return Timedelta{us: x.us + y.us}, true
		case Datetime:
			return y.Add(x), sym == "+"
		}
	}
	return nil, false
}

func floorDiv64(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func floorMod64(a, b int64) int64 {
	return a - floorDiv64(a, b)*b
}
