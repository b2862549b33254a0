from gevent import monkey
monkey.patch_all()

import threading
import time

results = {}
lock = threading.Lock()


def worker(n):
    time.sleep(0.01 * (4 - n))
    with lock:
        results[n] = n * n
    print(f"worker {n} done")


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
