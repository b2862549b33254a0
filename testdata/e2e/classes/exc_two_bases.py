class AppError(Exception):
    pass


class NotFound(AppError, KeyError):
    pass


class BadInput(ValueError, AppError):
    pass


class Timeout(AppError, TimeoutError):
    pass


def lookup(k):
    if k == "missing":
        raise NotFound(k)
    if k == "bad":
        raise BadInput("bad key: " + k)
    if k == "slow":
        raise Timeout("took too long")
    return k.upper()


for key in ["ok", "missing", "bad", "slow"]:
    try:
        print(lookup(key))
    except KeyError as e:
        print("KeyError", repr(e), str(e), isinstance(e, AppError))
    except AppError as e:
        print("AppError", type(e).__name__, e, isinstance(e, ValueError), isinstance(e, OSError))
print(issubclass(NotFound, KeyError), issubclass(NotFound, LookupError), issubclass(BadInput, AppError))
try:
    lookup("missing")
except LookupError as e:
    print("LookupError", e)
raise NotFound("final")
