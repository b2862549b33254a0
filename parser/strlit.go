package parser

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/runenames"
)

// strLit is one string literal token taken apart.
type strLit struct {
	Raw, Bytes, F bool
	// Body is the text between the quotes, undecoded; BodyStart is its
	// offset in the source.
	Body      string
	BodyStart int
}

// splitString takes apart the string token at [start, end).
func splitString(src string, start, end int) strLit {
	text := src[start:end]
	i := strings.IndexAny(text, `'"`)
	prefix := strings.ToLower(text[:i])
	q := 1
	if len(text)-i >= 6 && text[i] == text[i+1] && text[i] == text[i+2] {
		q = 3
	}
	return strLit{
		Raw:       strings.Contains(prefix, "r"),
		Bytes:     strings.Contains(prefix, "b"),
		F:         strings.Contains(prefix, "f"),
		Body:      text[i+q : len(text)-q],
		BodyStart: start + i + q,
	}
}

// escapeError is a bad escape sequence; From and To are byte positions in
// the literal's body, as CPython's "(unicode error)" message counts them.
type escapeError struct {
	From, To int
	Reason   string
	Bytes    bool
}

func (e *escapeError) Error() string {
	if e.Bytes {
		return fmt.Sprintf("(value error) invalid \\x escape at position %d", e.From)
	}
	return fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", e.From, e.To, e.Reason)
}

// decodeEscapes decodes the backslash escapes of a str (or, with bytes set,
// a bytes) literal body, as CPython does. Unknown escapes keep their
// backslash; CPython only warns about them.
func decodeEscapes(body string, bytes bool) (string, *escapeError) {
	if !strings.Contains(body, `\`) {
		return normalizeNewlines(body), nil
	}
	var b strings.Builder
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			if c == '\r' {
				c = '\n'
				if i+1 < len(body) && body[i+1] == '\n' {
					i++
				}
			}
			b.WriteByte(c)
			i++
			continue
		}
		n, err := decodeEscape(&b, body, i, bytes)
		if err != nil {
			return "", err
		}
		i += n
	}
	return b.String(), nil
}

// normalizeNewlines turns CRLF and CR in a literal into LF, as CPython's
// tokenizer does before decoding.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

var simpleEscapes = map[byte]byte{
	'\\': '\\', '\'': '\'', '"': '"', 'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11,
}

// decodeEscape decodes the escape at body[i] (a backslash) into b and
// returns its length.
func decodeEscape(b *strings.Builder, body string, i int, bytes bool) (int, *escapeError) {
	c := body[i+1]
	if v, ok := simpleEscapes[c]; ok {
		b.WriteByte(v)
		return 2, nil
	}
	switch {
	case c == '\n':
		return 2, nil
	case c == '\r':
		if i+2 < len(body) && body[i+2] == '\n' {
			return 3, nil
		}
		return 2, nil
	case c >= '0' && c <= '7':
		n := 1
		for n < 3 && i+1+n < len(body) && body[i+1+n] >= '0' && body[i+1+n] <= '7' {
			n++
		}
		v, _ := strconv.ParseUint(body[i+1:i+1+n], 8, 32)
		writeCode(b, rune(v), bytes)
		return 1 + n, nil
	case c == 'x':
		return hexEscape(b, body, i, 2, bytes, "truncated \\xXX escape")
	case c == 'u' && !bytes:
		return hexEscape(b, body, i, 4, bytes, "truncated \\uXXXX escape")
	case c == 'U' && !bytes:
		return hexEscape(b, body, i, 8, bytes, "truncated \\UXXXXXXXX escape")
	case c == 'N' && !bytes:
		return namedEscape(b, body, i)
	}
	b.WriteByte('\\')
	return 1, nil
}

// writeCode writes a code point, or for bytes literals the byte itself.
func writeCode(b *strings.Builder, r rune, bytes bool) {
	if bytes {
		b.WriteByte(byte(r))
	} else {
		b.WriteRune(r)
	}
}

func hexEscape(b *strings.Builder, body string, i, n int, bytes bool, msg string) (int, *escapeError) {
	k := 0
	for k < n && i+2+k < len(body) && isHex(body[i+2+k]) {
		k++
	}
	if k < n {
		return 0, &escapeError{From: i, To: i + 1 + k, Reason: msg, Bytes: bytes}
	}
	end := i + 2 + n
	v, _ := strconv.ParseUint(body[i+2:end], 16, 32)
	if v > utf8.MaxRune {
		return 0, &escapeError{From: i, To: end - 1, Reason: "illegal Unicode character"}
	}
	writeCode(b, rune(v), bytes)
	return 2 + n, nil
}

func isHex(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }

// namedEscape decodes `\N{NAME}` with the Unicode character database.
func namedEscape(b *strings.Builder, body string, i int) (int, *escapeError) {
	if i+2 >= len(body) || body[i+2] != '{' {
		return 0, &escapeError{From: i, To: i + 1, Reason: "malformed \\N character escape"}
	}
	end := strings.IndexByte(body[i:], '}')
	if end < 0 {
		return 0, &escapeError{From: i, To: len(body) - 1, Reason: "malformed \\N character escape"}
	}
	r, ok := lookupRune(body[i+3 : i+end])
	if !ok {
		return 0, &escapeError{From: i, To: i + end, Reason: "unknown Unicode character name"}
	}
	b.WriteRune(r)
	return end + 1, nil
}

var (
	runeNamesOnce sync.Once
	runeNames     map[string]rune
)

// lookupRune finds a character by its Unicode name, ignoring case as
// CPython does. The index is built on first use only, since few files use
// \N escapes.
func lookupRune(name string) (rune, bool) {
	runeNamesOnce.Do(func() {
		runeNames = make(map[string]rune, 40000)
		for r := rune(0); r <= utf8.MaxRune; r++ {
			if n := runenames.Name(r); n != "" && n[0] != '<' {
				runeNames[n] = r
			}
		}
	})
	r, ok := runeNames[strings.ToUpper(name)]
	return r, ok
}
