package patterns

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2go/py2go/types"
)

func init() {
	r := &Recognizer{
		Name:    "statistics",
		Doc:     "statistics: mean, fmean, median (low/high), mode, multimode, variance, pvariance, stdev, pstdev, exact as CPython's.",
		Modules: []string{"statistics"},
		Entries: []*Entry{exceptionValue("statistics.StatisticsError", "StatisticsError")},
	}
	for _, f := range []struct {
		name, rt string
		result   types.Type
	}{
		{"mean", "StatMean", types.Object}, {"fmean", "StatFmean", types.Float}, {"median", "StatMedian", types.Object},
		{"median_low", "StatMedianLow", types.Object}, {"median_high", "StatMedianHigh", types.Object},
		{"mode", "StatMode", types.Object}, {"multimode", "StatMultimode", types.Object},
		{"variance", "StatVariance", types.Object}, {"pvariance", "StatPvariance", types.Object},
		{"stdev", "StatStdev", types.Float}, {"pstdev", "StatPstdev", types.Float},
	} {
		rt := f.rt
		r.Entries = append(r.Entries, fn("statistics."+f.name, "data", returns(f.result), func(c *EmitCall) jen.Code {
			return Rt(rt).Call(c.ArgAs("data", types.Object, nil))
		}))
	}
	Register(r)
}
