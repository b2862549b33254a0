# format() and repr()/ascii() of assorted values.
print(format(1234.5678, ",.2f"), format(42, "b"), format("x", ">3"), format(3.0))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"), repr("é"), ascii("é ü"))
print(repr(1.0), repr(1e20), repr(1.5e-7), repr(float("-0.0")), repr(2**64), repr(None), repr(True))
print(repr([1, [2, [3, "x"]], ("t",), ()]))
try:
    format([1], "5")
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, ".2d")
except ValueError as e:
    print("ValueError:", e)
