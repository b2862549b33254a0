def f(s, n):
    return s * n
print(f("ab", 2))
x = "a" * 3
print(x)
print(3 * "-", "ab" * 0, "ab" * -2, repr(f("x", -1)))
line = "=" * 10
print(line.upper() + "|" + line)
