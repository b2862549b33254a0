// Package transpile runs py2go's stages on one Python file:
// parser.Parse, infer.Program, emit.File. It is the single entry point the
// CLI and the tests use.
package transpile

import (
	"github.com/py2go/py2go/diag"
	"github.com/py2go/py2go/emit"
	"github.com/py2go/py2go/infer"
	"github.com/py2go/py2go/parser"
)

// Options tune the generated Go.
type Options struct {
	// LineDirectives puts //line comments into the output so that Go's
	// stack maps to the Python file and lines; py2go run and build turn it
	// on, so tracebacks name the Python source.
	LineDirectives bool
}

// File transpiles src. It returns the Go source, or nil when the log holds
// errors. The log also carries warnings when the Go is returned.
func File(src *diag.Source, opts Options) ([]byte, *diag.Log) {
	log := diag.NewLog(src)
	mod, ok := parser.Parse(src, log)
	if !ok || log.HasErrors() {
		return nil, log
	}
	if len(mod.Body) == 0 {
		// Valid Python, but almost surely the wrong file: there is
		// nothing to translate, and an empty Go program helps nobody.
		log.Errorf(0, "empty file: there are no Python statements to translate")
		return nil, log
	}
	info := infer.Program(mod, log)
	if log.HasErrors() {
		return nil, log
	}
	out := emit.File(mod, info, src, emit.Options{LineDirectives: opts.LineDirectives})
	if log.HasErrors() {
		return nil, log
	}
	return out, log
}
