# Parenthesized operands keep their grouping in Go: Python's AST has no
# parentheses, so the emitter must add them where Go would regroup.
def ints(x, y, z):
    return [(x + 1) * 3, x - (y - z), -(x + y) * 2, (x | y) & z, x & (y + z),
            (x - y) % 5, (x + y) // 2, ~(x + y), (x ^ y) * 2, x * (y - z)]


def floats(a, b):
    return [(a + b) * 0.5, a - (b - 0.25), -(a - b), (a * 2.0) - (b * 3.0)]


def logic(p, q, r):
    return [(p or q) and r, p or (q and r), (p != q) == (q != r), not (p and q)]


print(ints(7, 3, 2), ints(-4, 9, 5))
print(floats(1.5, 0.75))
print(logic(True, False, True), logic(False, True, False))
print(("a" + "b") * 2, 2 ** (1 + 2), (2 ** 3) ** 2)
