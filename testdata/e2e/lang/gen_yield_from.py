def inner(n):
    for i in range(n):
        yield i


def outer():
    yield "start"
    yield from inner(3)
    yield from ["x", "y"]
    yield "end"


for v in outer():
    print(v)


def walk(n):
    if n > 0:
        yield from walk(n - 1)
        yield n


print([x for x in walk(5)])
