import threading


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.cond = threading.Condition()
        self.closed = False

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items and not self.closed:
                self.cond.wait()
            if not self.items:
                return None
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

    def close(self):
        with self.cond:
            self.closed = True
            self.cond.notify_all()


buf = BoundedBuffer(3)
got = []
got_lock = threading.Lock()


def produce(start):
    for i in range(start, start + 20):
        buf.put(i)


def consume():
    while True:
        item = buf.get()
        if item is None:
            return
        with got_lock:
            got.append(item)


producers = [threading.Thread(target=produce, args=(k * 100,)) for k in range(3)]
consumers = [threading.Thread(target=consume) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
buf.close()
for t in consumers:
    t.join()
print(len(got), sum(got))
print(sorted(got)[:3], sorted(got)[-3:])
print(buf.items, buf.closed)
