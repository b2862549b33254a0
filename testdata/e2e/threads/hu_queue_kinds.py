# queue.SimpleQueue beside the other queue kinds.
import queue
import threading

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also-high")]:
    pq.put(item)
while not pq.empty():
    print(pq.get())
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(lq.qsize())])
q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
try:
    q.put_nowait(3)
except queue.Full:
    print("full", q.full(), q.qsize())
print(q.get_nowait(), q.get())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")
try:
    q.get(block=False)
except queue.Empty as e:
    print("empty", repr(e))
results = queue.Queue()
def worker(n):
    results.put((n, n ** 2))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
[t.start() for t in ts]
[t.join() for t in ts]
out = []
while True:
    try:
        out.append(results.get_nowait())
    except queue.Empty:
        break
print(sorted(out))
sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.empty())
