import contextlib
import time

def read_lines(text):
    for line in text.splitlines():
        yield line

def grep(pattern, lines):
    for line in lines:
        if pattern in line:
            yield line

def numbered(lines, start=1):
    n = start
    for line in lines:
        yield n, line
        n += 1

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


class Timer:
    def __init__(self, label):
        self.label = label
        self.elapsed = None
    def __enter__(self):
        self.start = time.perf_counter()
        return self
    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        print(f"{self.label}: done ({'error ' + exc_type.__name__ if exc_type else 'ok'})")
        return exc_type is ZeroDivisionError

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

LOG = """INFO start
ERROR disk full
INFO retry
ERROR disk still full
DEBUG x"""

def main():
    for n, line in numbered(grep("ERROR", read_lines(LOG)), start=10):
        print(n, line)
    print(list(flatten([1, [2, [3, 4]], [[5]], 6])))
    with Timer("div") as t:
        x = 1 / 0
    print("suppressed", t.elapsed is not None)
    try:
        with Timer("key"):
            {}["k"]
    except KeyError as e:
        print("propagated", e)
    with tag("b") as T:
        print("inside", T)
    with contextlib.suppress(FileNotFoundError, KeyError):
        {}["zz"]
    print("after suppress")
    gen = (i * i for i in range(5))
    print(next(gen), next(gen), list(gen), sum(x for x in range(4)))
    it = iter([1, 2])
    print(next(it), next(it), next(it, "done"))

main()
