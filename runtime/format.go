package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// PyFormatter is implemented by types with their own __format__; Format
// hands them the spec unparsed.
type PyFormatter interface{ PyFormat(spec string) string }

// formatSpec is a parsed format-spec mini-language string:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
type formatSpec struct {
	fill     rune
	align    byte // 0, '<', '>', '^' or '='
	sign     byte // 0, '+', '-' or ' '
	zero     bool // 'z': negative zero becomes zero
	alt      bool // '#'
	width    int
	grouping byte // 0, ',' or '_'
	prec     int  // -1 when absent
	typ      byte // 0 when absent
}

// Format is format(v, spec), the conversion behind f-string fields with a
// spec and str.format: ints, floats, strings and bools follow Python's
// format-spec mini-language exactly; other values accept only an empty
// spec, as object.__format__ does.
func Format(v Object, spec string) string {
	switch x := v.(type) {
	case PyFormatter:
		return x.PyFormat(spec)
	case enumMember:
		return formatEnum(x, spec)
	case Datetime:
		if spec == "" {
			return x.PyStr()
		}
		return x.Strftime(spec)
	case string:
		return formatStr(x, parseSpec(spec, "str"))
	case bool:
		if spec == "" {
			return Str(x)
		}
	case float64, float32:
		n, _ := asNum(x)
		return formatFloat(n.f, parseSpec(spec, "float"))
	}
	if n, ok := asNum(v); ok {
		return formatInt(n.big(), parseSpec(spec, "int"))
	}
	if spec != "" {
		panic(TypeError.New("unsupported format string passed to " + TypeName(v) + ".__format__"))
	}
	return Str(v)
}

// FormatInt is format(n, spec) for a Go int, without boxing.
func FormatInt(n int, spec string) string {
	return formatInt(big.NewInt(int64(n)), parseSpec(spec, "int"))
}

// FormatFloat is format(f, spec) for a Go float64, without boxing.
func FormatFloat(f float64, spec string) string {
	return formatFloat(f, parseSpec(spec, "float"))
}

// FormatStr is format(s, spec) for a Go string.
func FormatStr(s string, spec string) string {
	return formatStr(s, parseSpec(spec, "str"))
}

func isAlign(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }

// parseSpec parses spec for a value of the Python type typeName (named in
// errors), raising ValueError as CPython does for a malformed spec.
func parseSpec(spec, typeName string) formatSpec {
	s := formatSpec{fill: ' ', prec: -1}
	rs := []rune(spec)
	i := 0
	switch {
	case len(rs) >= 2 && isAlign(rs[1]):
		s.fill, s.align, i = rs[0], byte(rs[1]), 2
	case len(rs) >= 1 && isAlign(rs[0]):
		s.align, i = byte(rs[0]), 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		s.sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		s.zero = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		s.alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		if s.align == 0 {
			s.fill, s.align = '0', '='
			if typeName == "str" {
				s.align = '<'
			}
		}
		i++
	}
	i = readInt(rs, i, &s.width)
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		s.grouping = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == '.' {
		s.prec = 0
		j := readInt(rs, i+1, &s.prec)
		if j == i+1 {
			panic(ValueError.New("Format specifier missing precision"))
		}
		i = j
	}
	if len(rs)-i > 1 {
		panic(ValueError.New("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'"))
	}
	if i < len(rs) {
		s.typ = byte(rs[i])
		if rs[i] >= utf8.RuneSelf {
			s.typ = '?'
		}
	}
	return s
}

func readInt(rs []rune, i int, out *int) int {
	for ; i < len(rs) && rs[i] >= '0' && rs[i] <= '9'; i++ {
		*out = *out*10 + int(rs[i]-'0')
	}
	return i
}

func unknownCode(typ byte, typeName string) *Error {
	return ValueError.New("Unknown format code '" + string(rune(typ)) + "' for object of type '" + typeName + "'")
}

