package gobuild

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/py2go/py2go"
)

// runtimeGoMod makes the cached runtime sources a module of their own, so a
// generated program can reach them with a replace directive and no network.
const runtimeGoMod = "module " + py2go.ModulePath + "\n\ngo 1.23\n"

// runtimeFiles lists the embedded runtime sources the builder needs: the
// package's .go files without its tests, sorted so the hash is stable.
func runtimeFiles(fsys fs.FS) ([]string, error) {
	names, err := fs.Glob(fsys, "runtime/*.go")
	if err != nil {
		return nil, err
	}
	var files []string
	for _, name := range names {
		if !strings.HasSuffix(name, "_test.go") {
			files = append(files, name)
		}
	}
	sort.Strings(files)
	return files, nil
}

// runtimeHash names one version of the runtime: py2go's version plus every
// file's name and content, so an edited runtime in a development build gets
// a directory of its own instead of reusing a stale one.
func runtimeHash(fsys fs.FS, files []string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "py2go %s\n%s", py2go.Version, runtimeGoMod)
	for _, name := range files {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s %d\n", name, len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// DefaultCacheRoot is where the runtime sources are written:
// os.UserCacheDir()/py2go, or the temporary directory on a machine without
// a home directory (a bare CI container).
func DefaultCacheRoot() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "py2go")
}

// RuntimeDir returns root/runtime-<hash>, a module holding the runtime
// sources of fsys, and writes it first if it is missing. The directory is
// filled under a temporary name and renamed into place, so a reader never
// sees half of it; when another py2go process wins that race, its copy is
// used. A complete directory is never rewritten, which keeps its path and
// file times stable and so lets Go's build cache reuse the compiled runtime.
func RuntimeDir(root string, fsys fs.FS) (string, error) {
	files, err := runtimeFiles(fsys)
	if err != nil {
		return "", err
	}
	sum, err := runtimeHash(fsys, files)
	if err != nil {
		return "", err
	}
	dir := filepath.Join(root, "runtime-"+sum)
	if complete(dir) {
		return dir, nil
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", fmt.Errorf("runtime cache: %w", err)
	}
	return dir, publishRuntime(dir, fsys, files)
}

// publishRuntime writes the module into a temporary sibling of dir and
// renames it to dir.
func publishRuntime(dir string, fsys fs.FS, files []string) error {
	tmp, err := os.MkdirTemp(filepath.Dir(dir), ".tmp-runtime-")
	if err != nil {
		return fmt.Errorf("runtime cache: %w", err)
	}
	defer os.RemoveAll(tmp) // a no-op after a successful rename
	if err := copyRuntime(tmp, fsys, files); err != nil {
		return fmt.Errorf("runtime cache: %w", err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("runtime cache: %w", err)
	}
	err = os.Rename(tmp, dir)
	if err != nil && complete(dir) {
		return nil // another process published the same runtime first
	}
	if err != nil {
		return fmt.Errorf("runtime cache: %w", err)
	}
	return nil
}

// complete reports whether dir holds a published runtime module; go.mod is
// written last, so its presence means the rest is there.
func complete(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "go.mod"))
	return err == nil
}

// copyRuntime writes runtime/*.go and then go.mod into dir.
func copyRuntime(dir string, fsys fs.FS, files []string) error {
	if err := os.Mkdir(filepath.Join(dir, "runtime"), 0o755); err != nil {
		return err
	}
	for _, name := range files {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, "runtime", path.Base(name))
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dir, "go.mod"), []byte(runtimeGoMod), 0o644)
}
