import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

release = threading.Event()


def blocker():
    release.wait()
    return 1


def quick():
    return 2


ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocker)
second = ex.submit(quick)
print("cancel pending:", second.cancel())
print(second.cancelled(), second.done(), second.running())
try:
    second.result()
except CancelledError:
    print("CancelledError from result")
release.set()
print(first.result())
ex.shutdown()
