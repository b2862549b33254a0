import multiprocessing


def fail(x):
    raise ValueError("nobody sees %d" % x)


if __name__ == "__main__":
    pool = multiprocessing.Pool(2)
    for i in range(3):
        pool.apply_async(fail, (i,))
    pool.close()
    pool.join()
    print("done, nothing raised")
