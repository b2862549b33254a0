import multiprocessing as mp
import os


def work(x):
    return (x * x, os.getpid())


if __name__ == "__main__":
    with mp.Pool(2, maxtasksperchild=2) as pool:
        res = pool.map(work, range(8), chunksize=1)
    print([r[0] for r in res])
    pids = {r[1] for r in res}
    print("distinct workers >= 4:", len(pids) >= 4)
    with mp.Pool(processes=3, maxtasksperchild=1) as pool:
        out = [pool.apply_async(work, (i,)) for i in range(6)]
        vals = [o.get(timeout=5) for o in out]
    print([v[0] for v in vals], len({v[1] for v in vals}) == 6)
