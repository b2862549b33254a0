package runtime

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// StructTime is time.struct_time, as time.localtime and time.gmtime return
// it.
type StructTime struct {
	t   time.Time
	utc bool
}

// timeOf is the moment secs seconds after the epoch, now when secs is
// None.
func timeOf(secs Object) time.Time {
	if secs == nil {
		return time.Now()
	}
	f := ToFloat(secs)
	if math.IsNaN(f) {
		panic(ValueError.New("Invalid value NaN (not a number)"))
	}
	sec := math.Floor(f)
	return time.Unix(int64(sec), int64((f-sec)*1e9))
}

// Localtime is time.localtime(secs).
func Localtime(secs Object) StructTime { return StructTime{t: timeOf(secs).Local()} }

// Gmtime is time.gmtime(secs).
func Gmtime(secs Object) StructTime { return StructTime{t: timeOf(secs).UTC(), utc: true} }

// Fields are tm_year, tm_mon, tm_mday, tm_hour, tm_min, tm_sec, tm_wday
// (Monday is 0), tm_yday and tm_isdst.
func (s StructTime) Fields() [9]int {
	t := s.t
	isdst := 0
	if !s.utc && t.IsDST() {
		isdst = 1
	}
	return [9]int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(),
		(int(t.Weekday()) + 6) % 7, t.YearDay(), isdst}
}

// Field is one of Fields by index, for the tm_ attributes and s[i].
func (s StructTime) Field(i int) int { return s.Fields()[i] }

var structTimeNames = [9]string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

// PyRepr is repr(s): "time.struct_time(tm_year=2024, ...)".
func (s StructTime) PyRepr() string {
	f := s.Fields()
	parts := make([]string, 9)
	for i, name := range structTimeNames {
		parts[i] = fmt.Sprintf("%s=%d", name, f[i])
	}
	return "time.struct_time(" + strings.Join(parts, ", ") + ")"
}

// PyStr is str(s), the same as its repr.
func (s StructTime) PyStr() string { return s.PyRepr() }

// PyTypeName is the name CPython's error messages give the type.
func (s StructTime) PyTypeName() string { return "time.struct_time" }

// zone is %Z: glibc names UTC "GMT" for gmtime.
func (s StructTime) zone() (string, string) {
	if s.utc {
		return "GMT", "+0000"
	}
	return s.t.Format("MST"), s.t.Format("-0700")
}

// TimeStrftime is time.strftime(format, t).
func TimeStrftime(format string, s StructTime) string {
	name, offset := s.zone()
	var b strings.Builder
	d := Datetime{naive(s.t)}
	for i := 0; i < len(format); i++ {
		if format[i] != '%' || i+1 == len(format) {
			b.WriteByte(format[i])
			continue
		}
		i++
		switch format[i] {
		case 'Z':
			b.WriteString(name)
		case 'z':
			b.WriteString(offset)
		default:
			b.WriteString(d.directive(format[i]))
		}
	}
	return b.String()
}

// Mktime is time.mktime(t): the local time as seconds since the epoch.
func Mktime(s StructTime) float64 {
	t := s.t
	return float64(time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.Local).Unix())
}

// Ctime is time.ctime(secs): "Tue Nov  4 16:14:03 2026".
func Ctime(secs Object) string {
	return Datetime{naive(timeOf(secs).Local())}.Strftime("%a %b %e %H:%M:%S %Y")
}

// Asctime is time.asctime(t).
func Asctime(s StructTime) string {
	return Datetime{naive(s.t)}.Strftime("%a %b %e %H:%M:%S %Y")
}

// PerfCounterNs is time.perf_counter_ns() and time.monotonic_ns().
func PerfCounterNs() int { return int(time.Since(processStart).Nanoseconds()) }

// ProcessTime is time.process_time(): the time since the program started,
// as the nearest measure Go offers without cgo.
func ProcessTime() float64 { return time.Since(processStart).Seconds() }
