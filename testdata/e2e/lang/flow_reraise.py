def risky(n):
    if n > 2:
        raise ValueError(f"too big: {n}")
    return n


def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("logging and re-raising")
        raise


def convert(n):
    try:
        return wrapper(n)
    except ValueError as e:
        raise RuntimeError("conversion failed") from e


print(wrapper(1))
try:
    convert(5)
except RuntimeError as e:
    print("caught", e)
try:
    wrapper(7)
except (KeyError, ValueError) as e:
    print("tuple handler", e)
convert(9)
