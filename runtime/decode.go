package runtime

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// decodeUTF8 decodes bytes that are not all valid UTF-8: errors="strict"
// raises CPython's UnicodeDecodeError for the first bad sequence,
// "replace" puts U+FFFD for each, "ignore" drops them.
func decodeUTF8(b []byte, errors string) string {
	var out strings.Builder
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			out.WriteRune(r)
			i += size
			continue
		}
		bad, reason := utf8Bad(b, i)
		switch errors {
		case "replace":
			out.WriteRune('\ufffd')
		case "ignore":
		default:
			panic(UnicodeDecodeError.New("'utf-8' codec can't decode " + bytePosition(b, i, bad) + ": " + reason))
		}
		i += bad
	}
	return out.String()
}

// utf8Bad is the length of the bad sequence starting at b[i] (its lead
// and the continuation bytes that fit it) and why it is bad, as CPython
// words it.
func utf8Bad(b []byte, i int) (int, string) {
	c := b[i]
	need := 0
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
	case c >= 0xF0 && c <= 0xF4:
		need = 3
	default:
		return 1, "invalid start byte"
	}
	n := 1
	for ; n <= need; n++ {
		if i+n >= len(b) {
			return n, "unexpected end of data"
		}
		if b[i+n]&0xC0 != 0x80 {
			break
		}
	}
	return 1, "invalid continuation byte"
}

// bytePosition is CPython's "byte 0xff in position 3" or "bytes in
// position 3-4".
func bytePosition(b []byte, i, n int) string {
	if n == 1 {
		return "byte 0x" + strconv.FormatUint(uint64(b[i]), 16) + " in position " + strconv.Itoa(i)
	}
	return "bytes in position " + strconv.Itoa(i) + "-" + strconv.Itoa(i+n-1)
}

// decodeASCII decodes ASCII bytes; others are errors as in decodeUTF8.
func decodeASCII(b []byte, errors string) string {
	var out strings.Builder
	for i, c := range b {
		if c < 0x80 {
			out.WriteByte(c)
			continue
		}
		switch errors {
		case "replace":
			out.WriteRune('\ufffd')
		case "ignore":
		default:
			panic(UnicodeDecodeError.New("'ascii' codec can't decode " + bytePosition(b, i, 1) + ": ordinal not in range(128)"))
		}
	}
	return out.String()
}
