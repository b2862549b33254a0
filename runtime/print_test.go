package runtime

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
)

// lockedBuffer lets the test read what a File wrote while the race
// detector watches the File itself.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestPrintFormats(t *testing.T) {
	tests := []struct {
		name string
		opts PrintOptions
		args []any
		want string
	}{
		{"defaults", defaultPrint, []any{1, "a", nil, true, 2.0}, "1 a None True 2.0\n"},
		{"sep and end", PrintOptions{Sep: "|", End: "<END>\n"}, []any{1, "a", nil, true}, "1|a|None|True<END>\n"},
		{"empty sep", PrintOptions{Sep: "", End: "\n"}, []any{1, 2, 3}, "123\n"},
		{"no args", defaultPrint, nil, "\n"},
		{"containers", defaultPrint, []any{[]any{"it's", 1.5}, Tuple{1}}, "[\"it's\", 1.5] (1,)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out lockedBuffer
			f := newFile(&out, true, false)
			tt.opts.File = f
			PrintOpts(tt.opts, tt.args...)
			if out.String() != "" {
				t.Errorf("block-buffered stream wrote before a flush: %q", out.String())
			}
			f.Flush()
			if got := out.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPrintBuffering(t *testing.T) {
	tests := []struct {
		name           string
		buffered, line bool
		flush          bool
		want           string
	}{
		{"block buffered", true, false, false, ""},
		{"block buffered with flush=True", true, false, true, "x\n"},
		{"line buffered", true, true, false, "x\n"},
		{"unbuffered", false, false, false, "x\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out lockedBuffer
			f := newFile(&out, tt.buffered, tt.line)
			PrintOpts(PrintOptions{Sep: " ", End: "\n", File: f, Flush: tt.flush}, "x")
			if got := out.String(); got != tt.want {
				t.Errorf("before Flush got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPrintAtomic prints from many goroutines at once and checks that no
// line is torn or lost (run it with -race).
func TestPrintAtomic(t *testing.T) {
	const goroutines, lines = 100, 1000
	var out lockedBuffer
	f := newFile(&out, true, false)
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < lines; i++ {
				PrintOpts(PrintOptions{Sep: " ", End: "\n", File: f}, "goroutine", g, "line", i)
			}
		}()
	}
	wg.Wait()
	f.Flush()
	counts := map[string]int{}
	for _, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		counts[l]++
	}
	for g := 0; g < goroutines; g++ {
		for i := 0; i < lines; i++ {
			if l := fmt.Sprintf("goroutine %d line %d", g, i); counts[l] != 1 {
				t.Fatalf("line %q printed %d times", l, counts[l])
			}
		}
	}
	if len(counts) != goroutines*lines {
		t.Errorf("%d distinct lines, want %d", len(counts), goroutines*lines)
	}
}

func TestIsTerminal(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	if isTerminal(null) {
		t.Error("the null device counted as a terminal")
	}
	file, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	if isTerminal(file) {
		t.Error("a regular file counted as a terminal")
	}
}

func TestWritesAfterExitAreDropped(t *testing.T) {
	var out lockedBuffer
	f := newFile(&out, true, false)
	f.WriteString("kept\n")
	f.closeForExit()
	f.WriteString("dropped\n")
	PrintOpts(PrintOptions{Sep: " ", End: "\n", File: f, Flush: true}, "dropped")
	if got := out.String(); got != "kept\n" {
		t.Errorf("got %q", got)
	}
}

// BenchmarkPrint prints short lines from parallel goroutines into a
// block-buffered stream, the case of a pool of workers reporting progress.
func BenchmarkPrint(b *testing.B) {
	f := newFile(io.Discard, true, false)
	opts := PrintOptions{Sep: " ", End: "\n", File: f}
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			PrintOpts(opts, "worker", i, "done", 0.5)
			i++
		}
	})
}
