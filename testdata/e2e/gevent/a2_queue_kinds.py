# gevent.queue.PriorityQueue and LifoQueue, and gevent.lock.RLock held
# again by the greenlet that holds it.
import gevent
from gevent.lock import RLock
from gevent.queue import LifoQueue, PriorityQueue


class Inventory:
    def __init__(self):
        self.items = {}
        self.lock = RLock()

    def add(self, name, qty):
        with self.lock:
            current = self.items.get(name, 0)
            gevent.sleep(0.001)
            self.items[name] = current + qty

    def bulk(self, entries):
        with self.lock:
            for n, q in entries:
                self.add(n, q)


inv = Inventory()
gevent.joinall([gevent.spawn(inv.add, "apple", 1) for _ in range(5)] +
               [gevent.spawn(inv.bulk, [("pear", 2), ("apple", 10)])])
print(inv.items)
lock = RLock()
print(lock.acquire(), lock.acquire(), lock.acquire(blocking=False))
for _ in range(3):
    lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", str(e).split(".")[0])

pq = PriorityQueue()
for p in [5, 1, 3, 1]:
    pq.put((p, f"job{p}"))
print([pq.get() for _ in range(4)])
lq = LifoQueue(maxsize=3)
for i in range(3):
    lq.put(i)
print(lq.qsize())
print([lq.get() for _ in range(3)], lq.empty())
jobs = PriorityQueue()


def worker(name):
    while not jobs.empty():
        prio, job = jobs.get()
        gevent.sleep(0.001)
        print(name, "did", job, "priority", prio)


for prio, job in [(2, "write"), (0, "urgent"), (1, "read")]:
    jobs.put_nowait((prio, job))
gevent.joinall([gevent.spawn(worker, "w1"), gevent.spawn(worker, "w2")])
