package runtime

import (
	"math"
	"math/big"
	"testing"
)

// Expected values and messages were printed by CPython 3.11.

func bigOf(s string) *big.Int {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return b
}

// opResult runs f and returns repr of its result or the exception's last
// traceback line.
func opResult(f func() Object) (out string) {
	if err := Catch(func() { out = Repr(f()) }); err != nil {
		return err.Error()
	}
	return out
}

func TestDynamicArithmetic(t *testing.T) {
	tests := []struct {
		name string
		f    func() Object
		want string
	}{
		{"int+int", func() Object { return Add(2, 3) }, "5"},
		{"overflow add", func() Object { return Add(math.MaxInt64, 1) }, "9223372036854775808"},
		{"overflow sub", func() Object { return Sub(math.MinInt64, 1) }, "-9223372036854775809"},
		{"overflow mul", func() Object { return Mul(math.MaxInt64, 2) }, "18446744073709551614"},
		{"overflow neg", func() Object { return Neg(math.MinInt64) }, "9223372036854775808"},
		{"overflow floordiv", func() Object { return FloorDivObj(math.MinInt64, -1) }, "9223372036854775808"},
		{"big back to int", func() Object { return Sub(Add(math.MaxInt64, 1), 1) }, "9223372036854775807"},
		{"big floordiv", func() Object { return FloorDivObj(bigOf("18446744073709551616"), 1<<32) }, "4294967296"},
		{"big mod", func() Object { return ModObj(bigOf("18446744073709551616"), 7) }, "2"},
		{"negative big floordiv", func() Object { return FloorDivObj(bigOf("-18446744073709551616"), 7) }, "-2635249153387078803"},
		{"big truediv", func() Object { return TrueDivObj(bigOf("18446744073709551616"), 1<<32) }, "4294967296.0"},
		{"2**100", func() Object { return Pow(2, 100) }, "1267650600228229401496703205376"},
		{"2**-1", func() Object { return Pow(2, -1) }, "0.5"},
		{"2**0.5", func() Object { return Pow(2, 0.5) }, "1.4142135623730951"},
		{"10**20", func() Object { return Pow(10, 20) }, "100000000000000000000"},
		{"(-2)**63", func() Object { return Pow(-2, 63) }, "-9223372036854775808"},
		{"0.0**-1", func() Object { return Pow(0.0, -1) }, "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
		{"0**-1", func() Object { return Pow(0, -1) }, "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
		{"10.0**400", func() Object { return Pow(10.0, 400) }, "OverflowError: (34, 'Numerical result out of range')"},
		{"1e308*10", func() Object { return Mul(1e308, 10) }, "inf"},
		{"int/int", func() Object { return TrueDivObj(4, 2) }, "2.0"},
		{"1/3", func() Object { return TrueDivObj(1, 3) }, "0.3333333333333333"},
		{"2**70/3", func() Object { return TrueDivObj(Pow(2, 70), 3) }, "3.935305402391371e+20"},
		{"2**1000/2**999", func() Object { return TrueDivObj(Pow(2, 1000), Pow(2, 999)) }, "2.0"},
		{"1/0", func() Object { return TrueDivObj(1, 0) }, "ZeroDivisionError: division by zero"},
		{"1/0.0", func() Object { return TrueDivObj(1, 0.0) }, "ZeroDivisionError: float division by zero"},
		{"1//0", func() Object { return FloorDivObj(1, 0) }, "ZeroDivisionError: integer division or modulo by zero"},
		{"1%0", func() Object { return ModObj(1, 0) }, "ZeroDivisionError: integer modulo by zero"},
		{"7//2.0", func() Object { return FloorDivObj(7, 2.0) }, "3.0"},
		{"-7//2", func() Object { return FloorDivObj(-7, 2) }, "-4"},
		{"-7%3", func() Object { return ModObj(-7, 3) }, "2"},
		{"True+True", func() Object { return Add(true, true) }, "2"},
		{"int+float", func() Object { return Add(1, 0.5) }, "1.5"},
		{"str+str", func() Object { return Add("a", "b") }, "'ab'"},
		{"list+list", func() Object { return Add(NewList(1), NewList("a")) }, "[1, 'a']"},
		{"tuple+tuple", func() Object { return Add(Tuple{1}, Tuple{2}) }, "(1, 2)"},
		{"Go slice + Go slice", func() Object { return Add([]int{1}, []int{2, 3}) }, "[1, 2, 3]"},
		{"Go slice * int", func() Object { return Mul([]string{"a"}, 2) }, "['a', 'a']"},
		{"Go slices of two types", func() Object { return Add([]int{1}, []string{"a"}) }, "TypeError: unsupported operand type(s) for +: 'list' and 'list'"},
		{"str*int", func() Object { return Mul("ab", 2) }, "'abab'"},
		{"str*0", func() Object { return Mul("ab", 0) }, "''"},
		{"int*list", func() Object { return Mul(3, NewList(0)) }, "[0, 0, 0]"},
		{"list*-1", func() Object { return Mul(NewList(1), -1) }, "[]"},
		{"1+'a'", func() Object { return Add(1, "a") }, "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
		{"'a'+1", func() Object { return Add("a", 1) }, `TypeError: can only concatenate str (not "int") to str`},
		{"[1]+1", func() Object { return Add(NewList(1), 1) }, `TypeError: can only concatenate list (not "int") to list`},
		{"(1,)+1", func() Object { return Add(Tuple{1}, 1) }, `TypeError: can only concatenate tuple (not "int") to tuple`},
		{"1-'a'", func() Object { return Sub(1, "a") }, "TypeError: unsupported operand type(s) for -: 'int' and 'str'"},
		{"'a'*'b'", func() Object { return Mul("a", "b") }, "TypeError: can't multiply sequence by non-int of type 'str'"},
		{"'a'*2.0", func() Object { return Mul("a", 2.0) }, "TypeError: can't multiply sequence by non-int of type 'float'"},
		{"-'a'", func() Object { return Neg("a") }, "TypeError: bad operand type for unary -: 'str'"},
		{"-(-0.0)", func() Object { return Neg(math.Copysign(0, -1)) }, "0.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := opResult(tt.f); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name string
		f    func() Object
		want string
	}{
		{"1 == 1.0", func() Object { return Eq(1, 1.0) }, "True"},
		{"True == 1", func() Object { return Eq(true, 1) }, "True"},
		{"2**53+1 == 2.0**53", func() Object { return Eq(1<<53+1, float64(1<<53)) }, "False"},
		{"big == float", func() Object { return Eq(Pow(2, 64), 18446744073709551616.0) }, "True"},
		{"nan == nan", func() Object { return Eq(math.NaN(), math.NaN()) }, "False"},
		{"None == None", func() Object { return Eq(nil, nil) }, "True"},
		{"None == 0", func() Object { return Eq(nil, 0) }, "False"},
		{"'a' == 'a'", func() Object { return Eq("a", "a") }, "True"},
		{"[1]*2 == [1, 1]", func() Object { return Eq(Mul(NewList(1), 2), NewList(1, 1)) }, "True"},
		{"[1] == (1,)", func() Object { return Eq(NewList(1), Tuple{1}) }, "False"},
		{"list == Go slice", func() Object { return Eq(NewList(1, 2), []int{1, 2}) }, "True"},
		{"dicts", func() Object { return Eq(dictOf(1, "a", 2, "b"), dictOf(2, "b", 1.0, "a")) }, "True"},
		{"1 != 2", func() Object { return Ne(1, 2) }, "True"},
		{"[1,2] < [1,3]", func() Object { return Lt(NewList(1, 2), NewList(1, 3)) }, "True"},
		{"(1,2) < (1,)", func() Object { return Lt(Tuple{1, 2}, Tuple{1}) }, "False"},
		{"'a' < 'b'", func() Object { return Lt("a", "b") }, "True"},
		{"'é' > 'z'", func() Object { return Gt("é", "z") }, "True"},
		{"1 <= 1.0", func() Object { return Le(1, 1.0) }, "True"},
		{"big >= int", func() Object { return Ge(Pow(2, 64), math.MaxInt64) }, "True"},
		{"inf > big", func() Object { return Gt(math.Inf(1), Pow(2, 1000)) }, "True"},
		{"nan < 1", func() Object { return Lt(math.NaN(), 1) }, "False"},
		{"1 < 'a'", func() Object { return Lt(1, "a") }, "TypeError: '<' not supported between instances of 'int' and 'str'"},
		{"'a' < 1", func() Object { return Lt("a", 1) }, "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{"None < None", func() Object { return Lt(nil, nil) }, "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := opResult(tt.f); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func dictOf(kv ...Object) *Dict {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		d.Set(kv[i], kv[i+1])
	}
	return d
}

func BenchmarkAddInt(b *testing.B) {
	var acc Object = 0
	for i := 0; i < b.N; i++ {
		acc = Add(acc, 1)
	}
	_ = acc
}
