module github.com/py2go/py2go

go 1.23

require (
	github.com/go-python/gpython v0.2.0
	golang.org/x/text v0.21.0
)
