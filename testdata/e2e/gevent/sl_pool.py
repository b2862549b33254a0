# A gevent pool of size 2 running stackless greenlets: spawning into a
# full pool waits for a free slot, and the greenlets' turns interleave as
# gevent's do.
import gevent
from gevent.pool import Pool, Group


def job(name, rounds):
    done = 0
    for r in range(rounds):
        print(name, "round", r)
        gevent.sleep(0)
        done += 1
    return f"{name}:{done}"


pool = Pool(2)
gs = []
for i, rounds in enumerate([2, 1, 3, 1]):
    gs.append(pool.spawn(job, f"p{i}", rounds))
    print("spawned", i, "free", pool.free_count())
pool.join()
group = Group()
hs = [group.spawn(job, f"g{i}", 2) for i in range(2)]
group.join()
print([g.value for g in gs + hs])
