package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

func init() {
	RegisterType("datetime.datetime", GoType{Name: "Datetime", Value: true})
	RegisterType("datetime.timedelta", GoType{Name: "Timedelta", Value: true})
	Register(&Recognizer{
		Name:    "time",
		Doc:     "time.sleep (fractional seconds exact, cooperative under gevent's monkey patching), time.time, time.monotonic, time.perf_counter.",
		Modules: []string{"time"},
		Entries: []*Entry{
			proc("time.sleep", "secs, /", func(c *EmitCall) jen.Code {
				return Rt("Sleep").Call(c.ArgAs("secs", types.Float, jen.Lit(0)))
			}),
			fn("time.time", "", returns(types.Float), call("Time")),
			fn("time.monotonic", "", returns(types.Float), call("Monotonic")),
			fn("time.perf_counter", "", returns(types.Float), call("PerfCounter")),
		},
	})
	datetime := named("datetime.datetime")
	Register(&Recognizer{
		Name:    "datetime",
		Doc:     "datetime.datetime.now, str() of datetimes, their difference as a timedelta.",
		Modules: []string{"datetime"},
		Entries: []*Entry{
			fn("datetime.datetime.now", "tz=None", returns(datetime), call("DatetimeNow")),
			fn("datetime.datetime.strftime", "format, /", returns(types.Str), method("Strftime", "format")),
			fn("datetime.timedelta.total_seconds", "", returns(types.Float), method("TotalSeconds")),
		},
	})
}
