def risky():
    raise ValueError("x")


def wrapper():
    try:
        risky()
    finally:
        pass


def use():
    f = lambda: wrapper()
    f()


use()
