from concurrent.futures import ThreadPoolExecutor


def scale(x, factor=1, offset=0):
    return x * factor + offset


with ThreadPoolExecutor(max_workers=2) as ex:
    a = ex.submit(scale, 3, factor=10)
    b = ex.submit(scale, 3, offset=5)
    c = ex.submit(scale, x=2, factor=2, offset=1)
    print(a.result(), b.result(), c.result())
