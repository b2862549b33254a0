import threading
from concurrent.futures import ThreadPoolExecutor


class Stats:
    hits = 0
    total = 0.0
    last = None

    def record(self, v):
        Stats.hits += 1
        Stats.total = Stats.total + v
        Stats.last = v


def work(n):
    s = Stats()
    for i in range(n):
        s.record(i * 0.5)
    return Stats.hits > 0


threads = [threading.Thread(target=work, args=(20000,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with ThreadPoolExecutor(3) as ex:
    print(all(ex.map(work, [1000, 1000, 1000])))
print(Stats.hits, Stats.total, Stats.last is not None)
