from multiprocessing import Pool
from concurrent.futures import ProcessPoolExecutor


def power(base, exp=2):
    return base ** exp


def describe(name, *values):
    return f"{name}: {sum(values)}"


if __name__ == "__main__":
    tasks = [(2, 3), (3, 2), (4, 1)]
    with Pool(2) as pool:
        print(pool.starmap(power, tasks))
        args = (5, 3)
        print(pool.apply(power, args))
        r = pool.apply_async(power, args)
        print(r.get())
        print(pool.apply_async(describe, ("total", 1, 2, 3)).get())
        print([pool.apply_async(power, t).get() for t in tasks])
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(power, *t) for t in tasks]
        print([f.result() for f in futs])
        print(ex.submit(describe, "sum", *[1, 2, 3]).result())
        print(list(ex.map(power, [1, 2, 3], [3, 2, 1])))
