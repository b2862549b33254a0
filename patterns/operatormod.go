package patterns

func init() {
	// infer/operator.go rewrites the operator module's functions into the
	// lambdas and operations they stand for before inference; what it
	// cannot rewrite (attrgetter of a computed name, a call with keyword
	// arguments) has no entry here and is reported as not supported.
	Register(&Recognizer{
		Name: "operator",
		Doc: "operator: itemgetter, attrgetter (literal names), methodcaller (literal name) and the " +
			"operator functions (add, mul, lt, getitem, neg, ...), as values or called; rewritten into " +
			"lambdas and operations before inference.",
		Modules: []string{"operator"},
	})
}
