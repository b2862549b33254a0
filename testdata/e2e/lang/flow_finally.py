def override():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    for i in range(3):
        try:
            raise ValueError("lost")
        finally:
            break
    return "swallowed"


def order():
    try:
        print("body")
    except KeyError:
        print("handler")
    else:
        print("else")
    finally:
        print("finally")


def order_err():
    try:
        print("body")
        raise KeyError("k")
    except KeyError as e:
        print("handler", repr(e))
    else:
        print("else")
    finally:
        print("finally")


print(override())
print(swallow())
order()
order_err()
