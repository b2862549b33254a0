import functools
from functools import lru_cache, reduce

calls = 0


@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(30), calls)
print(fib(80))


@functools.cache
def paths(rows, cols):
    if rows == 0 or cols == 0:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


print(paths(16, 16))


@functools.lru_cache(128)
def label(s):
    print("computing", s)
    return "<" + s + ">"


print(label("a"), label("b"), label("a"))


def add(a, b):
    return a + b


print(reduce(add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [1, 2, 3, 4, 5]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), reduce(add, [x for x in [1, 2] if x > 5], 10))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2]))
reduce(add, [x for x in [1, 2] if x > 5])
