package gobuild

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/py2go/py2go"
)

func testFS(body string) fstest.MapFS {
	return fstest.MapFS{
		"runtime/doc.go":      {Data: []byte("package runtime\n")},
		"runtime/print.go":    {Data: []byte("package runtime\n\n" + body + "\n")},
		"runtime/doc_test.go": {Data: []byte("package runtime\n")},
	}
}

func TestRuntimeDirLayout(t *testing.T) {
	root := t.TempDir()
	dir, err := RuntimeDir(root, testFS("func Print(args ...any) {}"))
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(dir) != root {
		t.Errorf("runtime dir %s is not inside %s", dir, root)
	}
	want := map[string]string{
		"go.mod":           "module github.com/py2go/py2go\n\ngo 1.23\n",
		"runtime/doc.go":   "package runtime\n",
		"runtime/print.go": "package runtime\n\nfunc Print(args ...any) {}\n",
	}
	for name, content := range want {
		t.Run(name, func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != content {
				t.Errorf("got %q, want %q", got, content)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "runtime", "doc_test.go")); !os.IsNotExist(err) {
		t.Errorf("doc_test.go was copied (stat error %v); tests must be skipped", err)
	}
}

func TestRuntimeDirKeyedByContent(t *testing.T) {
	root := t.TempDir()
	a1, err := RuntimeDir(root, testFS("// a"))
	if err != nil {
		t.Fatal(err)
	}
	a2, err := RuntimeDir(root, testFS("// a"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := RuntimeDir(root, testFS("// b"))
	if err != nil {
		t.Fatal(err)
	}
	if a1 != a2 {
		t.Errorf("same sources, different dirs: %s and %s", a1, a2)
	}
	if a1 == b {
		t.Errorf("different sources share the dir %s", b)
	}
}

// TestRuntimeDirConcurrent checks that processes racing to publish the same
// runtime all get one complete directory and leave no temporary ones.
func TestRuntimeDirConcurrent(t *testing.T) {
	root := t.TempDir()
	fsys := testFS("// race")
	const n = 8
	dirs := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dirs[i], errs[i] = RuntimeDir(root, fsys)
		}()
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if dirs[i] != dirs[0] {
			t.Errorf("racers got %s and %s", dirs[0], dirs[i])
		}
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("cache root holds %v, want only the runtime dir", names)
	}
}

// TestRuntimeDirRealRuntime checks the copy of the runtime py2go ships:
// every source file, byte for byte, and none of its tests.
func TestRuntimeDirRealRuntime(t *testing.T) {
	dir, err := RuntimeDir(t.TempDir(), py2go.RuntimeFS)
	if err != nil {
		t.Fatal(err)
	}
	embedded, err := fs.Glob(py2go.RuntimeFS, "runtime/*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range embedded {
		t.Run(name, func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join(dir, name))
			if strings.HasSuffix(name, "_test.go") {
				if !os.IsNotExist(err) {
					t.Errorf("test file copied (stat error %v)", err)
				}
				return
			}
			want, _ := fs.ReadFile(py2go.RuntimeFS, name)
			if err != nil || string(got) != string(want) {
				t.Errorf("copy differs from the embedded file (read error %v)", err)
			}
		})
	}
}
