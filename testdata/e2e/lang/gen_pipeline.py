def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def squares(seq):
    for x in seq:
        yield x * x


def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x


total = 0
for v in evens(squares(numbers(10))):
    print(v)
    total += v
print("total", total)
gen = (c.upper() for c in "abc")
print([x for x in gen])
