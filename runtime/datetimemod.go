package runtime

import (
	"fmt"
	"math"
	"math/big"
	"time"
)

// This file completes the datetime module around Datetime and Timedelta
// (timeutil.go): checked constructors, date, fields, timedelta's full
// constructor and its arithmetic with numbers, and time's struct_time.

var daysInMonth = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// checkDate raises CPython's ValueError for a date out of range (Go's
// time.Date would silently normalize February 30 to March 1 or 2).
func checkDate(year, month, day int) {
	if year < 1 || year > 9999 {
		panic(ValueError.New(fmt.Sprintf("year %d is out of range", year)))
	}
	if month < 1 || month > 12 {
		panic(ValueError.New("month must be in 1..12"))
	}
	dim := daysInMonth[month]
	if month == 2 && (year%4 == 0 && year%100 != 0 || year%400 == 0) {
		dim = 29
	}
	if day < 1 || day > dim {
		panic(ValueError.New("day is out of range for month"))
	}
}

// MakeDatetime is datetime(year, month, day, hour, minute, second,
// microsecond) with CPython's range checks.
func MakeDatetime(year, month, day, hour, minute, second, microsecond int) Datetime {
	checkDate(year, month, day)
	switch {
	case hour < 0 || hour > 23:
		panic(ValueError.New("hour must be in 0..23"))
	case minute < 0 || minute > 59:
		panic(ValueError.New("minute must be in 0..59"))
	case second < 0 || second > 59:
		panic(ValueError.New("second must be in 0..59"))
	case microsecond < 0 || microsecond > 999999:
		panic(ValueError.New("microsecond must be in 0..999999"))
	}
	return NewDatetime(year, month, day, hour, minute, second, microsecond)
}

// DatetimeUTCNow is datetime.utcnow(): UTC wall-clock time, naive.
func DatetimeUTCNow() Datetime { return Datetime{naive(time.Now().UTC())} }

// DatetimeFromTimestamp is datetime.fromtimestamp(ts): local time.
func DatetimeFromTimestamp(ts float64) Datetime {
	sec := math.Floor(ts)
	us := math.RoundToEven((ts - sec) * 1e6)
	return Datetime{naive(time.Unix(int64(sec), int64(us)*1000))}
}

// Timestamp is d.timestamp(): the naive datetime read as local time.
func (d Datetime) Timestamp() float64 {
	t := time.Date(d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute(), d.Second(), d.Nanosecond(), time.Local)
	return float64(t.Unix()) + float64(d.Microsecond())/1e6
}

// MonthInt is d.month as Python's int.
func (d Datetime) MonthInt() int { return int(d.Month()) }

// PyWeekday is d.weekday(): Monday is 0.
func (d Datetime) PyWeekday() int { return (int(d.Weekday()) + 6) % 7 }

// Date is d.date().
func (d Datetime) Date() Date {
	return Date{time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)}
}

// Date is datetime.date: a day of the proleptic Gregorian calendar.
type Date struct{ time.Time }

// MakeDate is date(year, month, day) with CPython's range checks.
func MakeDate(year, month, day int) Date {
	checkDate(year, month, day)
	return Date{time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)}
}

// DateToday is date.today().
func DateToday() Date { return DatetimeNow().Date() }

// MonthInt is d.month as Python's int.
func (d Date) MonthInt() int { return int(d.Month()) }

// PyWeekday is d.weekday(): Monday is 0.
func (d Date) PyWeekday() int { return (int(d.Weekday()) + 6) % 7 }

// Isoformat is d.isoformat(): "2024-01-02".
func (d Date) Isoformat() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year(), int(d.Month()), d.Day())
}

// PyStr is str(d), the ISO form.
func (d Date) PyStr() string { return d.Isoformat() }

// PyRepr is repr(d): "datetime.date(2024, 1, 2)".
func (d Date) PyRepr() string {
	return fmt.Sprintf("datetime.date(%d, %d, %d)", d.Year(), int(d.Month()), d.Day())
}

// PyTypeName is the name CPython's error messages give the type.
func (d Date) PyTypeName() string { return "datetime.date" }

// Strftime is d.strftime(format), the time fields being zero.
func (d Date) Strftime(format string) string { return Datetime(d).Strftime(format) }

// Toordinal is d.toordinal(): January 1 of year 1 is day 1.
func (d Date) Toordinal() int { return int(d.Unix()/86400) + 719163 }

// PyCompare orders dates.
func (d Date) PyCompare(other Object) (int, bool) {
	o, ok := other.(Date)
	if !ok {
		return 0, false
	}
	return cmpOrdered(int(d.Unix()), int(o.Unix())), true
}

// Sub is d - o.
func (d Date) Sub(o Date) Timedelta { return Timedelta{us: (d.Unix() - o.Unix()) * 1e6} }

