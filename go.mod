module github.com/py2go/py2go

go 1.26.0

require (
	github.com/dave/jennifer v1.7.1
	github.com/spf13/pflag v1.1.0
)

require (
	github.com/go-python/gpython v0.2.0 // indirect
	github.com/mattn/go-runewidth v0.0.13 // indirect
	github.com/peterh/liner v1.2.2 // indirect
	github.com/rivo/uniseg v0.3.4 // indirect
	golang.org/x/sys v0.0.0-20220817070843-5a390386f1f2 // indirect
	golang.org/x/text v0.44.0 // indirect
)
