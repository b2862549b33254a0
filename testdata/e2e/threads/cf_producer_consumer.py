import queue
import threading

NUM_PRODUCERS = 3
NUM_CONSUMERS = 2
ITEMS_PER_PRODUCER = 50

work = queue.Queue(maxsize=10)
results = []
results_lock = threading.Lock()


def producer(pid):
    for i in range(ITEMS_PER_PRODUCER):
        work.put((pid, i))


def consumer(cid, counts):
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        pid, i = item
        with results_lock:
            results.append(pid * 1000 + i)
        counts[cid] = counts.get(cid, 0) + 1
        work.task_done()


counts = {}
consumers = [threading.Thread(target=consumer, args=(c, counts), name="consumer-%d" % c) for c in range(NUM_CONSUMERS)]
producers = [threading.Thread(target=producer, args=(p,)) for p in range(NUM_PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    work.put(None)
work.join()
for t in consumers:
    t.join()
print("consumed", len(results), "items")
print("sum", sum(results))
print("per consumer total", sum(counts.values()))
print("sorted head", sorted(results)[:5])
print("queue empty", work.empty())
