package runtime

import (
	"reflect"
	goruntime "runtime"
	"strconv"
	"strings"
)

// An exception a done callback raises does not stop the loop: asyncio's
// Handle._run hands it to the loop's default exception handler, which
// logs
//
//	Exception in callback report(<Task finishe...y:4> result=5>) at prog.py:9
//	handle: <Handle report(<Task finishe...y:4> result=5>) at prog.py:9>
//	Traceback (most recent call last):
//	...
//
// and the program goes on.

// guardCallback runs call, the done callback fn applied to arg, and
// reports an exception it raises as asyncio does. SystemExit and
// KeyboardInterrupt still end the loop.
func guardCallback(fn any, arg Object, call func()) {
	err := Catch(call)
	if err == nil {
		return
	}
	if err.Matches(SystemExit) || err.Matches(KeyboardInterrupt) {
		panic(err)
	}
	src := callbackSource(fn, arg)
	Stderr.WriteString("Exception in callback " + src + "\nhandle: <Handle " + src + ">\n" + err.Traceback())
}

// callbackSource is how asyncio names a callback with its argument:
// the function's name, the argument's repr shortened as reprlib does,
// and where the function is defined.
func callbackSource(fn any, arg Object) string {
	if name, ok := boundMethodName(fn); ok {
		// A bound method is no function to inspect: no place is given.
		return name + "(" + shortRepr(arg) + ")"
	}
	s := funcNameOf(fn) + "(" + shortRepr(arg) + ")"
	if file, line, ok := funcDefinedAt(fn); ok {
		s += " at " + file + ":" + strconv.Itoa(line)
	}
	return s
}

// boundMethodName is the qualified name (Class.method) of a method
// value, which Go compiles to a function named "main.(*Class).Method-fm".
func boundMethodName(fn any) (string, bool) {
	f := goruntime.FuncForPC(reflect.ValueOf(fn).Pointer())
	if f == nil || !strings.HasSuffix(f.Name(), "-fm") {
		return "", false
	}
	goName := strings.TrimSuffix(f.Name(), "-fm")
	open, end := strings.Index(goName, "(*"), strings.Index(goName, ")")
	if open < 0 || end < open {
		return "", false
	}
	return goName[open+2:end] + "." + pyFuncName(frame{goName: goName}), true
}

// funcNameOf is the Python name of a Go function value of the program.
func funcNameOf(fn any) string {
	if m, ok := metaOf(fn); ok && m.Name != "" {
		return m.Name
	}
	f := goruntime.FuncForPC(reflect.ValueOf(fn).Pointer())
	if f == nil {
		return "<function>"
	}
	file, line := f.FileLine(f.Entry())
	return pyFuncName(frame{goName: f.Name(), defPos: file + ":" + strconv.Itoa(line)})
}

// funcDefinedAt is the Python file and line where fn is defined, known
// when the program was built with //line directives.
func funcDefinedAt(fn any) (string, int, bool) {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return "", 0, false
	}
	f := goruntime.FuncForPC(v.Pointer())
	if f == nil {
		return "", 0, false
	}
	file, line := f.FileLine(f.Entry())
	if len(file) < 3 || file[len(file)-3:] != ".py" {
		return "", 0, false
	}
	return file, line, true
}

// reprMaxOther is reprlib's maxother: longer reprs keep their first 13
// and last 14 characters around "...".
const reprMaxOther = 30

// shortRepr is reprlib.repr of an object asyncio formats: a task or
// future as its repr when done.
func shortRepr(x Object) string {
	s := ""
	if d, ok := x.(interface{ doneRepr() string }); ok {
		s = d.doneRepr()
	} else {
		s = Repr(x)
	}
	r := []rune(s)
	if len(r) <= reprMaxOther {
		return s
	}
	i := (reprMaxOther - 3) / 2
	j := reprMaxOther - 3 - i
	return string(r[:i]) + "..." + string(r[len(r)-j:])
}

// doneRepr is repr(task) once the task is done, as in 3.11:
// "<Task finished name='Task-2' coro=<job() done, defined at prog.py:4>
// result=5>".
func (t *Task[T]) doneRepr() string {
	state := "finished"
	if t.Cancelled() {
		state = "cancelled"
	}
	coro := t.t.coro + "() done"
	if t.t.defAt != "" {
		coro += ", defined at " + t.t.defAt
	}
	return "<Task " + state + " name='" + t.t.name + "' coro=<" + coro + ">" + t.outcome() + ">"
}

// doneRepr is repr(fut) once the future is done.
func (f *AFuture[T]) doneRepr() string {
	if f.Cancelled() {
		return "<Future cancelled>"
	}
	return "<Future finished" + f.outcome() + ">"
}

// outcome is the " result=..." or " exception=..." part of a done
// future's repr; empty for a cancelled one.
func (f *AFuture[T]) outcome() string {
	f.core.l.h.mu.Lock()
	cancelled, err := f.core.cancelled, f.core.err
	f.core.l.h.mu.Unlock()
	switch {
	case cancelled:
		return ""
	case err != nil:
		return " exception=" + Repr(ExcValue(err))
	}
	return " result=" + Repr(f.val())
}

// coroDefinedAt is "file:line" of the async def whose body fn is, when
// known.
func coroDefinedAt(fn any) string {
	if file, line, ok := funcDefinedAt(fn); ok {
		return file + ":" + strconv.Itoa(line)
	}
	return ""
}
