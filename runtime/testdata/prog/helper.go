package main

import py "github.com/py2go/py2go/runtime"

// helperModule is a module body written in Go.
func helperModule() {
	goHelper()
}

// goHelper stands for hand-written Go in package main, which tracebacks
// show with its Go file and line.
func goHelper() {
	panic(py.KeyError.New("k"))
}
