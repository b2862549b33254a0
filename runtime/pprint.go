package runtime

import (
	"reflect"
	"regexp"
	"sort"
	"strings"
)

// This file is Python's pprint for dicts, lists, tuples, sets and
// strings (CPython 3.11's PrettyPrinter with compact=False): an object
// whose repr fits the room left is written as its repr (dict keys
// sorted), a container that does not is written one item per line, and a
// long string is split into adjacent literals. Other objects are written
// as their repr.

// PPrintOptions are pprint's keyword arguments.
type PPrintOptions struct {
	Indent    int
	Width     int
	SortDicts bool
}

// PPrint is pprint.pprint(obj, stream, ...): PFormat and a newline.
func PPrint(obj Object, stream *File, opts PPrintOptions) {
	if stream == nil {
		stream = Stdout
	}
	stream.WriteStr(PFormat(obj, opts) + "\n")
}

// PFormat is pprint.pformat(obj, ...).
func PFormat(obj Object, opts PPrintOptions) string {
	if opts.Width <= 0 {
		panic(ValueError.New("width must be != 0"))
	}
	if opts.Indent < 0 {
		panic(ValueError.New("indent must be >= 0"))
	}
	p := &prettyPrinter{PPrintOptions: opts}
	p.format(obj, 0, 0, 1)
	return p.b.String()
}

type prettyPrinter struct {
	PPrintOptions
	b strings.Builder
}

// ppKind sorts an object into the shapes pprint breaks over lines.
type ppKind int

const (
	ppAtom ppKind = iota
	ppDict
	ppList
	ppTuple
	ppSet
	ppFrozenSet
	ppStr
	ppDataclass
	ppDefaultDict
	ppOrderedDict
	ppCounter
)

// ppShape is v's shape and its items (for a dict, keys and values
// alternating, sorted by key when the printer sorts dicts).
func (p *prettyPrinter) ppShape(v Object) (ppKind, []Object) {
	switch x := v.(type) {
	case string:
		return ppStr, nil
	case *Dict:
		var kv []Object
		for _, it := range x.Items() {
			kv = append(kv, it[0], it[1])
		}
		return ppDict, p.sortPairs(kv)
	case *List:
		return ppList, x.Items()
	case Tuple:
		return ppTuple, x
	case *Set:
		items := x.Items()
		sort.SliceStable(items, func(i, j int) bool { return safeLess(items[i], items[j]) })
		if x.frozen {
			return ppFrozenSet, items
		}
		return ppSet, items
	case []byte:
		return ppAtom, nil
	case *DefaultDict:
		return ppDefaultDict, nil
	case *OrderedDict:
		return ppOrderedDict, nil
	case *Counter:
		return ppCounter, nil
	case Dataclass:
		if kv := dataclassItems(x); kv != nil {
			return ppDataclass, kv
		}
		return ppAtom, nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		items := make([]Object, rv.Len())
		for i := range items {
			items[i] = rv.Index(i).Interface()
		}
		return ppList, items
	case reflect.Map:
		var kv []Object
		for it := rv.MapRange(); it.Next(); {
			kv = append(kv, it.Key().Interface(), it.Value().Interface())
		}
		sortPairsBy(kv, safeLess)
		return ppDict, kv
	}
	return ppAtom, nil
}

// sortPairs sorts key/value pairs by key, as sort_dicts does.
func (p *prettyPrinter) sortPairs(kv []Object) []Object {
	if p.SortDicts {
		sortPairsBy(kv, safeLess)
	}
	return kv
}

func sortPairsBy(kv []Object, less func(a, b Object) bool) {
	pairs := make([][2]Object, len(kv)/2)
	for i := range pairs {
		pairs[i] = [2]Object{kv[2*i], kv[2*i+1]}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return less(pairs[i][0], pairs[j][0]) })
	for i, pr := range pairs {
		kv[2*i], kv[2*i+1] = pr[0], pr[1]
	}
}

// safeLess is pprint's _safe_key order: a < b where Python can compare
// them, else by type name.
func safeLess(a, b Object) (less bool) {
	if err := Catch(func() { less = Lt(a, b) }); err != nil {
		return TypeName(a) < TypeName(b)
	}
	return less
}