func formatStr(v string, s formatSpec) string {
	if s.typ != 0 && s.typ != 's' {
		panic(unknownCode(s.typ, "str"))
	}
	switch {
	case s.sign != 0:
		panic(ValueError.New("Sign not allowed in string format specifier"))
	case s.alt:
		panic(ValueError.New("Alternate form (#) not allowed in string format specifier"))
	case s.grouping != 0:
		panic(ValueError.New("Cannot specify '" + string(rune(s.grouping)) + "' with 's'."))
	case s.align == '=':
		panic(ValueError.New("'=' alignment not allowed in string format specifier"))
	}
	if s.prec >= 0 && utf8.RuneCountInString(v) > s.prec {
		v = string([]rune(v)[:s.prec])
	}
	return padSpec("", v, s, '<')
}

// padSpec lays out prefix (sign and base prefix) and body in the spec's width;
// '=' alignment puts the fill between them.
func padSpec(prefix, body string, s formatSpec, defAlign byte) string {
	n := utf8.RuneCountInString(prefix) + utf8.RuneCountInString(body)
	if n >= s.width {
		return prefix + body
	}
	fill := strings.Repeat(string(s.fill), s.width-n)
	align := s.align
	if align == 0 {
		align = defAlign
	}
	switch align {
	case '<':
		return prefix + body + fill
	case '^':
		half := (s.width - n) / 2
		return string([]rune(fill)[:half]) + prefix + body + string([]rune(fill)[half:])
	case '=':
		return prefix + fill + body
	}
	return fill + prefix + body
}

func signOf(neg bool, s formatSpec) string {
	switch {
	case neg:
		return "-"
	case s.sign == '+':
		return "+"
	case s.sign == ' ':
		return " "
	}
	return ""
}

func formatInt(n *big.Int, s formatSpec) string {
	switch s.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, _ := new(big.Float).SetInt(n).Float64()
		return formatFloat(f, s)
	case 's':
		panic(unknownCode(s.typ, "int"))
	}
	if s.prec >= 0 {
		panic(ValueError.New("Precision not allowed in integer format specifier"))
	}
	if s.typ == 'c' {
		if s.sign != 0 {
			panic(ValueError.New("Sign not allowed with integer format specifier 'c'"))
		}
		return padSpec("", string(rune(n.Int64())), s, '<')
	}
	base, prefix, group := 10, "", 3
	switch s.typ {
	case 0, 'd', 'n':
	case 'b':
		base, prefix, group = 2, "0b", 4
	case 'o':
		base, prefix, group = 8, "0o", 4
	case 'x':
		base, prefix, group = 16, "0x", 4
	case 'X':
		base, prefix, group = 16, "0X", 4
	default:
		panic(unknownCode(s.typ, "int"))
	}
	if s.grouping == ',' && base != 10 {
		panic(ValueError.New("Cannot specify ',' with '" + string(rune(s.typ)) + "'."))
	}
	digits := new(big.Int).Abs(n).Text(base)
	if s.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	if !s.alt {
		prefix = ""
	}
	return padNumber(signOf(n.Sign() < 0, s)+prefix, digits, "", s, group)
}

// padNumber lays out a number's sign and prefix, its integer digits
// (grouped when the spec asks) and the rest (fraction, exponent, '%'). Zero
// padding goes into the grouped digits, as CPython does ('010,' gives
// "00,001,234").
func padNumber(prefix, intDigits, rest string, s formatSpec, group int) string {
	if s.grouping == 0 {
		return padSpec(prefix, intDigits+rest, s, '>')
	}
	grouped := groupDigits(intDigits, s.grouping, group)
	if s.align == '=' && s.fill == '0' {
		need := s.width - utf8.RuneCountInString(prefix) - len(rest)
		for len(grouped) < need {
			intDigits = "0" + intDigits
			grouped = groupDigits(intDigits, s.grouping, group)
		}
	}
	return padSpec(prefix, grouped+rest, s, '>')
}

func groupDigits(d string, sep byte, n int) string {
	if len(d) <= n {
		return d
	}
	var b strings.Builder
	first := len(d) % n
	if first == 0 {
		first = n
	}
	b.WriteString(d[:first])
	for i := first; i < len(d); i += n {
		b.WriteByte(sep)
		b.WriteString(d[i : i+n])
	}
	return b.String()
}

