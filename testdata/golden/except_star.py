def risky(n):
    if n == 0:
        raise ValueError("zero")
    raise ExceptionGroup("many", [TypeError(n), KeyError(n)])


for n in range(2):
    try:
        risky(n)
    except* ValueError as eg:
        print("value", eg.exceptions)
    except* (TypeError, KeyError) as eg:
        print("other", repr(eg))
    finally:
        print("done", n)
