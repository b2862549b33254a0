class BadInput(ValueError):
    pass


def parse(text):
    raise BadInput("not a number: %s" % text)


def load(items):
    out = []
    for item in items:
        try:
            out.append(parse(item))
        except BadInput as e:
            raise RuntimeError("load failed") from e
    return out


print("start")
f = lambda: load(["1x"])
f()
