import gevent
from gevent import Greenlet


def worker(label, n):
    for i in range(n):
        print(f"{label} step {i}")
        gevent.sleep(0)
    return label * n


g1 = Greenlet(worker, "x", 2)
g2 = Greenlet.spawn(worker, "y", 3)
g1.start()
g1.join()
g2.join()
print(g1.value, g2.value, g1.dead, g2.successful())
