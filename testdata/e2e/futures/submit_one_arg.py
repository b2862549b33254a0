# executor.submit(fn, arg) with functions of one argument of several kinds,
# exceptions, callbacks, many small tasks, and a process pool.
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed


def square(x):
    return x * x


def scale(x):
    return x * 1.5


def fail(x):
    if x % 3 == 0:
        raise ValueError("bad %d" % x)
    return x


def describe(v):
    return "<%s>" % (v,)


done = []


def record(fut):
    done.append(fut.result())


def make_adder(k):
    def add(x):
        return x + k
    return add


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as ex:
        fs = [ex.submit(square, i) for i in range(1000)]
        print(sum(f.result() for f in fs))
        print(ex.submit(scale, 3).result(), ex.submit(scale, 2.5).result())
        print(ex.submit(lambda s: s.upper(), "abc").result())
        print(ex.submit(describe, 7).result(), ex.submit(describe, "x").result())
        add = make_adder(4)
        print(ex.submit(add, 5).result())
        for i in range(1, 7):
            f = ex.submit(fail, i)
            try:
                print(i, f.result())
            except ValueError as e:
                print(i, "raised", e, f.exception())
        f = ex.submit(square, 12)
        f.add_done_callback(record)
        f.result()
        print(sorted(f.result() for f in as_completed([ex.submit(square, k) for k in (3, 1, 2)])))
    print(done)
    with ProcessPoolExecutor(max_workers=2) as pex:
        print([f.result() for f in [pex.submit(square, n) for n in range(5)]])
