package parser

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/py2go/py2go/diag"
)

// errorCase is a bad input with CPython's first error, recorded by
// testdata/gen_errors.py.
type errorCase struct {
	Name string `json:"name"`
	Src  string `json:"src"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
	Msg  string `json:"msg"`
}

// TestErrorsMatchCPython checks that our first error has CPython's line,
// column and message.
func TestErrorsMatchCPython(t *testing.T) {
	b, err := os.ReadFile("testdata/errors.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []errorCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			src := diag.NewSource("x.py", "", c.Src)
			log := diag.NewLog(src)
			if _, ok := Parse(src, log); ok {
				t.Fatalf("Parse accepted %q", c.Src)
			}
			ds := log.Diagnostics()
			if len(ds) == 0 {
				t.Fatal("no diagnostic")
			}
			p := src.Position(ds[0].Pos)
			got := fmt.Sprintf("%d:%d: %s", p.Line, p.Col, ds[0].Message)
			want := fmt.Sprintf("%d:%d: %s", c.Line, c.Col, c.Msg)
			if got != want {
				t.Errorf("got  %s\nwant %s", got, want)
			}
		})
	}
}

// TestErrorFormat checks whole diagnostics as a user sees them.
func TestErrorFormat(t *testing.T) {
	seed, err := os.ReadFile("/work/shared/conformance/cases/seed_thread.py")
	if err != nil {
		seed = []byte("from threading import Thread\n\n\ndef f(x):\n    for i in range(x)\n        print(i)\n")
	}
	cases := []struct{ name, file, src, want string }{
		{"seed thread", "seed_thread.py", string(seed),
			"seed_thread.py:5:22: error: expected ':'\n    for i in range(x)\n                     ^\n"},
		{"several independent errors", "m.py", "x = 1\ny = = 2\nz = 3\nw = 4 5\n",
			"m.py:2:5: error: invalid syntax\ny = = 2\n    ^\nm.py:4:7: error: invalid syntax\nw = 4 5\n      ^\n"},
		{"independent errors in one run", "multi.py", "import os\n\ndef f(x)\n    return x + 1\n\ndef g(y):\n    return y +\n\nclass A:\n    def m(self):\n        z = [1, 2 3]\n        return z\n\nprint(f(1) g(2))\nx = 1_\nif x:\npass\ny = \"ok\"\n",
			"multi.py:3:9: error: expected ':'\n" +
				"def f(x)\n" +
				"        ^\n" +
				"multi.py:7:15: error: invalid syntax\n" +
				"    return y +\n" +
				"              ^\n" +
				"multi.py:11:17: error: invalid syntax. Perhaps you forgot a comma?\n" +
				"        z = [1, 2 3]\n" +
				"                ^\n" +
				"multi.py:14:7: error: invalid syntax. Perhaps you forgot a comma?\n" +
				"print(f(1) g(2))\n" +
				"      ^\n" +
				"multi.py:15:6: error: invalid decimal literal\n" +
				"x = 1_\n" +
				"     ^\n" +
				"multi.py:17:1: error: expected an indented block after 'if' statement on line 16\n" +
				"pass\n" +
				"^\n"},
		{"tab in caret line", "t.py", "if x:\n\ty = = 1\n",
			"t.py:2:6: error: invalid syntax\n\ty = = 1\n\t    ^\n"},
		{"null byte", "n.py", "x = 1\x00\n", "n.py:1:6: error: source code cannot contain null bytes\nx = 1\x00\n     ^\n"},
		{"not utf-8", "u.py", "x = 1\ny = '\xff'\n",
			"u.py:2:6: error: Non-UTF-8 code starting with '\\xff' in file u.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\ny = '\xff'\n     ^\n"},
		{"latin-1 source", "l.py", "# -*- coding: latin-1 -*-\nx = '\xe9'\n",
			"l.py:1:1: error: not supported yet: source encoding \"latin-1\" (save the file as UTF-8)\n# -*- coding: latin-1 -*-\n^\n"},
		// CPython 3.11 places errors inside f-string fields as if the field
		// were a file of its own (here 1:2); we point into the real line.
		{"error inside an f-string field", "f.py", "x = f'{1name}'\n",
			"f.py:1:8: error: invalid decimal literal\nx = f'{1name}'\n       ^\n"},
		{"deep nesting", "d.py", "x = " + strings.Repeat("(", 100000) + "\n",
			"d.py:1:205: error: too many nested parentheses\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := diag.NewSource(c.file, "", c.src)
			log := diag.NewLog(src)
			if _, ok := Parse(src, log); ok {
				t.Fatal("Parse accepted the input")
			}
			var b strings.Builder
			log.Print(&b)
			got := b.String()
			if c.name == "deep nesting" {
				got = got[:strings.IndexByte(got, '\n')+1]
			}
			if got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}
