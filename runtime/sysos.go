package runtime

import (
	"os"
	"path/filepath"
	goruntime "runtime"
	"sort"
	"strings"
	"sync"
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
	msg := err.Error()
	if pe, ok := err.(*os.PathError); ok {
		text := pe.Err.Error()
		if len(text) > 0 {
			text = strings.ToUpper(text[:1]) + text[1:]
		}
		errno := 0
		if os.IsNotExist(err) {
			errno = 2
		} else if os.IsPermission(err) {
			errno = 13
		}
		msg = "[Errno " + Str(errno) + "] " + text + ": " + Repr(pe.Path)
	}
	return OSError.New(msg)
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
