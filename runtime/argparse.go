package runtime

import (
	"math"
	"os"
	"strconv"
	"strings"
)

// This file is Python's argparse for the common surface: an
// ArgumentParser with positional arguments and options (actions store,
// store_true, store_false, store_const, append, count, help; nargs None,
// N, '?', '*', '+'; type, default, choices, required, dest, metavar,
// help), parse_args on sys.argv or an explicit list, and CPython's usage,
// help and error messages (argparse_help.go). Errors print the usage and
// `prog: error: ...` to stderr and exit with status 2.

// ArgSpec is the keyword arguments of one add_argument call.
type ArgSpec struct {
	// Names are the positional name or the option strings ("-n", "--top").
	Names  []string
	Action string
	// Nargs is nil, an int, or "?", "*", "+".
	Nargs   Object
	Const   Object
	Default Object
	// Type converts a string argument; nil keeps the string. TypeName is
	// its name for error messages ("int").
	Type     func(string) Object
	TypeName string
	Choices  Object
	Required bool
	// Help is nil when add_argument had no help.
	Help    Object
	Metavar Object
	Dest    string
}

// argAction is an added argument, with what ArgSpec left out filled in.
type argAction struct {
	ArgSpec
	options []string
	choices []Object
}

// ArgumentParser is argparse.ArgumentParser.
type ArgumentParser struct {
	Prog        string
	Description Object
	Epilog      Object
	actions     []*argAction
}

// Namespace is what parse_args returns: attributes in the order the
// arguments were added.
type Namespace struct {
	names  []string
	values map[string]Object
}

// NewArgumentParser is ArgumentParser(prog, description, epilog,
// add_help): prog defaults to the script's name.
func NewArgumentParser(prog, description, epilog Object, addHelp bool) *ArgumentParser {
	p := &ArgumentParser{Prog: ScriptName, Description: description, Epilog: epilog}
	if prog != nil {
		p.Prog = Str(prog)
	}
	if addHelp {
		p.AddArgument(ArgSpec{Names: []string{"-h", "--help"}, Action: "help", Help: "show this help message and exit"})
	}
	return p
}

// AddArgument is parser.add_argument(...).
func (p *ArgumentParser) AddArgument(spec ArgSpec) {
	a := &argAction{ArgSpec: spec}
	for _, n := range spec.Names {
		if strings.HasPrefix(n, "-") {
			a.options = append(a.options, n)
		}
	}
	if a.Action == "" {
		a.Action = "store"
	}
	if a.Dest == "" {
		a.Dest = argDest(a)
	}
	if a.Choices != nil {
		for c := range Iter(a.Choices) {
			a.choices = append(a.choices, c)
		}
	}
	if len(a.options) == 0 && a.Nargs != "?" && a.Nargs != "*" {
		a.Required = true
	}
	p.actions = append(p.actions, a)
}

// argDest is the attribute an argument is stored in: the positional's
// name, or the first long option without dashes, '-' becoming '_'.
func argDest(a *argAction) string {
	if len(a.options) == 0 {
		return a.Names[0]
	}
	name := a.options[0]
	for _, o := range a.options {
		if strings.HasPrefix(o, "--") {
			name = o
			break
		}
	}
	return strings.ReplaceAll(strings.TrimLeft(name, "-"), "-", "_")
}

// ArgInt and ArgFloat are type=int and type=float.
func ArgInt(s string) Object { return ToInt(s) }

// ArgFloat is type=float.
func ArgFloat(s string) Object { return ToFloat(s) }

// ParseArgs is parser.parse_args(args): sys.argv[1:] when args is nil.
func (p *ArgumentParser) ParseArgs(args Object) *Namespace {
	var strs []string
	if args == nil {
		strs = os.Args[1:]
	} else {
		for v := range Iter(args) {
			strs = append(strs, Str(v))
		}
	}
	return (&argParse{p: p, ns: &Namespace{values: map[string]Object{}}, seen: map[*argAction]bool{}}).run(strs)
}

