package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/types"
)

const (
	dtClass   = "datetime.datetime"
	dateClass = "datetime.date"
	tdClass   = "datetime.timedelta"
)

func init() {
	RegisterType(dtClass, GoType{Name: "Datetime", Value: true})
	RegisterType(dateClass, GoType{Name: "Date", Value: true})
	RegisterType(tdClass, GoType{Name: "Timedelta", Value: true})
	dt, date, td := named(dtClass), named(dateClass), named(tdClass)
	entries := []*Entry{
		fn(dtClass, "year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None",
			returns(dt), emitDatetime),
		fn(dtClass+".now", "tz=None", returns(dt), noTZ(call("DatetimeNow"))),
		fn(dtClass+".today", "", returns(dt), call("DatetimeNow")),
		fn(dtClass+".utcnow", "", returns(dt), call("DatetimeUTCNow")),
		fn(dtClass+".fromtimestamp", "timestamp, tz=None", returns(dt), noTZ(func(c *EmitCall) jen.Code {
			return Rt("DatetimeFromTimestamp").Call(c.ArgAs("timestamp", types.Float, nil))
		})),
		fn(dtClass+".strptime", "date_string, format, /", returns(dt), func(c *EmitCall) jen.Code {
			return Rt("DatetimeStrptime").Call(c.ArgAs("date_string", types.Str, nil), c.ArgAs("format", types.Str, nil))
		}),
		fn(dtClass+".strftime", "format, /", returns(types.Str), method("Strftime", "format")),
		fn(dtClass+".isoformat", "sep='T', timespec='auto'", returns(types.Str), func(c *EmitCall) jen.Code {
			if c.Args.Has("timespec") {
				c.Env.Errorf(c.Call.Start(), "not supported yet: isoformat(timespec=...)")
			}
			return recv(c).Dot("Isoformat").Call(c.ArgAs("sep", types.Str, jen.Lit("T")))
		}),
		fn(dtClass+".timestamp", "", returns(types.Float), method("Timestamp")),
		fn(dtClass+".weekday", "", returns(types.Int), method("PyWeekday")),
		fn(dtClass+".isoweekday", "", returns(types.Int), plusOne("PyWeekday")),
		fn(dtClass+".date", "", returns(date), method("Date")),
		fn(dateClass, "year, month, day", returns(date), func(c *EmitCall) jen.Code {
			return Rt("MakeDate").Call(c.ArgAs("year", types.Int, nil), c.ArgAs("month", types.Int, nil),
				c.ArgAs("day", types.Int, nil))
		}),
		fn(dateClass+".today", "", returns(date), call("DateToday")),
		fn(dateClass+".strftime", "format, /", returns(types.Str), method("Strftime", "format")),
		fn(dateClass+".isoformat", "", returns(types.Str), method("Isoformat")),
		fn(dateClass+".weekday", "", returns(types.Int), method("PyWeekday")),
		fn(dateClass+".isoweekday", "", returns(types.Int), plusOne("PyWeekday")),
		fn(dateClass+".toordinal", "", returns(types.Int), method("Toordinal")),
		fn(tdClass, "days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0",
			returns(td), emitTimedelta),
		fn(tdClass+".total_seconds", "", returns(types.Float), method("TotalSeconds")),
		field(tdClass, "days", "Days"), field(tdClass, "seconds", "Seconds"),
		field(tdClass, "microseconds", "Microseconds"),
	}
	for _, class := range []string{dtClass, dateClass} {
		entries = append(entries, field(class, "year", "Year"), field(class, "month", "MonthInt"),
			field(class, "day", "Day"))
	}
	entries = append(entries, field(dtClass, "hour", "Hour"), field(dtClass, "minute", "Minute"),
		field(dtClass, "second", "Second"), field(dtClass, "microsecond", "Microsecond"))
	Register(&Recognizer{
		Name: "datetime",
		Doc: "datetime: datetime (now, today, utcnow, fromtimestamp, constructor, fields, strftime, isoformat, " +
			"timestamp, weekday, date), date (today, constructor, fields, strftime, isoformat), timedelta " +
			"(all constructor units, fields, total_seconds) and their arithmetic.",
		Modules: []string{"datetime"},
		Entries: entries,
	})
	registerDatetimeOperators()
}

