def fail(msg):
    raise ValueError(msg)

def handler():
    try:
        fail("first")
    except ValueError as e:
        raise KeyError("k") from e

def context():
    try:
        handler()
    except KeyError:
        fail("second")

context()
