# A @contextmanager function used as a value is refused.
from contextlib import contextmanager

@contextmanager
def cm():
    yield 1

f = cm
with f() as v:
    print(v)
