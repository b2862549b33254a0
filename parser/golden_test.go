package parser

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/diag"
)

// goldenCase is one snippet with CPython's dump and node positions,
// recorded by testdata/gen_golden.py.
type goldenCase struct {
	Name string   `json:"name"`
	Src  string   `json:"src"`
	Dump []string `json:"dump"`
	Pos  []string `json:"pos"`
}

func loadGolden(t *testing.T) []goldenCase {
	t.Helper()
	b, err := os.ReadFile("testdata/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

func mustParse(t *testing.T, name, text string) (*ast.Module, *diag.Source) {
	t.Helper()
	src := diag.NewSource(name, "", text)
	log := diag.NewLog(src)
	m, ok := Parse(src, log)
	if !ok {
		var b strings.Builder
		log.Print(&b)
		t.Fatalf("Parse failed:\n%s", b.String())
	}
	return m, src
}

// TestGoldenShape compares our tree with CPython's, statement by statement.
func TestGoldenShape(t *testing.T) {
	for _, c := range loadGolden(t) {
		t.Run(c.Name, func(t *testing.T) {
			m, _ := mustParse(t, "x.py", c.Src)
			if len(m.Body) != len(c.Dump) {
				t.Fatalf("got %d statements, want %d", len(m.Body), len(c.Dump))
			}
			for i, s := range m.Body {
				if got := Dump(s); got != c.Dump[i] {
					t.Errorf("statement %d:\ngot  %s\nwant %s", i+1, got, c.Dump[i])
				}
			}
		})
	}
}

// TestGoldenPositions compares where every statement and expression starts
// with CPython's line and byte column.
func TestGoldenPositions(t *testing.T) {
	for _, c := range loadGolden(t) {
		t.Run(c.Name, func(t *testing.T) {
			m, src := mustParse(t, "x.py", c.Src)
			got := positions(m, src)
			if strings.Join(got, "\n") != strings.Join(c.Pos, "\n") {
				t.Errorf("positions differ:\n%s", diffLines(got, c.Pos))
			}
		})
	}
}

// positions lists "Type line:col" for every node, col in bytes as CPython's
// col_offset counts, sorted.
func positions(m *ast.Module, src *diag.Source) []string {
	var out []string
	add := func(name string, p ast.Pos) {
		line := src.Position(p).Line
		col := int(p) - int(src.Offset(line, 0))
		if line == 1 && strings.HasPrefix(src.Text, "\uFEFF") {
			col -= 3
		}
		out = append(out, fmt.Sprintf("%s %d:%d", name, line, col))
	}
	ast.InspectStmts(m.Body, func(n ast.Node) bool {
		add(strings.TrimPrefix(fmt.Sprintf("%T", n), "*ast."), n.Start())
		for _, h := range helpers(n) {
			add(h.name, h.p)
		}
		return true
	})
	sort.Strings(out)
	return out
}

type helperPos struct {
	name string
	p    ast.Pos
}

// helpers lists the positions of the helper nodes (parameters, keywords,
// aliases, except clauses) that n holds, which ast.Inspect does not visit.
func helpers(n ast.Node) []helperPos {
	var out []helperPos
	args := func(a *ast.Arguments) {
		if a != nil {
			for _, p := range a.All() {
				out = append(out, helperPos{"Arg", p.P})
			}
		}
	}
	kws := func(ks []*ast.Keyword) {
		for _, k := range ks {
			out = append(out, helperPos{"Keyword", k.P})
		}
	}
	aliases := func(as []*ast.Alias) {
		for _, a := range as {
			out = append(out, helperPos{"Alias", a.P})
		}
	}
	switch n := n.(type) {
	case *ast.FunctionDef:
		args(n.Args)
	case *ast.Lambda:
		args(n.Args)
	case *ast.Call:
		kws(n.Keywords)
	case *ast.ClassDef:
		kws(n.Keywords)
	case *ast.Import:
		aliases(n.Names)
	case *ast.ImportFrom:
		aliases(n.Names)
	case *ast.Try:
		for _, h := range n.Handlers {
			out = append(out, helperPos{"ExceptHandler", h.P})
		}
	}
	return out
}

// diffLines shows the lines only one side has.
func diffLines(got, want []string) string {
	count := map[string]int{}
	for _, g := range got {
		count[g]++
	}
	for _, w := range want {
		count[w]--
	}
	var b strings.Builder
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch n := count[k]; {
		case n > 0:
			fmt.Fprintf(&b, "  extra   %s (x%d)\n", k, n)
		case n < 0:
			fmt.Fprintf(&b, "  missing %s (x%d)\n", k, -n)
		}
	}
	return b.String()
}

// stdlibGolden records CPython's view of some of its own modules; see
// testdata/gen_golden.py.
type stdlibGolden struct {
	Lib   string `json:"lib"`
	Files []struct {
		Path string `json:"path"`
		Src  string `json:"src_sha256"`
		Dump string `json:"dump_sha256"`
		Pos  string `json:"pos_sha256"`
	} `json:"files"`
}

// TestStdlibModules parses CPython's concurrency modules, when the same
// versions are installed here, and compares with CPython's tree and
// positions by hash.
func TestStdlibModules(t *testing.T) {
	b, err := os.ReadFile("testdata/stdlib.json")
	if err != nil {
		t.Fatal(err)
	}
	var g stdlibGolden
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	for _, f := range g.Files {
		t.Run(f.Path, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(g.Lib, f.Path))
			if err != nil || hash(string(raw)) != f.Src {
				t.Skip("CPython 3.11's module is not installed here in the recorded version")
			}
			m, src := mustParse(t, filepath.Base(f.Path), string(raw))
			var dumps []string
			for _, s := range m.Body {
				dumps = append(dumps, Dump(s))
			}
			if hash(strings.Join(dumps, "\n")) != f.Dump {
				t.Error("tree differs from CPython's")
			}
			if hash(strings.Join(positions(m, src), "\n")) != f.Pos {
				t.Error("positions differ from CPython's")
			}
		})
	}
}

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// TestConcurrentParse checks that Parse can run on several files at once
// (the stages may parse modules in parallel): each result must equal the
// serial one. Run it with -race.
func TestConcurrentParse(t *testing.T) {
	cases := loadGolden(t)
	want := make([]string, len(cases))
	for i, c := range cases {
		m, _ := mustParse(t, "x.py", c.Src)
		want[i] = Dump(m)
	}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, c := range cases {
				src := diag.NewSource("x.py", "", c.Src)
				if m, ok := Parse(src, diag.NewLog(src)); !ok || Dump(m) != want[i] {
					t.Errorf("%s: concurrent result differs", c.Name)
				}
			}
		}()
	}
	wg.Wait()
}
