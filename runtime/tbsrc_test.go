package runtime_test

// The functions below stand for generated code: their //line directives
// map them onto testdata/tb*.py line by line.

import (
	"fmt"

	py "github.com/py2go/py2go/runtime"
)

//line testdata/tb1.py:1
func inner(x int) int {
	return 10 / x
}

//line testdata/tb1.py:4
func outer(x int) int {
	y := inner(x) + 1
	return y
}

//line testdata/tb1.py:8
func module1() { outer(0) }

//line testdata/tb2.py:1
func fail(msg string) {
	panic(py.ValueError.New(msg))
}

//line testdata/tb2.py:4
func handler() {
	if err := py.Catch(func() {
		fail("first")
	}); err.Matches(py.ValueError) {
		panic(py.KeyError.New("k").From(err))
	}
}

//line testdata/tb2.py:10
func context() {
	if err := py.Catch(func() {
		handler()
	}); err.Matches(py.KeyError) {
		py.Handle(err, func() {
//line testdata/tb2.py:14
			fail("second")
		})
	}
}

//line testdata/tb2.py:16
func module2() { context() }

//line testdata/tb3.py:3
func inner3(x int) {
	panic(py.ValueError.New(fmt.Sprintf("bad value %d", x)))
}

//line testdata/tb3.py:6
func task(x int) {
	inner3(x)
}

//line testdata/tb3.py:9
func module3() {
	err := inWorker(func() {
		task(7)
	})
//line testdata/tb3.py:11
	panic(err)
}

//line testdata/tb4.py:1
func get(items *py.List, i int) py.Object {
	return items.Get(i)
}

//line testdata/tb4.py:5
func safe(items *py.List) (ret py.Object) {
	err := py.Catch(func() {
		ret = get(items, 5)
//line testdata/tb4.py:9
	})
	py.Print("cleanup")
	if err != nil {
		panic(err)
	}
	return ret
}

//line testdata/tb4.py:12
func module4() { safe(py.NewList(1)) }

//line testdata/tb5.py:1
func down(n int) int {
	if n == 0 {
		panic(py.ValueError.New("bottom"))
	}
//line testdata/tb5.py:4
	return down(n - 1)
}

//line testdata/tb5.py:7
func module5() { down(10) }

//line testdata/tb6.py:1
func risky() {
	panic(py.ValueError.New("x"))
}

//line testdata/tb6.py:5
func wrapper() {
//line testdata/tb6.py:6
	func() {
		defer func() {
//line testdata/tb6.py:9
		}()
//line testdata/tb6.py:7
		risky()
//line testdata/tb6.py:6
	}()
}

//line testdata/tb6.py:12
func use() {
	f := func() { wrapper() }
//line testdata/tb6.py:14
	f()
}

//line testdata/tb6.py:17
func module6() { use() }
