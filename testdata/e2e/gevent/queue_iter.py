import gevent
from gevent.queue import Queue

tasks = Queue()


def worker(name):
    for t in tasks:
        print(name, "got", t)
        gevent.sleep(0)


for i in range(5):
    tasks.put(i)
tasks.put(StopIteration)
tasks.put(StopIteration)
gevent.joinall([gevent.spawn(worker, "w1"), gevent.spawn(worker, "w2")])
print("empty", tasks.empty())
