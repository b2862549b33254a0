import multiprocessing


def double(x):
    return x * 2


if __name__ == "__main__":
    n = multiprocessing.cpu_count()
    print(n >= 1)
    pool = multiprocessing.Pool()
    print(sum(pool.map(double, range(100))))
    pool.terminate()
    pool.join()
