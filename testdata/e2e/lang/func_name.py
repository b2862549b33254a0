# __name__ and __doc__ of functions and lambdas, and what decorators do to them.
def power(base, exp=2):
    """Raise base to exp."""
    return base ** exp


def undocumented():
    return None


square = lambda x: x * x
print(power.__name__, power.__doc__, undocumented.__name__, undocumented.__doc__)
print(square.__name__, (lambda: 0).__name__)


def outer():
    def inner():
        return 1

    return inner


f = outer()
print(f.__name__, f())


def shout(fn):
    def loud(*args):
        return str(fn(*args)).upper()

    return loud


@shout
def hello(name, punct="!"):
    return "hello " + name + punct


print(hello("ann"), hello("bob", "?"), hello.__name__)
handlers = {"p": power, "s": square}
print(sorted(handlers))
for key in sorted(handlers):
    print(key, handlers[key](3))
