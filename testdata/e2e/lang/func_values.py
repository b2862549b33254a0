def double(x):
    return x * 2


def negate(x):
    return -x


ops = [double, negate, lambda x: x + 100]
for op in ops:
    print(op(5))
table = {"d": double, "n": negate}
print(table["d"](21), table["n"](1))
f = double
print(f(8))
f = negate
print(f(8))


def apply(fn, v):
    return fn(v)


print(apply(double, 3), apply(lambda s: s + "!", "hi"))
