package runtime

import (
	"errors"
	"os"
	"path/filepath"
	goruntime "runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"unicode/utf8"
)

// This file is the part of Python's sys and os modules that scripts use:
// argv, platform, stream writes, the environment and os.path's string
// functions with Python's (not Go's) rules for trailing slashes and
// absolute components.

// ScriptName is sys.argv[0]: the Python file the program was made from,
// as CPython shows the script's path. Generated code may set it.
var ScriptName = filepath.Base(os.Args[0]) + ".py"

// Argv is sys.argv: the script's name, then the program's arguments.
func Argv() []string {
	return append([]string{ScriptName}, os.Args[1:]...)
}

// Platform is sys.platform.
func Platform() string {
	switch goruntime.GOOS {
	case "windows":
		return "win32"
	case "linux", "darwin", "freebsd", "openbsd", "netbsd", "aix":
		return goruntime.GOOS
	}
	return goruntime.GOOS
}

// WriteStr is a text stream's write(s): it returns the number of
// characters written, as Python's does.
func (f *File) WriteStr(s string) int {
	f.WriteString(s)
	return utf8.RuneCountInString(s)
}

// environ is os.environ: the environment at start, as a dict the program
// may change (CPython's os.environ also calls putenv; here os.getenv reads
// this dict, so the program sees its own changes).
var environ struct {
	once sync.Once
	d    *Dict
}

// OSEnviron is os.environ.
func OSEnviron() *Dict {
	environ.once.Do(func() {
		environ.d = NewDict()
		for _, kv := range os.Environ() {
			k, v, _ := strings.Cut(kv, "=")
			environ.d.Set(k, v)
		}
	})
	return environ.d
}

// Getenv is os.getenv(key, default) and os.environ.get(key, default).
func Getenv(key string, def Object) Object {
	if v, ok := OSEnviron().Get(key); ok {
		return v
	}
	return def
}

// GetenvStr is os.getenv(key, default) with a str default.
func GetenvStr(key, def string) string {
	if v, ok := OSEnviron().Get(key); ok {
		return Str(v)
	}
	return def
}

// Getcwd is os.getcwd().
func Getcwd() string {
	d, err := os.Getwd()
	if err != nil {
		panic(oserror(err))
	}
	return d
}

// oserror turns a Go file system error into Python's exception:
// FileNotFoundError and friends where the runtime has them, OSError
// otherwise, with CPython's message "[Errno 2] No such file or directory:
// 'x'".
func oserror(err error) *Error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fileError(pe.Err, pe.Path)
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		// rename: CPython names both paths, 'a' -> 'b'.
		return errnoError(le.Err, le.Old, le.New)
	}
	return OSError.New(err.Error())
}

// Listdir is os.listdir(path): the names in the directory, sorted (the
// order CPython gives is the file system's, which scripts should not
// rely on).
func Listdir(path string) []string {
	entries, err := os.ReadDir(path)
	if err != nil {
		panic(oserror(err))
	}
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	sort.Strings(names)
	return names
}

// PathExists is os.path.exists.
func PathExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// PathIsfile is os.path.isfile.
func PathIsfile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

// PathIsdir is os.path.isdir.
func PathIsdir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// PathGetsize is os.path.getsize.
func PathGetsize(p string) int {
	fi, err := os.Stat(p)
	if err != nil {
		panic(oserror(err))
	}
	return int(fi.Size())
}

// PathJoin is os.path.join: an absolute component discards what came
// before it, and a separator is added only where one is missing.
func PathJoin(first string, rest ...string) string {
	out := first
	for _, p := range rest {
		switch {
		case strings.HasPrefix(p, "/"):
			out = p
		case out == "" || strings.HasSuffix(out, "/"):
			out += p
		default:
			out += "/" + p
		}
	}
	return out
}

// PathBasename is os.path.basename: everything after the last slash, so
// "a/b/" gives "" (Go's filepath.Base gives "b").
func PathBasename(p string) string { return p[strings.LastIndex(p, "/")+1:] }

// PathDirname is os.path.dirname: everything before the last slash, with
// trailing slashes removed unless it is all slashes.
func PathDirname(p string) string {
	head := p[:strings.LastIndex(p, "/")+1]
	if trimmed := strings.TrimRight(head, "/"); trimmed != "" {
		return trimmed
	}
	return head
}

// PathSplit is os.path.split: (dirname, basename).
func PathSplit(p string) Tuple { return Tuple{PathDirname(p), PathBasename(p)} }

