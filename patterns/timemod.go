package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

func init() {
	RegisterType("time.struct_time", GoType{Name: "StructTime", Value: true})
	structTime := named("time.struct_time")
	var fields []*Entry
	for i, name := range []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"} {
		i := i
		fields = append(fields, value("time.struct_time."+name, types.Int, func(c *EmitCall) jen.Code {
			return recv(c).Dot("Field").Call(jen.Lit(i))
		}))
	}
	Register(&Recognizer{
		Name: "time",
		Doc: "time.sleep (fractional seconds exact, cooperative under gevent's monkey patching), time, time_ns, " +
			"monotonic, perf_counter, process_time, localtime, gmtime, strftime, mktime, ctime, asctime.",
		Modules: []string{"time"},
		Entries: []*Entry{
			proc("time.sleep", "secs, /", func(c *EmitCall) jen.Code {
				return Rt("Sleep").Call(c.ArgAs("secs", types.Float, jen.Lit(0)))
			}),
			fn("time.time", "", returns(types.Float), call("Time")),
			fn("time.monotonic", "", returns(types.Float), call("Monotonic")),
			fn("time.perf_counter", "", returns(types.Float), call("PerfCounter")),
			fn("time.time_ns", "", returns(types.Int), call("TimeNs")),
			fn("time.perf_counter_ns", "", returns(types.Int), call("PerfCounterNs")),
			fn("time.monotonic_ns", "", returns(types.Int), call("PerfCounterNs")),
			fn("time.process_time", "", returns(types.Float), call("ProcessTime")),
			fn("time.localtime", "secs=None, /", returns(structTime), func(c *EmitCall) jen.Code {
				return Rt("Localtime").Call(c.ArgAs("secs", types.Object, jen.Nil()))
			}),
			fn("time.gmtime", "secs=None, /", returns(structTime), func(c *EmitCall) jen.Code {
				return Rt("Gmtime").Call(c.ArgAs("secs", types.Object, jen.Nil()))
			}),
			fn("time.strftime", "format, t=None, /", returns(types.Str), func(c *EmitCall) jen.Code {
				t := c.ArgAs("t", structTime, Rt("Localtime").Call(jen.Nil()))
				return Rt("TimeStrftime").Call(c.ArgAs("format", types.Str, nil), t)
			}),
			fn("time.mktime", "t, /", returns(types.Float), func(c *EmitCall) jen.Code {
				return Rt("Mktime").Call(c.ArgAs("t", structTime, nil))
			}),
			fn("time.ctime", "secs=None, /", returns(types.Str), func(c *EmitCall) jen.Code {
				return Rt("Ctime").Call(c.ArgAs("secs", types.Object, jen.Nil()))
			}),
			fn("time.asctime", "t=None, /", returns(types.Str), func(c *EmitCall) jen.Code {
				return Rt("Asctime").Call(c.ArgAs("t", structTime, Rt("Localtime").Call(jen.Nil())))
			}),
		},
	})
	Register(&Recognizer{Name: "time.struct_time", Doc: "The fields of time.struct_time.", Entries: fields})
}
