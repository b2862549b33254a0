import threading
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()
release = threading.Event()


def blocker():
    started.set()
    release.wait()
    return "first"


def later(i):
    return i


ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocker)
rest = [ex.submit(later, i) for i in range(4)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in rest])
release.set()
print(first.result())
