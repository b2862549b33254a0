package runtime

import (
	"os"
	"regexp"
	"strconv"
	"strings"
)

// argparse's HelpFormatter: the usage line (wrapped as CPython wraps it),
// the description, one section per kind of argument with the help text
// in a column, and the epilog.

// helpWidth is the formatter's width: $COLUMNS (80 when unset, as for a
// pipe) less 2.
func helpWidth() int {
	cols := 80
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		cols = n
	}
	return cols - 2
}

// metavarOr is the action's metavar, or def.
func (a *argAction) metavarOr(def string) string {
	if a.Metavar != nil {
		return Str(a.Metavar)
	}
	if a.choices != nil {
		parts := make([]string, len(a.choices))
		for i, c := range a.choices {
			parts[i] = Str(c)
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	return def
}

// metavar is what stands for the action's value: the positional's name,
// an option's dest in upper case.
func (a *argAction) metavar() string {
	if len(a.options) == 0 {
		return a.metavarOr(a.Dest)
	}
	return a.metavarOr(strings.ToUpper(a.Dest))
}

// argsFormat is the usage of an action's values: X, [X], [X ...],
// X [X ...] or X X.
func (a *argAction) argsFormat() string {
	if lo, hi := a.nargsRange(); lo == 0 && hi == 0 {
		return ""
	}
	m := a.metavar()
	switch n := a.Nargs.(type) {
	case string:
		switch n {
		case "?":
			return "[" + m + "]"
		case "*":
			return "[" + m + " ...]"
		case "+":
			return m + " [" + m + " ...]"
		}
	case int:
		names := make([]string, n)
		for i := range names {
			names[i] = m
		}
		if t, ok := a.Metavar.(Tuple); ok && len(t) == n {
			for i, v := range t {
				names[i] = Str(v)
			}
		}
		return strings.Join(names, " ")
	}
	return m
}

// usageParts are the usage's parts for the options, then the positionals.
func (p *ArgumentParser) usageParts() (opts, pos []string) {
	for _, a := range p.actions {
		if len(a.options) == 0 {
			pos = append(pos, a.argsFormat())
			continue
		}
		part := a.options[0]
		if f := a.argsFormat(); f != "" {
			part += " " + f
		}
		if !a.Required {
			part = "[" + part + "]"
		}
		opts = append(opts, part)
	}
	return opts, pos
}

// FormatUsage is parser.format_usage().
func (p *ArgumentParser) FormatUsage() string {
	const prefix = "usage: "
	opts, pos := p.usageParts()
	usage := strings.Join(append(append([]string{p.Prog}, opts...), pos...), " ")
	width := helpWidth()
	if len(prefix)+len(usage) <= width {
		return prefix + usage + "\n"
	}
	var lines []string
	if float64(len(prefix)+len(p.Prog)) <= 0.75*float64(width) {
		indent := strings.Repeat(" ", len(prefix)+len(p.Prog)+1)
		switch {
		case len(opts) > 0:
			lines = usageLines(append([]string{p.Prog}, opts...), indent, prefix, width)
			lines = append(lines, usageLines(pos, indent, "", width)...)
		case len(pos) > 0:
			lines = usageLines(append([]string{p.Prog}, pos...), indent, prefix, width)
		default:
			lines = []string{p.Prog}
		}
	} else {
		indent := strings.Repeat(" ", len(prefix))
		lines = usageLines(append(opts, pos...), indent, "", width)
		lines = append([]string{p.Prog}, lines...)
	}
	return prefix + strings.Join(lines, "\n") + "\n"
}

// usageLines is argparse's get_lines: parts joined by spaces into lines
// of at most width, each after indent (the first after prefix instead).
func usageLines(parts []string, indent, prefix string, width int) []string {
	var lines, line []string
	lineLen := len(indent) - 1
	if prefix != "" {
		lineLen = len(prefix) - 1
	}
	for _, part := range parts {
		if lineLen+1+len(part) > width && len(line) > 0 {
			lines = append(lines, indent+strings.Join(line, " "))
			line, lineLen = nil, len(indent)-1
		}
		line = append(line, part)
		lineLen += len(part) + 1
	}
	if len(line) > 0 {
		lines = append(lines, indent+strings.Join(line, " "))
	}
	if prefix != "" && len(lines) > 0 {
		lines[0] = lines[0][len(indent):]
	}
	return lines
}

// invocation is how the help names an action: its metavar, or its
// option strings each with the value's format.
func (a *argAction) invocation() string {
	if len(a.options) == 0 {
		return a.metavar()
	}
	f := a.argsFormat()
	parts := make([]string, len(a.options))
	for i, o := range a.options {
		parts[i] = o
		if f != "" {
			parts[i] += " " + f
		}
	}
	return strings.Join(parts, ", ")
}

// FormatHelp is parser.format_help().
func (p *ArgumentParser) FormatHelp() string {
	width := helpWidth()
	var pos, opts []*argAction
	maxLen := 0
	for _, a := range p.actions {
		if len(a.options) == 0 {
			pos = append(pos, a)
		} else {
			opts = append(opts, a)
		}
		maxLen = max(maxLen, len(a.invocation())+2)
	}
	helpPos := min(maxLen+2, min(24, max(width-20, 4)))
	var b strings.Builder
	b.WriteString(p.FormatUsage() + "\n")
	if p.Description != nil {
		b.WriteString(fillText(Str(p.Description), width, "") + "\n\n")
	}
	for _, sec := range []struct {
		title   string
		actions []*argAction
	}{{"positional arguments:", pos}, {"options:", opts}} {
		if len(sec.actions) == 0 {
			continue
		}
		b.WriteString(sec.title + "\n")
		for _, a := range sec.actions {
			b.WriteString(p.formatAction(a, helpPos, width))
		}
		b.WriteString("\n")
	}
	if p.Epilog != nil {
		b.WriteString(fillText(Str(p.Epilog), width, "") + "\n")
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// formatAction is one argument's lines in the help: its invocation, then
// its help text wrapped in the column at helpPos.
func (p *ArgumentParser) formatAction(a *argAction, helpPos, width int) string {
	const indent = 2
	header := a.invocation()
	actionWidth := helpPos - indent - 2
	help := ""
	if a.Help != nil {
		help = p.expandHelp(a)
	}
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", indent))
	first := helpPos
	switch {
	case strings.TrimSpace(help) == "":
		b.WriteString(header + "\n")
		return b.String()
	case len(header) <= actionWidth:
		b.WriteString(header + strings.Repeat(" ", actionWidth-len(header)) + "  ")
		first = 0
	default:
		b.WriteString(header + "\n")
	}
	lines := TextwrapWrap(collapseSpace(help), max(width-helpPos, 11))
	for i, l := range lines {
		if i > 0 || first > 0 {
			b.WriteString(strings.Repeat(" ", helpPos))
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

var helpField = regexp.MustCompile(`%\((\w+)\)[sdr]|%%`)

// expandHelp replaces %(default)s, %(prog)s and the like in a help text.
func (p *ArgumentParser) expandHelp(a *argAction) string {
	return helpField.ReplaceAllStringFunc(Str(a.Help), func(m string) string {
		if m == "%%" {
			return "%"
		}
		name, conv := m[2:len(m)-2], m[len(m)-1]
		var v Object
		switch name {
		case "default":
			v = a.Default
		case "prog":
			v = p.Prog
		case "dest":
			v = a.Dest
		case "metavar":
			v = a.Metavar
		case "const":
			v = a.Const
		case "required":
			v = a.Required
		case "choices":
			if a.choices != nil {
				parts := make([]string, len(a.choices))
				for i, c := range a.choices {
					parts[i] = Str(c)
				}
				return strings.Join(parts, ", ")
			}
		default:
			return m
		}
		if conv == 'r' {
			return Repr(v)
		}
		return Str(v)
	})
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// fillText is argparse's _fill_text: white space collapsed, wrapped to
// width with indent before every line.
func fillText(s string, width int, indent string) string {
	lines := TextwrapWrap(collapseSpace(s), width-len(indent))
	for i := range lines {
		lines[i] = indent + lines[i]
	}
	return strings.Join(lines, "\n")
}

// PrintHelp is parser.print_help(file): stdout when file is nil.
func (p *ArgumentParser) PrintHelp(file *File) {
	if file == nil {
		file = Stdout
	}
	file.WriteStr(p.FormatHelp())
}

// PrintUsage is parser.print_usage(file).
func (p *ArgumentParser) PrintUsage(file *File) {
	if file == nil {
		file = Stdout
	}
	file.WriteStr(p.FormatUsage())
}
