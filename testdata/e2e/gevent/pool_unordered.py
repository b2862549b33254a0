import gevent
from gevent.pool import Pool


def job(t):
    gevent.sleep(t)
    return t


pool = Pool(3)
for v in pool.imap_unordered(job, [0.06, 0.02, 0.04]):
    print(v)
