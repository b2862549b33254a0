import functools
from functools import partial
from concurrent.futures import ThreadPoolExecutor
import threading

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
print(square(5))
print(list(map(square, [1, 2, 3])))
add3 = functools.partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(10))

def greet(greeting, name, punct="!"):
    print(f"{greeting}, {name}{punct}")

hello = partial(greet, "Hello")
hello("Ann")
hello("Bob", punct="?")
t = threading.Thread(target=partial(greet, "Hi", "thread"))
t.start(); t.join()
with ThreadPoolExecutor(2) as ex:
    fut = ex.submit(partial(power, 2), 10)
    print(fut.result())
    print(list(ex.map(partial(power, exp=3), [1, 2])))
n = 10
add_n = partial(lambda x, y: x + y, n)
n = 20
print(add_n(1))
