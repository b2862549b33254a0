package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestBadInput feeds py2go inputs a user may hand it by mistake or on
// purpose, and checks the exact message and exit status of each: a Python
// syntax error gets CPython's wording with file:line:col and exit 1, a
// construct py2go refuses says why, a file with no statements (empty or
// only comments) is refused as almost surely the wrong file, and valid but
// odd files (a BOM, CRLF) transpile. No Go panic text may ever appear.
func TestBadInput(t *testing.T) {
	deepParens := "x = " + strings.Repeat("(", 100000) + strings.Repeat(")", 100000) + "\n"
	longSum := "x = " + strings.Repeat("1+", 99999) + "1\nprint(x)\n"
	longLine := "x = '" + strings.Repeat("a", 1<<20) + "'\nprint(len(x))\n"
	tests := []struct {
		name   string
		source string
		code   int
		stderr string // a regular expression for all of stderr; "" means empty
		limit  time.Duration
	}{
		{"empty file", "", 1, `^p\.py:1:1: error: empty file: there are no Python statements to translate\n$`, 0},
		{"only whitespace", "\n   \n\t\n", 1, `^p\.py:1:1: error: empty file: there are no Python statements to translate\n`, 0},
		{"only comments", "# a comment\n\n   # another\n", 1,
			`^p\.py:1:1: error: empty file: there are no Python statements to translate\n# a comment\n\^\n$`, 0},
		{"only a docstring", "\"\"\"Nothing yet.\"\"\"\n", 0, "", 0},
		{"BOM", "\ufeffprint(1)\n", 0, "", 0},
		{"CRLF", "if True:\r\n    print(1)\r\n", 0, "", 0},
		{"very long line", longLine, 0, "", 0},
		{"binary data", "\x7fELF\x02\x01\x01\xe3\x00\x00", 1,
			`^p\.py:1:8: error: Non-UTF-8 code starting with '\\xe3' in file \S*p\.py on line 1, but no encoding declared; see https://peps\.python\.org/pep-0263/ for details\n`, 0},
		{"NUL byte", "x = 1\x00\n", 1, `^p\.py:1:6: error: source code cannot contain null bytes\n`, 0},
		{"NUL before bad UTF-8", "x = \x00 '\xff'\n", 1, `^p\.py:1:5: error: source code cannot contain null bytes\n`, 0},
		{"invalid UTF-8", "x = 1\ny = '\xff'\n", 1,
			`^p\.py:2:6: error: Non-UTF-8 code starting with '\\xff' in file \S*p\.py on line 2, but no encoding declared; see https://peps\.python\.org/pep-0263/ for details\n`, 0},
		{"mixed tabs and spaces", "if True:\n\tx = 1\n        y = 2\n", 1,
			"^p\\.py:3:1: error: inconsistent use of tabs and spaces in indentation\n        y = 2\n\\^\n$", 0},
		{"unterminated string", "x = 'abc\n", 1,
			"^p\\.py:1:5: error: unterminated string literal \\(detected at line 1\\)\nx = 'abc\n    \\^\n$", 0},
		{"unterminated triple-quoted string", "x = \"\"\"abc\n\nprint(x)\n", 1,
			"^p\\.py:1:5: error: unterminated triple-quoted string literal \\(detected at line 3\\)\n", 0},
		{"bracket never closed", "x = (1, 2\n", 1,
			"^p\\.py:1:5: error: '\\(' was never closed\nx = \\(1, 2\n    \\^\n$", 0},
		{"bracket closed wrongly", "x = (1, 2]\n", 1,
			"^p\\.py:1:10: error: closing parenthesis '\\]' does not match opening parenthesis '\\('\n", 0},
		{"unmatched closing bracket", "x = (1,\n2)]\n", 1, "^p\\.py:2:3: error: unmatched '\\]'\n", 0},
		{"100,000 nested parentheses", deepParens, 1, `^p\.py:1:205: error: too many nested parentheses\n`, 15 * time.Second},
		{"100,000-term expression", longSum, 1,
			`^p\.py:1:5: error: maximum recursion depth exceeded during compilation \(statements and expressions nest deeper than CPython's limit of 3000\)\n`, 15 * time.Second},
		{"assignment to a literal", "1 = x\n", 1,
			"^p\\.py:1:1: error: cannot assign to literal here\\. Maybe you meant '==' instead of '='\\?\n", 0},
		{"walrus to an attribute", "(a.b := 1)\n", 1, "^p\\.py:1:2: error: cannot use assignment expressions with attribute\n", 0},
		{"walrus to a literal", "(1 := 2)\n", 1, "^p\\.py:1:2: error: cannot use assignment expressions with literal\n", 0},
		{"eval", "print(eval('1'))\n", 1,
			`^p\.py:1:7: error: not supported: eval\(\) runs code built at run time, which a compiled Go program cannot do\n`, 0},
		{"exec", "exec('x = 1')\n", 1,
			`^p\.py:1:1: error: not supported: exec\(\) runs code built at run time, which a compiled Go program cannot do\n`, 0},
		{"compile", "c = compile('1', 'f', 'eval')\n", 1,
			`^p\.py:1:5: error: not supported: compile\(\) builds code at run time, which a compiled Go program cannot do\n`, 0},
		{"globals", "print(globals())\n", 1,
			`^p\.py:1:7: error: not supported: globals\(\) exposes the module's namespace as a dict, which a compiled Go program cannot do\n`, 0},
		{"__import__", "m = __import__('os')\n", 1,
			`^p\.py:1:5: error: not supported: __import__\(\) imports modules chosen at run time, which a compiled Go program cannot do\n`, 0},
		{"star import", "from os import *\n", 1, `^p\.py:1:16: error: not supported: 'from os import \*' \(name the imported names\)\n`, 0},
		{"unknown module", "import frobnicate\nfrobnicate.go()\n", 1,
			`^p\.py:1:8: error: unknown module 'frobnicate': py2go has no translation for it\n`, 0},
		// Found by FuzzTranspile: an instance method looked up on the
		// library class crashed the emitter.
		{"library method on the class", "from gevent.pool import Pool\n\n\ndef f(x):\n    return x\n\n\nprint(Pool.map(f, [1]))\n", 1,
			`^p\.py:8:7: error: not supported yet: a method called on the library class instead of an object\n`, 0},
		// Found by FuzzTranspile: a class named like an import crashed the
		// emitter.
		{"class named like an import", "import os\nclass os:\n    pass\n", 1,
			`^p\.py:2:1: error: not supported yet: class 'os' with the name of an import\n`, 0},
		// Found by FuzzTranspile: a method without self crashed the emitter.
		{"method without self", "class A:\n    def __init__():\n        pass\n", 1,
			`^p\.py:2:5: error: not supported yet: a method without a self parameter\n`, 0},
		// Found by FuzzTranspile: a class chain that loops hung inference.
		{"class derived from itself", "class A(A):\n    pass\n", 1,
			`^p\.py:1:9: error: not supported yet: base class 'A' that is not defined before the class\n`, 5 * time.Second},
		{"classes derived from each other", "class A(B):\n    pass\n\n\nclass B(A):\n    pass\n", 1,
			`^p\.py:1:9: error: not supported yet: base class 'B' that is not defined before the class\n`, 5 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"p.py": tt.source})
			start := time.Now()
			r := runPy2go(t, invocation{mode: "real", dir: dir, args: []string{"-o", "p.go", "p.py"}})
			if took := time.Since(start); tt.limit > 0 && took > tt.limit {
				t.Errorf("took %v, want under %v", took, tt.limit)
			}
			r.check(t, tt.code, "", tt.stderr)
			noPanicText(t, r.stderr)
			want := []string{"p.py"}
			if tt.code == 0 {
				want = append(want, "p.go")
			}
			if got := dirNames(t, dir); !sameNames(got, want) {
				t.Errorf("directory holds %v, want %v", got, want)
			}
		})
	}
}

