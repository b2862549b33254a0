package transpile

import (
	"bytes"
	"flag"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/py2go/py2go/diag"
)

var update = flag.Bool("update", false, "update golden files")

// goldenDirs hold Python programs with the Go py2go must produce for them
// beside each, as NAME.go.golden.
var goldenDirs = []string{"../testdata/seeds", "../testdata/golden"}

// TestGolden transpiles each program and compares the Go with its golden
// file (refresh with `go test ./transpile -update`). The output must also
// parse as Go and be gofmt's fixed point.
func TestGolden(t *testing.T) {
	for _, dir := range goldenDirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		for _, file := range files {
			golden := strings.TrimSuffix(file, ".py") + ".go.golden"
			if _, err := os.Stat(golden); err != nil && !*update {
				continue // not every program has a golden file
			}
			t.Run(filepath.Base(file), func(t *testing.T) { checkGolden(t, file, golden) })
		}
	}
}

func checkGolden(t *testing.T, file, golden string) {
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	src := diag.NewSource(filepath.Base(file), "", string(text))
	out, log := File(src, Options{})
	if out == nil {
		if _, err := os.Stat(golden); err != nil {
			return // a refused program has no golden file
		}
		var msgs bytes.Buffer
		log.Print(&msgs)
		t.Fatalf("refused:\n%s", msgs.String())
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "out.go", out, parser.ParseComments); err != nil {
		t.Fatalf("output does not parse: %v", err)
	}
	if again, err := format.Source(out); err != nil || !bytes.Equal(again, out) {
		t.Fatalf("output is not gofmt-clean")
	}
	if *update {
		if err := os.WriteFile(golden, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, want) {
		t.Errorf("output differs from %s (go test ./transpile -update refreshes it):\n%s", golden, lineDiff(string(want), string(out)))
	}
}

// lineDiff shows the first differing line of two texts.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) && i < len(g); i++ {
		if w[i] != g[i] {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w[i] + "\n  got:  " + g[i]
		}
	}
	return "lengths differ: want " + strconv.Itoa(len(w)) + " lines, got " + strconv.Itoa(len(g))
}
