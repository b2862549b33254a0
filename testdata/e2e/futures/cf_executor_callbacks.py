import threading
from concurrent.futures import ThreadPoolExecutor


class Collector:
    def __init__(self):
        self.lock = threading.Lock()
        self.done = []
        self.failed = []

    def on_done(self, fut):
        exc = fut.exception()
        with self.lock:
            if exc is not None:
                self.failed.append(str(exc))
            else:
                self.done.append(fut.result())


def job(n):
    if n % 4 == 3:
        raise ValueError("job %d failed" % n)
    return n * n


col = Collector()
with ThreadPoolExecutor(max_workers=3) as ex:
    for i in range(12):
        f = ex.submit(job, i)
        f.add_done_callback(col.on_done)
print(sorted(col.done))
print(sorted(col.failed))
