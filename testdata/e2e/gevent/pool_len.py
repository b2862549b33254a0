# len() and truth of gevent groups and pools: the greenlets not yet finished.
import gevent
from gevent.pool import Group, Pool


def job(n):
    gevent.sleep(0.1 * n)
    return n


g = Group()
p = Pool(5)
for i in (1, 2, 3):
    g.spawn(job, i)
    p.spawn(job, i)
print(len(g), len(p), bool(g))
gevent.sleep(0.15)
print(len(g), len(p))
g.join()
p.join()
print(len(g), len(p), bool(g))
