# A @contextmanager whose yield is inside try/except would swallow the
# body's exception in Python; py2go refuses it.
from contextlib import contextmanager

@contextmanager
def swallow():
    try:
        yield
    except ValueError:
        print("swallowed")

with swallow():
    raise ValueError("x")
print("after")
