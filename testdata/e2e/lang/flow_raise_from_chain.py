class_names = []


def load(path):
    try:
        raise FileNotFoundError(f"no such file: {path}")
    except FileNotFoundError as e:
        raise RuntimeError(f"cannot load {path}") from e


try:
    load("a.txt")
except RuntimeError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
load("b.txt")
