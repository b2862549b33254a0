import multiprocessing

counter = 0
prefix = ""


def init(p):
    global prefix
    prefix = p


def work(x):
    global counter
    counter += 1
    return prefix + str(x)


if __name__ == "__main__":
    with multiprocessing.Pool(2, initializer=init, initargs=("w",)) as pool:
        print(pool.map(work, range(4)))
    print(repr(prefix), counter)
