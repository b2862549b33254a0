import threading
import time
from concurrent.futures import ThreadPoolExecutor

class Cache:
    def __init__(self):
        self._data = {}
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key, compute):
        with self._lock:
            if key in self._data:
                self.hits += 1
                return self._data[key]
            self.misses += 1
        value = compute(key)
        with self._lock:
            self._data.setdefault(key, value)
            return self._data[key]

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

def expensive(k):
    time.sleep(0.001)
    return k * 3

def main():
    cache = Cache()
    keys = [i % 5 for i in range(20)]
    with ThreadPoolExecutor(max_workers=4) as ex:
        vals = list(ex.map(lambda k: cache.get(k, expensive), keys))
    print(vals)
    print(len(cache), 3 in cache, 7 in cache)
    print(cache.hits + cache.misses)
    stats = {"ok": 0, "err": 0}
    lock = threading.Lock()
    def job(i):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            with lock:
                stats["ok"] += 1
        except ValueError:
            with lock:
                stats["err"] += 1
    threads = [threading.Thread(target=job, args=(i,)) for i in range(10)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    print(stats)
    tl = threading.local()
    seen = []
    def setter(v):
        tl.v = v
        time.sleep(0.001)
        seen.append(tl.v == v)
    ts = [threading.Thread(target=setter, args=(i,)) for i in range(5)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(all(seen), len(seen))

main()
