module github.com/py2go/py2go

go 1.23