// noPanicText fails when Go's panic or runtime crash text reached the user.
func noPanicText(t *testing.T, stderr string) {
	t.Helper()
	if regexp.MustCompile(`goroutine \d+ \[|panic: |fatal error: |runtime error`).MatchString(stderr) {
		t.Errorf("Go crash text reached the user:\n%s", stderr)
	}
}

// TestBadOutput checks that -o into a place py2go cannot write says so
// clearly, exits 1 and leaves nothing behind.
func TestBadOutput(t *testing.T) {
	tests := []struct {
		name, output, stderr string
	}{
		{"missing directory", "no/such/p.go", `^py2go: cannot write no/such/p\.go: directory no/such does not exist\n$`},
		{"file as directory", "p.py/p.go", `^py2go: cannot write p\.py/p\.go: p\.py is not a directory\n$`},
		{"unwritable path", "/sys/py2go-test.go", `^py2go: cannot write /sys/py2go-test\.go: permission denied\n$`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"p.py": "print(1)\n"})
			r := runPy2go(t, invocation{mode: "real", dir: dir, args: []string{"-o", tt.output, "p.py"}})
			r.check(t, 1, "", tt.stderr)
			if got := dirNames(t, dir); !sameNames(got, []string{"p.py"}) {
				t.Errorf("directory holds %v, want only p.py", got)
			}
		})
	}
}

// TestEmptyProgramRefused checks that run and build refuse an empty
// program, or one of only comments, with the message and exit status 1,
// and build nothing.
func TestEmptyProgramRefused(t *testing.T) {
	requireGo(t)
	for name, src := range map[string]string{"empty": "", "comments": "# nothing\n"} {
		for _, mode := range []string{"run", "build"} {
			t.Run(name+"/"+mode, func(t *testing.T) {
				dir := writeFiles(t, map[string]string{"p.py": src})
				r := runPy2go(t, invocation{mode: "real", dir: dir, args: []string{mode, "p.py"}})
				r.check(t, 1, "", `^p\.py:1:1: error: empty file: there are no Python statements to translate\n`)
				if _, err := os.Stat(filepath.Join(dir, "p")); err == nil {
					t.Errorf("%s left a binary behind", mode)
				}
			})
		}
	}
}

// TestBigFile transpiles a 2 MB file of ordinary functions, which must
// take well under 10 seconds.
func TestBigFile(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	var b strings.Builder
	for i := 0; b.Len() < 2<<20; i++ {
		b.WriteString(strings.ReplaceAll(bigFunc, "N", strconv.Itoa(i)))
	}
	b.WriteString("print(func_0(10, 2))\n")
	dir := writeFiles(t, map[string]string{"big.py": b.String()})
	// CPU time, not wall time: a loaded test machine stretches the latter.
	cmd, _ := invocation{mode: "real", dir: dir, args: []string{"-o", "big.go", "big.py"}}.command(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("py2go failed: %v\n%s", err, out)
	}
	took := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	t.Logf("2 MB transpiled in %v of CPU time", took)
	if took > 10*time.Second {
		t.Errorf("2 MB took %v of CPU time to transpile, want well under 10s", took)
	}
	if fi, err := os.Stat(filepath.Join(dir, "big.go")); err != nil || fi.Size() == 0 {
		t.Errorf("big.go not written: %v", err)
	}
}

const bigFunc = `def func_N(a, b):
    """Add and scale."""
    total = 0
    for k in range(a):
        if k % 3 == 0:
            total += k * b
        else:
            total -= 1
    return total + len("name_N")


`
