// Package e2e holds the end-to-end tests: every Python program under
// testdata/ is transpiled, built and run, and what it prints is compared
// with what CPython printed for it (recorded once by testdata/record, so
// the tests need no Python).
package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	goruntime "runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/py2go/py2go/diag"
	"github.com/py2go/py2go/gobuild"
	"github.com/py2go/py2go/transpile"
)

// Setting PY2GO_E2E_RACE=1 builds every program with the race detector; a
// data race then makes the program print a report and exit 66, which fails
// the case.

// caseDirs are the folders of programs compared with CPython: the seeds,
// and one folder per area under testdata/e2e (each with its own
// manifest.json, so areas grow without touching each other's files).
func caseDirs() []string {
	dirs, _ := filepath.Glob("../testdata/e2e/*")
	var out []string
	for _, d := range dirs {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			out = append(out, d)
		}
	}
	return append([]string{"../testdata/seeds"}, out...)
}

// spec is a case's entry in its folder's manifest.json, in the format of
// the shared conformance suite's manifest.
type spec struct {
	Compare        string      `json:"compare"`
	Subs           [][2]string `json:"subs"`
	TranspileError []string    `json:"transpile_error"`
	StderrMatch    string      `json:"stderr_match"`
	Timeout        int         `json:"timeout"`
	Skip           string      `json:"skip"`
	// Traceback compares the whole of stderr, tracebacks included, as
	// tracebackText normalizes it, not only its last line.
	Traceback bool `json:"traceback"`
}

// buildSlots limits concurrent `go build`s to the CPUs: building is CPU
// bound, while many programs mostly sleep or wait, so tests run more
// programs at once than they build (see TestMain).
var buildSlots = make(chan struct{}, goruntime.NumCPU())

// TestMain raises the default -parallel to four tests per CPU, unless the
// command line sets it, so that programs waiting on timeouts overlap.
func TestMain(m *testing.M) {
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.parallel" })
	if !set {
		flag.Set("test.parallel", strconv.Itoa(4*goruntime.GOMAXPROCS(0)))
	}
	os.Exit(m.Run())
}

// caseReserve is how much of the test binary's -timeout a case leaves (a
// build and a run take well under it): on a machine much slower than CI's
// the last cases are skipped, each saying so, rather than ending the whole
// package in a timeout panic that hides every other result.
const caseReserve = 45 * time.Second

func TestPrograms(t *testing.T) {
	cache := t.TempDir()
	for _, dir := range caseDirs() {
		manifest := readManifest(t, dir)
		files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		for _, file := range files {
			name := filepath.Base(file)
			sp := manifest[name]
			t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
				t.Parallel()
				if sp.Skip != "" {
					t.Skip(sp.Skip)
				}
				if d, ok := t.Deadline(); ok && time.Until(d) < caseReserve {
					t.Skip("too close to the -timeout deadline; raise -timeout to run it")
				}
				runCase(t, cache, file, sp, os.Getenv("PY2GO_E2E_RACE") == "1")
			})
		}
	}
}

func readManifest(t *testing.T, dir string) map[string]spec {
	out := map[string]spec{}
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if errors.Is(err, os.ErrNotExist) {
		return out
	}
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatalf("%s/manifest.json: %v", dir, err)
	}
	for k, v := range raw {
		if strings.HasSuffix(k, ".py") {
			var s spec
			if err := json.Unmarshal(v, &s); err != nil {
				t.Fatalf("%s/manifest.json %s: %v", dir, k, err)
			}
			out[k] = s
		}
	}
	return out
}

