package runtime

import (
	"math"
	"testing"
)

// Expected values were printed by CPython 3.11.

func TestFloorDivMod(t *testing.T) {
	tests := []struct {
		name          string
		a, b, div, md int
	}{
		{"-7, 2", -7, 2, -4, 1},
		{"-7, 3", -7, 3, -3, 2},
		{"7, -3", 7, -3, -3, -2},
		{"7, 2", 7, 2, 3, 1},
		{"-6, 3", -6, 3, -2, 0},
		{"-1, 5", -1, 5, -1, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FloorDiv(tt.a, tt.b); got != tt.div {
				t.Errorf("FloorDiv = %d, want %d", got, tt.div)
			}
			if got := Mod(tt.a, tt.b); got != tt.md {
				t.Errorf("Mod = %d, want %d", got, tt.md)
			}
		})
	}
}

func TestFloatDivMod(t *testing.T) {
	tests := []struct {
		name     string
		a, b     float64
		div, mod string
	}{
		{"-7.5, 2", -7.5, 2, "-4.0", "0.5"},
		{"7.5, -2", 7.5, -2, "-4.0", "-0.5"},
		{"-0.0, 5", math.Copysign(0, -1), 5, "-0.0", "0.0"},
		{"0.0, -5", 0, -5, "-0.0", "-0.0"},
		{"7, 2.0", 7, 2, "3.0", "1.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Repr(FloorDivFloat(tt.a, tt.b)); got != tt.div {
				t.Errorf("FloorDivFloat = %s, want %s", got, tt.div)
			}
			if got := Repr(ModFloat(tt.a, tt.b)); got != tt.mod {
				t.Errorf("ModFloat = %s, want %s", got, tt.mod)
			}
		})
	}
}

func TestDivisionByZero(t *testing.T) {
	tests := []struct {
		name string
		f    func()
		want string
	}{
		{"FloorDiv", func() { FloorDiv(1, 0) }, "ZeroDivisionError: integer division or modulo by zero"},
		{"Mod", func() { Mod(1, 0) }, "ZeroDivisionError: integer modulo by zero"},
		{"TrueDiv", func() { TrueDiv(1, 0) }, "ZeroDivisionError: float division by zero"},
		{"TrueDivInt", func() { TrueDivInt(1, 0) }, "ZeroDivisionError: division by zero"},
		{"FloorDivFloat", func() { FloorDivFloat(1, 0) }, "ZeroDivisionError: float floor division by zero"},
		{"ModFloat", func() { ModFloat(1, 0) }, "ZeroDivisionError: float modulo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := Catch(tt.f); err == nil || err.Error() != tt.want {
				t.Errorf("got %v, want %s", err, tt.want)
			}
		})
	}
}

func TestTrueDivInt(t *testing.T) {
	if got := Repr(TrueDivInt(1, 3)); got != "0.3333333333333333" {
		t.Errorf("1/3 = %s", got)
	}
	// Converting these operands to float64 first rounds twice and gives
	// 57075981.666035116.
	if got := Repr(TrueDivInt(6605349502512539953, 115729056421)); got != "57075981.66603512" {
		t.Errorf("large int division = %s, want 57075981.66603512", got)
	}
}

func TestRound(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		want int
	}{
		{"2.5", 2.5, 2}, {"3.5", 3.5, 4}, {"-0.5", -0.5, 0}, {"-2.5", -2.5, -2}, {"0.49", 0.49, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Round(tt.in); got != tt.want {
				t.Errorf("Round = %d, want %d", got, tt.want)
			}
		})
	}
	if err := Catch(func() { Round(math.Inf(1)) }); err.Error() != "OverflowError: cannot convert float infinity to integer" {
		t.Errorf("Round(inf): %v", err)
	}
	if err := Catch(func() { Round(math.NaN()) }); err.Error() != "ValueError: cannot convert float NaN to integer" {
		t.Errorf("Round(nan): %v", err)
	}
}

func TestRoundTo(t *testing.T) {
	tests := []struct {
		name string
		x    float64
		nd   int
		want string
	}{
		{"2.675, 2", 2.675, 2, "2.67"},
		{"0.125, 2", 0.125, 2, "0.12"},
		{"1234.5678, -2", 1234.5678, -2, "1200.0"},
		{"-0.4, 0", -0.4, 0, "-0.0"},
		{"1e300, -300", 1e300, -300, "1e+300"},
		{"5e-324, 400", 5e-324, 400, "5e-324"},
		{"0.5, 0", 0.5, 0, "0.0"},
		{"1.5, 0", 1.5, 0, "2.0"},
		{"inf", math.Inf(1), 2, "inf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Repr(RoundTo(tt.x, tt.nd)); got != tt.want {
				t.Errorf("RoundTo = %s, want %s", got, tt.want)
			}
		})
	}
	err := Catch(func() { RoundTo(math.MaxFloat64, -308) })
	if err.Error() != "OverflowError: rounded value too large to represent" {
		t.Errorf("RoundTo overflow: %v", err)
	}
}

func TestPowInt(t *testing.T) {
	if got := PowInt(3, 4); got != 81 {
		t.Errorf("3**4 = %d", got)
	}
	if got := PowInt(-2, 63); got != math.MinInt64 {
		t.Errorf("(-2)**63 = %d", got)
	}
	if err := Catch(func() { PowInt(2, 63) }); !err.Matches(OverflowError) {
		t.Errorf("2**63: %v", err)
	}
}
