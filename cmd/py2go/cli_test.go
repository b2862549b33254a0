package main

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// hello is a Go program standing in for transpiled Python (see
// fakeTranspile).
const hello = `package main

import "fmt"

func main() {
	fmt.Println("hello")
}
`

// TestUsage covers what needs no transpiling: help, version and the command
// lines py2go must refuse.
func TestUsage(t *testing.T) {
	tests := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr string
	}{
		{"help", []string{"--help"}, 0, `(?s)^py2go turns Python.*Usage:.*Examples:.*Exit status:`, ""},
		{"short help", []string{"-h"}, 0, `Usage:`, ""},
		{"run help", []string{"run", "--help"}, 0, `Usage:`, ""},
		{"version", []string{"--version"}, 0, `^py2go version 0\.1\.0-dev \(go`, ""},
		{"no arguments", nil, 2, "", `^py2go: no Python file given\nRun 'py2go --help' for usage.\n$`},
		{"unknown flag", []string{"--frob", "x.py"}, 2, "", `^py2go: unknown flag: --frob\n`},
		{"too many files", []string{"a.py", "b.py"}, 2, "", `^py2go: too many arguments: b.py \(one Python file at a time\)\n`},
		{"run without file", []string{"run"}, 2, "", `^py2go run: no Python file given\n`},
		{"run flag before file", []string{"run", "-o", "x", "a.py"}, 2, "", `^py2go run: unknown shorthand flag: 'o'`},
		{"build stdin without -o", []string{"build", "-"}, 2, "", `^py2go build: -o is required when the program comes from stdin\n`},
		{"build too many", []string{"build", "a.py", "b.py"}, 2, "", `^py2go build: too many arguments`},
		{"missing file", []string{"nope.py"}, 1, "", `^py2go: open nope.py: no such file or directory\n$`},
		{"run missing file", []string{"run", "nope.py"}, 1, "", `^py2go: open nope.py: no such file or directory\n$`},
		{"missing output dir", []string{"-o", "no/such/dir/x.go", "x.py"}, 1, "", `^py2go: cannot write no/such/dir/x.go: directory no/such/dir does not exist\n$`},
		{"output is a directory", []string{"-o", ".", "x.py"}, 1, "", `^py2go: cannot write \.: it is a directory\n$`},
		{"build missing output dir", []string{"build", "-o", "no/such/x", "x.py"}, 1, "", `^py2go: cannot write no/such/x: directory no/such does not exist\n$`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runPy2go(t, invocation{mode: "real", dir: t.TempDir(), args: tt.args})
			r.check(t, tt.code, tt.stdout, tt.stderr)
		})
	}
}

// TestTranspile covers transpiling to stdout and to a file, with the
// pipeline replaced by fakeTranspile.
func TestTranspile(t *testing.T) {
	tests := []struct {
		name           string
		args           []string
		stdin          string
		code           int
		stdout, stderr string
		files          map[string]string // the directory's files afterwards
	}{
		{"stdout", []string{"prog.py"}, "", 0, "^" + regexp.QuoteMeta(hello) + "$", "", nil},
		{"output file", []string{"-o", "prog.go", "prog.py"}, "", 0, "", "", map[string]string{"prog.go": hello}},
		{"flag after file", []string{"prog.py", "--output", "prog.go"}, "", 0, "", "", map[string]string{"prog.go": hello}},
		{"stdin", []string{"-"}, hello, 0, "^" + regexp.QuoteMeta(hello) + "$", "", nil},
		{"refused", []string{"-o", "prog.go", "bad.py"}, "", 1, "",
			"^bad.py:2:3: error: the fake transpiler refuses this\n  //fake:error\n  \\^\n$", nil},
		{"refused from stdin", []string{"-"}, "x = 1 //fake:error\n", 1, "",
			"^<stdin>:1:7: error: the fake transpiler refuses this\nx = 1 //fake:error\n      \\^\n$", nil},
		{"warning", []string{"-o", "warn.go", "warn.py"}, "", 0, "",
			"^warn.py:1:1: warning: the fake transpiler warns here\n//fake:warn\n\\^\n$",
			map[string]string{"warn.go": "//fake:warn\n" + hello}},
		{"panic", []string{"-o", "prog.go", "panic.py"}, "", 3, "",
			"^py2go: internal error: the fake transpiler was asked to panic; please report this\n$", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{
				"prog.py":  hello,
				"bad.py":   "x = 1\n  //fake:error\n",
				"warn.py":  "//fake:warn\n" + hello,
				"panic.py": "//fake:panic\n",
			})
			r := runPy2go(t, invocation{mode: "fake", dir: dir, stdin: tt.stdin, args: tt.args})
			r.check(t, tt.code, tt.stdout, tt.stderr)
			want := []string{"bad.py", "panic.py", "prog.py", "warn.py"}
			for name, content := range tt.files {
				want = append(want, name)
				if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) != content {
					t.Errorf("%s holds %q, want %q", name, got, content)
				}
			}
			if got := dirNames(t, dir); !sameNames(got, want) {
				t.Errorf("directory holds %v, want %v", got, want)
			}
		})
	}
}

// TestOutputKeptOnFailure checks that a refused input leaves an existing
// output file as it was.
func TestOutputKeptOnFailure(t *testing.T) {
	dir := writeFiles(t, map[string]string{"bad.py": "//fake:error\n", "prog.go": "old\n"})
	r := runPy2go(t, invocation{mode: "fake", dir: dir, args: []string{"-o", "prog.go", "bad.py"}})
	r.check(t, 1, "", "error: the fake transpiler refuses this")
	if got, _ := os.ReadFile(filepath.Join(dir, "prog.go")); string(got) != "old\n" {
		t.Errorf("prog.go holds %q after a refused run, want it unchanged", got)
	}
	if got := dirNames(t, dir); !sameNames(got, []string{"bad.py", "prog.go"}) {
		t.Errorf("directory holds %v", got)
	}
}

// sameNames reports whether two lists hold the same names, in any order
// and counting each name once.
func sameNames(got, want []string) bool {
	set := func(names []string) string {
		seen := map[string]bool{}
		var out []string
		for _, n := range names {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
		sort.Strings(out)
		return strings.Join(out, "\x00")
	}
	return set(got) == set(want)
}
