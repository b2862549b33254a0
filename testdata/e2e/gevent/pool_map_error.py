import gevent
from gevent.pool import Pool


def job(i):
    gevent.sleep(0.01)
    if i == 1:
        raise ValueError("job %d failed" % i)
    return i


pool = Pool(2)
try:
    pool.map(job, range(3))
except ValueError as e:
    print("map raised", e)
print("after")
