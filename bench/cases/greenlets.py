# 50,000 greenlets that each yield once with sleep(0).
import gevent

N = 50000


def worker(i):
    gevent.sleep(0)
    return i


greenlets = [gevent.spawn(worker, i) for i in range(N)]
gevent.joinall(greenlets)
print(sum(g.value for g in greenlets))
