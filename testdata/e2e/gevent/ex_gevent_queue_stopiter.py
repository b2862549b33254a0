import gevent
from gevent.queue import Queue

q = Queue(maxsize=2)


def producer(n):
    for i in range(n):
        q.put(i * i)
        print(f"put {i * i}")
    q.put(StopIteration)
    print("producer done")


def consumer():
    total = 0
    for item in q:
        print(f"got {item}")
        total += item
        gevent.sleep(0.01)
    return total


p = gevent.spawn(producer, 5)
c = gevent.spawn(consumer)
gevent.joinall([p, c])
print("sum =", c.value)
