package emit

import "github.com/dave/jennifer/jen"

// Operator precedence. Python's AST has no parentheses: (x + 1) * 3 is a
// Mult whose left operand is an Add. jennifer prints exactly what it is
// given, so an operand that is itself an infix expression binding less
// tightly in Go than the operator it feeds must be put in parentheses,
// or `(x + 1) * 3` would print as `x + 1*3`. Every infix expression the
// emitter builds goes through infix, which records its Go precedence, so
// operand can add parentheses exactly where Go needs them and nowhere
// else.

// unaryPrec is the precedence of Go's unary operators, above every
// binary one.
const unaryPrec = 6

// goPrec returns the precedence of a Go binary operator (the spec's five
// levels).
func goPrec(op string) int {
	switch op {
	case "*", "/", "%", "<<", ">>", "&", "&^":
		return 5
	case "+", "-", "|", "^":
		return 4
	case "==", "!=", "<", "<=", ">", ">=":
		return 3
	case "&&":
		return 2
	case "||":
		return 1
	}
	return unaryPrec
}

// infix builds `l op r` with the operands parenthesized where Go's
// precedence or left associativity would regroup them.
func (e *emitter) infix(l jen.Code, op string, r jen.Code) *jen.Statement {
	p := goPrec(op)
	s := jen.Add(e.operand(l, p, false)).Op(op).Add(e.operand(r, p, true))
	e.markPrec(s, p)
	return s
}

// prefix builds a unary operation on c.
func (e *emitter) prefix(op string, c jen.Code) *jen.Statement {
	return jen.Op(op).Add(e.operand(c, unaryPrec, false))
}

// markPrec records that s is an infix expression of precedence p.
func (e *emitter) markPrec(s *jen.Statement, p int) {
	if e.precOf == nil {
		e.precOf = map[*jen.Statement]int{}
	}
	e.precOf[s] = p
}

// operand parenthesizes c, an operand of an operator of precedence p,
// when c is an infix expression that binds less tightly, or as tightly
// on the right (a - (b - c)).
func (e *emitter) operand(c jen.Code, p int, right bool) jen.Code {
	s, ok := c.(*jen.Statement)
	if !ok {
		return c
	}
	if q, ok := e.precOf[s]; ok && (q < p || q == p && right) {
		return jen.Parens(c)
	}
	return c
}
