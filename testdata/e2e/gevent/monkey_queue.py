from gevent import monkey
monkey.patch_all()
import queue
import time
import gevent

q = queue.Queue()


def consumer():
    for _ in range(3):
        item = q.get()
        print("got", item)


def producer():
    for i in range(3):
        print("put", i)
        q.put(i)
        time.sleep(0.01)


gevent.joinall([gevent.spawn(consumer), gevent.spawn(producer)])
print("done")
