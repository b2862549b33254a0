package runtime

import (
	"testing"
	"time"
)

// Expected values were printed by CPython 3.11.

func TestDatetimeFormat(t *testing.T) {
	tests := []struct {
		name      string
		d         Datetime
		str, repr string
	}{
		{"midnight", NewDatetime(2024, 1, 2, 0, 0, 0, 0), "2024-01-02 00:00:00", "datetime.datetime(2024, 1, 2, 0, 0)"},
		{"seconds", NewDatetime(2024, 1, 2, 3, 4, 5, 0), "2024-01-02 03:04:05", "datetime.datetime(2024, 1, 2, 3, 4, 5)"},
		{"microsecond only", NewDatetime(2024, 1, 2, 3, 4, 0, 1), "2024-01-02 03:04:00.000001", "datetime.datetime(2024, 1, 2, 3, 4, 0, 1)"},
		{"full", NewDatetime(2024, 1, 2, 3, 4, 5, 678900), "2024-01-02 03:04:05.678900", "datetime.datetime(2024, 1, 2, 3, 4, 5, 678900)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Str(tt.d); got != tt.str {
				t.Errorf("Str = %q, want %q", got, tt.str)
			}
			if got := Repr(tt.d); got != tt.repr {
				t.Errorf("Repr = %q, want %q", got, tt.repr)
			}
		})
	}
	if got := NewDatetime(2024, 1, 2, 3, 4, 5, 678900).Isoformat("T"); got != "2024-01-02T03:04:05.678900" {
		t.Errorf("Isoformat = %q", got)
	}
}

func TestTimedelta(t *testing.T) {
	tests := []struct {
		name          string
		td            Timedelta
		str, repr     string
		total         float64
		days, seconds int
	}{
		{"h m s us", NewTimedelta(0, 3661, 500000), "1:01:01.500000", "datetime.timedelta(seconds=3661, microseconds=500000)", 3661.5, 0, 3661},
		{"minus one day", NewTimedelta(-1, 0, 0), "-1 day, 0:00:00", "datetime.timedelta(days=-1)", -86400, -1, 0},
		{"minus one second", NewTimedelta(0, -1, 0), "-1 day, 23:59:59", "datetime.timedelta(days=-1, seconds=86399)", -1, -1, 86399},
		{"zero", NewTimedelta(0, 0, 0), "0:00:00", "datetime.timedelta(0)", 0, 0, 0},
		{"two days", NewTimedelta(2, 5, 0), "2 days, 0:00:05", "datetime.timedelta(days=2, seconds=5)", 172805, 2, 5},
		{"one day", NewTimedelta(1, 0, 0), "1 day, 0:00:00", "datetime.timedelta(days=1)", 86400, 1, 0},
		{"minus one microsecond", NewTimedelta(0, 0, -1), "-1 day, 23:59:59.999999", "datetime.timedelta(days=-1, seconds=86399, microseconds=999999)", -1e-06, -1, 86399},
		{"minus three days plus", NewTimedelta(-3, 5*3600, 0), "-3 days, 5:00:00", "datetime.timedelta(days=-3, seconds=18000)", -241200, -3, 18000},
		{"from seconds", TimedeltaFromSeconds(1.5), "0:00:01.500000", "datetime.timedelta(seconds=1, microseconds=500000)", 1.5, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Str(tt.td); got != tt.str {
				t.Errorf("Str = %q, want %q", got, tt.str)
			}
			if got := Repr(tt.td); got != tt.repr {
				t.Errorf("Repr = %q, want %q", got, tt.repr)
			}
			if got := tt.td.TotalSeconds(); got != tt.total {
				t.Errorf("TotalSeconds = %v, want %v", got, tt.total)
			}
			if tt.td.Days() != tt.days || tt.td.Seconds() != tt.seconds {
				t.Errorf("days, seconds = %d, %d", tt.td.Days(), tt.td.Seconds())
			}
		})
	}
}