// argParse is one parse_args run.
type argParse struct {
	p    *ArgumentParser
	ns   *Namespace
	seen map[*argAction]bool
}

func (r *argParse) run(args []string) *Namespace {
	for _, a := range r.p.actions {
		if a.Action != "help" {
			r.ns.set(a.Dest, a.initial())
		}
	}
	var positionals []*argAction
	for _, a := range r.p.actions {
		if len(a.options) == 0 {
			positionals = append(positionals, a)
		}
	}
	var chunk, extras []string
	flush := func() {
		positionals = r.positionals(positionals, chunk, &extras)
		chunk = nil
	}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			chunk = append(chunk, args[i+1:]...)
			break
		}
		if !r.isOption(arg) {
			chunk = append(chunk, arg)
			continue
		}
		if len(chunk) > 0 {
			flush()
		}
		i = r.option(args, i, &extras)
	}
	flush()
	r.missing(positionals)
	if len(extras) > 0 {
		r.p.fail("unrecognized arguments: " + strings.Join(extras, " "))
	}
	for _, a := range r.p.actions {
		if s, ok := r.ns.values[a.Dest].(string); ok && !r.seen[a] && a.Type != nil && s == a.Default {
			r.ns.set(a.Dest, r.convert(a, s))
		}
	}
	return r.ns
}

// initial is an argument's value before parsing: its default, or False
// for store_true, True for store_false, [] for a positional '*'.
func (a *argAction) initial() Object {
	switch {
	case a.Default != nil:
		return a.Default
	case a.Action == "store_true":
		return false
	case a.Action == "store_false":
		return true
	}
	return nil
}

// isOption reports whether arg is an option string rather than a value:
// it starts with '-', is not just "-", and is not a negative number
// (the parser has no options that look like one).
func (r *argParse) isOption(arg string) bool {
	if len(arg) < 2 || arg[0] != '-' {
		return false
	}
	if _, err := strconv.ParseFloat(arg, 64); err == nil {
		return false
	}
	return true
}

// option consumes the option at args[i] and its arguments, returning the
// index of the last string consumed.
func (r *argParse) option(args []string, i int, extras *[]string) int {
	arg := args[i]
	var explicit *string
	if eq := strings.IndexByte(arg, '='); eq > 0 && strings.HasPrefix(arg, "--") {
		v := arg[eq+1:]
		arg, explicit = arg[:eq], &v
	}
	a, name := r.p.lookup(arg)
	if a == nil && !strings.HasPrefix(arg, "--") && len(arg) > 2 {
		// -n5 or -vq: a short option with its value or more flags joined.
		if short, _ := r.p.lookup(arg[:2]); short != nil {
			rest := arg[2:]
			if rest[0] == '=' {
				if !short.takesArgs() {
					r.p.fail("argument " + short.optionNames() + ": ignored explicit argument '" + rest[1:] + "'")
				}
				r.apply(short, arg[:2], []string{rest[1:]})
				return i
			}
			if short.takesArgs() {
				r.apply(short, arg[:2], []string{rest})
				return i
			}
			r.apply(short, arg[:2], nil)
			return r.option(append(append(append([]string{}, args[:i]...), "-"+rest), args[i+1:]...), i, extras)
		}
	}
	if a == nil {
		*extras = append(*extras, args[i])
		return i
	}
	if explicit != nil {
		if !a.takesArgs() {
			r.p.fail("argument " + a.optionNames() + ": ignored explicit argument '" + *explicit + "'")
		}
		r.apply(a, name, []string{*explicit})
		return i
	}
	lo, hi := a.nargsRange()
	var vals []string
	j := i + 1
	for ; j < len(args) && len(vals) < hi && !r.isOption(args[j]) && args[j] != "--"; j++ {
		vals = append(vals, args[j])
	}
	if len(vals) < lo {
		r.p.fail("argument " + a.optionNames() + ": " + expectedArgs(a))
	}
	r.apply(a, name, vals)
	return i + len(vals)
}

