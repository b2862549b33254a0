import multiprocessing


def inner(x):
    raise ValueError("bad %d" % x)


def task(x):
    return inner(x)


pool = multiprocessing.Pool(2)
r = pool.apply_async(task, (7,))
r.get()
