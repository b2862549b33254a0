from concurrent.futures import ThreadPoolExecutor


def area(w, h, scale=1):
    return w * h * scale


sizes = [(2, 3), (4, 5)]
with ThreadPoolExecutor(max_workers=2) as ex:
    futs = [ex.submit(area, *size, scale=10) for size in sizes]
    print([f.result() for f in futs])
    print(list(ex.map(area, [1, 2], [3, 4])))
