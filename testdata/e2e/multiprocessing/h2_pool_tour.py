import multiprocessing as mp
from multiprocessing import Pool
import os

def square(x):
    return x * x

def add(a, b):
    return a + b

def risky(n):
    if n % 4 == 3:
        raise ValueError(f"bad value {n}")
    return n * 2

results = []
errs = []

def on_done(r):
    results.append(r)

def on_err(e):
    errs.append(repr(e))

def main():
    with Pool(processes=3) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(sorted(pool.imap_unordered(square, [3, 1, 2])))
        print(list(pool.imap(square, range(5), chunksize=2)))
        asyncs = [pool.apply_async(risky, (i,), callback=on_done, error_callback=on_err) for i in range(8)]
        for a in asyncs:
            a.wait()
        ok = [a.successful() for a in asyncs]
        print(ok)
        r = pool.apply(add, (10, 20))
        print("apply", r)
    print(sorted(results))
    print(sorted(errs))
    try:
        with Pool(2) as p:
            p.map(risky, [1, 3])
    except ValueError as e:
        print("caught:", e)

if __name__ == "__main__":
    main()
