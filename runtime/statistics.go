package runtime

import (
	"math"
	"math/big"
	"slices"
)

// This file is Python's statistics module. Like CPython it computes with
// exact fractions and converts once at the end, so results print the
// same: the mean of ints is an int when it is whole, a float otherwise.

// StatisticsError is statistics.StatisticsError, a ValueError.
var StatisticsError = library("StatisticsError", "statistics", ValueError)

// statData is the data as exact fractions, and whether every item was an
// int (so results may stay ints).
func statData(data Object) ([]*big.Rat, bool) {
	var out []*big.Rat
	allInt := true
	for v := range Iter(data) {
		n, ok := asNum(v)
		if !ok {
			panic(TypeError.New("can't convert type '" + TypeName(v) + "' to numerator/denominator"))
		}
		r := new(big.Rat)
		if n.kind == floatNum {
			allInt = false
			if math.IsInf(n.f, 0) || math.IsNaN(n.f) {
				panic(ValueError.New("statistics of infinite or NaN values are not supported"))
			}
			r.SetFloat64(n.f)
		} else {
			r.SetInt(n.big())
		}
		out = append(out, r)
	}
	return out, allInt
}

// ratResult converts an exact result as CPython's _convert does: an int
// for int data when it is whole, a float otherwise.
func ratResult(r *big.Rat, allInt bool) Object {
	if allInt && r.IsInt() {
		return fromBig(new(big.Int).Set(r.Num()))
	}
	f, _ := r.Float64()
	return f
}

func ratMean(xs []*big.Rat) *big.Rat {
	sum := new(big.Rat)
	for _, x := range xs {
		sum.Add(sum, x)
	}
	return sum.Quo(sum, new(big.Rat).SetInt64(int64(len(xs))))
}

// StatMean is statistics.mean(data).
func StatMean(data Object) Object {
	xs, allInt := statData(data)
	if len(xs) == 0 {
		panic(StatisticsError.New("mean requires at least one data point"))
	}
	return ratResult(ratMean(xs), allInt)
}

// StatFmean is statistics.fmean(data): the float mean.
func StatFmean(data Object) float64 {
	n := Len(data)
	if n == 0 {
		panic(StatisticsError.New("fmean requires at least one data point"))
	}
	return MathFsum(data) / float64(n)
}

func sortedData(data Object, what string) []Object {
	var xs []Object
	for v := range Iter(data) {
		xs = append(xs, v)
	}
	if len(xs) == 0 {
		panic(StatisticsError.New("no " + what + " for empty data"))
	}
	slices.SortStableFunc(xs, cmpPy)
	return xs
}

// StatMedian is statistics.median(data): the middle item, or the mean of
// the two middle items.
func StatMedian(data Object) Object {
	xs := sortedData(data, "median")
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return TrueDivObj(Add(xs[n/2-1], xs[n/2]), 2)
}

// StatMedianLow is statistics.median_low(data).
func StatMedianLow(data Object) Object {
	xs := sortedData(data, "median")
	if len(xs)%2 == 1 {
		return xs[len(xs)/2]
	}
	return xs[len(xs)/2-1]
}

// StatMedianHigh is statistics.median_high(data).
func StatMedianHigh(data Object) Object {
	xs := sortedData(data, "median")
	return xs[len(xs)/2]
}

// StatMultimode is statistics.multimode(data): the most common values,
// in first-seen order.
func StatMultimode(data Object) *List {
	c := NewCounter(data)
	var out []Object
	var best Object
	for _, t := range c.sorted() {
		if best == nil {
			best = t[1]
		}
		if Eq(t[1], best) {
			out = append(out, t[0])
		}
	}
	return NewList(out...)
}

// StatMode is statistics.mode(data): the first of the most common values.
func StatMode(data Object) Object {
	m := StatMultimode(data)
	if m.Len() == 0 {
		panic(StatisticsError.New("no mode for empty data"))
	}
	return m.Get(0)
}

// sumSquares is the exact sum of squared deviations from the mean.
func sumSquares(xs []*big.Rat) *big.Rat {
	m := ratMean(xs)
	ss := new(big.Rat)
	for _, x := range xs {
		d := new(big.Rat).Sub(x, m)
		ss.Add(ss, d.Mul(d, d))
	}
	return ss
}

func variance(data Object, sample bool, name string) (*big.Rat, bool) {
	xs, allInt := statData(data)
	n := len(xs)
	if sample && n < 2 {
		panic(StatisticsError.New(name + " requires at least two data points"))
	}
	if n < 1 {
		panic(StatisticsError.New(name + " requires at least one data point"))
	}
	if sample {
		n--
	}
	ss := sumSquares(xs)
	return ss.Quo(ss, new(big.Rat).SetInt64(int64(n))), allInt
}

// StatVariance is statistics.variance(data), the sample variance.
func StatVariance(data Object) Object { return ratResult(variance(data, true, "variance")) }

// StatPvariance is statistics.pvariance(data), the population variance.
func StatPvariance(data Object) Object { return ratResult(variance(data, false, "pvariance")) }

// StatStdev is statistics.stdev(data): the correctly rounded square root
// of the exact sample variance, as CPython 3.11 computes it.
func StatStdev(data Object) float64 {
	v, _ := variance(data, true, "stdev")
	return sqrtRat(v)
}

// StatPstdev is statistics.pstdev(data).
func StatPstdev(data Object) float64 {
	v, _ := variance(data, false, "pstdev")
	return sqrtRat(v)
}

func sqrtRat(r *big.Rat) float64 {
	f := new(big.Float).SetPrec(256).SetRat(r)
	f.Sqrt(f)
	out, _ := f.Float64()
	return out
}