func runCase(t *testing.T, cache, file string, sp spec, race bool) {
	abs, _ := filepath.Abs(file)
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	src := diag.NewSource(filepath.Base(file), abs, string(text))
	goSrc, log := transpile.File(src, transpile.Options{LineDirectives: true})
	var msgs bytes.Buffer
	log.Print(&msgs)
	if sp.TranspileError != nil {
		if goSrc != nil {
			t.Fatalf("py2go accepted a program it must refuse")
		}
		for _, frag := range sp.TranspileError {
			if !strings.Contains(msgs.String(), frag) {
				t.Errorf("diagnostics lack %q; they say:\n%s", frag, msgs.String())
			}
		}
		return
	}
	if goSrc == nil {
		t.Fatalf("py2go refused the program:\n%s", msgs.String())
	}
	bin := filepath.Join(t.TempDir(), "prog")
	if err := build(cache, goSrc, bin, race); err != nil {
		t.Fatalf("build: %v", err)
	}
	base := strings.TrimSuffix(file, ".py")
	stdout, stderr, rc := runLocked(t, bin, filepath.Dir(abs), sp, quiet.RLocker())
	first := compare(t, base, stdout, stderr, rc, sp)
	if len(first) == 0 {
		return
	}
	// Programs that sleep and race threads can miss CPython's order when
	// dozens of builds and programs share two CPUs. A program that differs
	// runs once more with nothing else building or running; that run
	// decides, so a real difference (which repeats) still fails.
	stdout, stderr, rc = runLocked(t, bin, filepath.Dir(abs), sp, &quiet)
	for _, p := range compare(t, base, stdout, stderr, rc, sp) {
		t.Error(p)
	}
	if !t.Failed() {
		t.Logf("passed when run alone; with the machine busy: %s", strings.Join(first, "; "))
	}
}

// quiet lets a rerun have the machine to itself: builds and runs hold it
// for reading, a rerun for writing.
var quiet sync.RWMutex

// runLocked runs the program holding l (released even when run fails the
// test).
func runLocked(t *testing.T, bin, dir string, sp spec, l sync.Locker) (string, string, int) {
	l.Lock()
	defer l.Unlock()
	return run(t, bin, dir, sp)
}

// build compiles a program; race builds, much slower, queue for the CPUs
// rather than thrash them.
func build(cache string, goSrc []byte, bin string, race bool) error {
	quiet.RLock()
	defer quiet.RUnlock()
	if race {
		buildSlots <- struct{}{}
		defer func() { <-buildSlots }()
	}
	return gobuild.BuildOpts(context.Background(), cache, goSrc, bin, gobuild.Options{Race: race, NoDWARF: true})
}

func run(t *testing.T, bin, dir string, sp spec) (string, string, int) {
	timeout := 60 * time.Second
	if sp.Timeout > 0 {
		timeout = time.Duration(sp.Timeout) * time.Second
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("no answer in %v; stderr: %s", timeout, tail(errb.String(), 400))
	}
	rc := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		rc = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), rc
}

// compare checks a run against CPython's recorded results and returns
// what differs.
func compare(t *testing.T, base, stdout, stderr string, rc int, sp spec) []string {
	var problems []string
	wantOut := readFile(t, base+".out")
	wantErr := readFile(t, base+".err")
	wantRC, err := strconv.Atoi(strings.TrimSpace(readFile(t, base+".rc")))
	if err != nil {
		t.Fatalf("%s.rc: %v", base, err)
	}
	if rc != wantRC {
		problems = append(problems, fmt.Sprintf("exit code %d, want %d; stderr:\n%s", rc, wantRC, tail(stderr, 800)))
	}
	want, got := normalise(wantOut, sp), normalise(stdout, sp)
	if strings.Join(want, "\n") != strings.Join(got, "\n") {
		problems = append(problems, fmt.Sprintf("stdout differs: %s", firstDiff(want, got)))
	}
	switch {
	case sp.StderrMatch != "":
		if !regexp.MustCompile(sp.StderrMatch).MatchString(lastLine(stderr)) {
			problems = append(problems, fmt.Sprintf("stderr ends %q, want a match of %q", lastLine(stderr), sp.StderrMatch))
		}
	case strings.TrimSpace(wantErr) != "" && lastLine(wantErr) != lastLine(stderr):
		problems = append(problems, fmt.Sprintf("stderr ends %q, want %q; stderr:\n%s", lastLine(stderr), lastLine(wantErr), tail(stderr, 800)))
	}
	if sp.Traceback {
		prog := filepath.Base(base) + ".py"
		want, got := tracebackText(wantErr, prog), tracebackText(stderr, prog)
		if want != got {
			problems = append(problems, fmt.Sprintf("stderr differs:\n%s\nwant:\n%s", got, want))
		}
	}
	return problems
}

