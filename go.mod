module github.com/py2go/py2go

go 1.23

require (
	github.com/dave/jennifer v1.7.1
	github.com/spf13/pflag v1.1.0
)
