package emit_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/py2go/py2go/diag"
	"github.com/py2go/py2go/transpile"
)

// countedFuncs transpiles src and returns the Go functions (by the line
// that opens them) whose first statement counts a frame.
func countedFuncs(t *testing.T, src string) []string {
	t.Helper()
	out, log := transpile.File(diag.NewSource("t.py", "", src), transpile.Options{})
	if out == nil {
		var b strings.Builder
		log.Print(&b)
		t.Fatalf("refused:\n%s", b.String())
	}
	lines := strings.Split(string(out), "\n")
	open := regexp.MustCompile(`^\s*(func (\([^)]*\) )?(\w+)|(\w+) :?= func)`)
	var got []string
	for i, l := range lines {
		if !strings.Contains(l, "py.Enter") {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if m := open.FindStringSubmatch(lines[j]); m != nil {
				got = append(got, m[3]+m[4])
				break
			}
		}
	}
	return got
}

func TestCycles(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // counted functions, space-separated
	}{
		{"self recursion", "def f(n):\n    return 0 if n == 0 else f(n - 1)\n\nprint(f(3))\n", "f"},
		{"mutual recursion", "def a(n):\n    return n if n < 1 else b(n - 1)\n\ndef b(n):\n    return a(n)\n\nprint(a(4))\n", "a b"},
		{"no recursion", "def sq(x):\n    return x * x\n\ndef f(n):\n    return sq(n) + 1\n\nprint(f(3))\n", ""},
		{"through a function value", "def ap(g, x):\n    return g(x)\n\ndef f(n):\n    return 0 if n == 0 else ap(f, n - 1)\n\nprint(f(3))\n", "ap f"},
		{"a worker is not a cycle",
			"from concurrent.futures import ThreadPoolExecutor\n\ndef work(x):\n    print('got', x)\n    return x\n\nwith ThreadPoolExecutor() as ex:\n    print(list(ex.map(work, [1, 2])))\n", ""},
		{"a method calling itself", "class T:\n    def __init__(self, k):\n        self.k = None if k == 0 else T(k - 1)\n\n    def size(self):\n        return 1 if self.k is None else 1 + self.k.size()\n\nprint(T(3).size())\n", "newT Size"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(countedFuncs(t, tt.src), " "); got != tt.want {
				t.Errorf("counted %q, want %q", got, tt.want)
			}
		})
	}
}
