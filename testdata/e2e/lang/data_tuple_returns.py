def divmod_pair(a, b):
    return a // b, a % b


q, r = divmod_pair(17, 5)
print(q, r)
print(divmod_pair(-17, 5))


def stats(xs):
    n = len(xs)
    s = 0
    for x in xs:
        s += x
    return n, s, s / n


count, total, mean = stats([2, 4, 9])
print(count, total, mean)
pairs = [(1, "one"), (2, "two")]
for num, word in pairs:
    print(f"{num}={word}")
a, b, c = "xyz"
print(c, b, a)
