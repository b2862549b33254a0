# executor.map, map and Pool.map with functions that return None: the
# results are Nones, and the calls still happen.
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool


def show(x):
    print("show", x)


def ignore(x):
    x + 1


def main():
    out = []

    def collect(x):
        out.append(x * 2)

    def report(x):
        print("report", x)

    with ThreadPoolExecutor(max_workers=1) as ex:
        r = list(ex.map(collect, [1, 2, 3]))
    print(r, out)
    with ThreadPoolExecutor(max_workers=1) as ex:
        ex.map(report, [1, 2])
    with ThreadPoolExecutor(max_workers=1) as ex:
        for v in list(ex.map(collect, [4, 5])):
            print(v)
    print(out)
    with ThreadPoolExecutor(max_workers=1) as ex:
        print(list(ex.map(lambda x: out.append(-x), [6, 7])), out)


main()
print(list(map(show, [1, 2])))
with ThreadPoolExecutor(max_workers=1) as ex:
    print(list(ex.map(show, ["a", "b"])))
with Pool(2) as p:
    print(p.map(ignore, [3, 4]))
