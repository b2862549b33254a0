package runtime

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The str methods whose Python meaning differs from the strings package's
// (indexes in code points, maxsplit, Python's character classes) live
// here; generated code calls the strings package directly where the two
// agree.

// isPySpace is Python's str.isspace for one character, which also counts
// the information separators \x1c-\x1f.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// SplitWhite is s.split() or s.split(None, maxsplit): runs of white space
// separate, leading and trailing white space is dropped; a negative
// maxsplit means no limit.
func SplitWhite(s string, maxsplit int) []string {
	out := []string{}
	for {
		s = strings.TrimLeftFunc(s, isPySpace)
		if s == "" {
			return out
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			return append(out, s)
		}
		end := strings.IndexFunc(s, isPySpace)
		if end < 0 {
			return append(out, s)
		}
		out = append(out, s[:end])
		s = s[end:]
	}
}

// Split is s.split(sep, maxsplit) with a separator.
func Split(s, sep string, maxsplit int) []string {
	if sep == "" {
		panic(ValueError.New("empty separator"))
	}
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	return strings.SplitN(s, sep, maxsplit+1)
}

// RSplitWhite is s.rsplit(None, maxsplit): like SplitWhite, splitting
// from the right.
func RSplitWhite(s string, maxsplit int) []string {
	if maxsplit < 0 {
		return SplitWhite(s, -1)
	}
	var rev []string
	for {
		s = strings.TrimRightFunc(s, isPySpace)
		if s == "" {
			break
		}
		if len(rev) == maxsplit {
			rev = append(rev, s)
			break
		}
		start := strings.LastIndexFunc(s, isPySpace)
		if start < 0 {
			rev = append(rev, s)
			break
		}
		_, size := utf8.DecodeRuneInString(s[start:])
		rev = append(rev, s[start+size:])
		s = s[:start]
	}
	return reversed(rev)
}

// RSplit is s.rsplit(sep, maxsplit) with a separator.
func RSplit(s, sep string, maxsplit int) []string {
	if sep == "" {
		panic(ValueError.New("empty separator"))
	}
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	var rev []string
	for len(rev) < maxsplit {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		rev = append(rev, s[i+len(sep):])
		s = s[:i]
	}
	return reversed(append(rev, s))
}

func reversed(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}

// Splitlines is s.splitlines(keepends): lines end at \n, \r, \r\n and the
// other Unicode line boundaries Python knows.
func Splitlines(s string, keepends bool) []string {
	out := []string{}
	for s != "" {
		i := strings.IndexFunc(s, isLineBreak)
		if i < 0 {
			return append(out, s)
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			size = 2
		}
		if keepends {
			out = append(out, s[:i+size])
		} else {
			out = append(out, s[:i])
		}
		s = s[i+size:]
	}
	return out
}

func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// Strip is s.strip(chars); Python's strip() with no argument is
// strings.TrimSpace.
func Strip(s string, chars Object) string {
	if chars == nil {
		return strings.TrimFunc(s, isPySpace)
	}
	return strings.Trim(s, Str(chars))
}

// LStrip is s.lstrip(chars).
func LStrip(s string, chars Object) string {
	if chars == nil {
		return strings.TrimLeftFunc(s, isPySpace)
	}
	return strings.TrimLeft(s, Str(chars))
}

// RStrip is s.rstrip(chars).
func RStrip(s string, chars Object) string {
	if chars == nil {
		return strings.TrimRightFunc(s, isPySpace)
	}
	return strings.TrimRight(s, Str(chars))
}

// Upper is s.upper() with Python's full case mapping for the characters
// whose upper case is longer ("ß" becomes "SS").
func Upper(s string) string {
	return strings.ReplaceAll(strings.ToUpper(s), "ß", "SS")
}

// Casefold is s.casefold(): lower case with "ß" folded to "ss".
func Casefold(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "ß", "ss")
}

// Capitalize is s.capitalize(): the first character in title case, the
// rest in lower case.
func Capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return titleRune(r) + strings.ToLower(s[size:])
}

// titleRune is the title case of r, which for "ß" is two letters.
func titleRune(r rune) string {
	if r == 'ß' {
		return "Ss"
	}
	return string(unicode.ToTitle(r))
}

// Title is s.title(): each run of cased letters starts upper case and
// goes on lower case ("they're" becomes "They'Re", as in Python).
func Title(s string) string {
	var b strings.Builder
	prevCased := false
	for _, r := range s {
		if prevCased {
			b.WriteRune(unicode.ToLower(r))
		} else {
			b.WriteString(titleRune(r))
		}
		prevCased = unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r)
	}
	return b.String()
}

