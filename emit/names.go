package emit

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/infer"
)

// namer is the one place that decides how a Python name becomes a Go name:
// snake_case becomes mixedCaps, Go keywords and predeclared identifiers are
// avoided, and two Python names that would meet in one Go scope are kept
// apart. Package-level names are reserved for the whole file, so no local
// ever shadows a function, a package variable or an import.
type namer struct {
	pkg   map[string]bool
	syms  map[*infer.Symbol]string
	local []map[string]bool
}

// reservedImports are the package names generated code may import.
var reservedImports = []string{"py", "fmt", "strings", "slices", "math", "os", "time", "sort", "iter", "maps"}

// renames gives short, idiomatic replacements for Python names that are Go
// keywords or predeclared identifiers.
var renames = map[string]string{
	"type": "typ", "len": "length", "func": "fn", "range": "rng", "map": "mapping",
	"string": "str", "int": "num", "float64": "flt", "byte": "b", "rune": "r",
	"chan": "ch", "go": "goVal", "select": "sel", "default": "def", "var": "v",
	"interface": "iface", "struct": "st", "switch": "sw", "case": "cs", "package": "pkg",
	"const": "cnst", "defer": "dfr", "goto": "gotoVal", "fallthrough": "ft", "new": "newVal",
	"make": "mk", "cap": "capacity", "append": "appendVal", "copy": "cp", "delete": "del",
	"panic": "panicVal", "recover": "rec", "print": "printVal", "println": "printlnVal",
	"error": "err", "bool": "flag", "nil": "null", "true": "yes", "false": "no", "iota": "iotaVal",
	"main": "mainVal", "init": "initVal", "any": "anyVal", "min": "minVal", "max": "maxVal",
	"clear": "clr", "close": "cls", "complex": "cplx", "real": "re", "imag": "im",
}

func newNamer() *namer {
	n := &namer{pkg: map[string]bool{}, syms: map[*infer.Symbol]string{}}
	for _, imp := range reservedImports {
		n.pkg[imp] = true
	}
	n.pkg["main"] = true
	n.pkg["init"] = true
	return n
}

// GoName converts a Python identifier to Go's mixedCaps style, without
// deciding about collisions.
func GoName(py string) string {
	trimmed := strings.TrimLeft(py, "_")
	if trimmed == "" {
		return "x"
	}
	parts := strings.Split(trimmed, "_")
	var b strings.Builder
	for i, p := range parts {
		if p == "" {
			continue
		}
		if i == 0 {
			b.WriteString(lowerFirst(p))
			continue
		}
		b.WriteString(upperFirst(p))
	}
	out := b.String()
	if r := []rune(out)[0]; !unicode.IsLetter(r) {
		out = "x" + out
	}
	return out
}

// lowerFirst lowercases a leading capital so that Python constants and
// class-like names do not become exported Go names; an all-caps name
// (MAX_SIZE's parts) is lowercased whole.
func lowerFirst(s string) string {
	if strings.ToUpper(s) == s {
		return strings.ToLower(s)
	}
	r := []rune(s)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

func upperFirst(s string) string {
	r := []rune(strings.ToLower(s))
	if strings.ToUpper(s) != s {
		r = []rune(s)
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// avoid maps a candidate that Go reserves to an allowed name.
func avoid(name string) string {
	if r, ok := renames[name]; ok {
		return r
	}
	if jen.IsReservedWord(name) {
		return name + "Val"
	}
	return name
}

// unique returns base, or base2, base3, ... the first that taken rejects.
func unique(base string, taken func(string) bool) string {
	if !taken(base) {
		return base
	}
	for i := 2; ; i++ {
		if c := base + strconv.Itoa(i); !taken(c) {
			return c
		}
	}
}

// Package names a package-level symbol (function, global variable).
func (n *namer) Package(sym *infer.Symbol) string {
	if name, ok := n.syms[sym]; ok {
		return name
	}
	name := unique(avoid(GoName(sym.Name)), func(s string) bool { return n.pkg[s] })
	n.pkg[name] = true
	n.syms[sym] = name
	return name
}

// PushScope starts a Go function scope; PopScope ends it.
func (n *namer) PushScope() { n.local = append(n.local, map[string]bool{}) }

// PopScope ends the innermost function scope.
func (n *namer) PopScope() { n.local = n.local[:len(n.local)-1] }

func (n *namer) taken(s string) bool {
	if n.pkg[s] {
		return true
	}
	for _, m := range n.local {
		if m[s] {
			return true
		}
	}
	return false
}

// Local names a symbol of the current function scope. A symbol named
// before (a function emitted twice, a closure's outer local) keeps its
// name, which the current scope then reserves too, so no temporary of
// it takes the same name.
func (n *namer) Local(sym *infer.Symbol) string {
	if name, ok := n.syms[sym]; ok {
		if len(n.local) > 0 {
			n.local[len(n.local)-1][name] = true
		}
		return name
	}
	name := n.Fresh(GoName(sym.Name))
	n.syms[sym] = name
	return name
}

// Fresh reserves a new local name based on base, for temporaries.
func (n *namer) Fresh(base string) string {
	name := unique(avoid(base), n.taken)
	if len(n.local) > 0 {
		n.local[len(n.local)-1][name] = true
	} else {
		n.pkg[name] = true
	}
	return name
}

// Name returns the Go name already given to sym.
func (n *namer) Name(sym *infer.Symbol) (string, bool) {
	name, ok := n.syms[sym]
	return name, ok
}
