import gevent
from gevent import pool


def job(i):
    print("start", i)
    gevent.sleep(0.02)
    print("end", i)


p = pool.Pool(2)
for i in range(4):
    p.spawn(job, i)
    print("spawned", i)
p.join()
print("all done")