// Swapcase is s.swapcase().
func Swapcase(s string) string {
	return strings.ReplaceAll(strings.Map(func(r rune) rune {
		switch {
		case unicode.IsUpper(r):
			return unicode.ToLower(r)
		case unicode.IsLower(r):
			return unicode.ToUpper(r)
		}
		return r
	}, s), "ß", "SS")
}

// window resolves Python's optional start and end (nil for absent)
// against s and returns the byte offsets of that slice of code points.
func window(s string, start, end Object) (int, int) {
	if start == nil && end == nil {
		return 0, len(s)
	}
	n := runeLen(s)
	lo, hi := 0, n
	if start != nil {
		lo = clampIndex(indexOf(start, "slice"), n)
	}
	if end != nil {
		hi = clampIndex(indexOf(end, "slice"), n)
	}
	if hi < lo {
		return -1, -1
	}
	return byteOffset(s, lo), byteOffset(s, hi)
}

func clampIndex(i, n int) int {
	if i < 0 {
		i += n
	}
	return max(0, min(i, n))
}

// byteOffset is the byte offset of code point i.
func byteOffset(s string, i int) int {
	for off := range s {
		if i == 0 {
			return off
		}
		i--
	}
	return len(s)
}

// Find is s.find(sub, start, end): the code-point index of the first
// occurrence, or -1.
func Find(s, sub string, start, end Object) int {
	lo, hi := window(s, start, end)
	if lo < 0 {
		return -1
	}
	i := strings.Index(s[lo:hi], sub)
	if i < 0 {
		return -1
	}
	return runeLen(s[:lo+i])
}

// RFind is s.rfind(sub, start, end).
func RFind(s, sub string, start, end Object) int {
	lo, hi := window(s, start, end)
	if lo < 0 {
		return -1
	}
	i := strings.LastIndex(s[lo:hi], sub)
	if i < 0 {
		return -1
	}
	return runeLen(s[:lo+i])
}

// StrIndexOf is s.index(sub, start, end): Find that raises ValueError.
func StrIndexOf(s, sub string, start, end Object) int {
	i := Find(s, sub, start, end)
	if i < 0 {
		panic(ValueError.New("substring not found"))
	}
	return i
}

// StrRIndexOf is s.rindex(sub, start, end).
func StrRIndexOf(s, sub string, start, end Object) int {
	i := RFind(s, sub, start, end)
	if i < 0 {
		panic(ValueError.New("substring not found"))
	}
	return i
}

// StrCount is s.count(sub, start, end).
func StrCount(s, sub string, start, end Object) int {
	lo, hi := window(s, start, end)
	if lo < 0 {
		return 0
	}
	return strings.Count(s[lo:hi], sub)
}

// StartsWith is s.startswith(prefix, start, end); prefix is a str or a
// tuple of them.
func StartsWith(s string, prefix Object, start, end Object) bool {
	lo, hi := window(s, start, end)
	if lo < 0 {
		return false
	}
	return anyAffix(prefix, "startswith", func(p string) bool { return strings.HasPrefix(s[lo:hi], p) })
}

// EndsWith is s.endswith(suffix, start, end).
func EndsWith(s string, suffix Object, start, end Object) bool {
	lo, hi := window(s, start, end)
	if lo < 0 {
		return false
	}
	return anyAffix(suffix, "endswith", func(p string) bool { return strings.HasSuffix(s[lo:hi], p) })
}

func anyAffix(affix Object, method string, test func(string) bool) bool {
	switch a := affix.(type) {
	case string:
		return test(a)
	case Tuple:
		for _, x := range a {
			s, ok := x.(string)
			if !ok {
				panic(TypeError.New("tuple for " + method + " must only contain str, not " + TypeName(x)))
			}
			if test(s) {
				return true
			}
		}
		return false
	}
	panic(TypeError.New(method + " first arg must be str or a tuple of str, not " + TypeName(affix)))
}

// allRunes reports whether s is not empty and every character passes.
func allRunes(s string, test func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !test(r) {
			return false
		}
	}
	return true
}

// IsDigit is s.isdigit().
func IsDigit(s string) bool { return allRunes(s, unicode.IsDigit) }

// IsDecimal is s.isdecimal().
func IsDecimal(s string) bool {
	return allRunes(s, func(r rune) bool { return unicode.Is(unicode.Nd, r) })
}

// IsNumeric is s.isnumeric().
func IsNumeric(s string) bool { return allRunes(s, unicode.IsNumber) }

// IsAlpha is s.isalpha().
func IsAlpha(s string) bool { return allRunes(s, unicode.IsLetter) }

// IsAlnum is s.isalnum().
func IsAlnum(s string) bool {
	return allRunes(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) })
}

// IsSpace is s.isspace().
func IsSpace(s string) bool { return allRunes(s, isPySpace) }

