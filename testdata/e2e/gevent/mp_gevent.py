import multiprocessing
import gevent


def f(tag, n):
    out = []
    for i in range(n):
        out.append("%s%d" % (tag, i))
        gevent.sleep(0)
    return out


def run(x):
    gs = [gevent.spawn(f, t, x) for t in "ab"]
    gevent.joinall(gs)
    return [g.value for g in gs]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(run, [1, 2, 3]))
