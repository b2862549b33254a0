import gevent
from gevent.pool import Pool, Group

group = Group()
seen = []


def task(i):
    gevent.sleep(0.005 * (i % 3))
    seen.append(i)
    return i * 10


for i in range(6):
    group.spawn(task, i)
group.join()
print("group done:", seen)

pool = Pool(2)
print("free before:", pool.free_count())
greenlets = [pool.spawn(task, i) for i in range(4)]
pool.join()
print("free after:", pool.free_count(), [g.value for g in greenlets])
print("apply:", pool.apply(task, (7,)))
