from concurrent.futures import ThreadPoolExecutor


def add(a, b, c=0):
    return a + b + c


def mul(x, y):
    return x * y


jobs = [(1, 2), (3, 4), (5, 6)]
with ThreadPoolExecutor(max_workers=2) as ex:
    futs = [ex.submit(add, *args) for args in jobs]
    print([f.result() for f in futs])
    pair = (10, 20)
    print(ex.submit(add, *pair, c=5).result())
    print(ex.submit(mul, *[7, 8]).result())
    xs = [1, 2, 3]
    ys = [4, 5, 6]
    print(list(ex.map(mul, *[xs, ys])))
    cols = [[1, 2], [3, 4]]
    print(list(ex.map(mul, *cols)))
    print(list(ex.map(add, xs, ys, [100, 200, 300])))
