from concurrent.futures import ThreadPoolExecutor


def inner(x):
    raise ValueError("bad value %d" % x)


def task(x):
    return inner(x)


ex = ThreadPoolExecutor(1)
f = ex.submit(task, 7)
f.result()
