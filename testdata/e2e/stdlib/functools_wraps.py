import functools
from functools import wraps

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper

def plain(func):
    def inner(*args):
        return func(*args)
    return inner

@logged
def mul(a, b):
    """Multiply two numbers."""
    return a * b

@logged
def greet(name, punct="!"):
    return "hi " + name + punct

@plain
def neg(x):
    return -x

print(mul(3, 4), greet("ann"), greet("bob", punct="?"))
print(mul.__name__, mul.__doc__)
print(greet.__name__, greet.__doc__)
print(neg.__name__, neg(2))

def power(base, exp):
    """Raise base to exp."""
    return base ** exp

square = lambda x: x * x
print(power.__name__, power.__doc__, square.__name__, (lambda: 0).__name__)

def timed(label):
    def deco(fn):
        @functools.wraps(fn)
        def run(*args):
            print(label, fn.__name__)
            return fn(*args)
        return run
    return deco

@timed("T")
def add(a, b):
    return a + b

print(add(1, 2), add.__name__, add.__wrapped__(5, 6))
