# Pool.map family over range() arguments of every shape, and sum() of the
# typed result lists.
import multiprocessing


def triple(x):
    return x * 3 + 1


def half(x):
    return x / 2


def check(x):
    if x == 37:
        raise ValueError("bad item %d" % x)
    return x


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        print(pool.map(triple, range(5)))
        print(pool.map(triple, range(3, 12, 4), chunksize=2))
        print(pool.map(triple, range(10, 0, -3)))
        print(pool.map(triple, range(5, 5)))
        print(pool.map(triple, range(-4, -10, -1), 1))
        n = 1000
        results = pool.map(triple, range(n), chunksize=7)
        print(len(results), sum(results), sum(results, 5))
        halves = pool.map(half, range(1, 8))
        print(halves, sum(halves), sum(halves, 1))
        r = pool.map_async(triple, range(2, 20, 5))
        print(r.get())
        print(list(pool.imap(triple, range(4), chunksize=3)))
        print(sorted(pool.imap_unordered(triple, range(0, 9, 2))))
        try:
            pool.map(check, range(100), chunksize=10)
        except ValueError as e:
            print("caught", e)
        try:
            pool.map(triple, range(1, 5, 0))
        except ValueError as e:
            print("caught", e)
