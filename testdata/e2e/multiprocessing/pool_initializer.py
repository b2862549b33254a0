import multiprocessing


def setup(tag):
    print("worker ready", tag)


def work(x):
    return x + 1


if __name__ == "__main__":
    pool = multiprocessing.Pool(2, initializer=setup, initargs=("t",))
    print(pool.map(work, range(5)))
    pool.close()
    pool.join()
