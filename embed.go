// Package py2go carries the sources of py2go's runtime package, so that
// `py2go run` and `py2go build` can build generated programs offline, with
// nothing but the Go toolchain, right after `go install`.
package py2go

import "embed"

// RuntimeFS holds runtime/*.go (tests included; the builder skips them).
//
//go:embed runtime/*.go
var RuntimeFS embed.FS

// ModulePath is the module the runtime package belongs to; generated code
// imports ModulePath + "/runtime".
const ModulePath = "github.com/py2go/py2go"
