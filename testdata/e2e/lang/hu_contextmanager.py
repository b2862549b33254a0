# @contextmanager generators: the yielded value bound by as, finally bodies
# when the body raises, code after a bare yield skipped on error, return
# from inside the with, use from threads.
import contextlib
import threading
import time
from contextlib import contextmanager

log = []

@contextmanager
def step(name):
    log.append(f"enter {name}")
    start = time.perf_counter()
    try:
        yield name.upper()
    finally:
        log.append(f"exit {name} {time.perf_counter() - start >= 0}")

@contextlib.contextmanager
def no_cleanup_on_error(tag):
    print("setup", tag)
    yield
    print("teardown", tag)

@contextmanager
def counted(counter, lock):
    with lock:
        counter[0] += 1
    yield counter[0]

def find(items, target):
    for i, x in enumerate(items):
        with step(f"look{i}") as s:
            if x == target:
                return i, s
    return -1, None

with step("a") as a:
    with step("b") as b:
        print(a, b)
try:
    with step("c"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with no_cleanup_on_error("ok"):
    print("body")
try:
    with no_cleanup_on_error("fail"):
        raise KeyError("x")
except KeyError:
    print("no teardown after error")
print(find([5, 6, 7], 6))
counter = [0]
lock = threading.Lock()
res = []
def worker():
    with counted(counter, lock) as n:
        res.append(n)
ts = [threading.Thread(target=worker) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res), counter)
for line in log:
    print(line)
