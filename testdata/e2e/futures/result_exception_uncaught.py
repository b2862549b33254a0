from concurrent.futures import ThreadPoolExecutor


def inner(x):
    raise ValueError("bad value %d" % x)


def task(x):
    return inner(x)


with ThreadPoolExecutor() as ex:
    f = ex.submit(task, 7)
    print("submitted")
    f.result()