// repr is pprint's _safe_repr: repr with dict keys sorted all the way
// down.
func (p *prettyPrinter) repr(v Object) string {
	kind, items := p.ppShape(v)
	switch kind {
	case ppDict:
		parts := make([]string, 0, len(items)/2)
		for i := 0; i < len(items); i += 2 {
			parts = append(parts, p.repr(items[i])+": "+p.repr(items[i+1]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case ppList:
		return "[" + p.reprItems(items) + "]"
	case ppTuple:
		if len(items) == 1 {
			return "(" + p.repr(items[0]) + ",)"
		}
		return "(" + p.reprItems(items) + ")"
	}
	return Repr(v)
}

func (p *prettyPrinter) reprItems(items []Object) string {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = p.repr(it)
	}
	return strings.Join(parts, ", ")
}

// format writes v at the column indent, with allowance columns kept free
// after it for the closing brackets and commas that follow.
func (p *prettyPrinter) format(v Object, indent, allowance, level int) {
	rep := p.repr(v)
	if runeLen(rep) <= p.Width-indent-allowance {
		p.b.WriteString(rep)
		return
	}
	kind, items := p.ppShape(v)
	switch kind {
	case ppDict:
		p.b.WriteString("{" + strings.Repeat(" ", max(p.Indent-1, 0)))
		p.dictItems(items, indent, allowance+1, level)
		p.b.WriteString("}")
	case ppList:
		p.b.WriteString("[")
		p.items(items, indent, allowance+1, level)
		p.b.WriteString("]")
	case ppTuple:
		end := ")"
		if len(items) == 1 {
			end = ",)"
		}
		p.b.WriteString("(")
		p.items(items, indent, allowance+len(end), level)
		p.b.WriteString(end)
	case ppSet, ppFrozenSet:
		if len(items) == 0 {
			p.b.WriteString(rep)
			return
		}
		end := "}"
		if kind == ppFrozenSet {
			p.b.WriteString("frozenset({")
			end = "})"
			indent += len("frozenset") + 1
		} else {
			p.b.WriteString("{")
		}
		p.items(items, indent, allowance+len(end), level)
		p.b.WriteString(end)
	case ppStr:
		p.str(v.(string), indent, allowance, level)
	case ppDefaultDict, ppOrderedDict, ppCounter:
		p.mapping(v.(PyMapping), kind, rep, indent, allowance, level)
	case ppDataclass:
		cls := rep[:strings.IndexByte(rep, '(')]
		p.b.WriteString(cls + "(")
		p.namespaceItems(items, indent+len(cls)+1, allowance, level)
		p.b.WriteString(")")
	default:
		p.b.WriteString(rep)
	}
}

// dictItems is _format_dict_items.
func (p *prettyPrinter) dictItems(kv []Object, indent, allowance, level int) {
	indent += p.Indent
	for i := 0; i < len(kv); i += 2 {
		last := i == len(kv)-2
		rep := p.repr(kv[i])
		p.b.WriteString(rep + ": ")
		p.format(kv[i+1], indent+runeLen(rep)+2, lastOr(last, allowance), level+1)
		if !last {
			p.b.WriteString(",\n" + strings.Repeat(" ", indent))
		}
	}
}

// items is _format_items (compact=False).
func (p *prettyPrinter) items(items []Object, indent, allowance, level int) {
	indent += p.Indent
	p.b.WriteString(strings.Repeat(" ", max(p.Indent-1, 0)))
	for i, it := range items {
		if i > 0 {
			p.b.WriteString(",\n" + strings.Repeat(" ", indent))
		}
		p.format(it, indent, lastOr(i == len(items)-1, allowance), level+1)
	}
}

func lastOr(last bool, allowance int) int {
	if last {
		return allowance
	}
	return 1
}

var wordRun = regexp.MustCompile(`\S*\s*`)

// str is _pprint_str: a string too long for the line split at white
// space into literals that fit, one per line (in parentheses at the top
// level).
func (p *prettyPrinter) str(s string, indent, allowance, level int) {
	if level == 1 {
		indent++
		allowance++
	}
	lines := splitLinesKeep(s)
	maxWidth := p.Width - indent
	var chunks []string
	for i, line := range lines {
		maxWidth1 := maxWidth
		if i == len(lines)-1 {
			maxWidth1 -= allowance
		}
		if rep := Repr(line); runeLen(rep) <= maxWidth1 {
			chunks = append(chunks, rep)
			continue
		}
		parts := wordRun.FindAllString(line, -1)
		if len(parts) > 0 && parts[len(parts)-1] == "" {
			parts = parts[:len(parts)-1]
		}
		maxWidth2, current := maxWidth, ""
		for j, part := range parts {
			candidate := current + part
			if j == len(parts)-1 && i == len(lines)-1 {
				maxWidth2 -= allowance
			}
			if runeLen(Repr(candidate)) > maxWidth2 {
				if current != "" {
					chunks = append(chunks, Repr(current))
				}
				current = part
			} else {
				current = candidate
			}
		}
		if current != "" {
			chunks = append(chunks, Repr(current))
		}
	}
	if len(chunks) <= 1 {
		p.b.WriteString(Repr(s))
		return
	}
	if level == 1 {
		p.b.WriteString("(")
	}
	p.b.WriteString(strings.Join(chunks, "\n"+strings.Repeat(" ", indent)))
	if level == 1 {
		p.b.WriteString(")")
	}
}

// splitLinesKeep is str.splitlines(True) for \n line ends.
func splitLinesKeep(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// dataclassItems are a dataclass's field names (as strings) and values
// alternating, when its repr is the one @dataclass generates (pprint lays
// out only those); nil otherwise.
func dataclassItems(dc Dataclass) []Object {
	names, values := dc.PyDataclassFields()
	rep := Repr(dc)
	i := strings.IndexByte(rep, '(')
	if i <= 0 {
		return nil
	}
	parts := make([]string, len(names))
	kv := make([]Object, 0, 2*len(names))
	for k, n := range names {
		parts[k] = n + "=" + Repr(values[k])
		kv = append(kv, n, values[k])
	}
	if rep != rep[:i+1]+strings.Join(parts, ", ")+")" {
		return nil
	}
	return kv
}

// namespaceItems is _format_namespace_items: name=value per line.
func (p *prettyPrinter) namespaceItems(kv []Object, indent, allowance, level int) {
	for i := 0; i < len(kv); i += 2 {
		last := i == len(kv)-2
		key := kv[i].(string)
		p.b.WriteString(key + "=")
		p.format(kv[i+1], indent+len(key)+1, lastOr(last, allowance), level+1)
		if !last {
			p.b.WriteString(",\n" + strings.Repeat(" ", indent))
		}
	}
}

// mapping lays out a defaultdict, OrderedDict or Counter too long for
// its line as CPython's _pprint_default_dict, _pprint_ordered_dict and
// _pprint_counter do.
func (p *prettyPrinter) mapping(m PyMapping, kind ppKind, rep string, indent, allowance, level int) {
	d := m.PyDict()
	if d.Len() == 0 {
		p.b.WriteString(rep)
		return
	}
	var kv []Object
	for _, it := range d.Items() {
		kv = append(kv, it[0], it[1])
	}
	switch kind {
	case ppDefaultDict:
		dd := m.(*DefaultDict)
		indent += len("defaultdict") + 1
		p.b.WriteString("defaultdict(" + dd.name + ",\n" + strings.Repeat(" ", indent))
		p.b.WriteString("{" + strings.Repeat(" ", max(p.Indent-1, 0)))
		p.dictItems(p.sortPairs(kv), indent, allowance+2, level)
		p.b.WriteString("})")
	case ppOrderedDict:
		pairs := NewList()
		for i := 0; i < len(kv); i += 2 {
			pairs.Append(Tuple{kv[i], kv[i+1]})
		}
		p.b.WriteString("OrderedDict(")
		p.format(pairs, indent+len("OrderedDict")+1, allowance+1, level)
		p.b.WriteString(")")
	case ppCounter:
		var common []Object
		for _, it := range m.(*Counter).MostCommon(-1) {
			t := it.(Tuple)
			common = append(common, t[0], t[1])
		}
		p.b.WriteString("Counter({" + strings.Repeat(" ", max(p.Indent-1, 0)))
		p.dictItems(common, indent+len("Counter")+1, allowance+2, level)
		p.b.WriteString("})")
	}
}
