// Package ast defines the Python syntax tree that every stage after the
// parser works on.
//
// Its shape follows CPython 3.11's ast module rather than gpython's 3.4
// grammar: calls carry starred arguments and **kwargs inline, f-strings,
// walrus, annotations and async constructs have nodes of their own. The
// parser package builds this tree from gpython's output, so nothing outside
// parser/ ever sees a gpython node.
//
// Every node records where it starts as a byte offset into the original
// source (diag.Source turns it into line and column only when a message is
// printed). The node interfaces are sealed: a type switch over Stmt or Expr
// is complete when it covers the types in this file, and its default case
// should report "not supported yet" rather than skip the node.
package ast

// Pos is a byte offset into the original source text.
type Pos int

// Node is any syntax tree node.
type Node interface {
	Start() Pos
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Base carries the position every node has.
type Base struct {
	P Pos
}

// Start reports where the node begins.
func (b *Base) Start() Pos { return b.P }

// StmtBase is embedded by every statement.
type StmtBase struct{ Base }

func (*StmtBase) stmtNode() {}

// ExprBase is embedded by every expression.
type ExprBase struct{ Base }

func (*ExprBase) exprNode() {}

// Module is a whole source file.
type Module struct {
	Body     []Stmt
	Comments []Comment
}

// Comment is a `#` comment, kept so it can be carried into the Go output.
type Comment struct {
	P    Pos
	Text string // including the leading '#'
	// Trailing is true when code precedes the comment on its line.
	Trailing bool
}

// ---------------------------------------------------------------- statements

// FunctionDef is `def` or `async def`.
type FunctionDef struct {
	StmtBase
	Name       string
	Args       *Arguments
	Body       []Stmt
	Decorators []Expr
	Returns    Expr // annotation, may be nil
	Async      bool
}

// ClassDef is a class statement.
type ClassDef struct {
	StmtBase
	Name       string
	Bases      []Expr
	Keywords   []*Keyword
	Body       []Stmt
	Decorators []Expr
}

// Return is `return [Value]`.
type Return struct {
	StmtBase
	Value Expr // may be nil
}

// Delete is `del a, b`.
type Delete struct {
	StmtBase
	Targets []Expr
}

// Assign is `a = b = value`.
type Assign struct {
	StmtBase
	Targets []Expr
	Value   Expr
}

// AugAssign is `target op= value`.
type AugAssign struct {
	StmtBase
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is `target: annotation [= value]`.
type AnnAssign struct {
	StmtBase
	Target     Expr
	Annotation Expr
	Value      Expr // may be nil
	Simple     bool // the target is a plain name, not in parentheses
}

// For is `for` or `async for`.
type For struct {
	StmtBase
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
	Async  bool
}

// While is a while loop.
type While struct {
	StmtBase
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is if/elif/else; an elif is an If alone in Orelse.
type If struct {
	StmtBase
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is `with` or `async with`.
type With struct {
	StmtBase
	Items []*WithItem
	Body  []Stmt
	Async bool
}

// Raise is `raise [Exc [from Cause]]`.
type Raise struct {
	StmtBase
	Exc   Expr // may be nil
	Cause Expr // may be nil
}

// Try is try/except/else/finally. Star marks a try whose clauses are
// all except* (PEP 654, CPython's TryStar): each takes the part of an
// exception group its types match.
type Try struct {
	StmtBase
	Star      bool
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// Assert is `assert Test[, Msg]`.
type Assert struct {
	StmtBase
	Test Expr
	Msg  Expr // may be nil
}

// Import is `import a.b as c, d`.
type Import struct {
	StmtBase
	Names []*Alias
}

// ImportFrom is `from module import names`.
type ImportFrom struct {
	StmtBase
	Module string
	Names  []*Alias
	Level  int // number of leading dots
}

// Global is a global declaration.
type Global struct {
	StmtBase
	Names []string
}

// Nonlocal is a nonlocal declaration.
type Nonlocal struct {
	StmtBase
	Names []string
}

// ExprStmt is an expression used as a statement.
type ExprStmt struct {
	StmtBase
	Value Expr
}

// Pass is `pass`.
type Pass struct{ StmtBase }

// Break is `break`.
type Break struct{ StmtBase }

// Continue is `continue`.
type Continue struct{ StmtBase }

// --------------------------------------------------------------- expressions

// BoolOp is `a and b and c` or `a or b`.
type BoolOp struct {
	ExprBase
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is the walrus `target := value`.
type NamedExpr struct {
	ExprBase
	Target *Name
	Value  Expr
}

// BinOp is a binary operation.
type BinOp struct {
	ExprBase
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is a unary operation.
type UnaryOp struct {
	ExprBase
	Op      UnaryOperator
	Operand Expr
}

// Lambda is a lambda expression.
type Lambda struct {
	ExprBase
	Args *Arguments
	Body Expr
}

// IfExp is `body if test else orelse`.
type IfExp struct {
	ExprBase
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is a dict display; a nil key marks `**value` unpacking.
type Dict struct {
	ExprBase
	Keys   []Expr
	Values []Expr
}

// Set is a set display.
type Set struct {
	ExprBase
	Elts []Expr
}

// ListComp is a list comprehension.
type ListComp struct {
	ExprBase
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is a set comprehension.
type SetComp struct {
	ExprBase
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is a dict comprehension.
type DictComp struct {
	ExprBase
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is a generator expression.
type GeneratorExp struct {
	ExprBase
	Elt        Expr
	Generators []*Comprehension
}

// Await is `await value`.
type Await struct {
	ExprBase
	Value Expr
}

// Yield is `yield [value]`.
type Yield struct {
	ExprBase
	Value Expr // may be nil
}

// YieldFrom is `yield from value`.
type YieldFrom struct {
	ExprBase
	Value Expr
}

// Compare is a (possibly chained) comparison.
type Compare struct {
	ExprBase
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// Call is a call. Positional arguments may include *Starred; keywords with
// an empty Arg are `**value`.
type Call struct {
	ExprBase
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// FormattedValue is one `{value!conv:spec}` field of an f-string.
type FormattedValue struct {
	ExprBase
	Value      Expr
	Conversion rune       // 0, 's', 'r' or 'a'
	FormatSpec *JoinedStr // may be nil
	// DebugText is the text of a `{x=}` field before the value ("x="), which
	// CPython prints literally; empty otherwise.
	DebugText string
}

// JoinedStr is an f-string (after implicit concatenation): a sequence of
// *Constant strings and *FormattedValue fields.
type JoinedStr struct {
	ExprBase
	Values []Expr
}

// ConstKind says which Python type a Constant has.
type ConstKind int

// The kinds of Constant.
const (
	ConstNone ConstKind = iota
	ConstBool
	ConstInt
	ConstFloat
	ConstComplex
	ConstStr
	ConstBytes
	ConstEllipsis
)

// Constant is a literal.
type Constant struct {
	ExprBase
	Kind ConstKind
	// Value holds: nil (None, Ellipsis); bool; *big.Int for ints;
	// float64; complex128 (the imaginary literal); string for str; []byte.
	Value any
}

// Attribute is `value.attr`.
type Attribute struct {
	ExprBase
	Value Expr
	Attr  string
	Ctx   Context
}

// Subscript is `value[slice]`; the slice is a *Slice, a *Tuple holding
// slices, or any expression.
type Subscript struct {
	ExprBase
	Value Expr
	Slice Expr
	Ctx   Context
}

// Starred is `*value`.
type Starred struct {
	ExprBase
	Value Expr
	Ctx   Context
}

// Name is an identifier.
type Name struct {
	ExprBase
	ID  string
	Ctx Context
}

// List is a list display or target.
type List struct {
	ExprBase
	Elts []Expr
	Ctx  Context
}

// Tuple is a tuple display or target.
type Tuple struct {
	ExprBase
	Elts []Expr
	Ctx  Context
}

// Slice is `lower:upper:step` inside a subscript.
type Slice struct {
	ExprBase
	Lower, Upper, Step Expr // each may be nil
}

// ------------------------------------------------------------------ helpers

// Comprehension is one `for target in iter if cond...` clause.
type Comprehension struct {
	P      Pos
	Target Expr
	Iter   Expr
	Ifs    []Expr
	Async  bool
}

// ExceptHandler is one except clause.
type ExceptHandler struct {
	P    Pos
	Type Expr   // may be nil
	Name string // may be empty
	Body []Stmt
}

// Arguments is a parameter list. Defaults align with the last parameters of
// PosOnly+Args; KwDefaults aligns with KwOnly (nil where there is none).
type Arguments struct {
	PosOnly    []*Arg
	Args       []*Arg
	Vararg     *Arg
	KwOnly     []*Arg
	KwDefaults []Expr
	Kwarg      *Arg
	Defaults   []Expr
}

// Arg is one parameter.
type Arg struct {
	P          Pos
	Name       string
	Annotation Expr // may be nil
}

// Keyword is `arg=value` in a call, or `**value` when Arg is empty.
type Keyword struct {
	P     Pos
	Arg   string
	Value Expr
}

// Alias is `name [as asname]` in an import.
type Alias struct {
	P      Pos
	Name   string
	AsName string
}

// WithItem is `expr [as vars]`.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr // may be nil
}

// ------------------------------------------------------------------- enums

// Context says whether a name or display is read, assigned or deleted.
type Context int

// The contexts.
const (
	Load Context = iota
	Store
	Del
)

// BoolOperator is `and` or `or`.
type BoolOperator int

// The boolean operators.
const (
	And BoolOperator = iota + 1
	Or
)

// Operator is a binary operator.
type Operator int

// The binary operators.
const (
	Add Operator = iota + 1
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorText = [...]string{"", "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

// String returns the operator as written in Python.
func (o Operator) String() string { return operatorText[o] }

// UnaryOperator is a unary operator.
type UnaryOperator int

// The unary operators.
const (
	Invert UnaryOperator = iota + 1
	Not
	UAdd
	USub
)

var unaryText = [...]string{"", "~", "not", "+", "-"}

// String returns the operator as written in Python.
func (o UnaryOperator) String() string { return unaryText[o] }

// CmpOp is a comparison operator.
type CmpOp int

// The comparison operators.
const (
	Eq CmpOp = iota + 1
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpText = [...]string{"", "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

// String returns the operator as written in Python.
func (o CmpOp) String() string { return cmpText[o] }
