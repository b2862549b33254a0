package parser

import (
	"strings"
	"unicode/utf8"
)

// number lexes a numeric literal with CPython's checks: underscores only
// between digits, digits valid for the base, no leading zeros, and no
// letter glued to the end.
func (t *tokenizer) number() {
	start := t.pos
	s := t.src
	if s[t.pos] == '0' && t.pos+1 < len(s) && strings.ContainsRune("xXoObB", rune(s[t.pos+1])) {
		t.radixNumber(start)
		return
	}
	ok := true
	if s[t.pos] != '.' {
		ok = t.digits(isDigit)
		if ok && s[start] == '0' && t.pos < len(s) && !strings.ContainsRune(".eEjJ", rune(s[t.pos])) &&
			strings.Trim(s[start:t.pos], "0_") != "" {
			t.fail(start, false, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
			t.emit(tNumber, start, t.pos)
			return
		}
	}
	if ok && t.pos < len(s) && s[t.pos] == '.' {
		t.pos++
		if t.pos < len(s) && isDigit(s[t.pos]) {
			ok = t.digits(isDigit)
		}
	}
	if ok && t.pos < len(s) && (s[t.pos] == 'e' || s[t.pos] == 'E') {
		ok = t.exponent(start)
	}
	if ok && t.pos < len(s) && (s[t.pos] == 'j' || s[t.pos] == 'J') {
		t.pos++
	}
	if ok {
		ok = t.endOfNumber("decimal")
	}
	t.emit(tNumber, start, t.pos)
}

// digits consumes digits with single underscores between them. It reports
// a misplaced underscore as CPython does, at the underscore.
func (t *tokenizer) digits(valid func(byte) bool) bool {
	s := t.src
	for t.pos < len(s) {
		switch {
		case valid(s[t.pos]):
			t.pos++
		case s[t.pos] == '_' && t.pos+1 < len(s) && valid(s[t.pos+1]):
			t.pos += 2
		case s[t.pos] == '_':
			t.fail(t.pos, false, "invalid decimal literal")
			t.skipIdent()
			return false
		default:
			return true
		}
	}
	return true
}

// exponent consumes `e[+-]digits`; without digits the literal is invalid.
func (t *tokenizer) exponent(start int) bool {
	s := t.src
	i := t.pos + 1
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	if i >= len(s) || !isDigit(s[i]) {
		t.fail(t.pos-1, false, "invalid decimal literal")
		t.skipIdent()
		return false
	}
	t.pos = i
	return t.digits(isDigit)
}

// radixNumber lexes 0x, 0o and 0b literals.
func (t *tokenizer) radixNumber(start int) {
	kind := map[byte]string{'x': "hexadecimal", 'o': "octal", 'b': "binary"}[t.src[start+1]|0x20]
	valid := map[byte]func(byte) bool{
		'x': isHex,
		'o': func(c byte) bool { return c >= '0' && c <= '7' },
		'b': func(c byte) bool { return c == '0' || c == '1' },
	}[t.src[start+1]|0x20]
	t.pos += 2
	if t.pos < len(t.src) && t.src[t.pos] == '_' {
		t.pos++
	}
	if t.pos >= len(t.src) || !valid(t.src[t.pos]) {
		t.badDigit(kind)
		t.emit(tNumber, start, t.pos)
		return
	}
	if t.digits(valid) && t.endOfDigits(kind) {
		t.endOfNumber(kind)
	}
	t.emit(tNumber, start, t.pos)
}

// endOfDigits reports a decimal digit that is not valid for the base.
func (t *tokenizer) endOfDigits(kind string) bool {
	if t.pos < len(t.src) && isDigit(t.src[t.pos]) {
		t.badDigit(kind)
		return false
	}
	return true
}

func (t *tokenizer) badDigit(kind string) {
	if t.pos < len(t.src) && isDigit(t.src[t.pos]) {
		t.fail(t.pos, false, "invalid digit '%c' in %s literal", t.src[t.pos], kind)
		t.pos++
	} else {
		t.fail(t.pos-1, false, "invalid %s literal", kind)
	}
	t.skipIdent()
}

// numberKeywords may directly follow a number (CPython only warns).
var numberKeywords = []string{"and", "else", "for", "if", "in", "is", "not", "or"}

// endOfNumber rejects an identifier character right after a number, as in
// `1abc` or `10L`.
func (t *tokenizer) endOfNumber(kind string) bool {
	if t.pos >= len(t.src) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.src[t.pos:])
	if !isIDContinue(r) {
		return true
	}
	for _, k := range numberKeywords {
		if strings.HasPrefix(t.src[t.pos:], k) {
			return true
		}
	}
	t.fail(t.pos-1, false, "invalid %s literal", kind)
	t.skipIdent()
	return false
}

// skipIdent skips the rest of a malformed literal so that one mistake is
// reported once.
func (t *tokenizer) skipIdent() {
	for t.pos < len(t.src) {
		r, n := utf8.DecodeRuneInString(t.src[t.pos:])
		if !isIDContinue(r) {
			return
		}
		t.pos += n
	}
}
