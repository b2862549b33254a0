import gevent
from gevent.queue import Queue

q = Queue()


def producer():
    for i in range(3):
        q.put(i)
        print("put", i)
        gevent.sleep(0)


def consumer():
    for _ in range(3):
        item = q.get()
        print("got", item)


gevent.joinall([gevent.spawn(producer), gevent.spawn(consumer)])
