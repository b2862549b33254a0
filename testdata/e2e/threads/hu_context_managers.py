# A class context manager reading exc_type.__name__, beside a
# @contextmanager lock helper used by threads.
import threading
import time
from contextlib import contextmanager

class Timer:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        self.start = time.perf_counter()
        return self
    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        print(f"[{self.label}] done, error={exc_type.__name__ if exc_type else None}")
        return False

@contextmanager
def acquired(lock, name):
    lock.acquire()
    try:
        yield name.upper()
    finally:
        lock.release()

counter = 0
lock = threading.Lock()

def bump(n):
    global counter
    for _ in range(n):
        with acquired(lock, "x") as tag:
            counter += 1

with Timer("threads") as t:
    ths = [threading.Thread(target=bump, args=(1000,)) for _ in range(4)]
    for th in ths: th.start()
    for th in ths: th.join()
print(counter, t.elapsed >= 0)
try:
    with Timer("failing"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
