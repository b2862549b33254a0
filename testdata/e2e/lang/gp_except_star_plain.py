def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise TypeError("one")
    return n


for n in range(3):
    try:
        risky(n)
    except* ValueError as eg:
        print("caught", repr(eg), eg.exceptions)
    except* TypeError as eg:
        print("type", eg.exceptions, isinstance(eg, ExceptionGroup))
    else:
        print("no error", n)
    finally:
        print("finally", n)

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("v", repr(eg))
except* TypeError:
    print("t without name")

try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), KeyError("b"), OSError("c")])
    except* (ValueError, OSError) as eg:
        print("first", eg.exceptions)
except ExceptionGroup as rest:
    print("rest", repr(rest))

try:
    try:
        raise KeyError("plain")
    except* ValueError:
        print("not here")
except* KeyError as eg:
    print("wrapped", repr(eg))

try:
    raise ExceptionGroup("nested", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
except* ValueError as eg:
    print("nested values", repr(eg))
except* TypeError as eg:
    print("nested types", repr(eg))
