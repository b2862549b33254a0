package transpile

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"github.com/py2go/py2go/diag"
)

// FuzzTranspile feeds arbitrary source to the whole pipeline: it must never
// panic, and whatever it accepts must be Go that parses. The seed corpus is
// every Python program under testdata, so `go test` runs them all as
// ordinary cases; `go test -fuzz FuzzTranspile ./transpile` explores.
func FuzzTranspile(f *testing.F) {
	files, _ := filepath.Glob("../testdata/*/*.py")
	more, _ := filepath.Glob("../testdata/e2e/*/*.py")
	for _, file := range append(files, more...) {
		if text, err := os.ReadFile(file); err == nil {
			f.Add(string(text))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		out, _ := File(diag.NewSource("fuzz.py", "", text), Options{})
		if out == nil {
			return
		}
		if _, err := parser.ParseFile(token.NewFileSet(), "out.go", out, 0); err != nil {
			t.Fatalf("accepted input gave Go that does not parse: %v\n%s", err, out)
		}
	})
}
