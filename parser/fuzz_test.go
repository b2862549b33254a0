package parser

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/diag"
)

// FuzzParse checks that no input makes Parse panic or hang, and that a
// failed parse always says why. The seed corpus is every test input.
func FuzzParse(f *testing.F) {
	for _, s := range seedInputs() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		src := diag.NewSource("f.py", "", text)
		log := diag.NewLog(src)
		m, ok := Parse(src, log)
		if !ok && !log.HasErrors() {
			t.Fatalf("Parse failed without a diagnostic on %q", text)
		}
		for _, d := range log.Diagnostics() {
			if strings.HasPrefix(d.Message, internalError) {
				t.Fatalf("%s on %q", d.Message, text)
			}
		}
		if ok {
			ast.InspectStmts(m.Body, func(n ast.Node) bool {
				if p := int(n.Start()); p < 0 || p > len(text) {
					t.Fatalf("position %d outside the text on %q", p, text)
				}
				return true
			})
		}
	})
}

// seedInputs gathers the inputs of the table and golden tests.
func seedInputs() []string {
	var out []string
	if b, err := os.ReadFile("testdata/golden.json"); err == nil {
		var cases []goldenCase
		if json.Unmarshal(b, &cases) == nil {
			for _, c := range cases {
				out = append(out, c.Src)
			}
		}
	}
	if b, err := os.ReadFile("testdata/errors.json"); err == nil {
		var cases []errorCase
		if json.Unmarshal(b, &cases) == nil {
			for _, c := range cases {
				out = append(out, c.Src)
			}
		}
	}
	return append(out, "f'{x=!r:>{w}}'", "async def f():\n    [x async for x in await g()]\n", "\uFEFFx = 1\r\n")
}

// BenchmarkParse parses about 2 MB of ordinary functions.
func BenchmarkParse(b *testing.B) {
	text := generated(2 << 20)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		src := diag.NewSource("big.py", "", text)
		if _, ok := Parse(src, diag.NewLog(src)); !ok {
			b.Fatal("parse failed")
		}
	}
}

// generated builds ordinary Python code of about size bytes.
func generated(size int) string {
	var sb strings.Builder
	for i := 0; sb.Len() < size; i++ {
		fmt.Fprintf(&sb, `def func_%d(a, b=1, *args, **kwargs):
    """Docstring %d."""
    total = 0  # running total
    for i in range(a):
        if i %% 3 == 0 and b:
            total += i * b
        elif i > 100:
            total -= len(str(i))
        else:
            print(f"value {i}: {total:>8}", end="")
    data = {"k": [1, 2, 3], "v": (a, b)}
    return total + sum(x * 2 for x in data["k"])


`, i, i)
	}
	return sb.String()
}

// TestLargeFileIsFast guards against anything worse than linear: a 2 MB
// file of ordinary code parses in about 0.7 s on an idle 2-core box
// (BenchmarkParse measures it); the bound is loose so a busy machine does
// not fail the test, while a quadratic step would take minutes.
func TestLargeFileIsFast(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	src := diag.NewSource("big.py", "", generated(2<<20))
	start := time.Now()
	if _, ok := Parse(src, diag.NewLog(src)); !ok {
		t.Fatal("parse failed")
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("2 MB took %v", d)
	}
}
