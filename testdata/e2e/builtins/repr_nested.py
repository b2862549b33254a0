# repr of nested containers and strings with quotes.
data = [1, "it's", 'say "hi"', "both ' and \"", ["nested", ("t", 2.0)], None, True]
print(data)
print(repr(data))
print(str("plain"), repr("plain"), repr(""), repr("\x00\x7f"), repr("\u2603"))
print((1,), (), ((1, 2), [3]))
print(repr(1e16), repr(123456789012345678), 0.1, 1/3, 2e-5, -1.5e300)
