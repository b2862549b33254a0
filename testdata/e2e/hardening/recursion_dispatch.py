# Recursion through a dispatch table, a property, __str__ and a decorator
# wrapper is limited too.
def a(n):
    return table["b"](n + 1)


def b(n):
    return table["a"](n + 1)


table = {"a": a, "b": b}


class Link:
    def __init__(self, nxt):
        self.nxt = nxt

    @property
    def size(self):
        return 1 if self.nxt is None else 1 + self.nxt.size

    def __str__(self):
        return "L" if self.nxt is None else "L" + str(self.nxt)


def build(n):
    x = None
    for _ in range(n):
        x = Link(x)
    return x


def deco(f):
    def wrapper(n):
        return f(n)
    return wrapper


@deco
def wrapped(n):
    return wrapped(n + 1)


for name, f in [("table", lambda: a(0)), ("property", lambda: build(5000).size),
                ("str", lambda: str(build(5000))), ("decorated", lambda: wrapped(0))]:
    try:
        f()
        print(name, "ok")
    except RecursionError:
        print(name, "RecursionError")
print(build(100).size, len(str(build(100))))
