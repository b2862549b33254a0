package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

// signalNumbers are the signals scripts name, with Linux's numbers.
var signalNumbers = map[string]int{
	"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGKILL": 9, "SIGUSR1": 10, "SIGUSR2": 12,
	"SIGPIPE": 13, "SIGALRM": 14, "SIGTERM": 15, "SIGCHLD": 17,
}

func init() {
	entries := []*Entry{
		signalSet(),
		fn("signal.getsignal", "signalnum, /", returns(types.Object), func(c *EmitCall) jen.Code {
			return Rt("GetSignal").Call(c.ArgAs("signalnum", types.Int, nil))
		}),
		proc("signal.raise_signal", "signalnum, /", func(c *EmitCall) jen.Code {
			return Rt("RaiseSignal").Call(c.ArgAs("signalnum", types.Int, nil))
		}),
		value("signal.SIG_DFL", types.Int, func(*EmitCall) jen.Code { return Rt("SigDfl") }),
		value("signal.SIG_IGN", types.Int, func(*EmitCall) jen.Code { return Rt("SigIgn") }),
	}
	for name, n := range signalNumbers {
		entries = append(entries, value("signal."+name, types.Int, func(*EmitCall) jen.Code { return jen.Lit(n) }))
	}
	Register(&Recognizer{
		Name: "signal",
		Doc: "signal: signal(sig, handler or SIG_DFL/SIG_IGN), getsignal, raise_signal, the common signal numbers; " +
			"a handler runs in the main thread at the next loop iteration (at once for raise_signal and os.kill of the program's own pid).",
		Modules: []string{"signal"},
		Entries: entries,
	})
	// os.kill lives with signal, which it needs; the os recognizer owns
	// the module.
	Register(&Recognizer{Name: "os.kill", Entries: []*Entry{
		proc("os.kill", "pid, sig, /", func(c *EmitCall) jen.Code {
			return Rt("Kill").Call(c.ArgAs("pid", types.Int, nil), c.ArgAs("sig", types.Int, nil))
		}),
	}})
}

// signalSet is signal.signal(sig, handler): a handler of the program is
// called with the signal number and a frame.
func signalSet() *Entry {
	e := fn("signal.signal", "signalnum, handler, /", returns(types.Object), func(c *EmitCall) jen.Code {
		sig, h := c.ArgAs("signalnum", types.Int, nil), c.Args.Get("handler")
		switch c.Env.TypeOf(h).(type) {
		case *types.Func:
			return Rt("SetSignal").Call(sig, Rt("SignalHandler").Call(c.Env.Callback(h, []types.Type{types.Int, types.Object})))
		}
		if c.Env.TypeOf(h) == types.Int {
			return Rt("SetSignalAction").Call(sig, c.Env.Expr(h))
		}
		c.Env.Errorf(h.Start(), "not supported yet: this signal handler")
		return jen.Nil()
	})
	e.Type = func(c *TypeCall) types.Type {
		if h := c.Args.Get("handler"); h != nil {
			if _, ok := c.Env.TypeOf(h).(*types.Func); ok {
				c.Env.CallResult(h, []types.Type{types.Int, types.Object})
			}
		}
		return types.Object
	}
	return e
}
