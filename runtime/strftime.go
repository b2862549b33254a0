package runtime

import (
	"strconv"
	"strings"
)

// Strftime is d.strftime(format) with the C locale's texts, as CPython on
// Linux prints them. A Datetime is naive, so %z and %Z are empty, and an
// unknown directive is copied as is, as glibc does.
func (d Datetime) Strftime(format string) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		b.WriteString(d.directive(format[i]))
	}
	return b.String()
}

// directive expands one strftime directive letter.
func (d Datetime) directive(c byte) string {
	switch c {
	case 'Y':
		return strconv.Itoa(d.Year())
	case 'y':
		return pad2(d.Year() % 100)
	case 'm':
		return pad2(int(d.Month()))
	case 'd':
		return pad2(d.Day())
	case 'e':
		return spacePad2(d.Day())
	case 'H':
		return pad2(d.Hour())
	case 'I':
		return pad2((d.Hour()+11)%12 + 1)
	case 'M':
		return pad2(d.Minute())
	case 'S':
		return pad2(d.Second())
	case 'f':
		return pad(d.Microsecond(), 6)
	case 'p':
		if d.Hour() < 12 {
			return "AM"
		}
		return "PM"
	case 'b':
		return d.Month().String()[:3]
	case 'B':
		return d.Month().String()
	case 'a':
		return d.Weekday().String()[:3]
	case 'A':
		return d.Weekday().String()
	case 'j':
		return pad(d.YearDay(), 3)
	case 'w':
		return strconv.Itoa(int(d.Weekday()))
	case 'u':
		return strconv.Itoa((int(d.Weekday())+6)%7 + 1)
	case 'U':
		return pad2((d.YearDay() + 6 - int(d.Weekday())) / 7)
	case 'W':
		return pad2((d.YearDay() + 6 - (int(d.Weekday())+6)%7) / 7)
	case 'c':
		return d.Strftime("%a %b %e %H:%M:%S %Y")
	case 'x':
		return d.Strftime("%m/%d/%y")
	case 'X':
		return d.Strftime("%H:%M:%S")
	case 'z', 'Z':
		return ""
	case '%':
		return "%"
	}
	return "%" + string(c)
}

func pad2(n int) string { return pad(n, 2) }

func pad(n, width int) string {
	s := strconv.Itoa(n)
	if len(s) < width {
		s = strings.Repeat("0", width-len(s)) + s
	}
	return s
}

func spacePad2(n int) string {
	if n < 10 {
		return " " + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
