from multiprocessing import Pool


def add(a, b):
    return a + b


if __name__ == "__main__":
    xs = [1, 2, 3]
    ys = [10, 20, 30]
    with Pool(2) as pool:
        print(pool.starmap(add, zip(xs, ys)))
        pairs = list(zip(xs, ys))
        print(pool.starmap(add, pairs))
        r = pool.starmap_async(add, pairs)
        print(r.get())
        print([pool.apply(add, p) for p in pairs])
