import multiprocessing as mp
import os

seen = []


def init(tag):
    global seen
    seen = [tag]
    print("init", tag, flush=True)


def work(x):
    seen.append(x)
    return (x, len(seen))


if __name__ == "__main__":
    with mp.Pool(1, initializer=init, initargs=("w",), maxtasksperchild=3) as pool:
        print(pool.map(work, range(7), chunksize=1))
        print(pool.apply(work, (100,)))
    print("parent seen", seen)
    try:
        mp.Pool(2, maxtasksperchild=0)
    except ValueError as e:
        print("ValueError:", e)
