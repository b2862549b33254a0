from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


def label(name, n=3):
    return name * n


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(square, 7)
    g = ex.submit(label, "ab")
    h = ex.submit(label, "x", 5)
    print(f.result(), g.result(), h.result())
