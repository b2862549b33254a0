# len() and truth of gevent groups and pools: the greenlets not yet finished.
import gevent
from gevent.pool import Group, Pool


def job(n):
    gevent.sleep(0.01 * n)
    return n


g = Group()
p = Pool(2)
for i in (1, 2, 3):
    g.spawn(job, i)
    p.spawn(job, i)
print(len(g), len(p), bool(g))
gevent.sleep(0.015)
print(len(g), len(p))
g.join()
p.join()
print(len(g), len(p), bool(g))
