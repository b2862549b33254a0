def countdown(n):
    while n > 0:
        yield n
        n -= 1


def take_until(xs, stop):
    for x in xs:
        if x == stop:
            return
        yield x


def chain(n):
    yield "start"
    yield from countdown(n)


for v in take_until([1, 2, 3, 4], 3):
    print(v)
total = 0
for c in countdown(5):
    total += c
print(total)
it = chain(2)
print(next(it), next(it), next(it), next(it, "done"))
