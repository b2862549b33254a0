import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@functools.cache
def sq(n):
    return n * n

print(fib(30))
print(fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.currsize, info.maxsize)
fib.cache_clear()
print(fib.cache_info())
print(sq(3), sq(3), sq(4), sq.cache_info())

@functools.lru_cache(maxsize=2)
def sq2(n):
    return n * n

@functools.lru_cache
def cube(n):
    return n ** 3

for v in [1, 2, 1, 3, 1, 2]:
    sq2(v)
print(sq2.cache_info())
print(cube(2), cube(2), cube.cache_info())
