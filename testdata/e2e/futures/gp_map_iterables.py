from concurrent.futures import ThreadPoolExecutor
xs=[1,2,3]
ys=[10,20,30]
with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(lambda a, b: a + b, xs, ys, timeout=5)))
    for r in ex.map(pow, xs, [2, 2, 2]):
        print(r)
    print(sum(ex.map(max, xs, ys)))
