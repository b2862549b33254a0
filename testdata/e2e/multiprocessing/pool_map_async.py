from multiprocessing import Pool


def cube(x):
    return x * x * x


def power(a, b):
    return a ** b


def show(results):
    print("callback", results)


if __name__ == "__main__":
    pool = Pool(3)
    r = pool.map_async(cube, range(6), callback=show)
    r.wait()
    print("get", r.get())
    s = pool.starmap_async(power, [(2, 3), (3, 2)])
    print("starmap_async", s.get(timeout=5))
    pool.close()
    pool.join()
