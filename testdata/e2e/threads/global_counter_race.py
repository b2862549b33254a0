import threading
from concurrent.futures import ThreadPoolExecutor

counter = 0
total = 0.0
hits = {"a": 0, "b": 0}
seen = []
lock = threading.Lock()


def work(n):
    global counter, total
    for i in range(n):
        counter += 1
        total = total + 0.5
        hits["a"] += 1
        seen.append(i)


def pooled(k):
    global counter
    counter = counter + k
    return counter > 0


threads = [threading.Thread(target=work, args=(20000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with ThreadPoolExecutor(4) as ex:
    oks = list(ex.map(pooled, range(100)))
print(counter, total, hits, len(seen), all(oks))
