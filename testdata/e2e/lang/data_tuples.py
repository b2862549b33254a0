t = (1, "two", 3.0)
print(t, len(t), t[0], t[-1], t[1:])
single = (5,)
print(single, ())
nested = ((1, 2), (3, 4))
print(nested[1][0])
print((1, 2) + (3,), (1, 2) * 2)
print((1, 2) < (1, 3), (1, 2) == (1, 2))
print(2 in t, "two" in t)


def minmax(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


lo, hi = minmax([4, 2, 8, 6])
print(lo, hi, minmax([1]))
