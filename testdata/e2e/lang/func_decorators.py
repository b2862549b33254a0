def logged(fn):
    def wrapper(*args):
        print("calling with", args)
        result = fn(*args)
        print("result", result)
        return result
    return wrapper


@logged
def add(a, b):
    return a + b


@logged
def square(x):
    return x * x


add(2, 3)
square(4)


def twice(fn):
    def wrapper(x):
        return fn(fn(x))
    return wrapper


@twice
def inc(x):
    return x + 1


print(inc(5))