// lookup finds the action of an option string, or of a unique prefix of
// a long one, as argparse's allow_abbrev does.
func (p *ArgumentParser) lookup(opt string) (*argAction, string) {
	for _, a := range p.actions {
		for _, o := range a.options {
			if o == opt {
				return a, o
			}
		}
	}
	if !strings.HasPrefix(opt, "--") {
		return nil, ""
	}
	var found *argAction
	var names []string
	for _, a := range p.actions {
		for _, o := range a.options {
			if strings.HasPrefix(o, opt) {
				found = a
				names = append(names, o)
			}
		}
	}
	if len(names) > 1 {
		p.fail("ambiguous option: " + opt + " could match " + strings.Join(names, ", "))
	}
	if found == nil {
		return nil, ""
	}
	return found, names[0]
}

// takesArgs reports whether an option consumes strings after it.
func (a *argAction) takesArgs() bool {
	_, hi := a.nargsRange()
	return hi > 0
}

// nargsRange is how many strings an action takes, at least and at most.
func (a *argAction) nargsRange() (int, int) {
	switch a.Action {
	case "store_true", "store_false", "store_const", "count", "help", "append_const", "version":
		return 0, 0
	}
	switch n := a.Nargs.(type) {
	case nil:
		return 1, 1
	case int:
		return n, n
	case string:
		switch n {
		case "?":
			return 0, 1
		case "*":
			return 0, math.MaxInt
		case "+":
			return 1, math.MaxInt
		}
	}
	panic(ValueError.New("invalid nargs value"))
}

// expectedArgs is argparse's complaint about too few strings.
func expectedArgs(a *argAction) string {
	switch n := a.Nargs.(type) {
	case nil:
		return "expected one argument"
	case int:
		if n == 1 {
			return "expected 1 argument"
		}
		return "expected " + strconv.Itoa(n) + " arguments"
	}
	return "expected at least one argument"
}

// positionals assigns a run of positional strings to the positional
// actions left, as argparse's consume_positionals does: as many actions
// as can match, each taking as many strings as it can while the ones
// after it still get their least. Strings no action takes are extras.
func (r *argParse) positionals(actions []*argAction, chunk []string, extras *[]string) []*argAction {
	n := len(actions)
	for ; n > 0; n-- {
		least := 0
		for _, a := range actions[:n] {
			lo, _ := a.nargsRange()
			least += lo
		}
		if least <= len(chunk) {
			break
		}
	}
	rest := chunk
	for k, a := range actions[:n] {
		after := 0
		for _, b := range actions[k+1 : n] {
			lo, _ := b.nargsRange()
			after += lo
		}
		_, hi := a.nargsRange()
		take := min(hi, len(rest)-after)
		r.apply(a, "", rest[:take])
		rest = rest[take:]
	}
	*extras = append(*extras, rest...)
	return actions[n:]
}

// missing reports the required arguments that got no strings.
func (r *argParse) missing(positionals []*argAction) {
	var names []string
	for _, a := range r.p.actions {
		if a.Required && !r.seen[a] {
			if len(a.options) > 0 {
				names = append(names, a.optionNames())
			} else {
				names = append(names, a.metavarOr(a.Dest))
			}
		}
	}
	if len(names) > 0 {
		r.p.fail("the following arguments are required: " + strings.Join(names, ", "))
	}
}

// optionNames is "-n/--top", as errors name an option.
func (a *argAction) optionNames() string {
	if len(a.options) == 0 {
		return a.metavarOr(a.Dest)
	}
	return strings.Join(a.options, "/")
}

