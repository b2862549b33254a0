# namedtuple's errors, with CPython's messages; the last one is uncaught.
from collections import namedtuple

Pair = namedtuple("Pair", "left right", defaults=[None])
print(Pair(1), Pair(1, 2), Pair._field_defaults)
for make in (lambda: Pair(), lambda: Pair(1, 2, 3), lambda: Pair(1, bad=2), lambda: Pair(1, left=2),
             lambda: Pair._make([1]), lambda: Pair(1, 2)._replace(middle=0)):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for fields in ("a a", "a _b", "a 1b"):
    try:
        namedtuple("Bad", fields)
    except ValueError as e:
        print("ValueError", e)
p = Pair("x", "y")
print(p.left, p.right)
print(p.middle)
