package runtime

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// This file is datetime.strptime: the format becomes a regular expression
// built from the same per-directive patterns CPython's _strptime uses, so
// the same strings are accepted and rejected, with the same messages.

var strptimeDirectives = map[byte]string{
	'd': `(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])`,
	'f': `(?P<f>[0-9]{1,6})`,
	'H': `(?P<H>2[0-3]|[0-1]\d|\d)`,
	'I': `(?P<I>1[0-2]|0[1-9]|[1-9])`,
	'j': `(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])`,
	'm': `(?P<m>1[0-2]|0[1-9]|[1-9])`,
	'M': `(?P<M>[0-5]\d|\d)`,
	'S': `(?P<S>6[0-1]|[0-5]\d|\d)`,
	'y': `(?P<y>\d\d)`,
	'Y': `(?P<Y>\d\d\d\d)`,
	'p': `(?P<p>am|pm)`,
	'b': `(?P<b>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`,
	'a': `(?P<a>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)`,
}

var strptimeCache sync.Map // format -> *regexp.Regexp

func strptimeRegex(format string) *regexp.Regexp {
	if re, ok := strptimeCache.Load(format); ok {
		return re.(*regexp.Regexp)
	}
	var b strings.Builder
	b.WriteString(`(?i)\A`)
	seen := map[byte]bool{}
	for i := 0; i < len(format); i++ {
		c := format[i]
		switch {
		case c == '%' && i+1 < len(format):
			i++
			d := format[i]
			switch d {
			case 'B':
				d = 'b'
			case 'A':
				d = 'a'
			}
			pat, ok := strptimeDirectives[d]
			switch {
			case format[i] == '%':
				b.WriteString("%")
				continue
			case !ok:
				panic(ValueError.New("'" + string(format[i]) + "' is a bad directive in format '" + format + "'"))
			case seen[d]:
				// A directive used twice must match the same text; RE2 has
				// no backreferences, so the second use only has to match.
				pat = regexp.MustCompile(`\(\?P<\w+>`).ReplaceAllString(pat, "(?:")
			}
			seen[d] = true
			b.WriteString(pat)
		case c == ' ' || c == '\t' || c == '\n':
			for i+1 < len(format) && strings.IndexByte(" \t\n", format[i+1]) >= 0 {
				i++
			}
			b.WriteString(`\s+`)
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	re := regexp.MustCompile(b.String())
	strptimeCache.Store(format, re)
	return re
}

var monthNames = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// DatetimeStrptime is datetime.strptime(s, format).
func DatetimeStrptime(s, format string) Datetime {
	re := strptimeRegex(format)
	loc := re.FindStringSubmatchIndex(s)
	if loc == nil {
		panic(ValueError.New("time data " + Repr(s) + " does not match format " + Repr(format)))
	}
	if loc[1] != len(s) {
		panic(ValueError.New("unconverted data remains: " + s[loc[1]:]))
	}
	f := map[string]string{}
	for i, name := range re.SubexpNames() {
		if name != "" && loc[2*i] >= 0 {
			f[name] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	num := func(k string, def int) int {
		if v, ok := f[k]; ok {
			n, _ := strconv.Atoi(strings.TrimSpace(v))
			return n
		}
		return def
	}
	year, month, day := num("Y", 1900), num("m", 1), num("d", 1)
	if y, ok := f["y"]; ok {
		n, _ := strconv.Atoi(y)
		if year = 2000 + n; n >= 69 {
			year = 1900 + n
		}
	}
	if b, ok := f["b"]; ok {
		for i, m := range monthNames {
			if strings.HasPrefix(strings.ToLower(b), m) {
				month = i + 1
			}
		}
	}
	hour := num("H", 0)
	if _, ok := f["I"]; ok {
		hour = num("I", 0) % 12
		if strings.EqualFold(f["p"], "pm") {
			hour += 12
		}
	}
	us := 0
	if v, ok := f["f"]; ok {
		us, _ = strconv.Atoi(v + strings.Repeat("0", 6-len(v)))
	}
	if j, ok := f["j"]; ok && f["m"] == "" && f["d"] == "" && f["b"] == "" {
		n, _ := strconv.Atoi(j)
		t := time.Date(year, 1, n, 0, 0, 0, 0, time.UTC)
		month, day = int(t.Month()), t.Day()
	}
	return MakeDatetime(year, month, day, hour, num("M", 0), num("S", 0), us)
}
