def inner(kind):
    if kind == "key":
        raise KeyError("k")
    if kind == "index":
        raise IndexError("i")
    if kind == "zero":
        return 1 // 0
    return "ok"


def classify(kind):
    try:
        try:
            return inner(kind)
        except KeyError:
            return "key error"
        finally:
            print("inner finally for", kind)
    except (IndexError, ZeroDivisionError) as e:
        return f"outer caught {type(e).__name__}: {e}"


for k in ["ok", "key", "index", "zero"]:
    print(classify(k))
