import concurrent.futures as cf

def inner(x):
    raise ValueError("bad value %d" % x)

def task(x):
    return inner(x)

with cf.ThreadPoolExecutor() as ex:
    f = ex.submit(task, 7)
    f.result()
