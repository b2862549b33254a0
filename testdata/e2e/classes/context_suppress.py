class Suppress:
    def __init__(self, kind):
        self.kind = kind
        self.caught = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is not None and type(exc).__name__ == self.kind:
            self.caught += 1
            print("suppressed:", exc)
            return True
        return False


s = Suppress("ZeroDivisionError")
with s:
    print(1 // 0)
print("after", s.caught)
with s:
    print("no error")
print("caught", s.caught)
try:
    with Suppress("KeyError"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)
