// Package parser turns Python 3 source into py2go's syntax tree.
//
// gpython's parser understands the Python 3.4 grammar only, with wrong
// positions on some nodes and 3.4-era error messages. This package
// therefore tokenizes the source itself, rewrites newer syntax (f-strings,
// async/await, annotations, walrus, positional-only parameters, newer
// call and display forms, numeric underscores, the @ operator, PEP 614
// decorators) into forms gpython accepts without moving any line,
// recording sentinels keyed by their offset in the rewritten text (where
// no user token can be, so user names never collide with them), parses
// with gpython, and converts the result into package ast: sentinels become
// the constructs they stand for, literals are decoded from the original
// tokens, and every position is mapped back to the original text. Syntax
// errors are reported with CPython 3.11's wording, line and column.
//
// Conventions of the tree it builds, beyond those of package ast:
//
//   - A docstring is the first statement of its body, an *ast.ExprStmt
//     holding a string *ast.Constant; nothing marks it further.
//   - Decorators are in source order, outermost first; a FunctionDef or
//     ClassDef starts at its `def`, `async` or `class` keyword, not at the
//     first decorator (as in CPython 3.8+).
//   - Adjacent string literals are one Constant; if any of them is an
//     f-string the whole group is one *ast.JoinedStr whose Values are
//     string Constants (adjacent text merged, empty text dropped) and
//     *ast.FormattedValue fields. A FormattedValue's FormatSpec is itself a
//     JoinedStr (`{x:>{w}}` gives Constant(">") and a field for w); it is
//     nil without a colon. Conversion is 0, 's', 'r' or 'a'.
//   - `{x=}` gives one FormattedValue with DebugText "x=" (the exact text up
//     to and including `=` and any spaces after it); no Constant holds that
//     text, unlike CPython's tree. As in CPython, Conversion is then 'r'
//     unless a conversion or a format spec was given.
//   - Constants inside a JoinedStr, the FormattedValues and their specs
//     carry the JoinedStr's position, as in CPython; field expressions
//     carry their own.
//   - Constant values: *big.Int, float64, complex128 (the imaginary
//     literal, real part 0), string, []byte, bool, or nil for None and
//     Ellipsis (see Kind). Negative numbers are a UnaryOp.
//   - Identifiers are NFKC-normalized, as CPython does.
//   - Comments are in Module.Comments in source order, text without the
//     line break and trailing blanks.
//
// Syntax errors: each is reported where CPython 3.11 reports it, with its
// wording, for the common cases (checked against CPython in the tests);
// independent errors on other lines are all reported in one run, each
// failing line being replaced by a neutral statement before parsing again.
// Errors inside an f-string field point into the real line, where CPython
// 3.11 gives a position relative to the field.
//
// Known gaps: `match` statements and `except*` are reported as not
// supported yet; there are no end positions; an error CPython reports at
// column 0 (after a dedent) is reported at column 1.
package parser
