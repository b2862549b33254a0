import gevent
from gevent.queue import Queue

tasks = Queue()


def worker(name):
    while not tasks.empty():
        task = tasks.get()
        print("Worker %s got task %s" % (name, task))
        gevent.sleep(0)
    print("Quitting time!", name)


def boss():
    for i in range(1, 10):
        tasks.put_nowait(i)


gevent.spawn(boss).join()
gevent.joinall([
    gevent.spawn(worker, "steve"),
    gevent.spawn(worker, "john"),
    gevent.spawn(worker, "nancy"),
])