// PathSplitext is os.path.splitext: the extension starts at the last dot
// of the last component, unless that component is all leading dots.
func PathSplitext(p string) Tuple {
	base := PathBasename(p)
	i := strings.LastIndex(base, ".")
	if i <= 0 || strings.Trim(base[:i], ".") == "" {
		return Tuple{p, ""}
	}
	cut := len(p) - len(base) + i
	return Tuple{p[:cut], p[cut:]}
}

// PathNormpath is os.path.normpath.
func PathNormpath(p string) string {
	if p == "" {
		return "."
	}
	c := filepath.Clean(p)
	if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
		c = "/" + c
	}
	return c
}

// PathAbspath is os.path.abspath.
func PathAbspath(p string) string {
	if !strings.HasPrefix(p, "/") {
		p = PathJoin(Getcwd(), p)
	}
	return PathNormpath(p)
}

var stdinFile = sync.OnceValue(func() *TextFile {
	return &TextFile{name: "<stdin>", mode: "r", f: os.Stdin, r: stdin.r}
})

// SysStdin is sys.stdin: a text file reading the same buffered standard
// input that input() reads.
func SysStdin() *TextFile { return stdinFile() }

// VersionInfo is sys.version_info: the Python version the program is
// written for, 3.11 (py2go follows CPython 3.11's semantics).
type VersionInfo struct{}

// versionTuple is (major, minor, micro, releaselevel, serial).
var versionTuple = Tuple{3, 11, 0, "final", 0}

// Major is sys.version_info.major.
func (VersionInfo) Major() int { return 3 }

// Minor is sys.version_info.minor.
func (VersionInfo) Minor() int { return 11 }

// PyGetItem is sys.version_info[i] and slices of it.
func (VersionInfo) PyGetItem(k Object) Object { return GetItem(versionTuple, k) }

// Len is len(sys.version_info).
func (VersionInfo) Len() int { return len(versionTuple) }

// PyCompare compares with a tuple as the version tuple does.
func (VersionInfo) PyCompare(other Object) (int, bool) {
	if t, ok := other.(Tuple); ok {
		return cmpSeq("<", versionTuple, t)
	}
	return 0, false
}

// PyRepr is repr(sys.version_info).
func (VersionInfo) PyRepr() string {
	return "sys.version_info(major=3, minor=11, micro=0, releaselevel='final', serial=0)"
}

// OSRemove is os.remove(path) and os.unlink(path): a file, never a
// directory (IsADirectoryError), as CPython's unlink.
func OSRemove(path string) {
	if err := syscall.Unlink(path); err != nil {
		panic(fileError(err, path))
	}
}

// Rmdir is os.rmdir(path): an empty directory.
func Rmdir(path string) {
	if err := syscall.Rmdir(path); err != nil {
		panic(fileError(err, path))
	}
}

// Mkdir is os.mkdir(path, mode).
func Mkdir(path string, mode int) {
	if err := os.Mkdir(path, os.FileMode(mode)); err != nil {
		panic(oserror(err))
	}
}

// Makedirs is os.makedirs(name, mode, exist_ok): the directory and the
// missing ones above it; an existing one raises FileExistsError unless
// existOK.
func Makedirs(name string, mode int, existOK bool) {
	if fi, err := os.Stat(name); err == nil {
		if !existOK || !fi.IsDir() {
			panic(fileError(os.ErrExist, name))
		}
		return
	}
	if err := os.MkdirAll(name, os.FileMode(mode)); err != nil {
		panic(oserror(err))
	}
}

// Rename is os.rename(src, dst) and os.replace(src, dst).
func Rename(src, dst string) {
	if err := os.Rename(src, dst); err != nil {
		panic(oserror(err))
	}
}

// Rmtree is shutil.rmtree(path): the directory and everything in it.
func Rmtree(path string) {
	if _, err := os.Lstat(path); err != nil {
		panic(oserror(err))
	}
	if err := os.RemoveAll(path); err != nil {
		panic(oserror(err))
	}
}

// Mkdtemp is tempfile.mkdtemp(suffix, prefix, dir): a new directory,
// readable only by its owner, whose absolute name it returns; dir ""
// is the system's temporary directory.
func Mkdtemp(suffix, prefix, dir string) string {
	if dir == "" {
		dir = os.TempDir()
	}
	d, err := os.MkdirTemp(dir, prefix+"*"+suffix)
	if err != nil {
		panic(oserror(err))
	}
	abs, _ := filepath.Abs(d)
	return abs
}

// Gettempdir is tempfile.gettempdir().
func Gettempdir() string { return os.TempDir() }
