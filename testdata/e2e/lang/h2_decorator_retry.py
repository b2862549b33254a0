import functools
import time

def retry(times=3, exceptions=(ValueError,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"{fn.__name__} attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

calls = {"n": 0}

@retry(times=3)
def unstable(x):
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError(f"n={calls['n']}")
    return x * 2

@retry(times=2, exceptions=(KeyError, ValueError))
def always_bad():
    raise KeyError("nope")

class Registry:
    _handlers = {}

    @classmethod
    def register(cls, name):
        def deco(fn):
            cls._handlers[name] = fn
            return fn
        return deco

    @classmethod
    def run(cls, name, *args):
        return cls._handlers[name](*args)

@Registry.register("add")
def add(a, b):
    return a + b

@Registry.register("mul")
def mul(a, b):
    return a * b

def main():
    print(unstable(21))
    try:
        always_bad()
    except RuntimeError as e:
        print("gave up:", e)
    c = counter()
    c(); c(5)
    print(c())
    c2 = counter()
    print(c2(10), c())
    print(Registry.run("add", 2, 3), Registry.run("mul", 4, 5))
    print(sorted(Registry._handlers))
    print(unstable.__name__, always_bad.__name__)

main()