// IsUpper is s.isupper(): some cased character and none in lower case.
func IsUpper(s string) bool { return hasCased(s) && !strings.ContainsFunc(s, unicode.IsLower) }

// IsLower is s.islower().
func IsLower(s string) bool { return hasCased(s) && !strings.ContainsFunc(s, unicode.IsUpper) }

func hasCased(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) })
}

// IsTitle is s.istitle().
func IsTitle(s string) bool { return hasCased(s) && Title(s) == s }

// Zfill is s.zfill(width): zeros after any sign up to width.
func Zfill(s string, width int) string {
	n := runeLen(s)
	if n >= width {
		return s
	}
	zeros := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + zeros + s[1:]
	}
	return zeros + s
}

func fillChar(fill string) string {
	if runeLen(fill) != 1 {
		panic(TypeError.New("The fill character must be exactly one character long"))
	}
	return fill
}

// Center is s.center(width, fillchar). An odd amount of padding puts the
// extra fill character where CPython does: left = pad/2 + (pad & width & 1).
func Center(s string, width int, fill string) string {
	fill = fillChar(fill)
	pad := width - runeLen(s)
	if pad <= 0 {
		return s
	}
	left := pad/2 + (pad & width & 1)
	return strings.Repeat(fill, left) + s + strings.Repeat(fill, pad-left)
}

// Ljust is s.ljust(width, fillchar).
func Ljust(s string, width int, fill string) string {
	fill = fillChar(fill)
	if pad := width - runeLen(s); pad > 0 {
		return s + strings.Repeat(fill, pad)
	}
	return s
}

// Rjust is s.rjust(width, fillchar).
func Rjust(s string, width int, fill string) string {
	fill = fillChar(fill)
	if pad := width - runeLen(s); pad > 0 {
		return strings.Repeat(fill, pad) + s
	}
	return s
}

// Partition is s.partition(sep).
func Partition(s, sep string) Tuple {
	if sep == "" {
		panic(ValueError.New("empty separator"))
	}
	if before, after, ok := strings.Cut(s, sep); ok {
		return Tuple{before, sep, after}
	}
	return Tuple{s, "", ""}
}

// RPartition is s.rpartition(sep).
func RPartition(s, sep string) Tuple {
	if sep == "" {
		panic(ValueError.New("empty separator"))
	}
	if i := strings.LastIndex(s, sep); i >= 0 {
		return Tuple{s[:i], sep, s[i+len(sep):]}
	}
	return Tuple{"", "", s}
}

// Join is sep.join(items) for items whose type is not proven to be
// strings: every item must be a str, as in Python.
func Join(sep string, items Object) string {
	var parts []string
	i := 0
	for v := range Iter(items) {
		s, ok := v.(string)
		if !ok {
			panic(TypeError.New("sequence item " + strconv.Itoa(i) + ": expected str instance, " + TypeName(v) + " found"))
		}
		parts = append(parts, s)
		i++
	}
	return strings.Join(parts, sep)
}

// ExpandTabs is s.expandtabs(tabsize).
func ExpandTabs(s string, tabsize int) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

// StrList is list(s): the characters of s.
func StrList(s string) []string {
	out := make([]string, 0, len(s))
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

// Encode is s.encode(encoding, errors) for UTF-8 and ASCII; other
// encodings raise LookupError.
func Encode(s, encoding, errors string) []byte {
	switch normEncoding(encoding) {
	case "utf8":
		return []byte(s)
	case "ascii":
		out := make([]byte, 0, len(s))
		for i, r := range []rune(s) {
			if r >= utf8.RuneSelf {
				switch errors {
				case "ignore":
					continue
				case "replace":
					out = append(out, '?')
					continue
				}
				panic(UnicodeEncodeError.New("'ascii' codec can't encode character " + ASCII(string(r)) +
					" in position " + strconv.Itoa(i) + ": ordinal not in range(128)"))
			}
			out = append(out, byte(r))
		}
		return out
	}
	panic(LookupError.New("unknown encoding: " + encoding))
}

// Decode is b.decode(encoding, errors) for UTF-8 and ASCII.
func Decode(b []byte, encoding, errors string) string {
	switch normEncoding(encoding) {
	case "utf8":
		if utf8.Valid(b) {
			return string(b)
		}
		return decodeUTF8(b, errors)
	case "ascii":
		return decodeASCII(b, errors)
	}
	panic(LookupError.New("unknown encoding: " + encoding))
}

func normEncoding(e string) string {
	e = strings.ToLower(strings.NewReplacer("-", "", "_", "").Replace(e))
	switch e {
	case "utf8", "u8", "utf":
		return "utf8"
	case "ascii", "usascii":
		return "ascii"
	}
	return e
}

func hexString(b []byte) string {
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, hexDigits[c>>4], hexDigits[c&15])
	}
	return string(out)
}
