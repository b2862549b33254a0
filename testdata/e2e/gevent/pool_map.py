import gevent
from gevent.pool import Pool


def job(i):
    gevent.sleep(0.01)
    return i * 10


pool = Pool(2)
print(pool.map(job, range(6)))
print(sorted(pool.imap_unordered(job, [3, 1, 2])))
