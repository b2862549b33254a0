package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// raceAreas are the folders of concurrent programs that TestProgramsRace
// runs under the race detector: the generated Go of a Python program
// that uses threads, pools, greenlets or tasks must be free of data
// races, as CPython's GIL makes the Python one.
var raceAreas = []string{"threads", "futures", "multiprocessing", "gevent", "asyncio"}

// raceReserve is how much of the test binary's -timeout a race case
// leaves: on a loaded machine the e2e package can near go test's default
// 10 minutes, and skipping the last race cases beats a timeout panic that
// hides every other result.
const raceReserve = 2 * time.Minute

// TestProgramsRace builds the concurrency cases with -race and compares
// them with CPython as TestPrograms does; a data race makes a program
// print a report and exit 66, which fails its case. It is left out of
// -short runs, and when PY2GO_E2E_RACE=1 already makes TestPrograms build
// everything with -race.
func TestProgramsRace(t *testing.T) {
	switch {
	case testing.Short():
		t.Skip("race builds are slow; run without -short")
	case os.Getenv("PY2GO_E2E_RACE") == "1":
		t.Skip("PY2GO_E2E_RACE=1: TestPrograms runs every case with -race")
	case !raceSupported():
		t.Skip("the race detector needs cgo and a C compiler")
	}
	cache := t.TempDir()
	for _, area := range raceAreas {
		dir := filepath.Join("../testdata/e2e", area)
		manifest := readManifest(t, dir)
		files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		for _, file := range files {
			name := filepath.Base(file)
			sp := manifest[name]
			t.Run(area+"/"+strings.TrimSuffix(name, ".py"), func(t *testing.T) {
				t.Parallel()
				if sp.Skip != "" {
					t.Skip(sp.Skip)
				}
				if d, ok := t.Deadline(); ok && time.Until(d) < raceReserve {
					t.Skip("too close to the -timeout deadline for a race build; raise -timeout to run it")
				}
				runCase(t, cache, file, sp, true)
			})
		}
	}
}

// raceSupported reports whether `go build -race` can work here: it needs
// cgo, which needs a C compiler.
func raceSupported() bool {
	out, err := exec.Command("go", "env", "CGO_ENABLED", "CC").Output()
	if err != nil {
		return false
	}
	fields := strings.Fields(string(out))
	if len(fields) < 2 || fields[0] != "1" {
		return false
	}
	_, err = exec.LookPath(fields[1])
	return err == nil
}
