package runtime

import (
	"strings"
)

// This file is Python's textwrap with TextWrapper's default settings
// (whitespace chunks, long words broken; hyphens are not break points).

// wrapChunks splits text into runs of spaces and runs of other characters,
// after expanding tabs and turning other white space into spaces.
func wrapChunks(text string) []string {
	text = expandTabs(text, 8)
	text = strings.Map(func(r rune) rune {
		if strings.ContainsRune("\t\n\v\f\r", r) {
			return ' '
		}
		return r
	}, text)
	var chunks []string
	start := 0
	for i := 1; i <= len(text); i++ {
		if i == len(text) || (text[i] == ' ') != (text[start] == ' ') {
			chunks = append(chunks, text[start:i])
			start = i
		}
	}
	return chunks
}

func expandTabs(s string, size int) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			n := size - col%size
			b.WriteString(strings.Repeat(" ", n))
			col += n
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

// TextwrapWrap is textwrap.wrap(text, width): CPython's _wrap_chunks.
func TextwrapWrap(text string, width int) []string {
	if width <= 0 {
		panic(ValueError.New("invalid width " + Str(width) + " (must be > 0)"))
	}
	chunks := wrapChunks(text)
	lines := []string{}
	for len(chunks) > 0 {
		var cur []string
		curLen := 0
		if strings.TrimSpace(chunks[0]) == "" && len(lines) > 0 {
			chunks = chunks[1:]
		}
		for len(chunks) > 0 && curLen+runeLen(chunks[0]) <= width {
			cur = append(cur, chunks[0])
			curLen += runeLen(chunks[0])
			chunks = chunks[1:]
		}
		if len(chunks) > 0 && runeLen(chunks[0]) > width {
			end := max(width-curLen, 1)
			r := []rune(chunks[0])
			cur = append(cur, string(r[:end]))
			chunks[0] = string(r[end:])
		}
		if len(cur) > 0 && strings.TrimSpace(cur[len(cur)-1]) == "" {
			cur = cur[:len(cur)-1]
		}
		if len(cur) > 0 {
			lines = append(lines, strings.Join(cur, ""))
		}
	}
	return lines
}

// TextwrapFill is textwrap.fill(text, width).
func TextwrapFill(text string, width int) string {
	return strings.Join(TextwrapWrap(text, width), "\n")
}

// TextwrapShorten is textwrap.shorten(text, width, placeholder): white
// space collapsed, then cut at a word boundary to fit with the
// placeholder.
func TextwrapShorten(text string, width int, placeholder string) string {
	words := strings.Fields(text)
	joined := strings.Join(words, " ")
	if runeLen(joined) <= width {
		return joined
	}
	if runeLen(strings.TrimLeft(placeholder, " ")) > width {
		panic(ValueError.New("placeholder too large for max width"))
	}
	out := ""
	for _, w := range words {
		next := w
		if out != "" {
			next = out + " " + w
		}
		if runeLen(next)+runeLen(placeholder) > width {
			break
		}
		out = next
	}
	if out == "" {
		return strings.TrimLeft(placeholder, " ")
	}
	return out + placeholder
}

// TextwrapDedent is textwrap.dedent(text): the white space every
// non-blank line starts with is removed; blank lines become empty.
func TextwrapDedent(text string) string {
	lines := strings.Split(text, "\n")
	margin, first := "", true
	for i, l := range lines {
		if strings.TrimLeft(l, " \t") == "" {
			lines[i] = ""
			continue
		}
		indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		switch {
		case first:
			margin, first = indent, false
		case strings.HasPrefix(indent, margin):
		case strings.HasPrefix(margin, indent):
			margin = indent
		default:
			n := 0
			for n < len(margin) && n < len(indent) && margin[n] == indent[n] {
				n++
			}
			margin = margin[:n]
		}
	}
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, margin)
	}
	return strings.Join(lines, "\n")
}

// TextwrapIndent is textwrap.indent(text, prefix): prefix added to every
// line that is not only white space.
func TextwrapIndent(text, prefix string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(text, "\n") {
		if strings.TrimSpace(l) != "" {
			b.WriteString(prefix)
		}
		b.WriteString(l)
	}
	return b.String()
}
