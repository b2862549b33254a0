class AppError(Exception):
    pass

class Coded(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

def f(kind):
    last = None
    try:
        if kind == 0:
            raise ValueError("v")
        if kind == 1:
            raise Coded(7)
    except ValueError as e:
        last = e
    except Coded as e:
        raise AppError("coded") from e
    if kind == 2:
        raise AppError("none") from None
    if kind == 3:
        raise AppError("cls") from KeyError
    if kind == 4:
        raise AppError("stateful") from Coded(9)
    raise AppError("gave up") from last

for k in range(5):
    try:
        f(k)
    except AppError as e:
        c = e.__cause__
        print(k, e, type(c).__name__, c)
f(0)
