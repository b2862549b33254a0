module github.com/py2go/py2go

go 1.23.12

require (
	github.com/dave/jennifer v1.7.1
	github.com/go-python/gpython v0.2.0
	github.com/spf13/pflag v1.1.0
	golang.org/x/text v0.21.0
)
