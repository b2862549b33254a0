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


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print([x for x in flatten([1, [2, [3, 4]], 5])])
