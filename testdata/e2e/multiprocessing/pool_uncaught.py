from multiprocessing import Pool


def boom(x):
    raise RuntimeError("worker failed on %d" % x)


if __name__ == "__main__":
    with Pool(2) as pool:
        r = pool.apply_async(boom, (3,))
        print("before get")
        r.get()