var (
	caretLine = regexp.MustCompile(`^\s*[~^]+\s*$`)
	fileLine  = regexp.MustCompile(`^(\s*File ")([^"]*)(", line \d+, in .*)$`)
	address   = regexp.MustCompile(`0x[0-9a-f]+`)
	isoStamp  = regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ`)
)

// tracebackText is stderr as a traceback comparison sees it: the frames
// of the program (file names without their directory) with their source
// lines, without CPython's caret lines, the frames of its standard
// library and of gevent, which a Go program does not have, and with
// addresses and time stamps blanked.
func tracebackText(stderr, prog string) string {
	var out []string
	skipSource := false
	for _, line := range strings.Split(strings.TrimRight(stderr, "\n"), "\n") {
		m := fileLine.FindStringSubmatch(line)
		switch {
		case caretLine.MatchString(line):
			continue
		case m != nil && filepath.Base(m[2]) != prog:
			skipSource = true
			continue
		case m != nil:
			line = m[1] + prog + m[3]
		case skipSource && strings.HasPrefix(line, "    "):
			skipSource = false
			continue
		}
		skipSource = false
		out = append(out, isoStamp.ReplaceAllString(address.ReplaceAllString(line, "0x"), "T"))
	}
	return strings.Join(out, "\n")
}

func readFile(t *testing.T, path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (record CPython's result with testdata/record)", err)
	}
	return string(data)
}

var stamp = regexp.MustCompile(`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?`)

// normalise makes outputs comparable as the conformance runner does:
// date-time stamps become their offset from the first stamp rounded to
// half a second, the manifest's substitutions apply per line, and sorted
// cases compare lines as a multiset.
func normalise(text string, sp spec) []string {
	var first time.Time
	text = stamp.ReplaceAllStringFunc(text, func(s string) string {
		layout := "2006-01-02 15:04:05"
		if strings.Contains(s, ".") {
			layout += ".999999"
		}
		ts, err := time.Parse(layout, s)
		if err != nil {
			return s
		}
		if first.IsZero() {
			first = ts
		}
		secs := ts.Sub(first).Seconds()
		return fmt.Sprintf("T+%.1f", float64(int(secs*2+0.5))/2)
	})
	lines := strings.Split(text, "\n")
	for _, sub := range sp.Subs {
		rx := regexp.MustCompile(sub[0])
		for i, l := range lines {
			lines[i] = rx.ReplaceAllString(l, pyRepl(sub[1]))
		}
	}
	if sp.Compare == "sorted" {
		sort.Strings(lines)
	}
	return lines
}

// pyRepl turns a Python re.sub replacement (\1) into Go's ($1).
func pyRepl(s string) string {
	return regexp.MustCompile(`\\(\d)`).ReplaceAllString(s, "$${$1}")
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return strings.TrimSpace(lines[i])
		}
	}
	return ""
}

func firstDiff(want, got []string) string {
	for i := 0; i < len(want) && i < len(got); i++ {
		if want[i] != got[i] {
			return fmt.Sprintf("line %d: want %q, got %q", i+1, tail(want[i], 120), tail(got[i], 120))
		}
	}
	return fmt.Sprintf("want %d lines, got %d", len(want), len(got))
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "..." + s[len(s)-n:]
}

// TestVet runs `go vet` on the Go py2go writes for the seeds and the golden
// programs, which show every kind of construct the emitter produces.
func TestVet(t *testing.T) {
	cache := t.TempDir()
	var files []string
	for _, dir := range []string{"../testdata/seeds", "../testdata/golden"} {
		found, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		files = append(files, found...)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			for _, lines := range []bool{false, true} {
				goSrc, _ := transpile.File(diag.NewSource(filepath.Base(file), "/abs/"+filepath.Base(file), string(text)),
					transpile.Options{LineDirectives: lines})
				if goSrc == nil {
					return // refused programs are checked by TestPrograms
				}
				buildSlots <- struct{}{}
				err := gobuild.Vet(context.Background(), cache, goSrc)
				<-buildSlots
				if err != nil {
					t.Errorf("line directives %v: %v", lines, err)
				}
			}
		})
	}
}