// apply runs an action on the strings it got.
func (r *argParse) apply(a *argAction, name string, vals []string) {
	r.seen[a] = true
	switch a.Action {
	case "help":
		r.p.PrintHelp(nil)
		Exit(0)
	case "store_true":
		r.ns.set(a.Dest, true)
	case "store_false":
		r.ns.set(a.Dest, false)
	case "store_const":
		r.ns.set(a.Dest, a.Const)
	case "count":
		n, _ := r.ns.values[a.Dest].(int)
		r.ns.set(a.Dest, n+1)
	case "append":
		l := NewList()
		if old, ok := r.ns.values[a.Dest].(*List); ok {
			l = NewList(old.Items()...)
		}
		l.Append(r.value(a, vals))
		r.ns.set(a.Dest, l)
	default:
		r.ns.set(a.Dest, r.value(a, vals))
	}
}

// value is what an action stores for its strings: one converted value,
// a list of them, or for '?' without a string its const (an option) or
// default (a positional).
func (r *argParse) value(a *argAction, vals []string) Object {
	switch a.Nargs {
	case nil:
		return r.convert(a, vals[0])
	case "?":
		if len(vals) == 0 {
			if len(a.options) > 0 {
				return a.Const
			}
			if s, ok := a.Default.(string); ok {
				return r.convert(a, s)
			}
			return a.Default
		}
		return r.convert(a, vals[0])
	}
	if len(vals) == 0 && len(a.options) == 0 && a.Nargs == "*" && a.Default != nil {
		return a.Default
	}
	out := NewList()
	for _, v := range vals {
		out.Append(r.convert(a, v))
	}
	return out
}

// convert applies an action's type to a string and checks its choices.
func (r *argParse) convert(a *argAction, s string) Object {
	var v Object = s
	if a.Type != nil {
		if err := Catch(func() { v = a.Type(s) }); err != nil {
			if !err.MatchesAny(ValueError, TypeError) {
				panic(err)
			}
			r.p.fail("argument " + a.optionNames() + ": invalid " + a.TypeName + " value: " + Repr(s))
		}
	}
	if a.choices != nil && !Contains(NewList(a.choices...), v) {
		reprs := make([]string, len(a.choices))
		for i, c := range a.choices {
			reprs[i] = Repr(c)
		}
		r.p.fail("argument " + a.optionNames() + ": invalid choice: " + Repr(v) + " (choose from " + strings.Join(reprs, ", ") + ")")
	}
	return v
}

// fail is parser.error(msg): the usage and the message on stderr, then
// exit status 2.
func (p *ArgumentParser) fail(msg string) {
	Stdout.Flush()
	Stderr.WriteStr(p.FormatUsage() + p.Prog + ": error: " + msg + "\n")
	Exit(2)
}

// Error is parser.error(message).
func (p *ArgumentParser) Error(msg string) { p.fail(msg) }

func (ns *Namespace) set(name string, v Object) {
	if _, ok := ns.values[name]; !ok {
		ns.names = append(ns.names, name)
	}
	ns.values[name] = v
}

// PyGetAttr is args.name.
func (ns *Namespace) PyGetAttr(name string) (Object, bool) {
	v, ok := ns.values[name]
	return v, ok
}

// PyMethod: a Namespace has no methods scripts call.
func (ns *Namespace) PyMethod(name string, args []Object) (Object, bool) { return nil, false }

// PySetAttr is args.name = v.
func (ns *Namespace) PySetAttr(name string, v Object) bool {
	ns.set(name, v)
	return true
}

// PyRepr is Namespace(a=1, b='x').
func (ns *Namespace) PyRepr() string {
	parts := make([]string, len(ns.names))
	for i, n := range ns.names {
		parts[i] = n + "=" + Repr(ns.values[n])
	}
	return "Namespace(" + strings.Join(parts, ", ") + ")"
}

// PyTypeName is "Namespace".
func (ns *Namespace) PyTypeName() string { return "Namespace" }

// PyDict is vars(args).
func (ns *Namespace) PyDict() *Dict {
	d := NewDict()
	for _, n := range ns.names {
		d.Set(n, ns.values[n])
	}
	return d
}

// ArgFunc is a function of the program given as type=: its result,
// whatever its Go type, as a dynamic value.
func ArgFunc[R any](f func(string) R) func(string) Object {
	return func(s string) Object { return f(s) }
}
