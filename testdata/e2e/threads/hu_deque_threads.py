# A deque shared by threads without a lock: its operations are atomic.
import threading
from collections import deque, Counter, defaultdict

events = deque()
def producer(pid):
    for i in range(500):
        events.append((pid, i))

ts = [threading.Thread(target=producer, args=(p,)) for p in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(events))
drained = Counter()
def consumer():
    while True:
        try:
            pid, _ = events.popleft()
        except IndexError:
            return
        drained[pid] += 0
cs = [threading.Thread(target=consumer) for _ in range(3)]
for t in cs: t.start()
for t in cs: t.join()
print(len(events), sorted(drained))
c = Counter("banana")
print(list(c.items()), list(c.keys()), list(c.values()))
dd = defaultdict(list)
dd["x"].append(1)
print(list(dd.items()), list(dd.keys()))