// Add is d + td: whole days only count, as in Python.
func (d Date) Add(td Timedelta) Date {
	return Date{d.AddDate(0, 0, td.Days())}
}

// MakeTimedelta is timedelta(days, seconds, microseconds, milliseconds,
// minutes, hours, weeks) for ints.
func MakeTimedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks int) Timedelta {
	d := int64(days) + 7*int64(weeks)
	s := int64(seconds) + 60*int64(minutes) + 3600*int64(hours)
	us := int64(microseconds) + 1000*int64(milliseconds)
	return Timedelta{us: (d*86400+s)*1e6 + us}
}

// MakeTimedeltaFloat is timedelta(...) where some argument is a float:
// the exact sum of the arguments in microseconds, rounded half to even,
// as CPython rounds.
func MakeTimedeltaFloat(days, seconds, microseconds, milliseconds, minutes, hours, weeks float64) Timedelta {
	total := new(big.Rat)
	for _, f := range []struct{ v, us float64 }{
		{days, 86400e6}, {seconds, 1e6}, {microseconds, 1}, {milliseconds, 1e3},
		{minutes, 60e6}, {hours, 3600e6}, {weeks, 7 * 86400e6},
	} {
		if math.IsInf(f.v, 0) || math.IsNaN(f.v) {
			panic(OverflowError.New("cannot convert float " + Str(f.v) + " to integer"))
		}
		r := new(big.Rat).SetFloat64(f.v)
		total.Add(total, r.Mul(r, new(big.Rat).SetFloat64(f.us)))
	}
	return Timedelta{us: roundHalfEven(total).Int64()}
}

// Mul is td * n for an int n.
func (td Timedelta) Mul(n int) Timedelta { return Timedelta{us: td.us * int64(n)} }

// MulFloat is td * f, rounded half to even to a microsecond.
func (td Timedelta) MulFloat(f float64) Timedelta {
	r := new(big.Rat).SetFloat64(f)
	return Timedelta{us: roundHalfEven(r.Mul(r, new(big.Rat).SetInt64(td.us))).Int64()}
}

// Div is td / o: a float.
func (td Timedelta) Div(o Timedelta) float64 {
	if o.us == 0 {
		panic(ZeroDivisionError.New("division by zero"))
	}
	return float64(td.us) / float64(o.us)
}

// DivInt is td / n, rounded half to even.
func (td Timedelta) DivInt(n int) Timedelta {
	if n == 0 {
		panic(ZeroDivisionError.New("division by zero"))
	}
	return Timedelta{us: roundHalfEven(big.NewRat(td.us, int64(n))).Int64()}
}

// FloorDiv is td // o: an int.
func (td Timedelta) FloorDiv(o Timedelta) int {
	if o.us == 0 {
		panic(ZeroDivisionError.New("integer division or modulo by zero"))
	}
	return int(floorDiv64(td.us, o.us))
}

// FloorDivInt is td // n.
func (td Timedelta) FloorDivInt(n int) Timedelta {
	if n == 0 {
		panic(ZeroDivisionError.New("integer division or modulo by zero"))
	}
	return Timedelta{us: floorDiv64(td.us, int64(n))}
}

// Neg is -td.
func (td Timedelta) Neg() Timedelta { return Timedelta{us: -td.us} }

// AddTd is td + o.
func (td Timedelta) AddTd(o Timedelta) Timedelta { return Timedelta{us: td.us + o.us} }

// SubTd is td - o.
func (td Timedelta) SubTd(o Timedelta) Timedelta { return Timedelta{us: td.us - o.us} }

// dateArith is the dynamic operators' arithmetic of dates and of
// timedeltas with numbers.
func dateArith(sym string, a, b Object) (Object, bool) {
	switch x := a.(type) {
	case Date:
		switch y := b.(type) {
		case Timedelta:
			if sym == "-" {
				y = y.Neg()
			}
			return x.Add(y), sym == "+" || sym == "-"
		case Date:
			return x.Sub(y), sym == "-"
		}
	case Timedelta:
		switch y := b.(type) {
		case Date:
			return y.Add(x), sym == "+"
		case int:
			switch sym {
			case "*":
				return x.Mul(y), true
			case "/":
				return x.DivInt(y), true
			case "//":
				return x.FloorDivInt(y), true
			}
		case float64:
			return x.MulFloat(y), sym == "*"
		case Timedelta:
			switch sym {
			case "/":
				return x.Div(y), true
			case "//":
				return x.FloorDiv(y), true
			}
		}
	case int:
		if y, ok := b.(Timedelta); ok && sym == "*" {
			return y.Mul(x), true
		}
	case float64:
		if y, ok := b.(Timedelta); ok && sym == "*" {
			return y.MulFloat(x), true
		}
	}
	return nil, false
}
