package parser

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/py2go/py2go/ast"
	"github.com/py2go/py2go/diag"
)

// TestDump covers what CPython's ast cannot show in our shape: DebugText,
// and inputs whose dump we state by hand.
func TestDump(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"debug", `f"{x=}"`, `ExprStmt(Value=JoinedStr(Values=[FormattedValue(Value=Name(ID="x"), Conversion='r', DebugText="x=")]))`},
		{"debug with spaces", `f"{x = }"`, `ExprStmt(Value=JoinedStr(Values=[FormattedValue(Value=Name(ID="x"), Conversion='r', DebugText="x = ")]))`},
		{"debug with spec", `f"{x=:>3}"`, `ExprStmt(Value=JoinedStr(Values=[FormattedValue(Value=Name(ID="x"), FormatSpec=JoinedStr(Values=[Constant(Value=">3")]), DebugText="x=")]))`},
		{"debug with conversion", `f"a{x=!s}"`, `ExprStmt(Value=JoinedStr(Values=[Constant(Value="a"), FormattedValue(Value=Name(ID="x"), Conversion='s', DebugText="x=")]))`},
		{"debug expression", `f"{a + b=}"`, `ExprStmt(Value=JoinedStr(Values=[FormattedValue(Value=BinOp(Left=Name(ID="a"), Op=+, Right=Name(ID="b")), Conversion='r', DebugText="a + b=")]))`},
		{"nested fstring", `f"{f'{x}'}"`, `ExprStmt(Value=JoinedStr(Values=[FormattedValue(Value=JoinedStr(Values=[FormattedValue(Value=Name(ID="x"))]))]))`},
		{"fstring with await", "async def f():\n    return f'{await g()}'\n", `FunctionDef(Name="f", Args=Arguments(), Body=[Return(Value=JoinedStr(Values=[FormattedValue(Value=Await(Value=Call(Func=Name(ID="g"))))]))], Async=true)`},
		{"fstring walrus", `f"{(y := 2)}"`, `ExprStmt(Value=JoinedStr(Values=[FormattedValue(Value=NamedExpr(Target=Name(ID="y", Ctx=Store), Value=Constant(Value=2)))]))`},
		{"plain string stays constant", `"a" "b"`, `ExprStmt(Value=Constant(Value="ab"))`},
		{"docstring", "def f():\n    \"\"\"Doc.\"\"\"\n", `FunctionDef(Name="f", Args=Arguments(), Body=[ExprStmt(Value=Constant(Value="Doc."))])`},
		{"nfkc", "ﬁ = 1", `Assign(Targets=[Name(ID="fi", Ctx=Store)], Value=Constant(Value=1))`},
		{"bom", "\uFEFFx = 1\n", `Assign(Targets=[Name(ID="x", Ctx=Store)], Value=Constant(Value=1))`},
		{"tabs", "if x:\n\tif y:\n\t\tpass\n", `If(Test=Name(ID="x"), Body=[If(Test=Name(ID="y"), Body=[Pass()])])`},
		{"tab as eight spaces", "if x:\n        a\n\tb\n", ``},
		{"named escape in fstring", `f"\N{EM DASH}{x}"`, `ExprStmt(Value=JoinedStr(Values=[Constant(Value="—"), FormattedValue(Value=Name(ID="x"))]))`},
		{"annotated target keeps value tuple", "t: tuple = 1, 2", `AnnAssign(Target=Name(ID="t", Ctx=Store), Annotation=Name(ID="tuple"), Value=Tuple(Elts=[Constant(Value=1), Constant(Value=2)]), Simple=true)`},
		{"user names like sentinels", "_f(_w, _a, _s)\n_d = {_d: 1}", `ExprStmt(Value=Call(Func=Name(ID="_f"), Args=[Name(ID="_w"), Name(ID="_a"), Name(ID="_s")]))`},
		{"await precedence", "async def f():\n    await x ** 2\n", `FunctionDef(Name="f", Args=Arguments(), Body=[ExprStmt(Value=BinOp(Left=Await(Value=Name(ID="x")), Op=**, Right=Constant(Value=2)))], Async=true)`},
		{"match as a name", "match = 1", `Assign(Targets=[Name(ID="match", Ctx=Store)], Value=Constant(Value=1))`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.want == "" {
				src := diag.NewSource("x.py", "", c.src)
				if _, ok := Parse(src, diag.NewLog(src)); ok {
					t.Fatal("Parse accepted inconsistent tabs")
				}
				return
			}
			m, _ := mustParse(t, "x.py", c.src)
			if got := Dump(m.Body[0]); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

// TestConstantTypes checks the Go types the emitter relies on.
func TestConstantTypes(t *testing.T) {
	m, _ := mustParse(t, "x.py", "1\n1.5\n2j\n's'\nb'b'\nTrue\nNone\n...\n2**100\n")
	want := []struct {
		kind ast.ConstKind
		typ  string
	}{
		{ast.ConstInt, "*big.Int"}, {ast.ConstFloat, "float64"}, {ast.ConstComplex, "complex128"},
		{ast.ConstStr, "string"}, {ast.ConstBytes, "[]uint8"}, {ast.ConstBool, "bool"},
		{ast.ConstNone, "<nil>"}, {ast.ConstEllipsis, "<nil>"},
	}
	for i, w := range want {
		k := m.Body[i].(*ast.ExprStmt).Value.(*ast.Constant)
		if k.Kind != w.kind || typeName(k.Value) != w.typ {
			t.Errorf("statement %d: kind %d type %s, want kind %d type %s", i+1, k.Kind, typeName(k.Value), w.kind, w.typ)
		}
	}
	big100 := m.Body[8].(*ast.ExprStmt).Value.(*ast.BinOp).Right.(*ast.Constant).Value.(*big.Int)
	if big100.Int64() != 100 {
		t.Errorf("got %v", big100)
	}
}

func typeName(v any) string {
	if v == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%T", v)
}

// TestComments checks comments and their Trailing flag.
func TestComments(t *testing.T) {
	src := "# head\nx = 1  # after x\n\n    # indented alone\nf(a,  # in call\n  # own line in call\n  b)\n"
	m, s := mustParse(t, "x.py", src)
	want := []struct {
		text     string
		line     int
		trailing bool
	}{
		{"# head", 1, false}, {"# after x", 2, true}, {"# indented alone", 4, false},
		{"# in call", 5, true}, {"# own line in call", 6, false},
	}
	if len(m.Comments) != len(want) {
		t.Fatalf("got %d comments, want %d", len(m.Comments), len(want))
	}
	for i, w := range want {
		c := m.Comments[i]
		if c.Text != w.text || s.Position(c.P).Line != w.line || c.Trailing != w.trailing {
			t.Errorf("comment %d: got %q line %d trailing %v", i, c.Text, s.Position(c.P).Line, c.Trailing)
		}
	}
}

// TestEmpty checks that files without statements give an empty module.
func TestEmpty(t *testing.T) {
	for _, src := range []string{"", "\n\n", "# only\n# comments", "\uFEFF", "  \n\t\n"} {
		t.Run(src, func(t *testing.T) {
			m, _ := mustParse(t, "x.py", src)
			if len(m.Body) != 0 {
				t.Errorf("got %d statements", len(m.Body))
			}
		})
	}
}

// TestPositionsOriginal checks positions after rewrites that change
// lengths, with CRLF and non-ASCII text before them.
func TestPositionsOriginal(t *testing.T) {
	src := "é = 1\r\nx = f\"{a}\" + g(**k, y=s)  # c\r\nasync def h(): await q(1)\r\n"
	m, s := mustParse(t, "x.py", src)
	call := m.Body[1].(*ast.Assign).Value.(*ast.BinOp).Right.(*ast.Call)
	at := func(p ast.Pos) string {
		q := s.Position(p)
		return fmt.Sprintf("%d:%d", q.Line, q.Col)
	}
	checks := map[string]ast.Pos{
		"2:14": call.Func.Start(), "2:16": call.Keywords[0].P, "2:21": call.Keywords[1].P, "2:23": call.Keywords[1].Value.Start(),
		"3:1": m.Body[2].Start(), "3:16": m.Body[2].(*ast.FunctionDef).Body[0].(*ast.ExprStmt).Value.Start(),
		"2:8": m.Body[1].(*ast.Assign).Value.(*ast.BinOp).Left.(*ast.JoinedStr).Values[0].(*ast.FormattedValue).Value.Start(),
	}
	for want, p := range checks {
		if got := at(p); got != want {
			t.Errorf("got %s, want %s", got, want)
		}
	}
}