func formatFloat(f float64, s formatSpec) string {
	switch s.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		panic(unknownCode(s.typ, "float"))
	}
	neg := math.Signbit(f) && !math.IsNaN(f)
	if neg && s.zero && isNegZeroAfterRounding(f, s) {
		neg = false
	}
	body := floatBody(math.Abs(f), s)
	intPart, rest := splitIntPart(body)
	return padNumber(signOf(neg, s), intPart, rest, s, 3)
}

// isNegZeroAfterRounding reports whether f rounds to zero in the spec's
// presentation, for the 'z' option.
func isNegZeroAfterRounding(f float64, s formatSpec) bool {
	body := floatBody(math.Abs(f), s)
	return strings.Trim(body, "0.%") == "" || strings.HasPrefix(strings.Trim(body, "0."), "e")
}

// splitIntPart splits a formatted magnitude into the leading integer
// digits and the rest, so grouping applies to the digits only.
func splitIntPart(body string) (string, string) {
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	return body[:i], body[i:]
}

// floatBody formats a non-negative float without its sign.
func floatBody(f float64, s formatSpec) string {
	upper := s.typ == 'E' || s.typ == 'F' || s.typ == 'G'
	if math.IsInf(f, 0) || math.IsNaN(f) {
		t := "inf"
		if math.IsNaN(f) {
			t = "nan"
		}
		if upper {
			t = strings.ToUpper(t)
		}
		if s.typ == '%' {
			t += "%"
		}
		return t
	}
	prec := s.prec
	var out string
	switch s.typ {
	case 'f', 'F', '%':
		if prec < 0 {
			prec = 6
		}
		if s.typ == '%' {
			f *= 100
		}
		out = strconv.FormatFloat(f, 'f', prec, 64)
		if s.alt && prec == 0 {
			out += "."
		}
		if s.typ == '%' {
			out += "%"
		}
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		out = strconv.FormatFloat(f, 'e', prec, 64)
		if s.alt && prec == 0 {
			out = strings.Replace(out, "e", ".e", 1)
		}
	case 'g', 'G', 'n':
		if prec < 0 {
			prec = 6
		}
		out = generalFloat(f, max(prec, 1), s.alt, false)
	default:
		if prec < 0 {
			return string(appendFloat(nil, f, 64))
		}
		out = generalFloat(f, max(prec, 1), s.alt, true)
	}
	if upper {
		out = strings.ToUpper(out)
	}
	return out
}

// generalFloat is the 'g' presentation with p significant digits: fixed
// notation when the exponent is in [-4, p) and scientific otherwise,
// trailing zeros removed unless alt. repr is the variant of the format
// with no type and a precision: it switches to scientific one exponent
// earlier and keeps ".0" on integral values.
func generalFloat(f float64, p int, alt, repr bool) string {
	e := strconv.FormatFloat(f, 'e', p-1, 64)
	mant, exp := splitExponent([]byte(e))
	limit := p
	if repr {
		limit = p - 1
	}
	if exp < -4 || exp >= limit {
		m := string(mant)
		if !alt {
			m = trimZeros(m)
		}
		return m + e[len(mant):]
	}
	out := strconv.FormatFloat(f, 'f', max(p-1-exp, 0), 64)
	if !alt {
		out = trimZeros(out)
	} else if !strings.Contains(out, ".") {
		out += "."
	}
	if repr && !strings.Contains(out, ".") {
		out += ".0"
	}
	return out
}

func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// ASCII is ascii(v): repr(v) with non-ASCII characters escaped.
func ASCII(v Object) string {
	r := Repr(v)
	var b []byte
	for _, c := range r {
		switch {
		case c < utf8.RuneSelf:
			b = append(b, byte(c))
		case c <= 0xff:
			b = appendHexEscape(b, 'x', uint32(c), 2)
		case c <= 0xffff:
			b = appendHexEscape(b, 'u', uint32(c), 4)
		default:
			b = appendHexEscape(b, 'U', uint32(c), 8)
		}
	}
	return string(b)
}
