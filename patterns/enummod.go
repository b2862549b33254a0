package patterns

func init() {
	// Enum classes are classes of the program (infer/enum.go,
	// emit/enum.go): the base classes, auto() in a member's value and
	// @unique are read there, so the module has no entries of its own,
	// and any other use of its names is refused where it is made.
	Register(&Recognizer{
		Name:    "enum",
		Doc:     "enum: classes deriving from Enum, IntEnum, StrEnum, Flag and IntFlag, with literal or auto() values, @unique.",
		Modules: []string{"enum"},
	})
}
