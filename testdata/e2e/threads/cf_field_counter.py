# Four threads increment one object's field without a lock; CPython's GIL
# makes each `self.count += 1` lose nothing in practice.
import threading


class Counter:
    def __init__(self):
        self.count = 0
        self.total = 0.0

    def inc(self):
        self.count += 1
        self.total = self.total + 0.5


def work(c, n):
    for _ in range(n):
        c.inc()


c = Counter()
threads = [threading.Thread(target=work, args=(c, 10000)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(c.count, c.total)
