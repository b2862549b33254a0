import contextlib
from contextlib import suppress

class AppError(Exception):
    pass

class SubError(AppError):
    pass

def first_int(items):
    for it in items:
        with suppress(ValueError, TypeError):
            return int(it)
    return None

def main():
    print(first_int(["x", None, "12", "7"]), first_int([]))
    with contextlib.suppress(AppError):
        raise SubError("hidden")
    print("after sub")
    with suppress():
        pass
    n = 0
    while True:
        with suppress(ZeroDivisionError):
            n += 1
            if n > 3:
                break
            print(10 / (n - 2))
    print("n", n)
    try:
        with suppress(KeyError):
            raise IndexError("not suppressed")
    except IndexError as e:
        print("IndexError", e)

main()