func TestDatetimeArithmetic(t *testing.T) {
	d := NewDatetime(2024, 3, 1, 12, 0, 0, 0).Sub(NewDatetime(2024, 2, 28, 13, 30, 0, 5))
	if got := Str(d); got != "1 day, 22:29:59.999995" {
		t.Errorf("Sub = %s", got)
	}
	if got := Repr(NewDatetime(2024, 1, 1, 0, 0, 0, 0).Add(NewTimedelta(0, -1, 0))); got != "datetime.datetime(2023, 12, 31, 23, 59, 59)" {
		t.Errorf("Add = %s", got)
	}
}

func TestStrftime(t *testing.T) {
	const all = "%Y|%m|%d|%H|%M|%S|%f|%y|%b|%B|%a|%A|%j|%p|%I|%%|%z|%Z|%c|%x|%X|%e|%w|%u|%U|%W"
	tests := []struct {
		name, format string
		d            Datetime
		want         string
	}{
		{"all directives", all + "|%Q", NewDatetime(2023, 3, 21, 9, 47, 44, 66264),
			"2023|03|21|09|47|44|066264|23|Mar|March|Tue|Tuesday|080|AM|09|%|||Tue Mar 21 09:47:44 2023|03/21/23|09:47:44|21|2|2|12|12|%Q"},
		{"year end", all, NewDatetime(2024, 12, 31, 23, 5, 6, 0),
			"2024|12|31|23|05|06|000000|24|Dec|December|Tue|Tuesday|366|PM|11|%|||Tue Dec 31 23:05:06 2024|12/31/24|23:05:06|31|2|2|52|53"},
		{"midnight sunday", "%I %p %j %U %W %w %u %e", NewDatetime(2021, 1, 3, 0, 0, 0, 0), "12 AM 003 01 00 0 7  3"},
		{"small year", "%Y %y", NewDatetime(5, 1, 1, 0, 0, 0, 0), "5 05"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.Strftime(tt.format); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestClocks(t *testing.T) {
	now := float64(time.Now().Unix())
	if got := Time(); got < now-1 || got > now+2 {
		t.Errorf("Time() = %v, now %v", got, now)
	}
	a := Monotonic()
	time.Sleep(2 * time.Millisecond)
	if b := PerfCounter(); b-a < 0.002 {
		t.Errorf("monotonic clocks advanced %v over 2ms", b-a)
	}
	d := DatetimeNow()
	if d.Nanosecond()%1000 != 0 || len(Str(d)) > 26 {
		t.Errorf("DatetimeNow = %s", Str(d))
	}
}

func TestDatetimeDynamicOps(t *testing.T) {
	a := NewDatetime(2024, 3, 1, 12, 0, 0, 0)
	b := NewDatetime(2024, 2, 28, 13, 30, 0, 5)
	tests := []struct {
		name string
		f    func() Object
		want string
	}{
		{"datetime - datetime", func() Object { return Sub(a, b) }, "datetime.timedelta(days=1, seconds=80999, microseconds=999995)"},
		{"datetime + timedelta", func() Object { return Add(b, NewTimedelta(0, 1, 0)) }, "datetime.datetime(2024, 2, 28, 13, 30, 1, 5)"},
		{"timedelta + datetime", func() Object { return Add(NewTimedelta(1, 0, 0), b) }, "datetime.datetime(2024, 2, 29, 13, 30, 0, 5)"},
		{"datetime - timedelta", func() Object { return Sub(a, NewTimedelta(1, 0, 0)) }, "datetime.datetime(2024, 2, 29, 12, 0)"},
		{"timedelta - timedelta", func() Object { return Sub(NewTimedelta(0, 5, 0), NewTimedelta(0, 10, 0)) }, "datetime.timedelta(days=-1, seconds=86395)"},
		{"datetime + datetime", func() Object { return Add(a, b) }, "TypeError: unsupported operand type(s) for +: 'datetime.datetime' and 'datetime.datetime'"},
		{"datetime < datetime", func() Object { return Lt(b, a) }, "True"},
		{"timedelta >= timedelta", func() Object { return Ge(NewTimedelta(0, 1, 0), NewTimedelta(0, 2, 0)) }, "False"},
		{"datetime < int", func() Object { return Lt(a, 1) }, "TypeError: '<' not supported between instances of 'datetime.datetime' and 'int'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := opResult(tt.f); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
