import queue
import threading

pq = queue.PriorityQueue()
handled = []
lock = threading.Lock()


def worker():
    while True:
        prio, job = pq.get()
        if job is None:
            pq.task_done()
            return
        with lock:
            handled.append((prio, job))
        pq.task_done()


jobs = [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent2"), (5, "idle")]
for j in jobs:
    pq.put(j)
t = threading.Thread(target=worker)
t.start()
pq.join()
pq.put((99, None))
t.join()
print(handled)
print(pq.qsize(), pq.empty())