func registerDatetimeOperators() {
	dt, date, td := named(dtClass), named(dateClass), named(tdClass)
	for _, o := range []*Operator{
		{Op: ast.Sub, Left: dtClass, Right: dtClass, Result: td, Emit: methodOp("Sub")},
		{Op: ast.Add, Left: dtClass, Right: tdClass, Result: dt, Emit: methodOp("Add")},
		{Op: ast.Add, Left: tdClass, Right: dtClass, Result: dt, Emit: swappedOp("Add")},
		{Op: ast.Sub, Left: dtClass, Right: tdClass, Result: dt, Emit: func(l, r jen.Code) jen.Code {
			return jen.Add(l).Dot("Add").Call(jen.Add(r).Dot("Neg").Call())
		}},
		{Op: ast.Sub, Left: dateClass, Right: dateClass, Result: td, Emit: methodOp("Sub")},
		{Op: ast.Add, Left: dateClass, Right: tdClass, Result: date, Emit: methodOp("Add")},
		{Op: ast.Add, Left: tdClass, Right: dateClass, Result: date, Emit: swappedOp("Add")},
		{Op: ast.Sub, Left: dateClass, Right: tdClass, Result: date, Emit: func(l, r jen.Code) jen.Code {
			return jen.Add(l).Dot("Add").Call(jen.Add(r).Dot("Neg").Call())
		}},
		{Op: ast.Add, Left: tdClass, Right: tdClass, Result: td, Emit: methodOp("AddTd")},
		{Op: ast.Sub, Left: tdClass, Right: tdClass, Result: td, Emit: methodOp("SubTd")},
		{Op: ast.Mult, Left: tdClass, Right: "int", Result: td, Emit: methodOp("Mul")},
		{Op: ast.Mult, Left: "int", Right: tdClass, Result: td, Emit: swappedOp("Mul")},
		{Op: ast.Mult, Left: tdClass, Right: "float", Result: td, Emit: methodOp("MulFloat")},
		{Op: ast.Mult, Left: "float", Right: tdClass, Result: td, Emit: swappedOp("MulFloat")},
		{Op: ast.Div, Left: tdClass, Right: tdClass, Result: types.Float, Emit: methodOp("Div")},
		{Op: ast.Div, Left: tdClass, Right: "int", Result: td, Emit: methodOp("DivInt")},
		{Op: ast.FloorDiv, Left: tdClass, Right: tdClass, Result: types.Int, Emit: methodOp("FloorDiv")},
		{Op: ast.FloorDiv, Left: tdClass, Right: "int", Result: td, Emit: methodOp("FloorDivInt")},
	} {
		RegisterOperator(o)
	}
}

// field is an int attribute of a datetime object, read by a method of
// the runtime type.
func field(class, name, goMethod string) *Entry {
	return value(class+"."+name, types.Int, func(c *EmitCall) jen.Code {
		return recv(c).Dot(goMethod).Call()
	})
}

// plusOne emits recv.Name() + 1 (isoweekday counts Monday as 1).
func plusOne(name string) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code { return recv(c).Dot(name).Call().Op("+").Lit(1) }
}

// noTZ reports a tz argument, which py2go's naive datetimes cannot honour.
func noTZ(emit func(*EmitCall) jen.Code) func(*EmitCall) jen.Code {
	return func(c *EmitCall) jen.Code {
		if tz := c.Args.Get("tz"); tz != nil && !IsNone(tz) {
			c.Env.Errorf(tz.Start(), "not supported yet: time zones (tz=)")
		}
		return emit(c)
	}
}

func emitDatetime(c *EmitCall) jen.Code {
	if tz := c.Args.Get("tzinfo"); tz != nil && !IsNone(tz) {
		c.Env.Errorf(tz.Start(), "not supported yet: time zones (tzinfo=)")
	}
	var args []jen.Code
	for _, p := range []string{"year", "month", "day", "hour", "minute", "second", "microsecond"} {
		args = append(args, c.ArgAs(p, types.Int, jen.Lit(0)))
	}
	return Rt("MakeDatetime").Call(args...)
}

// emitTimedelta uses int arithmetic when every argument is an int, and the
// exact rounding of the float constructor otherwise.
func emitTimedelta(c *EmitCall) jen.Code {
	params := []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}
	allInt := true
	for _, p := range params {
		if e := c.Args.Get(p); e != nil && c.Env.TypeOf(e) != types.Int {
			allInt = false
		}
	}
	if allInt && !c.Args.Has("milliseconds") && !c.Args.Has("minutes") && !c.Args.Has("hours") && !c.Args.Has("weeks") {
		return Rt("NewTimedelta").Call(c.ArgAs("days", types.Int, jen.Lit(0)), c.ArgAs("seconds", types.Int, jen.Lit(0)),
			c.ArgAs("microseconds", types.Int, jen.Lit(0)))
	}
	name, t := "MakeTimedelta", types.Type(types.Int)
	if !allInt {
		name, t = "MakeTimedeltaFloat", types.Float
	}
	args := make([]jen.Code, len(params))
	for i, p := range params {
		args[i] = c.ArgAs(p, t, jen.Lit(0))
	}
	return Rt(name).Call(args...)
}
